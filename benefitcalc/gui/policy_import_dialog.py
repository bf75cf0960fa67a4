"""The question of 文件 › 导入政策文件… (`policy_import` adds the menu entries): what the files
change, region by region, and 安装 / 取消; or why they are refused.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from ..core.messages import msg, render


class ImportDialog(QDialog):
    """What the files change, region by region, and 安装 / 取消; or why they are refused."""

    def __init__(self, plan, lang: str, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.lang = lang
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setPlainText("\n".join(self.detail_lines()))
        buttons = QDialogButtonBox.StandardButton.Cancel
        if plan.ok and plan.files:
            buttons |= QDialogButtonBox.StandardButton.Ok
        else:
            buttons = QDialogButtonBox.StandardButton.Close
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 480)
        self.retranslate()

    @property
    def install_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def detail_lines(self) -> list[str]:
        from ..core.policy_diff import diff_lines

        lang, plan = self.lang, self.plan
        if not plan.ok:
            return [p.render(lang) for p in plan.problems]
        lines = [render(msg("ui.import_unchanged", file=plan.displays[n]), lang) for n in plan.unchanged]
        for change in plan.regions:
            name = change.name if lang == "zh" else change.name_en
            if lines:
                lines.append("")
            lines.append(render(msg("ui.import_region", name=name, region=change.region, day=change.day.isoformat()), lang))
            lines.extend(diff_lines(change.changes, lang))
        if plan.files and not plan.regions:
            lines.append(render(msg("ui.import_no_change"), lang))
        return lines

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("PolicyImport", "Import policy files"))
        plan = self.plan
        if not plan.ok:
            text = QCoreApplication.translate("PolicyImport", "These files cannot be imported. Nothing was changed.")
        elif not plan.files:
            text = QCoreApplication.translate("PolicyImport", "These files are already installed as they are.")
        else:
            text = QCoreApplication.translate("PolicyImport", "Install %1 into your policy folder %2? This is what changes. You can undo it later from the File menu.")
            text = text.replace("%1", ", ".join(plan.files)).replace("%2", str(plan.user_dir))
        self.summary.setText(text)
        if self.install_button is not None:
            self.install_button.setText(QCoreApplication.translate("PolicyImport", "&Install"))
