"""A patient's year (SPEC §3.8): a year file of visits, run in date order through one ledger.

A year file has a `[person]` table (keys that hold for every visit unless a visit sets them,
and `[person.year_to_date]`, what happened before the first visit) and `[[visit]]` tables, each
with the keys of a case's `[case]` table and an optional `repeat = { times, every }`. Reading is
strict and bounded (at most `MAX_VISITS` visits once repeats are expanded); every problem is a
`CaseError` naming the table and key (`visit[3].costs.total: …`, visits counted from 1).

Running a year estimates each visit exactly as `estimate` would estimate the same case alone
with the year-to-date block the earlier visits produced; a new calendar year starts from zero.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError

from .case import Case, CaseError, YearToDate, case_from_dict
from .engine import estimate
from .estimate import Estimate
from .messages import Label, Msg, msg
from .money import ZERO
from .policy_files import describe_validation_error
from .registry import PolicyRegistry
from .text_files import FileProblem, read_toml_file
from .vocabulary import PAYERS

MAX_VISITS = 1000  # visits in one file once repeats are expanded: a year of daily visits fits
Every = Literal["day", "week", "month"]


class Repeat(BaseModel):
    """`repeat = { times = 9, every = "month" }`: this visit and `times − 1` more."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    times: Annotated[StrictInt, Field(ge=1, le=MAX_VISITS)]
    every: Every = "month"


@dataclass(frozen=True)
class YearFile:
    """A year file as written: what the window edits and saves, and what `plan` expands."""

    person: dict[str, Any] = field(default_factory=dict)  # without year_to_date
    start: YearToDate = YearToDate()  # [person.year_to_date]
    visits: tuple[dict[str, Any], ...] = ()  # the [[visit]] tables, `repeat` included


@dataclass(frozen=True)
class PlannedVisit:
    """One visit once repeats are expanded: `number` is its [[visit]] table (from 1)."""

    case: Case
    number: int
    nth: int = 0  # 0 for the visit as written, 1… for its repeats


@dataclass
class Totals:
    visits: int = 0
    total: Decimal = ZERO
    eligible: Decimal = ZERO
    payers: dict[str, Decimal] = field(default_factory=lambda: {p: ZERO for p in PAYERS})
    self_paid: Decimal = ZERO
    category_b_first: Decimal = ZERO
    copay: Decimal = ZERO
    allowance: Decimal = ZERO

    @property
    def reimbursed(self) -> Decimal:
        return sum(self.payers.values(), ZERO)

    @property
    def personal(self) -> Decimal:
        return self.total - self.reimbursed

    def add(self, est: Estimate) -> None:
        self.visits += 1
        self.total += est.total
        self.eligible += est.eligible
        for payer in PAYERS:
            self.payers[payer] += est.payers[payer]
        self.self_paid += est.self_paid
        self.category_b_first += est.category_b_first
        self.copay += est.copay
        self.allowance += est.allowance


@dataclass
class YearResult:
    visits: list[PlannedVisit]
    estimates: list[Estimate]
    totals: Totals
    by_year: dict[int, Totals]
    remaining: list  # year_limits.Limit, for the last visit's calendar year

    def running_personal(self) -> list[Decimal]:
        """What the patient has paid this calendar year after each visit."""
        out, so_far, year = [], ZERO, None
        for est in self.estimates:
            if est.case.date.year != year:
                so_far, year = ZERO, est.case.date.year
            so_far += est.personal
            out.append(so_far)
        return out


# ------------------------------------------------------------------------------ reading

def _problem(where: str, what: Msg) -> CaseError:
    return CaseError(msg("error.case.field", field=where, what=what), where)


def year_from_dict(data: Any) -> YearFile:
    """Validate a year file's tables; every visit (and repeat) must be a valid case."""
    if not isinstance(data, dict):
        raise _problem("person", msg("what.table", got=type(data).__name__))
    for key in data:
        if key not in ("person", "visit"):
            raise _problem(str(key), msg("what.year_top_key"))
    person = data.get("person", {})
    if not isinstance(person, dict):
        raise _problem("person", msg("what.table", got=_shown(person)))
    visits = data.get("visit", [])
    if not isinstance(visits, list):
        raise _problem("visit", msg("what.list", got=_shown(visits)))
    person = dict(person)
    ytd = person.pop("year_to_date", {})
    if not isinstance(ytd, dict):
        raise _problem("person.year_to_date", msg("what.table", got=_shown(ytd)))
    try:
        start = YearToDate.model_validate(ytd)
    except ValidationError as exc:
        key, what = describe_validation_error(exc)[0]
        raise _problem(f"person.year_to_date.{key}", what) from None
    for number, visit in enumerate(visits, 1):
        if not isinstance(visit, dict):
            raise _problem(f"visit[{number}]", msg("what.table", got=_shown(visit)))
    year = YearFile(person, start, tuple(dict(v) for v in visits))
    plan(year)  # every visit and repeat checked now, so a bad file never half-runs
    return year


def read_year_file(path: Path) -> YearFile:
    """A year file, read as Windows tools write it (BOM, UTF-16, GBK, CRLF: see `text_files`)."""
    try:
        data = read_toml_file(path)
    except FileProblem as exc:
        raise CaseError(msg("error.year.file", file=str(path), what=exc.what)) from None
    try:
        return year_from_dict(data)
    except CaseError as exc:
        raise CaseError(msg("error.year.file", file=str(path), what=exc.message), exc.field) from None


def _shown(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "…"


# ------------------------------------------------------------------------------ expanding

def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later, clamped to that month's last day (31 Jan → 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _repeat_date(day: date, every: str, nth: int) -> date:
    if every == "month":
        return add_months(day, nth)
    return day + timedelta(days=nth * (7 if every == "week" else 1))


def _where(number: int, key: str, visit: dict, person: dict) -> str:
    """`case.costs.total` → `visit[3].costs.total`, or `person.…` when the key came from [person]."""
    key = key.removeprefix("case").removeprefix(".")
    top = key.split(".")[0]
    if top == "year_to_date":
        return f"person.{key}"
    if top and top not in visit and top in person:
        return f"person.{key}"
    return f"visit[{number}]" + (f".{key}" if key else "")


def _rename(exc: CaseError, number: int, visit: dict, person: dict) -> CaseError:
    """The engine's or the case's error, re-addressed to the file's table."""
    message = exc.message
    if message.id == "error.case.field":
        where = _where(number, str(message.params.get("field", "")), visit, person)
        return CaseError(msg("error.case.field", field=where, what=message.params["what"]), where)
    where = _where(number, exc.field, visit, person) if exc.field else f"visit[{number}]"
    return CaseError(msg("error.case.field", field=where, what=message), where)


def plan(year: YearFile) -> list[PlannedVisit]:
    """Every visit with its repeats, as cases, in date order (file order on the same day)."""
    tables: list[tuple[int, dict, Repeat]] = []
    for number, visit in enumerate(year.visits, 1):
        visit = dict(visit)
        if "year_to_date" in visit:
            raise _problem(f"visit[{number}].year_to_date", msg("what.year_ytd_in_visit"))
        try:
            repeat = Repeat.model_validate(visit.pop("repeat", {"times": 1}))
        except ValidationError as exc:
            key, what = describe_validation_error(exc)[0]
            raise _problem(f"visit[{number}].repeat" + (f".{key}" if key else ""), what) from None
        tables.append((number, visit, repeat))
    count = sum(repeat.times for _, _, repeat in tables)
    if count > MAX_VISITS:
        raise _problem("visit", msg("what.year_too_many", count=count, limit=MAX_VISITS))
    planned: list[PlannedVisit] = []
    for number, visit, repeat in tables:
        merged = {**year.person, **visit, "year_to_date": year.start}
        try:
            case = case_from_dict(merged)
        except CaseError as exc:
            raise _rename(exc, number, visit, year.person) from None
        planned.append(PlannedVisit(case, number, 0))
        for nth in range(1, repeat.times):
            try:
                day = _repeat_date(case.date, repeat.every, nth)
            except (OverflowError, ValueError):
                raise _problem(f"visit[{number}].repeat", msg("what.year_repeat_date")) from None
            planned.append(PlannedVisit(case.model_copy(update={"date": day}), number, nth))
    planned.sort(key=lambda v: v.case.date)  # stable: file order within a day
    return planned


# ------------------------------------------------------------------------------ running

def run_year(year: YearFile, policies: PolicyRegistry) -> YearResult:
    """Estimate every visit in date order, each from the year-to-date the earlier ones left."""
    from .year_limits import remaining

    visits = plan(year)
    estimates: list[Estimate] = []
    totals = Totals()
    by_year: dict[int, Totals] = {}
    ledger, ledger_year = year.start, None
    for visit in visits:
        if ledger_year is not None and visit.case.date.year != ledger_year:
            ledger = YearToDate()
        ledger_year = visit.case.date.year
        case = visit.case.model_copy(update={"year_to_date": ledger})
        try:
            est = estimate(case, policies)
        except CaseError as exc:
            raise _rename(exc, visit.number, year.visits[visit.number - 1], year.person) from None
        estimates.append(est)
        totals.add(est)
        by_year.setdefault(ledger_year, Totals()).add(est)
        ledger = est.year_to_date_after
    left = remaining(estimates[-1], policies) if estimates else []
    return YearResult(visits, estimates, totals, by_year, left)


def visit_words(case: Case) -> Msg:
    """居民医保 · 住院 · 三级医院 · 参保地就医: a visit in one line, the same in the CLI and the window."""
    return msg(
        "ui.case_line",
        scheme=Label("scheme_short", case.scheme),
        category=Label("category", case.category),
        level=Label("level", case.level) if case.level else "-",
        location=Label("location", case.location),
    )


# ------------------------------------------------------------------------------ writing

def visit_from_case(case: Case, person: dict[str, Any]) -> dict[str, Any]:
    """A case as a [[visit]] table: its keys, less those [person] already gives the same value."""
    data = _plain(case.model_dump(exclude_defaults=True, exclude={"year_to_date"}))
    data["date"] = case.date
    for key in ("location", "group", "retired"):  # explicit, so a [person] value cannot override them
        data.setdefault(key, getattr(case, key))
    return {k: v for k, v in data.items() if k == "date" or person.get(k) != v}


def _plain(value: Any) -> Any:
    """Decimals as strings ("1234.50"), so no TOML reader turns an amount into a float."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def year_to_toml(year: YearFile) -> str:
    """The year file's text, readable by `read_year_file` (written with tomli-w)."""
    import tomli_w

    person = _plain(year.person)
    start = _plain(year.start.model_dump(exclude_defaults=True))
    if start:
        person["year_to_date"] = start
    data: dict[str, Any] = {"person": person}
    if year.visits:
        data["visit"] = [_plain(v) for v in year.visits]
    return tomli_w.dumps(data)
