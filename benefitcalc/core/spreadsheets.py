"""Reading and writing tables of rows: .csv (as Excel writes it on a Chinese Windows) and .xlsx.

A .csv is read as UTF-8 (with or without the BOM Excel adds) and, failing that, as GB18030, the
superset of the GBK that Excel writes on a Chinese Windows; CRLF or LF. A .csv is written as
UTF-8 with a BOM and CRLF so that Excel opens it with the right characters. .xlsx goes through
openpyxl (imported only when needed). Rows keep their spreadsheet row number (the header is
row 1) so an error can say where it is. Any problem is a `SpreadsheetError` naming the file.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

from .messages import Msg, msg

READ_SUFFIXES = (".csv", ".xlsx")
WRITE_SUFFIXES = (".csv", ".xlsx")


class SpreadsheetError(Exception):
    def __init__(self, message: Msg):
        super().__init__(message.id)
        self.message = message


@dataclass
class Table:
    """A header and its rows (each a dict by column name), with each row's number in the file."""

    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)


def _fail(path: Path, what: Msg) -> SpreadsheetError:
    return SpreadsheetError(msg("error.sheet.file", file=str(path), what=what))


def read_table(path: Path) -> Table:
    suffix = path.suffix.lower()
    if suffix not in READ_SUFFIXES:
        raise _fail(path, msg("what.sheet.suffix", suffixes=", ".join(READ_SUFFIXES)))
    try:
        if suffix == ".csv":
            cells = _csv_cells(path.read_bytes(), path)
        else:
            cells = _xlsx_cells(path)
    except OSError as exc:
        raise _fail(path, msg("what.unreadable", text=exc.strerror or str(exc))) from None
    return _table(path, cells)


def decode_csv(data: bytes) -> str:
    """UTF-8 (a BOM is dropped), else GB18030 (GBK's superset): what Windows Excel writes."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def _csv_cells(data: bytes, path: Path) -> Iterable[list[Any]]:
    try:
        text = decode_csv(data)
    except UnicodeDecodeError:
        raise _fail(path, msg("what.sheet.encoding")) from None
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise _fail(path, msg("what.other", text=str(exc))) from None


def _xlsx_cells(path: Path) -> Iterable[list[Any]]:
    from zipfile import BadZipFile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError) as exc:
        raise _fail(path, msg("what.sheet.xlsx", text=str(exc) or type(exc).__name__)) from None
    try:
        sheet = book.worksheets[0]
        return [list(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _table(path: Path, cells: Iterable[list[Any]]) -> Table:
    lines = iter(cells)
    header: list[str] | None = None
    table = Table([])
    for number, line in enumerate(lines, 1):
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in line):
            continue
        if header is None:
            header = [("" if c is None else str(c)).strip() for c in line]
            while header and not header[-1]:
                header.pop()
            seen = set()
            for name in header:
                if name in seen:
                    raise _fail(path, msg("what.sheet.duplicate_column", column=name))
                seen.add(name)
            table.columns = header
            continue
        row = {name: value for name, value in zip(header, line) if name}
        table.rows.append(row)
        table.numbers.append(number)
    if header is None:
        raise _fail(path, msg("what.sheet.empty"))
    return table


def write_table(path: Path, columns: list[str], rows: Iterable[dict[str, Any]]) -> None:
    """Write by the file's extension: .csv (UTF-8 with BOM, CRLF) or .xlsx."""
    suffix = path.suffix.lower()
    if suffix not in WRITE_SUFFIXES:
        raise _fail(path, msg("what.sheet.suffix", suffixes=", ".join(WRITE_SUFFIXES)))
    try:
        if suffix == ".csv":
            with path.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(columns)
                for row in rows:
                    writer.writerow([_text(row.get(c)) for c in columns])
        else:
            _write_xlsx(path, columns, rows)
    except OSError as exc:
        raise _fail(path, msg("what.unwritable", text=exc.strerror or str(exc))) from None


def _write_xlsx(path: Path, columns: list[str], rows: Iterable[dict[str, Any]]) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(columns)
    for row in rows:
        # Decimals are stored as numbers written exactly as their text (openpyxl writes str()).
        sheet.append([_xlsx_value(row.get(c)) for c in columns])
    book.save(path)


def _xlsx_value(value: Any) -> Any:
    if value is None or isinstance(value, (Decimal, int, bool)):
        return value
    return str(value)


def _text(value: Any) -> str:
    if value.__class__ is str:
        return value
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)
