"""文件 › 历史记录…: every saved or printed estimate of this station, per person.

The window tells (`estimate_kept`) when an estimate was saved, printed or saved as PDF; this
feature keeps it in the history (core.history) under the person chosen last (a label, never an
ID-card or phone number). The dialog lists, reopens, reprints, deletes and exports entries.
The database is opened on first use, not at start-up.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
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
from . import error_dialog, i18n
from .common_words import CLOSE, DELETE, DELETE_BUTTON, HISTORY, NO_ESTIMATE_YET, word
from .features import OneDialog

COLUMNS = ("saved_at", "action", "person", "region", "visit_date", "category", "total", "reimbursed", "personal")
MONEY = ("total", "reimbursed", "personal")


class HistoryFeature(OneDialog):
    """The menu entries and the link between the window and the history database."""

    def __init__(self, window):
        self.window = window
        self.person = ""  # who the estimates on screen are for; "" = no one in particular
        self._history = None
        self._dialog: HistoryDialog | None = None
        self.open_action = QAction(window)
        self.open_action.setShortcut("Ctrl+H")
        self.open_action.triggered.connect(self.open_dialog)
        self.keep_action = QAction(window)
        self.keep_action.triggered.connect(self.keep_with_person)
        window.addAction(self.open_action)
        menu = window.file_menu
        first_separator = next((a for a in menu.actions() if a.isSeparator()), None)
        menu.insertAction(first_separator, self.keep_action)
        menu.insertAction(first_separator, self.open_action)
        window.estimate_kept.connect(self.keep)

    def retranslate(self) -> None:
        self.open_action.setText(QCoreApplication.translate("HistoryFeature", "&History…"))
        self.open_action.setStatusTip(QCoreApplication.translate("HistoryFeature", "Every saved or printed estimate, per person"))
        self.keep_action.setText(QCoreApplication.translate("HistoryFeature", "&Keep in history…"))
        self.keep_action.setStatusTip(QCoreApplication.translate("HistoryFeature", "Keep this estimate in the history under a person's label"))
        if self._dialog is not None:
            self._dialog.retranslate()

    def history(self):
        """The database, opened on first use; None (after a message) if it cannot be used."""
        if self._history is None:
            from ..core.history import History, HistoryError

            try:
                self._history, moved = History.open()
            except (HistoryError, OSError) as exc:
                text = render(exc.message, i18n.current_language()) if isinstance(exc, HistoryError) else str(exc)
                QMessageBox.warning(self.window, word(HISTORY), text)
                return None
            if moved is not None:
                QMessageBox.warning(self.window, word(HISTORY), render(moved, i18n.current_language()))
        return self._history

    def keep(self, action: str) -> int | None:
        """Keep the estimate on screen; returns the entry's id."""
        estimate = self.window.current_estimate
        history = self.history() if estimate is not None else None
        if history is None:
            return None
        from ..core.case import case_to_toml
        from ..core.history import HistoryError

        case, policy = estimate.case, estimate.policy
        try:
            entry = history.record(
                action=action, person=self.person, case_toml=case_to_toml(case, self.window.case_name),
                region=case.region, region_name=policy.name, visit_date=case.date.isoformat(),
                scheme=case.scheme, category=case.category, total=estimate.total,
                reimbursed=estimate.reimbursed, personal=estimate.personal,
            )
        except HistoryError as exc:
            QMessageBox.warning(self.window, word(HISTORY), render(exc.message, i18n.current_language()))
            return None
        except Exception:
            error_dialog.show(*sys.exc_info(), parent=self.window)
            return None
        if self._dialog is not None:
            self._dialog.refresh()
        return entry

    def keep_with_person(self) -> None:
        if self.window.current_estimate is None:
            QMessageBox.information(self.window, word(HISTORY), word(NO_ESTIMATE_YET))
            return
        dialog = PersonDialog(self.window, self.person, self._people())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            self.person = dialog.person
        finally:
            dialog.deleteLater()
        if self.keep("kept") is not None:
            self.window.statusBar().showMessage(QCoreApplication.translate("HistoryFeature", "Kept in the history."), 5000)

    def _people(self) -> list[str]:
        history = self.history()
        return history.people() if history is not None else []

    def open_dialog(self) -> None:
        if self.history() is None:
            return
        self.show_dialog(lambda: HistoryDialog(self), lambda: self._dialog.refresh())

    def close(self) -> None:
        if self._history is not None:
            self._history.close()
            self._history = None


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


def install(window) -> HistoryFeature:
    feature = HistoryFeature(window)
    window.destroyed.connect(lambda *_: feature.close())
    return feature
