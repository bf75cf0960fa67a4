"""Who pays what, as one horizontal bar split in proportion (QPainter, no QtCharts).

Each part is a payer (or the patient's share) with its amount; widths are computed from the
Decimal amounts with integer arithmetic. A part wide enough shows its share of the bill in %.
Colours are the Okabe-Ito palette, told apart by people with colour-blindness too.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# The window's colours. Text: hints and errors, both readable on white and on the window grey.
HINT_COLOR = "#505050"
ERROR_COLOR = "#B00020"


def set_text_color(widget: QWidget, color: str) -> None:
    """A label's text colour through its palette (a style sheet would freeze its font size)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    widget.setPalette(palette)


# Payers: colour, and the text colour that reads on it
COLORS: dict[str, tuple[str, str]] = {
    "basic_fund": ("#0072B2", "#FFFFFF"),
    "critical_illness": ("#009E73", "#FFFFFF"),
    "large_expense": ("#56B4E9", "#000000"),
    "assistance": ("#CC79A7", "#000000"),
    "backstop": ("#F0E442", "#000000"),
    "personal": ("#D55E00", "#FFFFFF"),
}


@dataclass(frozen=True)
class Part:
    key: str
    label: str
    amount: Decimal


def share_text(amount: Decimal, total: Decimal) -> str:
    """`amount` as a percentage of `total`, one decimal: 55.2%."""
    if total <= 0:
        return ""
    pct = (amount * 100 / total).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{pct}%"


def split_widths(amounts: list[Decimal], width: int) -> list[int]:
    """Integer pixel widths in proportion to `amounts`, summing exactly to `width`."""
    total = sum(amounts, Decimal(0))
    if total <= 0 or width <= 0:
        return [0] * len(amounts)
    widths = []
    used = 0
    running = Decimal(0)
    for amount in amounts:
        running += amount
        edge = int((running * width / total).to_integral_value(rounding=ROUND_HALF_UP))
        widths.append(edge - used)
        used = edge
    return widths


class PayerBar(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._parts: list[Part] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)

    def set_parts(self, parts: list[Part]) -> None:
        self._parts = [p for p in parts if p.amount > 0]
        total = self.total()
        described = "; ".join(f"{p.label} {share_text(p.amount, total)}" for p in self._parts)
        self.setAccessibleDescription(described)
        self.setToolTip("\n".join(f"{p.label}: {share_text(p.amount, total)}" for p in self._parts))
        self.update()

    def parts(self) -> list[Part]:
        return list(self._parts)

    def total(self) -> Decimal:
        return sum((p.amount for p in self._parts), Decimal(0))

    def sizeHint(self) -> QSize:
        return QSize(400, self._bar_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self._bar_height())

    def _bar_height(self) -> int:
        return int(self.fontMetrics().height() * 2.2)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.setFixedHeight(self._bar_height())
            self.updateGeometry()

    def showEvent(self, event) -> None:
        self.setFixedHeight(self._bar_height())
        super().showEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = min(6.0, area.height() / 4)
        border = self.palette().color(QPalette.ColorRole.Mid)
        if not self._parts:
            painter.setPen(QPen(border, 1))
            painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(area, radius, radius)
            return
        inner = self.rect().adjusted(1, 1, -1, -1)
        widths = split_widths([p.amount for p in self._parts], inner.width())
        total = self.total()
        painter.save()
        clip = QRectF(inner)
        path = QPainterPath()
        path.addRoundedRect(clip, radius, radius)
        painter.setClipPath(path)
        x = inner.left()
        metrics = self.fontMetrics()
        for part, w in zip(self._parts, widths):
            if w <= 0:
                continue
            fill, ink = COLORS.get(part.key, ("#888888", "#000000"))
            segment = QRect(x, inner.top(), w, inner.height())
            painter.fillRect(segment, QColor(fill))
            text = share_text(part.amount, total)
            if metrics.horizontalAdvance(text) + 8 <= w:
                painter.setPen(QColor(ink))
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, text)
            x += w
            if x < inner.right():
                painter.setPen(QPen(QColor("#FFFFFF"), 2))
                painter.drawLine(x, inner.top(), x, inner.bottom())
        painter.restore()
        painter.setPen(QPen(border, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(area, radius, radius)
