"""From a `[case]` table to what the form shows, checked whole before any widget changes.

A file's table becomes a `FormCase`, one plain value per widget, or is refused with every
reason, each naming its key (`case.costs: must be a table`). The form then takes the whole
`FormCase` at once (`CaseForm.show_case`), so it never shows half of one case and half of
another, and a value the form cannot hold exactly (a list where a table belongs, an admission
count past the spin box, `retired = "yes"`) never reaches a widget.

Amounts stay text, as if typed: a wrong amount ("abc", "-5", "200.005") is shown as written
and marked at its field by the estimate, like a typing mistake, so the clerk can correct it.
No Qt here: this is plain checking, testable on its own.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import MISSING, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ..core.case_fields import YEAR_TO_DATE
from ..core.messages import Msg, msg
from ..core.vocabulary import CATEGORIES, CONDITIONS, GROUPS, LEVELS, LOCATIONS, SCHEMES

# What the widgets can hold: the date edit's range and the spin boxes' ranges.
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2099, 12, 31)
ADMISSIONS = (0, 99)
CHILD_ORDER = (1, 20)
BABIES = (1, 9)
# No amount is longer than this when written out; longer text is not an amount a form shows.
LONGEST_AMOUNT = 40
# An amount with more digits than this either side of the point is shown as written ("1E+30"),
# never expanded (format(Decimal("1e-999999999"), "f") would be a gigabyte of zeros).
AMOUNT_DIGITS = 20

COSTS = ("total", "self_paid", "category_b_first")
SECTIONS = ("costs", "year_to_date", "known", "chronic", "two_diseases", "maternity")
KEYS = ("region", "date", "scheme", "category", "level", "location", "group", "retired", "day_ward", *SECTIONS)
SECTION_KEYS = {
    "costs": COSTS,
    "year_to_date": YEAR_TO_DATE,
    "known": ("basic_fund",),
    "chronic": ("disease",),
    "two_diseases": ("conditions",),
    "maternity": ("child_order", "caesarean", "difficult", "babies", "monthly_wage"),
}


@dataclass
class FormCase:
    """Everything the form shows for one case; amounts as the text of their fields ("" = empty)."""

    region: str
    date: date
    scheme: str
    category: str
    level: str = "level2"
    location: str = "local"
    group: str = "none"
    retired: bool = False
    day_ward: bool = False
    costs: dict[str, str] = field(default_factory=dict)
    year_to_date: dict[str, str] = field(default_factory=dict)
    admissions: int = 0
    known: str = ""
    disease: str | None = None
    conditions: tuple[str, ...] = ()
    child_order: int = 0  # 0: not given
    caesarean: bool = False
    difficult: bool = False
    babies: int = 1
    monthly_wage: str = ""


# The form's sections built on first use (`case_form_details`, `case_form_year`), by their fields.
DETAIL_FIELDS = ("disease", "conditions", "child_order", "caesarean", "difficult", "babies", "monthly_wage")
YEAR_FIELDS = ("year_to_date", "admissions", "known")
_DEFAULTS = {name: f.default if f.default_factory is MISSING else f.default_factory()
             for name, f in FormCase.__dataclass_fields__.items() if name in DETAIL_FIELDS + YEAR_FIELDS}


def case_fills(case: FormCase, fields: tuple[str, ...]) -> bool:
    """Whether any of these fields differs from what an unbuilt section holds (its defaults;
    a table of amounts holds them when every amount is empty)."""
    for name in fields:
        value = getattr(case, name)
        if any(value.values()) if isinstance(value, dict) else value != _DEFAULTS[name]:
            return True
    return False


class CaseRefused(Exception):
    """The table cannot be shown as it is: one `error.case.field` message per wrong key."""

    def __init__(self, problems: list[Msg]):
        super().__init__("; ".join(p.params.get("field", "") for p in problems))
        self.problems = problems


def shown(value: Any) -> str:
    """A value as a message quotes it: short, one line."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, dict):
        text = "{…}"
    elif isinstance(value, Decimal) and value.is_finite() and abs(value.adjusted()) <= AMOUNT_DIGITS:
        text = format(value, "f")
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= LONGEST_AMOUNT else text[: LONGEST_AMOUNT - 1] + "…"


class _Checker:
    """Collects every problem of a table, then `FormCase` or `CaseRefused`."""

    def __init__(self) -> None:
        self.problems: list[Msg] = []

    def wrong(self, key: str, what: Msg) -> None:
        self.problems.append(msg("error.case.field", field=f"case.{key}", what=what))

    def table(self, data: dict, key: str) -> dict:
        value = data.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.wrong(key, msg("what.table", got=shown(value)))
            return {}
        for sub in value:
            if sub not in SECTION_KEYS[key]:
                self.wrong(f"{key}.{sub}", msg("what.unknown_key"))
        return value

    def choice(self, data: dict, key: str, choices: Collection[str], default: str | None, path: str = "") -> str:
        path = path or key
        value = data.get(key)
        if value is None:  # absent, or None in a model's dump
            value = default
        if value is None:
            self.wrong(path, msg("what.missing"))
            return default or ""
        if not isinstance(value, str) or value not in choices:
            self.wrong(path, msg("what.choice", got=shown(value), choices=", ".join(choices)))
            return default or ""
        return value

    def flag(self, data: dict, key: str, path: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.wrong(path, msg("what.bool", got=shown(value)))
            return False
        return value

    def whole(self, data: dict, key: str, low: int, high: int, path: str, default: int) -> int:
        value = data.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.wrong(path, msg("what.integer", got=shown(value)))
            return default
        if value < low:
            self.wrong(path, msg("what.ge", limit=low, got=shown(value)))
            return default
        if value > high:
            self.wrong(path, msg("what.le", limit=high, got=shown(value)))
            return default
        return value

    def amount(self, data: dict, key: str, path: str) -> str:
        """The text the field shows: exact for a number, as written for text."""
        value = data.get(key)
        if value is None:
            return ""
        if isinstance(value, str):
            text = value
        elif isinstance(value, int) and not isinstance(value, bool):
            text = str(value) if value.bit_length() < 80 else shown(value)
        elif isinstance(value, Decimal):
            finite = value.is_finite() and abs(value.adjusted()) <= AMOUNT_DIGITS and -value.as_tuple().exponent <= AMOUNT_DIGITS
            text = format(value, "f") if finite else str(value)
        else:
            self.wrong(path, msg("what.number", got=shown(value)))
            return ""
        if len(text) > LONGEST_AMOUNT or "\n" in text or "\r" in text:
            self.wrong(path, msg("what.number", got=shown(value)))
            return ""
        return text

    def day(self, data: dict) -> date:
        value = data.get("date")
        if value is None:
            self.wrong("date", msg("what.missing"))
            return FIRST_DAY
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                pass
        if isinstance(value, datetime) or not isinstance(value, date) or not FIRST_DAY <= value <= LAST_DAY:
            self.wrong("date", msg("what.date", got=shown(value)))
            return FIRST_DAY
        return value


def form_case(table: Any, regions: Collection[str]) -> FormCase:
    """The form's values for a `[case]` table (raw from a file, or a `Case.model_dump()`).

    `regions`: the region ids the form offers. Raises `CaseRefused` naming every key whose
    value the form cannot show as it is.
    """
    check = _Checker()
    if not isinstance(table, dict):
        raise CaseRefused([msg("error.case.field", field="case", what=msg("what.table", got=shown(table)))])
    for key in table:
        if key not in KEYS:
            check.wrong(str(key), msg("what.unknown_key"))
    region = table.get("region")
    if region is None:
        check.wrong("region", msg("what.missing"))
    elif not isinstance(region, str) or region not in regions:
        check.problems.append(msg("error.case.unknown_region", region=shown(region), known=", ".join(regions)))
    category = check.choice(table, "category", CATEGORIES, None)
    needs_level = category != "maternity"
    result = FormCase(
        region=region if isinstance(region, str) else "",
        date=check.day(table),
        scheme=check.choice(table, "scheme", SCHEMES, None),
        category=category,
        level=check.choice(table, "level", LEVELS, None if needs_level else "level2"),
        location=check.choice(table, "location", LOCATIONS, "local"),
        group=check.choice(table, "group", GROUPS, "none"),
        retired=check.flag(table, "retired", "retired"),
        day_ward=check.flag(table, "day_ward", "day_ward"),
    )
    costs = check.table(table, "costs")
    result.costs = {key: check.amount(costs, key, f"costs.{key}") for key in COSTS}
    for key in ("self_paid", "category_b_first"):  # 0 and empty say the same; empty is what a clerk leaves
        result.costs[key] = _blank_if_zero(result.costs[key])
    ytd = check.table(table, "year_to_date")
    result.admissions = check.whole(ytd, "admissions", *ADMISSIONS, "year_to_date.admissions", 0)
    result.year_to_date = {
        key: _blank_if_zero(check.amount(ytd, key, f"year_to_date.{key}")) for key in YEAR_TO_DATE if key != "admissions"
    }
    result.known = check.amount(check.table(table, "known"), "basic_fund", "known.basic_fund")
    disease = check.table(table, "chronic").get("disease")
    if disease is not None and not isinstance(disease, str):
        check.wrong("chronic.disease", msg("what.text", got=shown(disease)))
    elif disease:
        result.disease = disease
    conditions = check.table(table, "two_diseases").get("conditions", [])
    if not isinstance(conditions, list) or not all(isinstance(c, str) and c in CONDITIONS for c in conditions):
        check.wrong("two_diseases.conditions",
                    msg("what.choice", got=shown(conditions), choices=", ".join(CONDITIONS)))
    else:
        result.conditions = tuple(c for c in CONDITIONS if c in conditions)
    maternity = check.table(table, "maternity")
    result.child_order = check.whole(maternity, "child_order", *CHILD_ORDER, "maternity.child_order", 0)
    result.caesarean = check.flag(maternity, "caesarean", "maternity.caesarean")
    result.difficult = check.flag(maternity, "difficult", "maternity.difficult")
    result.babies = check.whole(maternity, "babies", *BABIES, "maternity.babies", 1)
    result.monthly_wage = check.amount(maternity, "monthly_wage", "maternity.monthly_wage")
    if check.problems:
        raise CaseRefused(check.problems)
    return result


def _blank_if_zero(text: str) -> str:
    """An optional amount of zero is shown as an empty field (its placeholder says 0.00)."""
    try:
        return "" if Decimal(text) == 0 else text
    except ArithmeticError:  # not a number: shown as written, and marked
        return text
