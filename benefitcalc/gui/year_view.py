"""工具 › 本年度…: a patient's year of visits, built from the cases on the form.

The clerk adds the case on the form to the year; the dialog lists every visit (repeats
expanded) with the patient's running total this year, the year's totals and what is left of
each annual limit (core.year, core.year_limits). A visit is edited on the form (编辑 puts it
there; 替换 writes it back) or deleted; later visits recompute, since the whole year is rerun
from the file's tables. Year files open and save in the `benefitcalc year` format; the year
prints on A4 (year_view_sheet). The year lives in the feature while the window does, so the
dialog can be closed and reopened without losing it; closing the window with unsaved changes
asks first. (Longer than most modules: the feature's state, its dialog and the close guard
change together.)
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
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

from ..core.messages import label, msg, render
from ..core.money import fmt_yuan
from . import error_dialog, i18n
from .payer_bar import ERROR_COLOR, set_text_color

PERSON_KEYS = ("region", "scheme", "group", "retired")  # what a new year takes from its first case


class YearFeature:
    """The year being built (a `YearFile`), its file, and the menu entry that shows it."""

    def __init__(self, window):
        self.window = window
        self._year = None  # a YearFile, made on first use: the core is not imported at start-up
        self.path: Path | None = None
        self.result = None  # YearResult of the last run, or None
        self.problem = ""  # why the year cannot be run, in the user's language
        self.dirty = False
        self._dialog: YearDialog | None = None
        self.action = QAction(window)
        self.action.setShortcut("Ctrl+Y")
        self.action.triggered.connect(self.open_dialog)
        window.addAction(self.action)
        window.tools_menu.addAction(self.action)
        self._guard = _CloseGuard(self, window)
        window.installEventFilter(self._guard)

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("YearFeature", "This &year…"))
        self.action.setStatusTip(QCoreApplication.translate("YearFeature", "A patient's visits this year: running totals and what is left of each limit"))
        if self._dialog is not None:
            self._dialog.retranslate()

    # ------------------------------------------------------------------ the year
    @property
    def year(self):
        if self._year is None:
            from ..core.year import YearFile

            self._year = YearFile()
        return self._year

    @year.setter
    def year(self, year) -> None:
        self._year = year

    def rerun(self) -> None:
        from ..core.case import CaseError
        from ..core.year import run_year

        self.result, self.problem = None, ""
        if self.window.registry is None:
            self.problem = self.window.loading_text()
        elif self.year.visits:
            try:
                self.result = run_year(self.year, self.window.registry)
            except CaseError as exc:
                self.problem = render(exc.message, i18n.current_language())
            except Exception:
                error_dialog.show(*sys.exc_info(), parent=self.window)
                self.problem = render(msg("ui.internal_error", what=sys.exc_info()[0].__name__), i18n.current_language())
        if self._dialog is not None:
            self._dialog.refresh()

    def _set(self, year, dirty: bool = True) -> None:
        self.year = year
        self.dirty = dirty
        self.rerun()

    def form_visit(self) -> dict | None:
        """The case on the form as a [[visit]] table; None (after a message) if it has mistakes."""
        from ..core.year import visit_from_case

        case = self.window.current_case()
        if case is None:
            QMessageBox.information(self._parent(), QCoreApplication.translate("YearFeature", "This year"), QCoreApplication.translate("YearFeature", "The case on the form has mistakes or is incomplete; correct the marked fields first."))
            return None
        person = self.year.person or {k: v for k, v in case.model_dump().items() if k in PERSON_KEYS and v not in (False, "none")}
        if not self.year.visits:  # a new year: what the form says happened before becomes its start
            self.year = replace(self.year, person=person, start=case.year_to_date)
        return visit_from_case(case, person)

    def add_visit(self) -> bool:
        visit = self.form_visit()
        if visit is None:
            return False
        self._set(replace(self.year, visits=self.year.visits + (visit,)))
        return True

    def replace_visit(self, number: int) -> bool:
        """Put the form's case in place of visit `number` (from 1), keeping its repeat."""
        visit = self.form_visit()
        if visit is None:
            return False
        old = self.year.visits[number - 1]
        if "repeat" in old:
            visit["repeat"] = old["repeat"]
        visits = list(self.year.visits)
        visits[number - 1] = visit
        self._set(replace(self.year, visits=tuple(visits)))
        return True

    def delete_visit(self, number: int) -> None:
        visits = list(self.year.visits)
        del visits[number - 1]
        self._set(replace(self.year, visits=tuple(visits), person=self.year.person if visits else {}))

    def visit_case(self, number: int):
        """Visit `number` as a case (its first date), to put on the form."""
        from ..core.year import plan

        return next(v.case for v in plan(self.year) if v.number == number and v.nth == 0)

    def new_year(self) -> None:
        from ..core.year import YearFile

        self.path = None
        self._set(YearFile(), dirty=False)

    # ------------------------------------------------------------------ files
    def open_file(self, path: Path) -> str:
        """Read a year file; returns "" or the sentence saying why it could not be read."""
        from ..core.case import CaseError
        from ..core.year import read_year_file

        try:
            year = read_year_file(Path(path))
        except CaseError as exc:
            return render(exc.message, i18n.current_language())
        self.path = Path(path)
        self._set(year, dirty=False)
        return ""

    def save_file(self, path: Path) -> str:
        from ..core.year import year_to_toml

        try:
            Path(path).write_text(year_to_toml(self.year), encoding="utf-8")
        except OSError as exc:
            return QCoreApplication.translate("YearFeature", "Could not save the file: %1").replace("%1", str(exc))
        self.path = Path(path)
        self.dirty = False
        if self._dialog is not None:
            self._dialog.refresh()
        return ""

    def folder(self) -> str:
        folder = self.window.settings.case_folder
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def choose_save(self, parent) -> bool:
        """Ask where to save the year (starting at its file) and save it; True if it was saved."""
        title = QCoreApplication.translate("YearFeature", "Save the year")
        start = str(self.path) if self.path else str(Path(self.folder()) / "year.toml")
        path, _ = QFileDialog.getSaveFileName(parent, title, start, QCoreApplication.translate("YearFeature", "Year files (*.toml)"))
        if not path:
            return False
        if not path.lower().endswith(".toml"):
            path += ".toml"
        problem = self.save_file(Path(path))
        if problem:
            QMessageBox.warning(parent, title, problem)
        return not problem

    def unsaved(self) -> bool:
        return self.dirty and bool(self.year.visits)

    # ------------------------------------------------------------------ the dialog
    def _parent(self):
        return self._dialog if self._dialog is not None else self.window

    def open_dialog(self) -> None:
        if self._dialog is None:
            self._dialog = YearDialog(self)
            self._dialog.destroyed.connect(self._forget_dialog)
        self.rerun()
        self._dialog.show()
        self._dialog.activateWindow()

    def _forget_dialog(self, *_args) -> None:
        self._dialog = None


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
        t = lambda id: render(msg(id), lang)  # noqa: E731
        self.setWindowTitle(self.tr("This year"))
        self.visits.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Date"), self.tr("Visit"), t("ui.total"), t("ui.reimbursed"), t("ui.personal"), t("year.so_far"),
        ])
        self.limits.setHorizontalHeaderLabels([self.tr("Annual limit"), self.tr("Limit"), self.tr("Used"), self.tr("Left")])
        self.limits_title.setText(self.tr("What is left of each annual limit"))
        words = {
            "edit": self.tr("&Edit on the form"), "cancel": self.tr("Stop editing"), "delete": self.tr("&Delete"),
            "new": self.tr("&New year"), "open": self.tr("&Open…"), "save": self.tr("&Save…"), "print": self.tr("&Print…"),
            "pdf": self.tr("Save as P&DF…"), "close": self.tr("Close"),
        }
        for key, text in words.items():
            self.buttons[key].setText(text)
        self.refresh()

    # ------------------------------------------------------------------ showing
    def refresh(self) -> None:
        from ..core.year import visit_words
        from ..core.year_limits import status_of

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
        estimates = result.estimates if result is not None else []
        self.rows = [v.number for v in result.visits] if result is not None else []
        self.visits.setRowCount(len(estimates))
        running = result.running_personal() if result is not None else []
        for row, (est, so_far) in enumerate(zip(estimates, running)):
            visit = result.visits[row]
            number = _item(f"{row + 1} ↻" if visit.nth else str(row + 1))
            if visit.nth:  # a repeat: which visit of the file it repeats
                number.setToolTip(render(msg("year.repeat_of", visit=visit.number, nth=visit.nth), lang).strip(" ()（）"))
            cells = [number, _item(est.case.date.isoformat()), _item(render(visit_words(est.case), lang)),
                     _item(fmt_yuan(est.total), True), _item(fmt_yuan(est.reimbursed), True),
                     _item(fmt_yuan(est.personal), True), _item(fmt_yuan(so_far), True)]
            for column, item in enumerate(cells):
                self.visits.setItem(row, column, item)
        limits = result.remaining if result is not None else []
        self.limits.setRowCount(len(limits))
        for row, limit in enumerate(limits):
            status = status_of(limit, lang)
            name = limit.label(lang) + (f"（{status}）" if status and lang == "zh" else f" ({status})" if status else "")
            no_cap = render(msg("year.no_cap"), lang)
            cells = [_item(name), _item(fmt_yuan(limit.limit) if limit.limit is not None else no_cap, True),
                     _item(fmt_yuan(limit.used), True), _item(fmt_yuan(limit.left) if limit.left is not None else "—", True)]
            for column, item in enumerate(cells):
                self.limits.setItem(row, column, item)
        if result is not None:
            totals = result.totals
            self.totals_label.setText(self.tr("This year: %1 visits, bill %2, reimbursed %3, the patient pays %4")
                                      .replace("%1", str(totals.visits)).replace("%2", fmt_yuan(totals.total))
                                      .replace("%3", fmt_yuan(totals.reimbursed)).replace("%4", fmt_yuan(totals.personal)))
        else:
            self.totals_label.setText("")
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
        answer = QMessageBox.question(self, self.tr("Delete"), question.replace("%1", str(number)))
        if answer == QMessageBox.StandardButton.Yes:
            if self.editing == number:
                self.editing = None
            elif self.editing is not None and self.editing > number:
                self.editing -= 1
            self.feature.delete_visit(number)

    def _unsaved_ok(self) -> bool:
        if not self.feature.unsaved():
            return True
        answer = QMessageBox.question(self, self.tr("This year"), self.tr("The year has changes that are not saved. Discard them?"))
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
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), start, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            year_view_sheet.save_pdf(self.feature.result, path, self.feature.window.settings.station_name, i18n.current_language())
        except Exception:
            error_dialog.show(*sys.exc_info(), parent=self)


class _CloseGuard(QObject):
    """Asks before the window closes with a year that has unsaved changes (save, discard, stay)."""

    def __init__(self, feature: YearFeature, parent):
        super().__init__(parent)
        self.feature = feature

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.Close or not self.feature.unsaved():
            return False
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.feature.window, QCoreApplication.translate("YearFeature", "This year"),
            QCoreApplication.translate("YearFeature", "The year has changes that are not saved. Save them before closing?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save,
        )
        if answer == buttons.Discard or (answer == buttons.Save and self.feature.choose_save(self.feature.window)):
            return False
        event.ignore()
        return True


def install(window) -> YearFeature:
    return YearFeature(window)
