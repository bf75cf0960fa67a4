"""The form's "so far this year" block: what the patient's earlier care this year already used
(SPEC §3.8), and the basic fund's payment on a settlement slip (SPEC §3.6).

Closed by default, since most cases are a first bill; a case that has any of these figures
opens it. Its rows are built when it is first opened or filled.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QToolButton, QWidget

from ..core.case_fields import COUNTS, YEAR_TO_DATE
from .case_form_fields import FormGrid, amount_edit
from .case_loading import ADMISSIONS, FormCase
from .payer_bar import HINT_COLOR, set_text_color

HINTED = ("critical_base", "basic_fund_paid")  # the figures whose row explains itself


class YearBlock:
    """The toggle, its note and (once built) a row per year-to-date figure and the slip's row."""

    def __init__(self, grid: FormGrid, changed: Callable):
        self.grid = grid
        self.changed = changed  # the form's slot for any edit
        self.built = False
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._arrow)
        self.toggle.setContentsMargins(0, 8, 0, 0)
        grid.layout.addRow(self.toggle)
        self.note = QLabel()
        self.note.setWordWrap(True)
        set_text_color(self.note, HINT_COLOR)
        grid.layout.addRow(self.note)

    def _arrow(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def open(self) -> None:
        if not self.toggle.isChecked():
            self.toggle.setChecked(True)

    def build(self) -> None:
        if self.built:
            return
        self.ytd: dict[str, QWidget] = {}
        for key in YEAR_TO_DATE:
            if key in COUNTS:
                editor = QSpinBox()
                editor.setRange(*ADMISSIONS)
                editor.valueChanged.connect(self.changed)
            else:
                editor = amount_edit(self.changed)
            self.ytd[key] = editor
            self.grid.add(f"year_to_date.{key}", editor, unit=key not in COUNTS, hint=key in HINTED)
        self.known = amount_edit(self.changed)
        self.grid.add("known.basic_fund", self.known, hint=True, unit=True)
        self.built = True

    def tab_chain(self) -> list[QWidget]:
        return [*self.ytd.values(), self.known] if self.built else []

    def retranslate(self) -> None:
        self.note.setText(QCoreApplication.translate(
            "CaseForm",
            "Fill these in only if the patient already had care paid for this calendar year; empty means 0."))

    def apply_fonts(self, base: QFont) -> None:
        bold = QFont(base)
        bold.setBold(True)
        self.toggle.setFont(bold)

    # ------------------------------------------------------------------ values
    def filled(self, visible: Callable[[str], bool]) -> int:
        """How many of the figures that apply are filled in (for the toggle's title)."""
        if not self.built:
            return 0
        count = 0
        for key, editor in self.ytd.items():
            if not visible(f"year_to_date.{key}"):
                continue
            if isinstance(editor, QSpinBox):
                count += editor.value() > 0
            elif editor.text().strip() not in ("", "0"):
                count += 1
        if visible("known.basic_fund") and self.known.text().strip():
            count += 1
        return count

    def read(self, data: dict[str, Any], visible: Callable[[str], bool],
             amount: Callable[[str, QLineEdit], Decimal | None]) -> None:
        """The block's part of the case dict: the figures that apply and are not zero, the slip."""
        if not self.built:
            return
        ytd: dict[str, Any] = {}
        for key, editor in self.ytd.items():
            if not visible(f"year_to_date.{key}"):
                continue
            if isinstance(editor, QSpinBox):
                if editor.value():
                    ytd[key] = editor.value()
            else:
                value = amount(f"year_to_date.{key}", editor)
                if value:
                    ytd[key] = value
        if ytd:
            data["year_to_date"] = ytd
        if visible("known.basic_fund"):
            known = amount("known.basic_fund", self.known)
            if known is not None:
                data["known"] = {"basic_fund": known}

    def show(self, case: FormCase) -> None:
        """The case's figures; the block opens when it has any (unbuilt: it has none)."""
        if not self.built:
            self.toggle.setChecked(False)
            return
        for key, editor in self.ytd.items():
            if isinstance(editor, QSpinBox):
                editor.setValue(case.admissions)
            else:
                editor.setText(case.year_to_date.get(key, ""))
        self.known.setText(case.known)
        self.toggle.setChecked(bool(case.admissions or case.known or any(case.year_to_date.values())))
