"""A page of rich text that reads like a label and is laid out once per text and width.

The steps of the calculation change with every key typed. As a QLabel they were laid out two to
three times a key: QLabel lays its document out for `heightForWidth`, puts its width back (a
whole layout again), and paints the whole document, even when only its first lines are on
screen (benchmarks/keystroke.py; docs/packaging.md). `DocumentLabel` keeps one QTextDocument at
the width it is shown at, lays it out once per new text, and paints only what is exposed.

It is a read-only QTextEdit without frame, background or scroll bars, sized to its text, so the
selection by mouse, the context menu (复制, 全选), copying and accessibility are Qt's own, the
same control that QLabel uses. Its size hints are QLabel's (the widest word as the minimum
width), kept per text shape as `rich_label.RichLabel` does.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QToolTip

from .rich_label import HINT_SHAPES, text_shape

# "No limit" for the height of one line. QLabel uses QWIDGETSIZE_MAX (16,777,215), at which a
# table's fixed-point layout overflows (4 rows came out 652 px tall instead of 68).
UNBOUNDED_WIDTH = 100_000


class DocumentLabel(QTextEdit):
    """A word-wrapped, mouse-selectable rich text, as tall as its text at its width."""

    def __init__(self) -> None:
        super().__init__()
        self._html = ""
        self._row_tips: list[str] = []  # a tooltip per row of the document's table (see setRowToolTips)
        self._heights: dict[int, int] = {}  # width -> height, while the text and font hold
        self._hints: dict[str, tuple[QSize, QSize]] = {}  # text shape -> (hint, minimum), as RichLabel
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # as a selectable QLabel: not in the Tab chain
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # QLabel's; QTextEdit would break long words
        self.setUndoRedoEnabled(False)
        self.viewport().setAutoFillBackground(False)
        self.document().setDocumentMargin(0)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._follow_label_colours()

    def text(self) -> str:
        """The rich text last set, as QLabel.text() gives it."""
        return self._html

    def setText(self, text: str) -> None:  # noqa: N802 (QLabel's name)
        if text == self._html:
            return
        self._html = text
        self._heights.clear()
        self.setHtml(text)  # keeps the document's width: laid out once, at the width it is shown at
        self.updateGeometry()

    def setRowToolTips(self, tips: list[str]) -> None:  # noqa: N802 (Qt style)
        """A tooltip for each row of the text's table (the banner's lines), shown while the
        mouse is on that row, as each line's own label showed it."""
        self._row_tips = list(tips)

    def rowToolTips(self) -> list[str]:  # noqa: N802 (Qt style)
        return list(self._row_tips)

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ToolTip and self._row_tips:
            tip, rect = self._row_tip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport(), rect)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def _row_tip_at(self, pos) -> tuple[str, QRect]:
        cursor = self.cursorForPosition(pos)
        table = cursor.currentTable()
        if table is None:
            return "", QRect()
        row = table.cellAt(cursor).row()
        if not 0 <= row < len(self._row_tips):
            return "", QRect()
        layout = self.document().documentLayout()
        top = bottom = None
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            block = cell.firstCursorPosition().block()
            box = layout.blockBoundingRect(block)
            top = box.top() if top is None else min(top, box.top())
            bottom = box.bottom() if bottom is None else max(bottom, box.bottom())
        rect = QRect(0, math.floor(top), self.viewport().width(), math.ceil(bottom - top))
        if not rect.contains(pos):
            return "", QRect()
        return self._row_tips[row], rect

    # ------------------------------------------------------------------ sizes
    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        height = self._heights.get(width)
        if height is None:
            self._lay_out(width)
            height = self._heights[width] = math.ceil(self.document().size().height())
        return height

    def _lay_out(self, width: int) -> None:
        """The document at this width (setTextWidth lays it all out again, even at the same width).
        Twice at most: before it is first shown, QTextEdit may put its viewport's width back
        once while it settles its scroll bars."""
        document = self.document()
        for _ in range(2):
            if document.textWidth() == width:
                return
            document.setTextWidth(width)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._lay_out(self.viewport().width())  # a layout may have asked other widths last

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._lay_out(self.viewport().width())
        super().paintEvent(event)

    def _size_hints(self) -> tuple[QSize, QSize]:
        """QLabel's hints for a word-wrapped rich text: the size `QTextDocument.adjustSize` picks,
        and the widest word by the height of one line. Laid out on a copy, once per text shape."""
        shape = text_shape(self._html)
        hints = self._hints.pop(shape, None)
        if hints is None:
            copy = self.document().clone()
            copy.adjustSize()
            hint = _ceil_size(copy)
            copy.setTextWidth(UNBOUNDED_WIDTH)
            one_line = _ceil_size(copy).height()
            copy.setTextWidth(0)
            hints = (hint, QSize(_ceil_size(copy).width(), min(hint.height(), one_line)))
        self._hints[shape] = hints
        while len(self._hints) > HINT_SHAPES:
            del self._hints[next(iter(self._hints))]
        return hints

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return self._size_hints()[0]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return self._size_hints()[1]

    # ------------------------------------------------------------------ as a label
    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """The page scrolls, not this text (and Ctrl+wheel does not zoom it alone)."""
        event.ignore()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
            self._hints.clear()
        if kind == QEvent.Type.PaletteChange:
            self._follow_label_colours()

    def _follow_label_colours(self) -> None:
        """Text in the label's colour (WindowText; QTextEdit paints with Text), e.g. after
        `payer_bar.set_text_color`."""
        palette = self.palette()
        changed = False
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
            ink = palette.color(group, QPalette.ColorRole.WindowText)
            if palette.color(group, QPalette.ColorRole.Text) != ink:
                palette.setColor(group, QPalette.ColorRole.Text, ink)
                changed = True
        if changed:  # the PaletteChange this sends finds nothing left to change
            self.setPalette(palette)


def _ceil_size(document: QTextDocument) -> QSize:
    size = document.size()
    return QSize(math.ceil(size.width()), math.ceil(size.height()))
