"""Spreadsheet rows (issue 9's fixed contract): one case per row, column names are the case keys.

Nested keys are joined with dots (`costs.total`, `year_to_date.admissions`, `maternity.caesarean`,
`known.basic_fund`); `two_diseases.conditions` is written `hypertension+diabetes`. An empty cell
means the default. A settlement slip adds `slip.basic_fund` and optionally the other payers.
Columns outside the contract (a name, a remark) are carried along and ignored. A bad cell is a
`RowError` whose message names the column, never a crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from .case import Case, CaseError, Known, MaternityInput, YearToDate, case_from_dict
from .messages import Msg, msg

TOP = ("region", "date", "scheme", "category", "level", "location", "group", "retired", "day_ward")
TABLES = {
    "costs": ("total", "self_paid", "category_b_first"),
    "year_to_date": tuple(YearToDate.model_fields),
    "chronic": ("disease",),
    "two_diseases": ("conditions",),
    "maternity": tuple(MaternityInput.model_fields),
    "known": tuple(Known.model_fields),
}
SLIP_PAYERS = ("basic_fund", "critical_illness", "large_expense", "assistance", "personal")

CASE_COLUMNS = TOP + tuple(f"{table}.{key}" for table, keys in TABLES.items() for key in keys)
SLIP_COLUMNS = tuple(f"slip.{p}" for p in SLIP_PAYERS)
COLUMNS = CASE_COLUMNS + SLIP_COLUMNS
_CASE_SET = frozenset(CASE_COLUMNS)

_BOOLS = {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False, "是": True, "否": False}
_SLASH_DATE = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")


class RowError(Exception):
    """A bad cell: its message names the column (`costs.total：必须是数字…`)."""

    def __init__(self, message: Msg, column: str = ""):
        super().__init__(message.id)
        self.message = message
        self.column = column


@dataclass(frozen=True)
class Slip:
    """What a settlement slip says each payer paid (None where the row leaves it empty)."""

    basic_fund: Decimal | None = None
    critical_illness: Decimal | None = None
    large_expense: Decimal | None = None
    assistance: Decimal | None = None
    personal: Decimal | None = None

    def given(self) -> dict[str, Decimal]:
        return {p: getattr(self, p) for p in SLIP_PAYERS if getattr(self, p) is not None}


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _cell(column: str, value: Any) -> Any:
    """A cell as the case model reads it: text trimmed, dates and yes/no as written in Excel."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, bool) or not isinstance(value, str):
        return value
    text = value.strip()
    if column in ("retired", "day_ward", "maternity.caesarean", "maternity.difficult"):
        return _BOOLS.get(text.lower(), text)
    if column == "date":
        m = _SLASH_DATE.match(text)  # Excel on a Chinese Windows writes 2025/6/1
        if m:
            try:
                return date(*(int(g) for g in m.groups())).isoformat()
            except ValueError:
                return text
        return text
    if column == "two_diseases.conditions":
        return [part.strip() for part in text.split("+") if part.strip()]
    if _THOUSANDS.match(text):  # 50,000.00 as a formatted cell exports it
        return text.replace(",", "")
    return text


def case_dict(row: dict[str, Any]) -> dict[str, Any]:
    """The row's case columns as a `[case]` table (empty cells left out, so defaults apply)."""
    data: dict[str, Any] = {}
    for column, value in row.items():
        if column not in _CASE_SET or value is None or value == "" or (isinstance(value, str) and value.isspace()):
            continue
        value = _cell(column, value)
        if "." in column:
            table, key = column.split(".", 1)
            data.setdefault(table, {})[key] = value
        else:
            data[column] = value
    return data


def row_to_case(row: dict[str, Any]) -> Case:
    """Validate a row as a case; any problem is a `RowError` naming the column."""
    try:
        return case_from_dict(case_dict(row))
    except CaseError as exc:
        raise row_error(exc) from None


def row_to_slip(row: dict[str, Any], required: bool = True) -> Slip:
    """The row's `slip.*` columns; `slip.basic_fund` must be there when `required`."""
    values: dict[str, Decimal] = {}
    for payer in SLIP_PAYERS:
        column = f"slip.{payer}"
        raw = row.get(column)
        if is_empty(raw):
            if payer == "basic_fund" and required:
                raise RowError(msg("error.case.field", field=column, what=msg("what.missing")), column)
            continue
        values[payer] = _amount(column, _cell(column, raw))
    return Slip(**values)


def _amount(column: str, value: Any) -> Decimal:
    if isinstance(value, float):
        value = repr(value)
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise RowError(msg("error.case.field", field=column, what=msg("what.number", got=value)), column) from None
    if not amount.is_finite():
        raise RowError(msg("error.case.field", field=column, what=msg("what.number", got=value)), column)
    if amount < 0:
        raise RowError(msg("error.case.field", field=column, what=msg("what.negative", got=value)), column)
    return amount


def row_error(exc: CaseError) -> RowError:
    key = exc.field.removeprefix("case.")
    # `two_diseases.conditions.1` is a cell of the column `two_diseases.conditions`.
    column = next((c for c in COLUMNS if key == c or key.startswith(c + ".")), key)
    message = exc.message
    if message.id == "error.case.field":
        message = msg("error.case.field", **{**message.params, "field": column})
    elif column:  # e.g. no policy for the region: the sentence, after the column's name
        message = msg("error.case.field", field=column, what=message)
    return RowError(message, column)


def case_to_row(case: Case) -> dict[str, str]:
    """A case as a row of text cells (defaults left empty), the inverse of `row_to_case`."""
    row: dict[str, str] = {}
    data = case.model_dump(exclude_defaults=True)
    for column in CASE_COLUMNS:
        if "." in column:
            table, key = column.split(".", 1)
            value = (data.get(table) or {}).get(key)
        else:
            value = data.get(column)
        if value is not None:
            row[column] = cell_text(value)
    return row


def cell_text(value: Any) -> str:
    """A value as a cell shows it: 1234.50, 2025-06-01, true, hypertension+diabetes."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "+".join(str(v) for v in value)
    return str(value)
