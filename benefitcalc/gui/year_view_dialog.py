"""The year dialog (工具 › 本年度…): the visits with the patient's running total, the year's
totals and what is left of each limit, and the buttons that edit, open, save and print the year.

The words of the visits, totals and limits are the core's (`core.year_presentation`), the same
as `benefitcalc year` and the printed year; the feature's state is `year_view.YearFeature`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
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

from ..core.messages import label
from ..core.money import fmt_yuan
from ..core.year_presentation import limit_views, totals_line, visit_columns, visit_rows
from . import error_dialog, i18n
from .payer_bar import ERROR_COLOR, set_text_color
from .common_words import CLOSE, DATE, DELETE, DELETE_BUTTON, LEFT, LIMIT, NUMBER, PDF_FILES, PRINT_BUTTON, SAVE_PDF, SAVE_PDF_BUTTON, THIS_YEAR, USED, VISIT, word

if TYPE_CHECKING:  # pragma: no cover
    from .year_view import YearFeature

VISIT_COLUMNS = ("number", "date", "visit", "total", "reimbursed", "personal", "so_far")
LIMIT_COLUMNS = ("name", "limit", "used", "left")


def _item(text: str, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class YearDialog(QDialog):
    def __init__(self, feature: YearFeature):
        super().__init__(feature.window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.feature = feature
        self.editing: int | None = None  # the visit (from 1) whose case is on the form for editing
        self.rows: list[int] = []  # each table row's visit number (a repeat points to its visit)
        self.person_label = QLabel()
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        set_text_color(self.problem_label, ERROR_COLOR)
        self.visits = _table(len(VISIT_COLUMNS))
        self.visits.horizontalHeader().setSectionResizeMode(VISIT_COLUMNS.index("visit"), QHeaderView.ResizeMode.Stretch)
        self.visits.doubleClicked.connect(self.edit)
        self.visits.itemSelectionChanged.connect(self._enable)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.limits_title = QLabel()
        self.limits = _table(len(LIMIT_COLUMNS))
        self.limits.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.limits.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.buttons = {}
        for key, slot in (("add", self.add), ("edit", self.edit), ("cancel", self.cancel_edit), ("delete", self.delete),
                          ("new", self.new), ("open", self.open), ("save", self.save), ("print", self.print_year),
                          ("pdf", self.save_pdf), ("close", self.close)):
            button = QPushButton()
            button.clicked.connect(slot)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.person_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.visits, 3)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.limits_title)
        layout.addWidget(self.limits, 2)
        for keys in (("add", "edit", "cancel", "delete"), ("new", "open", "save", "print", "pdf", None, "close")):
            row = QHBoxLayout()
            for key in keys:
                if key is None:
                    row.addStretch(1)
                else:
                    row.addWidget(self.buttons[key])
            if keys[0] == "add":
                row.addStretch(1)
            layout.addLayout(row)
        self.resize(980, 640)
        self.retranslate()

    def retranslate(self) -> None:
        lang = i18n.current_language()
        self.setWindowTitle(word(THIS_YEAR))
        self.visits.setHorizontalHeaderLabels([word(NUMBER), word(DATE), word(VISIT), *visit_columns(lang)])
        self.limits.setHorizontalHeaderLabels([self.tr("Annual limit"), word(LIMIT), word(USED), word(LEFT)])
        self.limits_title.setText(self.tr("What is left of each annual limit"))
        words = {
            "edit": self.tr("&Edit on the form"), "cancel": self.tr("Stop editing"), "delete": word(DELETE_BUTTON),
            "new": self.tr("&New year"), "open": self.tr("&Open…"), "save": self.tr("&Save…"), "print": word(PRINT_BUTTON),
            "pdf": word(SAVE_PDF_BUTTON), "close": word(CLOSE),
        }
        for key, text in words.items():
            self.buttons[key].setText(text)
        self.refresh()

    # ------------------------------------------------------------------ showing
    def refresh(self) -> None:
        feature, lang = self.feature, i18n.current_language()
        result = feature.result
        if self.editing is not None and self.editing > len(feature.year.visits):
            self.editing = None
        self.buttons["add"].setText(
            self.tr("&Add the case on the form") if self.editing is None
            else self.tr("&Replace visit %1 with the form").replace("%1", str(self.editing))
        )
        self.buttons["cancel"].setVisible(self.editing is not None)
        person = feature.year.person
        words = [label("scheme_short", person["scheme"], lang)] if person.get("scheme") in ("employee", "resident") else []
        if isinstance(person.get("region"), str):
            words.insert(0, self._region_name(person["region"]))
        if feature.path is not None:
            words.append(feature.path.name + (" *" if feature.dirty else ""))
        self.person_label.setText(" · ".join(words) if words else self.tr("No visits yet: fill in a case on the form and add it."))
        self.problem_label.setText(feature.problem)
        self.problem_label.setVisible(bool(feature.problem))
        visits = visit_rows(result, lang) if result is not None else []
        self.rows = [v.visit for v in visits]
        self.visits.setRowCount(len(visits))
        for row, visit in enumerate(visits):
            number = _item(f"{visit.number} ↻" if visit.repeat else str(visit.number))
            if visit.repeat:  # a repeat: which visit of the file it repeats
                number.setToolTip(visit.repeat.strip(" ()（）"))
            cells = [number, _item(visit.date), _item(visit.words)]
            cells += [_item(fmt_yuan(amount), True) for amount in (visit.total, visit.reimbursed, visit.personal, visit.so_far)]
            for column, item in enumerate(cells):
                self.visits.setItem(row, column, item)
        limits = limit_views(result, lang) if result is not None else []
        self.limits.setRowCount(len(limits))
        for row, limit in enumerate(limits):
            cells = [_item(limit.name), _item(limit.limit, True), _item(limit.used, True), _item(limit.left, True)]
            for column, item in enumerate(cells):
                self.limits.setItem(row, column, item)
        self.totals_label.setText(totals_line(result, lang) if result is not None else "")
        self._enable()

    def _region_name(self, region: str) -> str:
        registry = self.feature.window.registry
        entry = registry.regions.get(region) if registry is not None else None
        if entry is None:
            return region
        return entry.name if i18n.current_language() == "zh" else entry.name_en

    def _enable(self) -> None:
        chosen = self.selected() is not None
        has_result = self.feature.result is not None
        self.buttons["edit"].setEnabled(chosen)
        self.buttons["delete"].setEnabled(chosen)
        self.buttons["save"].setEnabled(bool(self.feature.year.visits))
        self.buttons["print"].setEnabled(has_result)
        self.buttons["pdf"].setEnabled(has_result)

    def selected(self) -> int | None:
        """The visit number (from 1) of the selected row."""
        rows = self.visits.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    # ------------------------------------------------------------------ actions
    def add(self) -> None:
        if self.editing is None:
            if self.feature.add_visit():
                self.visits.selectRow(self.visits.rowCount() - 1)
        elif self.feature.replace_visit(self.editing):
            self.editing = None
            self.refresh()

    def edit(self, *_args) -> None:
        number = self.selected()
        if number is None:
            return
        self.feature.window.show_case(self.feature.visit_case(number))
        self.editing = number
        self.refresh()

    def cancel_edit(self) -> None:
        self.editing = None
        self.refresh()

    def delete(self) -> None:
        number = self.selected()
        if number is None:
            return
        visit = self.feature.year.visits[number - 1]
        question = self.tr("Delete visit %1 and its repeats?") if "repeat" in visit else self.tr("Delete visit %1?")
        answer = QMessageBox.question(self, word(DELETE), question.replace("%1", str(number)))
        if answer == QMessageBox.StandardButton.Yes:
            if self.editing == number:
                self.editing = None
            elif self.editing is not None and self.editing > number:
                self.editing -= 1
            self.feature.delete_visit(number)

    def _unsaved_ok(self) -> bool:
        if not self.feature.unsaved():
            return True
        answer = QMessageBox.question(self, word(THIS_YEAR), self.tr("The year has changes that are not saved. Discard them?"))
        return answer == QMessageBox.StandardButton.Yes

    def new(self) -> None:
        if self._unsaved_ok():
            self.editing = None
            self.feature.new_year()

    def open(self) -> None:
        if not self._unsaved_ok():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a year"), self.feature.folder(), self.tr("Year files (*.toml);;All files (*)"))
        if path:
            self.editing = None
            problem = self.feature.open_file(Path(path))
            if problem:
                QMessageBox.warning(self, self.tr("Open a year"), problem)

    def save(self) -> None:
        self.feature.choose_save(self)

    def print_year(self) -> None:
        from . import year_view_sheet

        if self.feature.result is None:
            return
        try:
            year_view_sheet.print_preview(self.feature.result, self, self.feature.window.settings.station_name, i18n.current_language())
        except Exception:
            error_dialog.show(*sys.exc_info(), parent=self)

    def save_pdf(self) -> None:
        from . import year_view_sheet

        if self.feature.result is None:
            return
        start = str(Path(self.feature.folder()) / "year.pdf")
        path, _ = QFileDialog.getSaveFileName(self, word(SAVE_PDF), start, word(PDF_FILES))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            year_view_sheet.save_pdf(self.feature.result, path, self.feature.window.settings.station_name, i18n.current_language())
        except Exception:
            error_dialog.show(*sys.exc_info(), parent=self)


