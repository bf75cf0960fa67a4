"""The input: one encounter (a visit, a stay, a birth) and what already happened this year.

The `[case]` table of the golden files is the format; amounts may be TOML strings or numbers
and are read as exact decimals. Reading a case never raises anything but `CaseError`, whose
message names the field (`case.costs.total`) in the user's language.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

from .messages import Msg, Yuan, msg
from .money import MAX_COUNT, amount, count
from .plain_model import Check, Model, model
from .text_files import FileProblem, read_toml_file
from .vocabulary import (
    CATEGORIES, CONDITIONS, GROUPS, LEVELS, LOCATIONS, SCHEMES, Category, Condition, Group, Level, Location, Scheme,
)

# SPEC §3a: amounts are exact, 0 to 10,000,000,000 with at most two decimals; counts whole
# numbers 0 to 1,000; a flag is true or false. No conversions ("yes", 1_000, １２３, 20250601).
Money = Annotated[Decimal, Check(before=amount)]
Count = Annotated[int, Check(before=count, ge=0, le=MAX_COUNT)]
ChildOrder = Annotated[int, Check(before=count, ge=1, le=MAX_COUNT)]
Babies = Annotated[int, Check(before=count, ge=1, le=9)]
StrictBool = Annotated[bool, Check(strict=True)]
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


def _date(value: Any) -> date:
    """A TOML date (or its ISO text); not a datetime, not a number."""
    if type(value) is date:
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    from pydantic_core import PydanticCustomError

    raise PydanticCustomError("date_type", "must be a date")


CaseDate = Annotated[date, Check(before=_date)]


class CaseError(Exception):
    """Bad input: carries a message that names the field, never a traceback."""

    def __init__(self, message: Msg, field: str = ""):
        super().__init__(message.id)
        self.message = message
        self.field = field


class _Part(Model):
    """Unknown keys are errors; instances are frozen (see `plain_model.model`)."""

    __slots__ = ()


@model
class Costs(_Part):
    total: Money
    self_paid: Money = Decimal(0)
    category_b_first: Money = Decimal(0)

    def __post_init__(self):  # the parts lie within the total
        if self.self_paid + self.category_b_first > self.total:
            from pydantic_core import PydanticCustomError

            raise PydanticCustomError(
                "self_paid_above_total",
                "self-paid above total",
                {"self_paid": self.self_paid, "b_first": self.category_b_first, "total": self.total},
            )


@model
class YearToDate(_Part):
    """What already happened this calendar year (all zero by default)."""

    admissions: Count = 0
    basic_fund_paid: Money = Decimal(0)
    outpatient_fund_paid: Money = Decimal(0)
    outpatient_deductible_met: Money = Decimal(0)
    chronic_deductible_met: Money = Decimal(0)
    chronic_disease_paid: Money = Decimal(0)
    two_diseases_counted: Money = Decimal(0)
    two_diseases_deductible_met: Money = Decimal(0)
    critical_base: Money = Decimal(0)
    critical_paid: Money = Decimal(0)
    large_expense_paid: Money = Decimal(0)
    assistance_paid: Money = Decimal(0)
    assistance_deductible_met: Money = Decimal(0)


@model
class Chronic(_Part):
    disease: str


@model
class TwoDiseasesInput(_Part):
    conditions: Annotated[list[Condition], Check(min_length=1)]

    def __post_init__(self):  # each condition once, in the order first given
        value = self.conditions
        object.__setattr__(self, "conditions", sorted(set(value), key=value.index))


@model
class MaternityInput(_Part):
    child_order: ChildOrder | None = None
    caesarean: StrictBool = False
    difficult: StrictBool = False
    babies: Babies = 1
    monthly_wage: Money | None = None


@model
class Known(_Part):
    basic_fund: Money | None = None


@model
class Case(_Part):
    region: str
    date: CaseDate
    scheme: Scheme
    category: Category
    level: Level | None = None
    location: Location = "local"
    group: Group = "none"
    retired: StrictBool = False
    day_ward: StrictBool = False
    costs: Costs
    year_to_date: YearToDate = YearToDate()
    chronic: Chronic | None = None
    two_diseases: TwoDiseasesInput | None = None
    maternity: MaternityInput | None = None
    known: Known = Known()

    @property
    def eligible(self) -> Decimal:
        return self.costs.total - self.costs.self_paid - self.costs.category_b_first


def case_from_dict(data: dict[str, Any]) -> Case:
    """Validate a `[case]` table; any problem becomes one `CaseError` naming the field.

    A table that is plainly valid (what the form gives, and most files) is read without
    pydantic (`_plain_case`); anything else is checked by pydantic, which says what is wrong.
    """
    case = _plain_case(data)
    if case is not None:
        return case
    from pydantic import ValidationError

    from .policy_files import describe_validation_error

    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        if first["type"] == "self_paid_above_total":  # the figures are valid amounts by now
            raise _above_total(first["ctx"]) from None
        key, what = describe_validation_error(exc)[0]
        if what.id == "what.ge" and what.params.get("limit") == 0:
            what = msg("what.negative", got=what.params["got"])
        field = "case." + key if key else "case"
        raise CaseError(msg("error.case.field", field=field, what=what), field) from None


def _above_total(figures: dict[str, Decimal]) -> CaseError:
    field = "case.costs.self_paid"
    what = msg("what.self_paid_above_total", **{k: Yuan(v) for k, v in figures.items()})
    return CaseError(msg("error.case.field", field=field, what=what), field)


# --- a plainly valid table, read without pydantic -------------------------------------------


class _NotPlain(Exception):
    """Not plainly valid: pydantic checks the table and names what is wrong."""


def _plain_case(data: Any) -> Case | None:
    """The `Case` pydantic would make of `data`, when every value is of the exact type and in
    bounds; None for anything else. Raises only the one mistake it can say the same way without
    pydantic: self-paid above the total when all else is right (pydantic's only error then)."""
    if type(data) is not dict or not _REQUIRED <= data.keys() <= _READERS.keys():
        return None
    values: dict[str, Any] = {}
    try:
        for name, value in data.items():
            values[name] = _READERS[name](value)
    except Exception:  # noqa: BLE001 - _NotPlain, or an amount or count refused: pydantic says why
        return None
    costs = values["costs"]
    if isinstance(costs, dict):  # valid amounts whose parts exceed the total
        raise _above_total(costs)
    return Case(**values)


def _exact(kind: type) -> Any:
    def read(value: Any) -> Any:
        if type(value) is not kind:
            raise _NotPlain
        return value
    return read


def _one_of(choices: tuple[str, ...], optional: bool = False) -> Any:
    def read(value: Any) -> Any:
        if (value is None and optional) or (type(value) is str and value in choices):
            return value
        raise _NotPlain
    return read


def _count(low: int, high: int) -> Any:
    def read(value: Any) -> int:
        if type(value) is not int or not low <= value <= high:
            raise _NotPlain
        return value
    return read


def _optional(read: Any) -> Any:
    return lambda value: None if value is None else read(value)


def _table(cls: type, readers: dict[str, Any]) -> Any:
    def read(value: Any) -> Any:
        if type(value) is not dict or not value.keys() <= readers.keys():
            raise _NotPlain
        return cls(**{key: readers[key](item) for key, item in value.items()})
    return read


def _costs(value: Any) -> Costs | dict[str, Decimal]:
    """The costs, or (parts above the total) the figures pydantic's error would give."""
    if type(value) is not dict or "total" not in value or not value.keys() <= Costs.model_fields.keys():
        raise _NotPlain
    figures = {key: amount(item) for key, item in value.items()}
    total = figures["total"]
    self_paid = figures.get("self_paid", Decimal(0))
    b_first = figures.get("category_b_first", Decimal(0))
    if self_paid + b_first > total:
        return {"self_paid": self_paid, "b_first": b_first, "total": total}
    return Costs(**figures)


def _conditions(value: Any) -> list[str]:
    if type(value) is not list or not value or not all(type(v) is str and v in CONDITIONS for v in value):
        raise _NotPlain
    return list(value)


_READERS: dict[str, Any] = {
    "region": _exact(str),
    "date": _exact(date),
    "scheme": _one_of(SCHEMES),
    "category": _one_of(CATEGORIES),
    "level": _one_of(LEVELS, optional=True),
    "location": _one_of(LOCATIONS),
    "group": _one_of(GROUPS),
    "retired": _exact(bool),
    "day_ward": _exact(bool),
    "costs": _costs,
    "year_to_date": _table(YearToDate, {
        name: _count(0, MAX_COUNT) if name == "admissions" else amount for name in YearToDate.model_fields
    }),
    "chronic": _optional(_table(Chronic, {"disease": _exact(str)})),
    "two_diseases": _optional(_table(TwoDiseasesInput, {"conditions": _conditions})),
    "maternity": _optional(_table(MaternityInput, {
        "child_order": _optional(_count(1, MAX_COUNT)), "caesarean": _exact(bool), "difficult": _exact(bool),
        "babies": _count(1, 9), "monthly_wage": _optional(amount),
    })),
    "known": _table(Known, {"basic_fund": _optional(amount)}),
}
_REQUIRED = frozenset(name for name, f in Case.model_fields.items() if f.default is dataclasses.MISSING)
assert _READERS.keys() == Case.model_fields.keys(), "every field of a case has its plain reader"


def read_case_file(path: Path) -> Case:
    """A case file: a TOML file with a `[case]` table (other keys such as `expect` are ignored).

    Read as Windows tools write it (BOM, GBK, CRLF: see `text_files`); a file that is not
    usable, however broken, is one CaseError naming the file.
    """
    return case_from_dict(case_table(read_case_data(path)))


def read_case_data(path: Path) -> dict[str, Any]:
    """The whole file as read (its `name`, its `[case]` as written), for a face that shows what
    the file says; every way the file itself is unusable is one CaseError naming the file."""
    try:
        return read_toml_file(path)
    except FileProblem as exc:
        raise CaseError(msg("error.case.file", file=str(path), what=exc.what)) from None


def case_table(data: dict[str, Any]) -> dict[str, Any]:
    """A file's `[case]` table, or a CaseError at the field `case` when it has none."""
    table = data.get("case")
    if not isinstance(table, dict):
        raise CaseError(msg("error.case.field", field="case", what=msg("what.missing")), "case")
    return table


def case_to_toml(case: Case, name: str = "") -> str:
    """The case as a `[case]` TOML file, readable by `read_case_file` and by the CLI.

    Written by tomli-w, so any name (quotes, backslashes, newlines, control characters, 汉字)
    is escaped as TOML wants and reads back unchanged. Amounts are written as strings
    ("1234.50") so no reader can turn them into floats; values equal to their defaults are
    left out to keep the file short, except the few a reader looks for first.
    """
    import tomli_w

    data = case.model_dump(exclude_defaults=True)
    for key in ("location", "group", "retired"):
        data.setdefault(key, getattr(case, key))
    document: dict[str, Any] = {"name": name} if name else {}
    # A section left empty here was given with only default values (`[case.maternity]` of a
    # first single birth): it is kept, empty, since a section present differs from none.
    document["case"] = _toml_ready(data)
    return tomli_w.dumps(document)


def _toml_ready(value: Any) -> Any:
    """Decimals as their exact text; tables and lists walked; everything else as it is."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):  # None: a value not given (not written; TOML has no null)
        return {key: _toml_ready(item) for key, item in value.items() if item is not None}
    if isinstance(value, (list, tuple)):
        return [_toml_ready(item) for item in value]
    return value
