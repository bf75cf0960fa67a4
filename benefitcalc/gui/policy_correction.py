"""更正…: correct one policy value from a date, with its source, as an amendment in the user's folder.

The policy browser opens this dialog on a parameter. It asks for the new value (typed as a
person reads it: 62 for 62%, 1,500 for 1,500 元, checked against the schema's bounds by
`core.param_labels.parse_param_value`), the date from which it holds, and the source (title,
issuer, document number, date, URL, the quoted sentence). 预览更改 checks the amendment alone
and among every policy (`core.policy_install.check_files`) and shows what it changes, in plain
words; only then can 写入 write it (`core.policy_install.write_amendment`, which checks it
again and installs it atomically, undoable with `policies undo`). Nothing here knows insurance
rules: the core writes and checks the file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.messages import msg, render
from ..core.param_labels import (
    param_choices,
    param_label,
    param_unit,
    param_value,
    param_words_allowed,
    parse_param_value,
    source_text,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..core.policy_install import ImportPlan
    from ..core.registry import EffectivePolicy, PolicyRegistry

SOURCE_ID = "correction"
ERROR_COLOR = "#9a0000"
UNIT_TEXT = {"rate": "%", "amount": "元", "days": "天", "count": "次"}
UNIT_TEXT_EN = {"rate": "%", "amount": "yuan", "days": "days", "count": "times"}


def editor_kind(path: str, value: Any) -> str:
    """How a value is typed: "number", "numbers" (a list of factors), "bool", "choices" (a list
    of vocabulary words), "text", or "" (a table of bands: edit the file)."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value):
            return ""
        if param_choices(path) is not None:
            return "choices"
        return "numbers" if param_unit(path) == "factor" else ""
    if param_unit(path) in ("rate", "amount", "days", "count", "factor"):
        return "number"
    if isinstance(value, str) and param_unit(path) == "" and path.split(".")[-1] in ("name", "name_en"):
        return "text"
    return ""


def typed_text(path: str, value: Any) -> str:
    """The current value as a person would type it again: 60 for 60%, 1000 for 1,000 元."""
    from decimal import Decimal

    from ..core.money import fmt_plain

    if isinstance(value, list):
        return "、".join(typed_text(path, v) for v in value)
    if isinstance(value, Decimal) and param_unit(path) == "rate":
        return fmt_plain(value * 100)
    if isinstance(value, Decimal):
        return fmt_plain(value)
    return "" if isinstance(value, str) and param_words_allowed(path) else str(value)


class PolicyCorrection(QDialog):
    """The 更正… dialog for one parameter of one region (`policy`) in the browser's language."""

    def __init__(self, registry: "PolicyRegistry", policy: "EffectivePolicy", key: str, lang: str = "zh",
                 user_dir: Path | None = None, parent: QWidget | None = None, day: date | None = None):
        super().__init__(parent)
        self.registry = registry
        self.policy = policy
        self.key = key
        self.lang = lang
        self.user_dir = user_dir
        self.day = day or date.today()  # the browser's date: the correction holds from it unless changed
        self.value = policy.leaves.get(tuple(key.split(".")))  # as the file holds it
        self.kind = editor_kind(key, self.value)
        self.plan: ImportPlan | None = None
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Correct a policy value"))
        self.setMinimumWidth(640)
        self.resize(760, 760)
        self._build()
        self._clear_preview()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        lang = self.lang
        policy = self.policy
        region = policy.name if lang == "zh" else policy.name_en
        prov = policy.provenance(self.key)

        head = QLabel()
        head.setWordWrap(True)
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.setText(
            f"<b>{_escape(param_label(self.key, lang, policy))}</b><br/>"
            + _escape(self.tr("%1: now %2").replace("%1", region).replace("%2", param_value(self.key, self.value, lang)))
            + "<br/>" + _escape(source_text(prov.source, lang)))
        head.setTextFormat(Qt.TextFormat.RichText)

        # --- the new value
        value_box = QGroupBox(self.tr("New value"))
        value_form = QFormLayout(value_box)
        self.value_edit = QLineEdit()
        self.word_check: QCheckBox | None = None
        self.bool_box: QComboBox | None = None
        self.choice_list: QListWidget | None = None
        editor: QWidget
        if self.kind in ("number", "numbers", "text"):
            self.value_edit.setText(typed_text(self.key, self.value))
            self.value_edit.setAccessibleName(self.tr("New value"))
            row = QHBoxLayout()
            row.addWidget(self.value_edit, 1)
            unit = (UNIT_TEXT if lang == "zh" else UNIT_TEXT_EN).get(param_unit(self.key), "")
            if unit:
                row.addWidget(QLabel(unit))
            editor = QWidget()
            editor.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            words = param_words_allowed(self.key)
            if words:
                self.word_check = QCheckBox(param_value(self.key, words[0], lang))
                self.word_check.setChecked(self.value == words[0])
                self.word_check.toggled.connect(lambda on: self.value_edit.setEnabled(not on))
                self.value_edit.setEnabled(self.value != words[0])
                row.addWidget(self.word_check)
            self.value_edit.textChanged.connect(self._clear_preview)
            if self.word_check is not None:
                self.word_check.toggled.connect(self._clear_preview)
        elif self.kind == "bool":
            self.bool_box = QComboBox()
            self.bool_box.addItem(param_value(self.key, True, lang), True)
            self.bool_box.addItem(param_value(self.key, False, lang), False)
            self.bool_box.setCurrentIndex(0 if self.value else 1)
            self.bool_box.currentIndexChanged.connect(self._clear_preview)
            editor = self.bool_box
        elif self.kind == "choices":
            self.choice_list = QListWidget()
            for word in param_choices(self.key) or ():
                item = QListWidgetItem(param_value(self.key, word, lang))
                item.setData(Qt.ItemDataRole.UserRole, word)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if word in (self.value or []) else Qt.CheckState.Unchecked)
                self.choice_list.addItem(item)
            self.choice_list.setMaximumHeight(130)
            self.choice_list.itemChanged.connect(self._clear_preview)
            editor = self.choice_list
        else:
            editor = QLabel(render(msg("input.unsupported"), lang))
            editor.setWordWrap(True)
        value_form.addRow(self.tr("&Value:"), editor)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.dateChanged.connect(self._clear_preview)
        value_form.addRow(self.tr("Holds &from:"), self.date_edit)

        # --- the source
        source_box = QGroupBox(self.tr("Source (as a person can look it up)"))
        source_form = QFormLayout(source_box)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("The document's full title"))
        self.issuer_edit = QLineEdit()
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("The document number, if it has one"))
        self.source_date_edit = QLineEdit()
        self.source_date_edit.setPlaceholderText("YYYY-MM-DD")
        self.url_edit = QLineEdit()
        self.quote_edit = QPlainTextEdit()
        self.quote_edit.setPlaceholderText(self.tr("The sentence of the document that states the value"))
        self.quote_edit.setMaximumHeight(70)
        self.quote_edit.setTabChangesFocus(True)
        source_form.addRow(self.tr("&Title:"), self.title_edit)
        source_form.addRow(self.tr("&Issuer:"), self.issuer_edit)
        source_form.addRow(self.tr("Document &number:"), self.number_edit)
        source_form.addRow(self.tr("Date &issued:"), self.source_date_edit)
        source_form.addRow(self.tr("&Web address:"), self.url_edit)
        source_form.addRow(self.tr("&Quoted sentence:"), self.quote_edit)
        for edit in (self.title_edit, self.issuer_edit, self.number_edit, self.source_date_edit, self.url_edit):
            edit.textChanged.connect(self._clear_preview)
        self.quote_edit.textChanged.connect(self._clear_preview)

        # --- problems and the preview
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(140)
        self.preview.setAccessibleName(self.tr("What changes"))
        self.preview.setPlaceholderText(self.tr("Press “Show the change” to see what the correction changes."))

        # In the order they are used: check and show, then write; cancel apart.
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Show the change"))
        self.write_button = QPushButton(self.tr("&Write the correction"))
        cancel = QPushButton(self.tr("Cancel"))
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.write_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        self.preview_button.clicked.connect(self.show_change)
        self.write_button.clicked.connect(self.write)
        cancel.clicked.connect(self.reject)
        self.preview_button.setDefault(True)
        self.preview_button.setEnabled(bool(self.kind))

        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(value_box)
        layout.addWidget(source_box)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ reading the fields
    @property
    def valid_from(self) -> date:
        return self.date_edit.date().toPython()

    def new_value(self) -> tuple[Any, str]:
        """The value typed, as the file holds it, or (None, why not) in the dialog's language."""
        if self.kind == "bool" and self.bool_box is not None:
            return bool(self.bool_box.currentData()), ""
        if self.kind == "choices" and self.choice_list is not None:
            items = [self.choice_list.item(i) for i in range(self.choice_list.count())]
            return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked], ""
        if self.word_check is not None and self.word_check.isChecked():
            return param_words_allowed(self.key)[0], ""
        if self.kind == "text":
            text = self.value_edit.text().strip()
            return (text, "") if text else (None, render(msg("input.empty"), self.lang))
        value, problem = parse_param_value(self.key, self.value_edit.text())
        return value, render(problem, self.lang) if problem is not None else ""

    def source_fields(self) -> dict[str, str]:
        fields = {
            "kind": "official",
            "title": self.title_edit.text().strip(),
            "issuer": self.issuer_edit.text().strip(),
            "number": self.number_edit.text().strip(),
            "date": self.source_date_edit.text().strip(),
            "url": self.url_edit.text().strip(),
            "quote": " ".join(self.quote_edit.toPlainText().split()),
        }
        return {k: v for k, v in fields.items() if v}

    def problems(self) -> list[str]:
        """What must be fixed before the correction can be checked among the policies."""
        out = []
        _, problem = self.new_value()  # the same value with a better source is a correction too
        if problem:
            out.append(self.tr("New value: %1").replace("%1", problem))
        fields = self.source_fields()
        if "title" not in fields:
            out.append(self.tr("Source: give the title of the document."))
        if "quote" not in fields:
            out.append(self.tr("Source: quote the sentence that states the value."))
        issued = fields.get("date")
        if issued is not None:
            try:
                date.fromisoformat(issued)
            except ValueError:
                out.append(self.tr("Source: the date issued is written YYYY-MM-DD."))
        return out

    # ------------------------------------------------------------------ checking and writing
    def _arguments(self) -> dict[str, Any]:
        from ..core.locations import user_policy_dir

        value, _ = self.new_value()
        return {
            "amends": self.policy.region,
            "valid_from": self.valid_from,
            "sources": {SOURCE_ID: self.source_fields()},
            "values": {self.key: (value, SOURCE_ID)},
            "folders": list(self.registry.folders),
            "user_dir": self.user_dir if self.user_dir is not None else user_policy_dir(),
        }

    def show_change(self) -> bool:
        """Check the correction alone and among every policy; show what it changes. True if it may be written."""
        from ..core.amendments import amendment_text
        from ..core.policy_install import check_files

        self._clear_preview()
        problems = self.problems()
        if problems:
            self.problem_label.setText("\n".join(problems))
            return False
        args = self._arguments()
        text = amendment_text(args["amends"], args["valid_from"], args["sources"], args["values"], reviewed=date.today())
        # what it changes on the day it takes effect (and on any later date another file starts)
        plan = check_files({"correction-preview.toml": text.encode("utf-8")}, args["folders"], args["user_dir"],
                           args["valid_from"])
        if not plan.ok:
            self.problem_label.setText("\n".join(p.render(self.lang) for p in plan.problems))
            return False
        self.plan = plan
        self.preview.setPlainText(self.change_text(plan))
        self.write_button.setEnabled(True)
        self.write_button.setDefault(True)
        return True

    def change_text(self, plan: "ImportPlan") -> str:
        from ..core.policy_diff import diff_lines

        lines = []
        for change in plan.regions:
            name = change.name if self.lang == "zh" else change.name_en
            head = self.tr("%1 on %2:").replace("%1", name).replace("%2", change.day.isoformat())
            lines.append(head)
            lines += ["  " + line for line in diff_lines(change.changes, self.lang)]
        if not lines:
            lines.append(self.tr("This correction changes no value in force."))
        return "\n".join(lines)

    def write(self) -> bool:
        """Write the checked correction into the user's folder; True and `written` when done."""
        from ..core.policy_install import write_amendment

        if self.plan is None and not self.show_change():
            return False
        args = self._arguments()
        plan = write_amendment(args["amends"], args["valid_from"], args["sources"], args["values"], args["folders"],
                               args["user_dir"], today=args["valid_from"], reviewed=date.today())
        if not plan.ok:
            self.problem_label.setText("\n".join(p.render(self.lang) for p in plan.problems))
            self._clear_preview(keep_problems=True)
            return False
        self.written = [plan.user_dir / name for name in plan.files]
        self.accept()
        return True

    def _clear_preview(self, *args, keep_problems: bool = False) -> None:
        self.plan = None
        self.preview.clear()
        if not keep_problems:
            self.problem_label.clear()
        self.write_button.setEnabled(False)
        self.preview_button.setDefault(True)


def _escape(text: str) -> str:
    from html import escape

    return escape(text, quote=False)

