"""History entries to a spreadsheet a station can file or send: CSV (UTF-8 with BOM, so Excel on
a Chinese Windows opens it) or .xlsx, chosen by the file's extension (core.spreadsheets)."""

from __future__ import annotations

from pathlib import Path

from .history import Entry
from .messages import label, msg, render
from .spreadsheets import write_table

COLUMNS = ("saved_at", "action", "person", "region", "visit_date", "scheme", "category",
           "total", "reimbursed", "personal")


def export(entries: list[Entry], path: Path, lang: str = "zh") -> None:
    """Write `entries` to `path` (.csv or .xlsx); amounts stay exact decimals with two places.
    Raises SpreadsheetError (a message naming the file) when it cannot be written."""
    header = {column: render(msg(f"history.column.{column}"), lang) for column in COLUMNS}
    rows = []
    for entry in entries:
        words = {
            "action": render(msg(f"history.action.{entry.action}"), lang),
            "region": entry.region_name,
            "scheme": label("scheme_short", entry.scheme, lang),
            "category": label("category", entry.category, lang),
        }
        rows.append({header[c]: words.get(c, getattr(entry, c)) for c in COLUMNS})
    write_table(Path(path), list(header.values()), rows)
