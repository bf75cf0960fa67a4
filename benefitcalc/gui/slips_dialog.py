"""工具 › 用结算单核对…: type or paste settlement slips, see reconcile and calibrate side by side.

The table holds one slip per row in the spreadsheet contract's columns (core.rows); a
spreadsheet can be opened into it and Excel cells pasted (with or without their header row).
Each edit re-runs the core's reconcile and calibrate (core.reconcile, core.calibrate) after a
short pause; their text is the CLI's (core.slip_report). An exact fit can be saved as a policy
correction: the amendment's changes are shown and the clerk confirms before it is written. No
insurance logic lives here.

Here: the menu entry. The dialog (`slips_window`) and what it needs are imported when it is
first opened, not at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from .features import OneDialog

if TYPE_CHECKING:  # pragma: no cover
    from .slips_window import SlipsDialog


class SlipsFeature(OneDialog):
    """The menu entry; the dialog is built when first asked for, and freed when closed."""

    def __init__(self, window):
        self.window = window
        self.action = QAction(window)
        self.action.triggered.connect(self.open_dialog)
        window.tools_menu.addAction(self.action)

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("SlipsFeature", "Check against settlement &slips…"))
        self.action.setStatusTip(QCoreApplication.translate("SlipsFeature", "Compare slips with the estimate and fit the deductible and rate"))
        if self._dialog is not None:
            self._dialog.retranslate()

    def open_dialog(self) -> None:
        from .slips_window import SlipsDialog

        self.show_dialog(lambda: SlipsDialog(self.window))

    @property
    def dialog(self) -> "SlipsDialog | None":
        return self._dialog


def install(window) -> SlipsFeature:
    return SlipsFeature(window)
