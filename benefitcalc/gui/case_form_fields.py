"""The form's field widgets: a row per case field in one grid, and amounts as people type them.

Every row (label, editor, unit, hint, error line) lives in one `FormGrid`, so that labels and
fields line up all the way down the form whatever section they belong to. An amount is read
with the core's rules (`core.money.amount`, SPEC §3a) after the forms a person types are
tidied (full-width digits, ¥, 元, thousands separators); only the sentences are the window's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core import money
from ..core.messages import msg, render
from .i18n import current_language
from .payer_bar import ERROR_COLOR, HINT_COLOR, set_text_color

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，－", "0123456789.,-")
_GROUPED = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d*)?$")
AMOUNT_WIDTH = "0" * 16  # an amount field is as wide as sixteen digits


class AmountError(ValueError):
    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


def parse_amount(text: str) -> Decimal | None:
    """An amount typed by a person, as an exact Decimal; None when the field is empty.

    Accepts full-width digits, a leading ¥ and a trailing 元, and thousands separators in
    their proper places ("12,345.60"); what remains is read by the core (`money.amount`).
    Raises AmountError with a sentence in the window's words for anything else.
    """
    raw = text.strip()
    cleaned = raw.translate(_FULL_WIDTH).replace(" ", "")
    cleaned = cleaned.lstrip("¥￥").rstrip("元")
    if not cleaned:
        return None
    if _GROUPED.match(cleaned):
        cleaned = cleaned.replace(",", "")
    try:
        return money.amount(cleaned)
    except ValueError as exc:  # pydantic's error types, as `money` raises them
        kind = getattr(exc, "type", None)
        kind = kind() if callable(kind) else kind
        raise AmountError(_amount_sentence(kind, raw)) from None


def _amount_sentence(kind: str | None, raw: str) -> str:
    if kind == "greater_than_equal":
        return render(msg("what.negative", got=raw), current_language())
    if kind == "decimal_max_places":
        return QCoreApplication.translate("CaseForm", "At most two decimal places (yuan and fen), e.g. 1234.50")
    if kind == "less_than_equal":
        return QCoreApplication.translate("CaseForm", "At most 10,000,000,000 yuan")
    return render(msg("what.number", got=raw), current_language())


class Combo(QComboBox):
    """A combo box as wide as its longest item when there is room, and able to shrink (eliding
    its text) when there is not, e.g. in large text on a 1366-pixel screen."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 12), hint.height())


def choice_combo(keys) -> Combo:
    """A combo of the vocabulary's keys; their words are set by the form's retranslate."""
    combo = Combo()
    for key in keys:
        combo.addItem(key, key)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def amount_edit(on_edit) -> QLineEdit:
    """A right-aligned field for yuan; `on_edit` is called on every keystroke."""
    edit = QLineEdit()
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setPlaceholderText("0.00")
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance(AMOUNT_WIDTH))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
    edit.textEdited.connect(on_edit)
    return edit


class FieldFrame(QWidget):
    """Holds one editor with a thin margin, where a red frame is drawn while the field is wrong.

    Drawn by hand rather than with a style sheet: a style sheet changes the editor's own look
    and height, and a palette would spill into a check box's text.
    """

    def __init__(self, editor: QWidget):
        super().__init__()
        self.error = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(editor)

    def set_error(self, error: bool) -> None:
        if error != self.error:
            self.error = error
            self.update()

    def paintEvent(self, event) -> None:
        if self.error:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(ERROR_COLOR), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)


@dataclass
class Row:
    key: str
    label: QLabel
    editor: QWidget
    box: QWidget
    hint: QLabel | None
    error: QLabel
    frame: FieldFrame


class FormGrid:
    """The form's one QFormLayout and its rows by case field (`costs.total`)."""

    def __init__(self, layout: QFormLayout):
        self.layout = layout
        self.rows: dict[str, Row] = {}
        self.headers: list[QLabel] = []
        self.units: list[QLabel] = []
        self._visible: dict[QWidget, bool] = {}  # what setRowVisible was last told, per row

    def header(self) -> QLabel:
        header = QLabel()
        header.setContentsMargins(0, 10 if self.headers else 0, 0, 2)
        self.layout.addRow(header)
        self.headers.append(header)
        return header

    def add(self, key: str, editor: QWidget, *, label: bool = True,
            hint: bool = False, unit: bool = False, at: int | None = None) -> Row:
        """A row: its label (empty for a check box, which carries its own text), the editor in
        its frame, a unit, a hint and an error line below; at the end or at row `at`."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        frame = FieldFrame(editor)
        line = QHBoxLayout()
        line.setSpacing(6)
        line.addWidget(frame)
        if unit:
            yuan = QLabel()
            self.units.append(yuan)
            line.addWidget(yuan)
        else:
            editor.setSizePolicy(QSizePolicy.Policy.Preferred, editor.sizePolicy().verticalPolicy())
        line.addStretch(1)
        column.addLayout(line)
        hint_label = None
        if hint:
            hint_label = QLabel()
            hint_label.setWordWrap(True)
            set_text_color(hint_label, HINT_COLOR)
            column.addWidget(hint_label)
        error = QLabel()
        error.setWordWrap(True)
        error.setObjectName("error")
        error.setTextFormat(Qt.TextFormat.PlainText)
        set_text_color(error, ERROR_COLOR)
        error.setVisible(False)
        column.addWidget(error)
        name = QLabel()
        if label:
            name.setBuddy(editor)
        if at is None:
            self.layout.addRow(name, box)
        else:
            self.layout.insertRow(at, name, box)
        editor.setObjectName(key)
        row = Row(key, name, editor, box, hint_label, error, frame)
        self.rows[key] = row
        return row

    def row_after(self, widget: QWidget) -> int:
        """The layout row just below `widget` (a section's rows go under its header)."""
        return self.layout.getWidgetPosition(widget)[0] + 1

    def set_visible(self, rows: dict[QWidget, bool]) -> None:
        """Show or hide rows; only those whose state changes are touched (this runs on every
        key typed, and setRowVisible invalidates the whole form's layout even when nothing changes)."""
        for widget, visible in rows.items():
            if self._visible.get(widget) != visible:
                self.layout.setRowVisible(widget, visible)
                self._visible[widget] = visible

    def set_unit_text(self, text: str) -> None:
        for unit in self.units:
            unit.setText(text)

    def apply_fonts(self, base: QFont) -> None:
        """Headers a size larger and bold; amount fields as wide as sixteen digits in `base`."""
        header = QFont(base)
        header.setPointSizeF(base.pointSizeF() * 1.15)
        header.setBold(True)
        for label in self.headers:
            label.setFont(header)
        width = QFontMetrics(base).horizontalAdvance(AMOUNT_WIDTH)  # the app font reaches widgets later
        for row in self.rows.values():
            if isinstance(row.editor, QLineEdit):
                row.editor.setMaximumWidth(width)
