"""工具 › 比较…: the case on the form at every level, place and scheme, as a table and a chart.

"Where should I go?": core.compare estimates every combination of the chosen fields; the
dialog lists them by what the patient pays with the difference in plain words, draws what the
patient pays as bars (QPainter, like the payer bar), and prints both. It follows the form:
while open, it compares again shortly after the case on the form changes.

Here: the menu entry; the dialog (`compare_dialog`) is imported when first opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from .features import OneDialog

if TYPE_CHECKING:  # pragma: no cover
    from .compare_dialog import CompareDialog


class CompareFeature(OneDialog):
    def __init__(self, window):
        self.window = window
        self._dialog: CompareDialog | None = None
        self.action = QAction(window)
        self.action.setShortcut("Ctrl+K")
        self.action.triggered.connect(self.open_dialog)
        window.addAction(self.action)
        window.tools_menu.addAction(self.action)

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("CompareFeature", "&Compare choices…"))
        self.action.setStatusTip(QCoreApplication.translate("CompareFeature", "The case at other hospital levels, places and schemes"))
        if self._dialog is not None:
            self._dialog.retranslate()

    def open_dialog(self) -> None:
        from .compare_dialog import CompareDialog

        self.show_dialog(lambda: CompareDialog(self.window), lambda: self._dialog.refresh())


def install(window) -> CompareFeature:
    return CompareFeature(window)
