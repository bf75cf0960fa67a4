"""Labels that a page of text changing on every key can afford (Qt glue only).

`RichLabel` keeps its laid-out heights and size hints while they hold; `settle_layouts` lays
out at once what new texts invalidated, so the window paints each change once (the result's
steps, benchmarks/keystroke.py).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QApplication, QLabel

LAYOUT_ROUNDS = 3  # label -> its box -> the result view -> the scroll area (see settle_layouts)
HINT_SHAPES = 4
_NUMBERS = re.compile(r"[\d.,]+")


def text_shape(text: str) -> str:
    """A text with its numbers as 0: texts of one shape have the same size hints (the widest
    word, which sets the minimum width, is never a number; the hint's height is only a
    preference, as the layouts ask `heightForWidth`)."""
    return _NUMBERS.sub("0", text)


class RichLabel(QLabel):
    """A word-wrapped rich-text label that does not lay its text out more often than needed.

    QLabel lays its whole document out again on every `heightForWidth` (a layout pass asks for
    two or three widths), and after each new text its size hints lay it out at 80 characters,
    unwrapped and at width 0 (every character on its own line). For the steps, a page of
    text that changes with every key typed, that was about 6 ms a key. Here heights are kept per
    width until the text changes, and the size hints until it changes other than in its numbers:
    the widest word, which sets the minimum width, is never a number, and the hint's height is
    only a preference (the layout asks `heightForWidth`).
    """

    def __init__(self) -> None:
        super().__init__()
        self._heights: dict[int, int] = {}
        self._hints: dict[str, tuple[QSize, QSize]] = {}  # text with numbers as 0 -> (hint, minimum)

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def _size_hints(self) -> tuple[QSize, QSize]:
        shape = text_shape(self.text())
        hints = self._hints.pop(shape, None)
        if hints is None:
            hints = (super().sizeHint(), super().minimumSizeHint())
        self._hints[shape] = hints  # the most recent last; a few kept (typing back and forth)
        while len(self._hints) > HINT_SHAPES:
            del self._hints[next(iter(self._hints))]
        return hints

    def sizeHint(self) -> QSize:
        return self._size_hints()[0]

    def minimumSizeHint(self) -> QSize:
        return self._size_hints()[1]

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange):
            self._heights.clear()
            self._hints.clear()
        super().changeEvent(event)


def settle_layouts() -> None:
    """Lay out now what the new texts invalidated, before the paint already asked for.

    A changed label posts a layout request to its box; laying that out resizes the box, which
    posts one to its parent, and so on up to the scroll area. Left to the event loop, the paint
    request posted by the first text change comes between these passes: a key repainted the
    whole result up to three times (the amounts, then the steps' new height, then the scroll
    area's new size). Each round here delivers the requests the previous one posted."""
    for _ in range(LAYOUT_ROUNDS):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
