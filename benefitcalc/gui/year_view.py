"""工具 › 本年度…: a patient's year of visits, built from the cases on the form.

The clerk adds the case on the form to the year; the dialog lists every visit (repeats
expanded) with the patient's running total this year, the year's totals and what is left of
each annual limit (core.year, core.year_limits). A visit is edited on the form (编辑 puts it
there; 替换 writes it back) or deleted; later visits recompute, since the whole year is rerun
from the file's tables. Year files open and save in the `benefitcalc year` format; the year
prints on A4 (year_view_sheet). The year lives in the feature while the window does, so the
dialog can be closed and reopened without losing it; closing the window with unsaved changes
asks first. This module holds the feature's state and the close guard; the dialog is `year_view_dialog`,
the words of the visits, totals and limits the core's (`core.year_presentation`).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction

from ..core.messages import msg, render
from . import error_dialog, i18n
from .common_words import COULD_NOT_SAVE, FORM_HAS_MISTAKES, THIS_YEAR, word
from .features import OneDialog
from .main_window_files import standard_dialogs

PERSON_KEYS = ("region", "scheme", "group", "retired")  # what a new year takes from its first case


class YearFeature(OneDialog):
    """The year being built (a `YearFile`), its file, and the menu entry that shows it."""

    def __init__(self, window):
        self.window = window
        self._year = None  # a YearFile, made on first use: the core is not imported at start-up
        self.path: Path | None = None
        self.result = None  # YearResult of the last run, or None
        self.problem = ""  # why the year cannot be run, in the user's language
        self.dirty = False
        self._dialog = None  # the YearDialog while it is open
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
            standard_dialogs()[2].information(self._parent(), word(THIS_YEAR), word(FORM_HAS_MISTAKES))
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
            return word(COULD_NOT_SAVE).replace("%1", str(exc))
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
        path, _ = standard_dialogs()[0].getSaveFileName(parent, title, start, QCoreApplication.translate("YearFeature", "Year files (*.toml)"))
        if not path:
            return False
        if not path.lower().endswith(".toml"):
            path += ".toml"
        problem = self.save_file(Path(path))
        if problem:
            standard_dialogs()[2].warning(parent, title, problem)
        return not problem

    def unsaved(self) -> bool:
        return self.dirty and bool(self.year.visits)

    # ------------------------------------------------------------------ the dialog
    def _parent(self):
        return self._dialog if self._dialog is not None else self.window

    def open_dialog(self) -> None:
        from .year_view_dialog import YearDialog

        self.show_dialog(lambda: YearDialog(self), self.rerun)


class _CloseGuard(QObject):
    """Asks before the window closes with a year that has unsaved changes (save, discard, stay)."""

    def __init__(self, feature: YearFeature, parent):
        super().__init__(parent)
        self.feature = feature

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.Close or not self.feature.unsaved():
            return False
        buttons = standard_dialogs()[2].StandardButton
        answer = standard_dialogs()[2].question(
            self.feature.window, word(THIS_YEAR),
            QCoreApplication.translate("YearFeature", "The year has changes that are not saved. Save them before closing?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save,
        )
        if answer == buttons.Discard or (answer == buttons.Save and self.feature.choose_save(self.feature.window)):
            return False
        event.ignore()
        return True


def install(window) -> YearFeature:
    return YearFeature(window)
