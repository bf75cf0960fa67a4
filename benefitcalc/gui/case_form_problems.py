"""Where the form says what is wrong: a red frame and a sentence under the field concerned.

A problem names a case field as the core does (`case.costs.total`, `costs.total`,
`case.two_diseases.conditions.0`); the nearest row that shows that field carries it, and a
screen reader hears it as the editor's description. A field in the closed year-to-date block
opens the block, so that no marked field stays out of sight.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox

from .case_form_fields import FormGrid, Row

YEAR_BLOCK = ("year_to_date.", "known.")  # the rows of the collapsible year-to-date block


class ProblemMarks:
    """The problems shown on a form's rows."""

    def __init__(self, grid: FormGrid, visible: Callable[[str], bool], open_year: Callable[[], None]):
        self.grid = grid
        self.visible = visible  # whether a field applies to the case on the form
        self.open_year = open_year

    def clear(self) -> None:
        for row in self.grid.rows.values():
            if row.error.isVisible() or row.error.text():
                row.error.clear()
                row.error.setVisible(False)
                row.frame.set_error(False)
                row.editor.setAccessibleDescription("")

    def row_for(self, field_path: str) -> Row | None:
        """The row that shows a case field (`case.costs.total`, `costs.total`, `case.two_diseases.conditions.0`)."""
        key = field_path.removeprefix("case.").removeprefix("case")
        parts = key.split(".") if key else []
        while parts:
            row = self.grid.rows.get(".".join(parts))
            if row is not None:
                return row
            parts.pop()
        return None

    def show(self, field_path: str, text: str) -> bool:
        """Show `text` under the field's widget; False if no visible widget shows that field."""
        row = self.row_for(field_path)
        if row is None or not self.visible(row.key):
            return False
        if row.key.startswith(YEAR_BLOCK):
            self.open_year()
        row.error.setText("⚠ " + text)
        row.error.setVisible(True)
        row.editor.setAccessibleDescription(text)
        row.frame.set_error(True)
        return True

    def field_name(self, field_path: str) -> str:
        """The field's label as shown, without its mnemonic and colon: 医疗费总额."""
        row = self.row_for(field_path)
        if row is None:
            return ""
        text = row.label.text() or (row.editor.text() if isinstance(row.editor, QCheckBox) else "")
        return re.sub(r"\(&\w\)|&", "", text).rstrip(":：")
