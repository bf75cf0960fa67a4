"""History entries to a spreadsheet a station can file or send: CSV (UTF-8 with BOM, so Excel on
a Chinese Windows opens it) or .xlsx, chosen by the file's extension."""

from __future__ import annotations

import csv
from pathlib import Path

from .history import Entry
from .messages import label, msg, render

COLUMNS = ("saved_at", "action", "person", "region_name", "visit_date", "scheme", "category",
           "total", "reimbursed", "personal")


def _cells(entry: Entry, lang: str) -> list:
    words = {
        "action": render(msg(f"history.action.{entry.action}"), lang),
        "scheme": label("scheme_short", entry.scheme, lang),
        "category": label("category", entry.category, lang),
    }
    return [words.get(column, getattr(entry, column)) for column in COLUMNS]


def export(entries: list[Entry], path: Path, lang: str = "zh") -> None:
    """Write `entries` to `path` (.csv or .xlsx); amounts stay exact decimals with two places."""
    path = Path(path)
    header = [render(msg(f"history.column.{c if c != 'region_name' else 'region'}"), lang) for c in COLUMNS]
    rows = [_cells(e, lang) for e in entries]
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        for column in ("H", "I", "J"):
            for cell in sheet[column][1:]:
                cell.number_format = "#,##0.00"
        book.save(path)
        return
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows([[f"{v:.2f}" if hasattr(v, "quantize") else v for v in row] for row in rows])
