"""文件 › 历史记录…: every saved or printed estimate of this station, per person.

The window tells (`estimate_kept`) when an estimate was saved, printed or saved as PDF; this
feature keeps it in the history (core.history) under the person chosen last (a label, never an
ID-card or phone number). The dialog lists, reopens, reprints, deletes and exports entries.
The database is opened on first use, not at start-up.

Here: the menu entries and the keeping; the dialogs (`history_dialog`) and the standard dialogs
are imported when first used.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from ..core.messages import render
from . import error_dialog, i18n
from .common_words import HISTORY, NO_ESTIMATE_YET, word
from .features import OneDialog
from .main_window_files import standard_dialogs

if TYPE_CHECKING:  # pragma: no cover
    from .history_dialog import HistoryDialog


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
                standard_dialogs()[2].warning(self.window, word(HISTORY), text)
                return None
            if moved is not None:
                standard_dialogs()[2].warning(self.window, word(HISTORY), render(moved, i18n.current_language()))
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
            standard_dialogs()[2].warning(self.window, word(HISTORY), render(exc.message, i18n.current_language()))
            return None
        except Exception:
            error_dialog.show(*sys.exc_info(), parent=self.window)
            return None
        if self._dialog is not None:
            self._dialog.refresh()
        return entry

    def keep_with_person(self) -> None:
        if self.window.current_estimate is None:
            standard_dialogs()[2].information(self.window, word(HISTORY), word(NO_ESTIMATE_YET))
            return
        from .history_dialog import PersonDialog

        dialog = PersonDialog(self.window, self.person, self._people())
        try:
            if dialog.exec() != PersonDialog.DialogCode.Accepted:
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
        from .history_dialog import HistoryDialog

        self.show_dialog(lambda: HistoryDialog(self), lambda: self._dialog.refresh())

    def close(self) -> None:
        if self._history is not None:
            self._history.close()
            self._history = None


def install(window) -> HistoryFeature:
    feature = HistoryFeature(window)
    window.destroyed.connect(lambda *_: feature.close())
    return feature
