"""文件 › 导入政策文件… and 撤销导入: install policy files (amendments, corrections) into the
user's policy folder, after showing what they change, as `policies import` / `policies undo`.

The checking, the difference and the installing are the core's (`core.policy_install`); this
module only asks. A refused file changes nothing; after an install or an undo the window's
policies are read again, so the next estimate uses them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from ..core.messages import msg, render
from . import i18n
from .common_words import POLICY_FILES, word




class PolicyImportFeature:
    """The two menu entries; each opens its question on top of the window."""

    def __init__(self, window):
        self.window = window
        self.dialog: ImportDialog | None = None
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self.choose_files)
        self.undo_action = QAction(window)
        self.undo_action.triggered.connect(self.undo_last)
        menu = window.file_menu
        first_separator = next((a for a in menu.actions() if a.isSeparator()), None)
        # After the case entries: 打开… 保存… | 导入政策文件… 撤销导入 | 打印…
        after = menu.actions()[menu.actions().index(first_separator) + 1] if first_separator else None
        menu.insertAction(after, self.import_action)
        menu.insertAction(after, self.undo_action)
        menu.insertSeparator(after)
        self.retranslate()

    def retranslate(self) -> None:
        self.import_action.setText(QCoreApplication.translate("PolicyImport", "&Import policy files…"))
        self.import_action.setStatusTip(QCoreApplication.translate("PolicyImport", "Install a correction or a new policy version from a file"))
        self.undo_action.setText(QCoreApplication.translate("PolicyImport", "Undo the last policy import"))
        if self.dialog is not None:
            self.dialog.retranslate()

    @staticmethod
    def folders() -> tuple[list[Path], Path]:
        """The policy folders to check against, and the user's folder (installed into)."""
        from ..core.locations import context_policy_dirs, user_policy_dir

        user = user_policy_dir()
        return context_policy_dirs(user), user

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, QCoreApplication.translate("PolicyImport", "Import policy files"), str(Path.home()), word(POLICY_FILES)
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> "ImportDialog":
        """Check the files and show what they change; they are installed if the user agrees."""
        from ..core.policy_install import plan_import

        folders, user = self.folders()
        plan = plan_import(paths, folders, user)
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ImportDialog(plan, i18n.current_language(), self.window)
        self.dialog.accepted.connect(self._install)
        self.dialog.finished.connect(self._forget)
        self.dialog.open()
        return self.dialog

    def _forget(self) -> None:
        self.dialog = None

    def _install(self) -> None:
        from ..core.policy_install import install

        plan = self.dialog.plan if self.dialog is not None else None
        if plan is None:
            return
        try:
            installed = install(plan)
        except OSError as exc:
            QMessageBox.warning(self.window, QCoreApplication.translate("PolicyImport", "Import policy files"), QCoreApplication.translate("PolicyImport", "Nothing was installed: %1").replace("%1", str(exc)))
            return
        self._reload()
        names = ", ".join(p.name for p in installed)
        self.window.statusBar().showMessage(QCoreApplication.translate("PolicyImport", "Installed: %1").replace("%1", names), 8000)

    def undo_last(self) -> None:
        from ..core.policy_install import undo

        _, user = self.folders()
        lang = i18n.current_language()
        try:
            done = undo(user)
        except OSError as exc:
            QMessageBox.warning(self.window, QCoreApplication.translate("PolicyImport", "Undo the last policy import"), str(exc))
            return
        if done is None:
            text = render(msg("ui.undo_nothing", folder=str(user)), lang)
        else:
            none = render(msg("ui.none"), lang)
            text = render(msg("ui.undo_done", folder=str(user), removed=", ".join(done.removed) or none,
                              restored=", ".join(done.restored) or none), lang)
            self._reload()
        QMessageBox.information(self.window, QCoreApplication.translate("PolicyImport", "Undo the last policy import"), text)

    def _reload(self) -> None:
        from ..core.locations import default_policy_dirs
        from ..core.registry import PolicyRegistry

        self.window.set_registry(PolicyRegistry.load(default_policy_dirs()))


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


def install(window) -> PolicyImportFeature:
    return PolicyImportFeature(window)
