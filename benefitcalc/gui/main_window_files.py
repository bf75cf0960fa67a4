"""The window's case files: new, open and save a case in the golden `[case]` TOML format.

A file is read once by the core (its encodings, its limits) and checked whole before the form
changes (`case_loading`): a file the form cannot show as it is is refused whole, naming each
wrong key, and the form, the title and the case name stay as they were. The folder last used
is remembered. Texts are Qt's, context MainWindow (this is the window's own part).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core.messages import msg, render
from . import i18n
from .common_words import COULD_NOT_SAVE, word

if TYPE_CHECKING:  # pragma: no cover
    from ..core.case import Case


def core_modules():
    """Cases and the engine, imported at the first estimate or case file, not at start-up
    (the first screen has no bill to estimate yet)."""
    from ..core import case, engine, toml_reader

    return case, engine, toml_reader


def standard_dialogs():
    """The standard dialogs, imported when one is first shown, not at start-up."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    return QFileDialog, QInputDialog, QMessageBox


class CaseFiles:
    """MainWindow's case-file commands (a part of the window class, kept in its own module)."""

    def show_case(self, case: Case, name: str = "") -> None:
        """Put a validated case on the form (from the history): a new, unsaved case. One the
        form cannot show (a region no longer offered) is refused with a message, form unchanged."""
        from .case_loading import CaseRefused

        try:
            self.form.set_case_data(case.model_dump())
        except CaseRefused as refused:
            standard_dialogs()[2].warning(self, QCoreApplication.translate("MainWindow", "Open case"),
                                          self._refusal_text(refused))
            return
        self._now_showing(name, None)

    def new_case(self) -> None:
        self.form.reset()
        self._now_showing("", None)
        self.form.total.setFocus()

    def _now_showing(self, name: str, path: Path | None) -> None:
        self.case_name = name
        self.case_path = path
        self._update_title()
        self.recompute()

    def open_case_file(self, path: Path) -> str:
        """Load a case file into the form; returns "" or a sentence saying why it was not opened.
        A wrong amount is shown as written and marked at its field, so the clerk can correct it."""
        from .case_loading import CaseRefused, form_case

        lang = i18n.current_language()
        path = Path(path)
        cases = core_modules()[0]
        try:
            data = cases.read_case_data(path)
            table = cases.case_table(data)
        except cases.CaseError as err:
            if err.field == "case":  # no [case] table
                return self._file_problem(path, err.message, lang)
            return render(err.message, lang)
        except Exception as exc:  # noqa: BLE001 - a reader's fault is still only a file it cannot read
            return self._file_problem(path, msg("what.other", text=str(exc) or type(exc).__name__), lang)
        try:
            loaded = form_case(table, self.form.region_ids())
        except CaseRefused as refused:
            return self._file_problem(path, msg("what.other", text=self._refusal_text(refused)), lang)
        self.form.show_case(loaded)
        name = data.get("name")
        self._now_showing(name if isinstance(name, str) else "", path)
        return ""

    @staticmethod
    def _refusal_text(refused) -> str:
        lang = i18n.current_language()
        separator = "；" if lang == "zh" else "; "
        return separator.join(render(problem, lang) for problem in refused.problems)

    @staticmethod
    def _file_problem(path: Path, what, lang: str) -> str:
        return render(msg("error.case.file", file=str(path), what=what), lang)

    def _case_folder(self) -> str:
        folder = self.settings.case_folder
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def choose_case_file(self) -> None:
        QFileDialog, _, QMessageBox = standard_dialogs()
        title = QCoreApplication.translate("MainWindow", "Open case")
        path, _ = QFileDialog.getOpenFileName(
            self, title, self._case_folder(),
            QCoreApplication.translate("MainWindow", "Case files (*.toml);;All files (*)"))
        if not path:
            return
        self.settings.case_folder = str(Path(path).parent)
        problem = self.open_case_file(Path(path))
        if problem:
            QMessageBox.warning(self, title, problem)

    def save_case_file(self, path: Path) -> str:
        """Write the case in the golden `[case]` format; returns "" or why it could not be saved."""
        case = self.current_case()
        if case is None:
            return QCoreApplication.translate(
                "MainWindow", "The case has mistakes or is incomplete; correct the marked fields first.")
        try:
            Path(path).write_text(core_modules()[0].case_to_toml(case, self.case_name), encoding="utf-8")
        except OSError as exc:
            return word(COULD_NOT_SAVE).replace("%1", str(exc))
        self.case_path = Path(path)
        self._update_title()
        self.estimate_kept.emit("saved")
        return ""

    def suggested_path(self, suffix: str) -> str:
        """Where a save dialog starts: the case folder, and a name from the case (region, kind, date)."""
        case = self.current_case()
        name = f"case{suffix}" if case is None else f"{case.region}-{case.category}-{case.date.isoformat()}{suffix}"
        return str(Path(self._case_folder()) / name)

    def choose_save_file(self) -> None:
        QFileDialog, _, QMessageBox = standard_dialogs()
        title = QCoreApplication.translate("MainWindow", "Save case")
        if self.current_case() is None:
            QMessageBox.information(self, title, self.save_case_file(Path()))
            return
        start = str(self.case_path) if self.case_path else self.suggested_path(".toml")
        path, _ = QFileDialog.getSaveFileName(self, title, start, QCoreApplication.translate("MainWindow", "Case files (*.toml)"))
        if not path:
            return
        if not path.lower().endswith(".toml"):
            path += ".toml"
        self.settings.case_folder = str(Path(path).parent)
        problem = self.save_case_file(Path(path))
        if problem:
            QMessageBox.warning(self, title, problem)
        else:
            self.say_saved(path)

    def say_saved(self, path: str) -> None:
        """On the status line for a few seconds: Saved: PATH."""
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Saved: %1").replace("%1", path), 5000)
