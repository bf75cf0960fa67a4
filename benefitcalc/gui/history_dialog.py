"""The dialogs of 文件 › 历史记录… (`history_view` adds the menu entries and keeps the
estimates): the list of entries, and the question for whom an estimate is kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.messages import label, msg, render
from ..core.money import fmt_yuan
from . import i18n
from .common_words import CLOSE, DELETE, DELETE_BUTTON, HISTORY, word

COLUMNS = ("saved_at", "action", "person", "region", "visit_date", "category", "total", "reimbursed", "personal")
MONEY = ("total", "reimbursed", "personal")


class PersonDialog(QDialog):
    """Asks for the label of the person an estimate is for, with the warning about identifiers."""

    def __init__(self, parent, person: str, people: list[str]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep in history"))
        self.person = person
        self.box = QComboBox()
        self.box.setEditable(True)
        self.box.addItems(people)
        self.box.setCurrentText(person)
        self.box.lineEdit().setPlaceholderText(self.tr("e.g. Mr Zhang, bed 3"))
        self.box.lineEdit().setMaxLength(60)
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who is this estimate for? Give a name or your own number, never an ID-card number.")))
        layout.addWidget(self.box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        from ..core.history import HistoryError, check_label

        try:
            self.person = check_label(self.box.currentText())
        except HistoryError as exc:
            self.error.setText(render(exc.message, i18n.current_language()))
            return
        self.accept()


class HistoryDialog(QDialog):
    def __init__(self, feature: HistoryFeature):
        super().__init__(feature.window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.feature = feature
        self.entries: list = []
        self.person_box = QComboBox()
        self.person_box.currentIndexChanged.connect(self._show_entries)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.reopen)
        self.person_label = QLabel()
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(self.reopen)
        self.reprint_button = QPushButton()
        self.reprint_button.clicked.connect(self.reprint)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.person_label)
        top.addWidget(self.person_box, 1)
        buttons = QHBoxLayout()
        for button in (self.reopen_button, self.reprint_button, self.delete_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(960, 520)
        self.retranslate()

    def retranslate(self) -> None:
        lang = i18n.current_language()
        self.setWindowTitle(word(HISTORY))
        self.person_label.setText(self.tr("Person:"))
        self.reopen_button.setText(self.tr("&Open"))
        self.reprint_button.setText(self.tr("&Print again…"))
        self.delete_button.setText(word(DELETE_BUTTON))
        self.export_button.setText(self.tr("&Export…"))
        self.close_button.setText(word(CLOSE))
        self.table.setHorizontalHeaderLabels([render(msg(f"history.column.{c}"), lang) for c in COLUMNS])
        self.refresh()

    def refresh(self) -> None:
        history = self.feature.history()
        chosen = self.person_box.currentData()
        self.person_box.blockSignals(True)
        self.person_box.clear()
        self.person_box.addItem(self.tr("Everyone"), None)
        self.person_box.addItem(self.tr("(no person)"), "")
        for person in history.people() if history is not None else []:
            self.person_box.addItem(person, person)
        index = self.person_box.findData(chosen) if chosen is not None else 0
        self.person_box.setCurrentIndex(max(index, 0))
        self.person_box.blockSignals(False)
        self._show_entries()

    def _show_entries(self, *_args) -> None:
        history = self.feature.history()
        self.entries = history.entries(self.person_box.currentData()) if history is not None else []
        lang = i18n.current_language()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = {
                "saved_at": entry.saved_at.replace("T", " "),
                "action": render(msg(f"history.action.{entry.action}"), lang),
                "person": entry.person,
                "region": entry.region_name,
                "visit_date": entry.visit_date,
                "category": label("category", entry.category, lang),
            }
            for column, key in enumerate(COLUMNS):
                text = fmt_yuan(getattr(entry, key)) if key in MONEY else cells[key]
                item = QTableWidgetItem(text)
                if key in MONEY:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self.entries:
            self.table.selectRow(0)
        for button in (self.reopen_button, self.reprint_button, self.delete_button, self.export_button):
            button.setEnabled(bool(self.entries))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _load(self, entry) -> bool:
        """Put the entry's case on the form; False (after a message) if it no longer estimates."""
        from ..core.case import CaseError, case_from_dict
        from ..core.toml_reader import loads

        try:
            data = loads(entry.case_toml)
            case = case_from_dict(data["case"])
        except (CaseError, KeyError, ValueError) as exc:
            text = render(exc.message, i18n.current_language()) if isinstance(exc, CaseError) else str(exc)
            QMessageBox.warning(self, word(HISTORY), text)
            return False
        name = data.get("name") if isinstance(data.get("name"), str) else ""
        self.feature.person = entry.person
        self.feature.window.show_case(case, name)
        return True

    def reopen(self, *_args) -> None:
        entry = self.selected()
        if entry is not None and self._load(entry):
            self.feature.window.activateWindow()

    def reprint(self) -> None:
        entry = self.selected()
        if entry is not None and self._load(entry):
            self.feature.window.print_sheet()

    def delete(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        answer = QMessageBox.question(self, word(DELETE), self.tr("Delete this entry from the history?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.feature.history().delete(entry.id)
            self.refresh()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), "history.xlsx", self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)")
        )
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".xlsx"
        from ..core.history_export import export
        from ..core.spreadsheets import SpreadsheetError

        try:
            export(self.entries, path, i18n.current_language())
        except SpreadsheetError as exc:
            QMessageBox.warning(self, self.tr("Export history"), render(exc.message, i18n.current_language()))
