"""The input: one encounter (a visit, a stay, a birth) and what already happened this year.

The `[case]` table of the golden files is the format; amounts may be TOML strings or numbers
and are read as exact decimals. Reading a case never raises anything but `CaseError`, whose
message names the field (`case.costs.total`) in the user's language.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import tomli_w
from pydantic import (
    BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, ValidationError, field_validator, model_validator,
)
from pydantic_core import PydanticCustomError

from .messages import Msg, Yuan, msg
from .money import MAX_COUNT, amount, count
from .policy_files import describe_validation_error
from .text_files import FileProblem, read_toml_file
from .vocabulary import Category, Condition, Group, Level, Location, Scheme

# SPEC §3a: amounts are exact, 0 to 10,000,000,000 with at most two decimals; counts whole
# numbers 0 to 1,000; a flag is true or false. No conversions ("yes", 1_000, １２３, 20250601).
Money = Annotated[Decimal, BeforeValidator(amount)]
Count = Annotated[int, BeforeValidator(count), Field(ge=0, le=MAX_COUNT)]
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
    raise PydanticCustomError("date_type", "must be a date")


class CaseError(Exception):
    """Bad input: carries a message that names the field, never a traceback."""

    def __init__(self, message: Msg, field: str = ""):
        super().__init__(message.id)
        self.message = message
        self.field = field


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Costs(_Part):
    total: Money
    self_paid: Money = Decimal(0)
    category_b_first: Money = Decimal(0)

    @model_validator(mode="after")
    def _parts_within_total(self):
        if self.self_paid + self.category_b_first > self.total:
            raise PydanticCustomError(
                "self_paid_above_total",
                "self-paid above total",
                {"self_paid": self.self_paid, "b_first": self.category_b_first, "total": self.total},
            )
        return self


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


class Chronic(_Part):
    disease: str


class TwoDiseasesInput(_Part):
    conditions: list[Condition] = Field(min_length=1)

    @field_validator("conditions")
    @classmethod
    def _unique(cls, value: list[str]) -> list[str]:
        return sorted(set(value), key=value.index)


class MaternityInput(_Part):
    child_order: Annotated[Count, Field(ge=1)] | None = None
    caesarean: StrictBool = False
    difficult: StrictBool = False
    babies: Annotated[Count, Field(ge=1, le=9)] = 1
    monthly_wage: Money | None = None


class Known(_Part):
    basic_fund: Money | None = None


class Case(_Part):
    region: str
    date: Annotated[date, BeforeValidator(_date)]
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
    """Validate a `[case]` table; any problem becomes one `CaseError` naming the field."""
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        if first["type"] == "self_paid_above_total":  # the figures are valid amounts by now
            key = "costs.self_paid"
            what = msg("what.self_paid_above_total", **{k: Yuan(v) for k, v in first["ctx"].items()})
        else:
            key, what = describe_validation_error(exc)[0]
        if what.id == "what.ge" and what.params.get("limit") == 0:
            what = msg("what.negative", got=what.params["got"])
        field = "case." + key if key else "case"
        raise CaseError(msg("error.case.field", field=field, what=what), field) from None


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
