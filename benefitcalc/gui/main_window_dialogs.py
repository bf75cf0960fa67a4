"""The window's sheet and dialogs: print or save the estimate sheet, the policy browser, the
station's name, About. The sheet and the browser are imported on first use (start-up needs
neither). Texts are Qt's, context MainWindow (this is the window's own part).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from ..core.messages import msg, render
from . import error_dialog, i18n
from .main_window_files import standard_dialogs
from .common_words import LOG_FILE, NO_ESTIMATE_YET, PDF_FILES, SAVE_PDF, word

if TYPE_CHECKING:  # pragma: no cover
    from ..core.estimate import Estimate


class SheetAndDialogs:
    """MainWindow's sheet and dialog commands (a part of the window class, kept in its own module)."""

    def _need_estimate(self, title: str) -> Estimate | None:
        if self.current_estimate is None:
            standard_dialogs()[2].information(
                self, title, word(NO_ESTIMATE_YET))
        return self.current_estimate

    def _lazy_module(self, name: str, title: str):
        import importlib

        try:
            return importlib.import_module(f"benefitcalc.gui.{name}")
        except ImportError:
            standard_dialogs()[2].information(
                self, title, QCoreApplication.translate("MainWindow", "This part of the program is not installed yet."))
            return None

    def _sheet_job(self, title: str, job, kept: str) -> bool:
        """Run `job(sheet module, estimate)` on the estimate on screen; errors shown, never raised.
        A job that returns true tells the history the estimate was kept (`kept`)."""
        estimate = self._need_estimate(title)
        sheet = self._lazy_module("sheet", title) if estimate is not None else None
        if sheet is None:
            return False
        try:
            done = job(sheet, estimate)
        except Exception:
            error_dialog.show(*sys.exc_info(), parent=self)
            return False
        if done:
            self.estimate_kept.emit(kept)
        return bool(done)

    def print_sheet(self) -> None:
        """Preview and print; only a preview closed by printing counts as printed."""
        self._sheet_job(
            QCoreApplication.translate("MainWindow", "Print"),
            lambda sheet, est: sheet.print_preview(est, self, self.settings.station_name, i18n.current_language()),
            "printed")

    def save_pdf(self) -> None:
        title = word(SAVE_PDF)

        def save(sheet, est) -> bool:
            path, _ = standard_dialogs()[0].getSaveFileName(
                self, title, self.suggested_path(".pdf"), word(PDF_FILES))
            if not path:
                return False
            path += "" if path.lower().endswith(".pdf") else ".pdf"
            sheet.save_pdf(est, path, self.settings.station_name, i18n.current_language())
            self.say_saved(path)
            return True

        self._sheet_job(title, save, "pdf")

    def open_policy_browser(self) -> None:
        title = QCoreApplication.translate("MainWindow", "Policy browser")
        if self.registry is None:  # a fraction of a second after start-up
            self.statusBar().showMessage(self.loading_text(), 3000)
            return
        module = self._lazy_module("policy_browser", title)
        if module is None:
            return
        self._close_policy_browser()  # one browser at a time, for the form's region and date
        try:
            day = self.form.date.date().toPython()
            dialog = module.PolicyBrowser(self.registry, self.form.region_id(), day, i18n.current_language(), parent=self)
            # Freed when closed: a browser holds a region's whole parameter table (≈ 3 MB).
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
        except Exception:
            error_dialog.show(*sys.exc_info(), parent=self)
            return
        self._policy_browser = dialog

    def _close_policy_browser(self) -> None:
        from shiboken6 import isValid

        dialog, self._policy_browser = self._policy_browser, None
        if dialog is not None and isValid(dialog):
            dialog.close()

    def edit_station(self) -> None:
        name, ok = standard_dialogs()[1].getText(
            self,
            QCoreApplication.translate("MainWindow", "Station name"),
            QCoreApplication.translate("MainWindow", "Name of this service station, printed on every estimate sheet:"),
            text=self.settings.station_name,
        )
        if ok:
            self.settings.station_name = name

    def about(self) -> None:
        lang = i18n.current_language()
        standard_dialogs()[2].about(
            self,
            QCoreApplication.translate("MainWindow", "About"),
            "\n\n".join([
                QCoreApplication.translate(
                    "MainWindow",
                    "Estimates what Shandong medical insurance pays on a bill, layer by layer, and explains every number."),
                render(msg("disclaimer"), lang),
                word(LOG_FILE).replace("%1", str(error_dialog.log_path())),
            ]),
        )
