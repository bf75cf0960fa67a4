"""The shape of a policy: what a region's parameters are, checked by pydantic when read.

A policy file holds these blocks (a city file only the ones it overrides); after a city file
is merged onto its template, the result must validate as `PolicyParameters`. Unknown keys are
errors (`extra="forbid"`), rates lie in [0, 1], amounts are ≥ 0, bands ascend. The classes are
plain frozen dataclasses (`plain_model`): pydantic is imported only to check a file's tables.

(Just over 400 lines: one class per block of a policy file, each with its own checks; splitting
the schema across modules would scatter what one file may hold.)
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import field
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from .money import MAX_COUNT, amount, count, rate
from .messages import MessageError, msg
from .plain_model import Check, Model, model
from .vocabulary import Category, Group, Level, Location, LEVELS

# SPEC §3a: the same bounds as a case's amounts; rates 0 to 1; day counts whole numbers.
Rate = Annotated[Decimal, Check(before=rate)]
Amount = Annotated[Decimal, Check(before=amount)]
Count = Annotated[int, Check(before=count, ge=0, le=MAX_COUNT)]
PositiveCount = Annotated[int, Check(before=count, ge=1, le=MAX_COUNT)]
# An annual cap, or "none" where the policy sets no cap (Jinan's large-expense subsidy).
Cap = Amount | Literal["none"]
# The one id pattern of regions (and of the region an amendment amends).
ID_PATTERN = r"^[a-z][a-z0-9_]*$"
Id = Annotated[str, Check(pattern=ID_PATTERN)]


class Strict(Model):
    """Unknown keys are errors; instances are frozen (see `plain_model.model`)."""

    __slots__ = ()


@model
class ByLevel(Strict):
    """One value per institution level; a level left out is named in the block's `not_covered`."""

    grassroots: Decimal | None = None
    level1: Decimal | None = None
    level2: Decimal | None = None
    level3: Decimal | None = None

    def get(self, level: str) -> Decimal | None:
        return getattr(self, level)

    def present(self) -> set[str]:
        return {lvl for lvl in LEVELS if self.get(lvl) is not None}


@model
class RatesByLevel(ByLevel):
    grassroots: Rate | None = None
    level1: Rate | None = None
    level2: Rate | None = None
    level3: Rate | None = None


@model
class AmountsByLevel(ByLevel):
    grassroots: Amount | None = None
    level1: Amount | None = None
    level2: Amount | None = None
    level3: Amount | None = None


@model
class ByStatus(Strict):
    """Employees' values that differ for those in service (在职) and retired (退休)."""

    in_service: Amount
    retired: Amount

    def for_retired(self, retired: bool) -> Decimal:
        return self.retired if retired else self.in_service


@model
class LevelledBlock(Strict):
    """A benefit whose rate depends on the level; `not_covered` lists levels with no benefit."""

    available: bool = True
    not_covered: list[Level] = field(default_factory=list)

    def __post_init__(self):  # every level has a rate or is not covered
        rate = getattr(self, "rate", None)
        if not self.available or not isinstance(rate, RatesByLevel):
            return
        present = rate.present()
        both = present & set(self.not_covered)
        if both:
            raise MessageError(msg("valid.rate_and_not_covered", level=sorted(both)[0]), "not_covered")
        covered = [lvl for lvl in LEVELS if lvl not in self.not_covered]
        for lvl in covered:
            if lvl not in present:
                raise MessageError(msg("valid.rate_missing"), f"rate.{lvl}")
        deductible = getattr(self, "deductible", None)
        if isinstance(deductible, ByLevel):
            for lvl in covered:
                if deductible.get(lvl) is None:
                    raise MessageError(msg("valid.deductible_missing"), f"deductible.{lvl}")


@model
class Inpatient(LevelledBlock):
    deductible: AmountsByLevel
    admission_factors: Annotated[list[Rate], Check(min_length=1)]
    rate: RatesByLevel
    retiree_bonus: Rate | None = None


@model
class EmployeeGeneralOutpatient(LevelledBlock):
    deductible: ByStatus
    rate: RatesByLevel
    retiree_bonus: Rate
    annual_limit: ByStatus


@model
class ResidentGeneralOutpatient(LevelledBlock):
    deductible: Amount
    rate: RatesByLevel
    annual_limit: Amount


@model
class ChronicOutpatient(Strict):
    available: bool = True
    deductible: Amount
    # "inpatient": the inpatient rate of the level (+ the inpatient retiree bonus), S003.
    rate: RatesByLevel | Literal["inpatient"]


@model
class CountedLimit(Strict):
    one: Amount
    both: Amount


@model
class TwoDiseases(LevelledBlock):
    deductible: AmountsByLevel | None = None
    rate: RatesByLevel | None = None
    counted_limit: CountedLimit | None = None

    def __post_init__(self):  # complete when available
        super().__post_init__()
        if self.available:
            for name in ("deductible", "rate", "counted_limit"):
                if getattr(self, name) is None:
                    raise MessageError(msg("what.missing"), name)


@model
class EmployeeMaternity(Strict):
    rate: Rate
    deductible: Amount
    leave_days: Count
    extra_days_difficult_or_caesarean: Count
    extra_days_per_extra_baby: Count
    allowance_days_per_month: PositiveCount


@model
class Quota(Strict):
    first: Amount
    second: Amount
    third_and_later: Amount

    def for_child(self, order: int) -> tuple[str, Decimal]:
        key = "first" if order <= 1 else "second" if order == 2 else "third_and_later"
        return key, getattr(self, key)


@model
class ResidentMaternity(Strict):
    quota: Quota


@model
class LargeExpense(Strict):
    rate: Rate
    annual_cap: Cap


@model
class Band(Strict):
    up_to: Amount | None = None
    rate: Rate


@model
class Tilt(Strict):
    groups: list[Group]
    deductible_factor: Rate
    rate_bonus: Rate
    uncapped: bool


@model
class CriticalIllness(Strict):
    deductible: Amount
    bands: Annotated[list[Band], Check(min_length=1)]
    annual_cap: Cap
    tilt: Tilt | None = None

    def __post_init__(self):  # the bands ascend
        edges = [b.up_to for b in self.bands]
        if any(e is None for e in edges[:-1]):
            raise MessageError(msg("valid.band_open"), "bands")
        closed = [e for e in edges if e is not None]
        if closed and closed[0] <= self.deductible:
            raise MessageError(msg("valid.band_first", deductible=self.deductible), "bands")
        for lower, upper in zip(closed, closed[1:]):
            if upper <= lower:
                raise MessageError(msg("valid.band_ascend", lower=lower, upper=upper), "bands")


@model
class EmployeeScheme(Strict):
    inpatient_chronic_annual_cap: Amount | None = None
    inpatient: Inpatient | None = None
    general_outpatient: EmployeeGeneralOutpatient | None = None
    chronic_outpatient: ChronicOutpatient | None = None
    two_diseases: TwoDiseases | None = None
    maternity: EmployeeMaternity | None = None
    large_expense: LargeExpense | None = None


@model
class ResidentScheme(Strict):
    inpatient_chronic_annual_cap: Amount | None = None
    inpatient: Inpatient | None = None
    general_outpatient: ResidentGeneralOutpatient | None = None
    chronic_outpatient: ChronicOutpatient | None = None
    two_diseases: TwoDiseases | None = None
    maternity: ResidentMaternity | None = None
    critical_illness: CriticalIllness | None = None


@model
class ChronicDisease(Strict):
    name: str
    name_en: str
    annual_limit: Amount | Literal["shared"]


@model
class AssistanceGroup(Strict):
    deductible: Amount
    rate: Rate


@model
class Assistance(Strict):
    annual_limit: Amount
    groups: dict[Literal["tekun", "dibao", "dibao_edge", "monitored"], AssistanceGroup]


@model
class OutOfArea(Strict):
    reduction: dict[Location, Rate]

    def __post_init__(self):  # every location has a reduction
        from .vocabulary import LOCATIONS

        missing = [loc for loc in LOCATIONS if loc not in self.reduction]
        if missing:
            raise MessageError(msg("what.missing"), f"reduction.{missing[0]}")


@model
class PersonalCeiling(Strict):
    groups: list[Group]
    locations: list[Location]
    categories: list[Category]
    share: Rate


@model
class GuaranteedRate(Strict):
    groups: list[Group]
    locations: list[Location]
    categories: list[Category]
    rate: Rate
    threshold: Amount


@model
class Guarantees(Strict):
    personal_ceiling: PersonalCeiling | None = None
    guaranteed_rate: GuaranteedRate | None = None


@model
class DayWard(Strict):
    settled_as_inpatient: bool


@model
class PolicyHeader(Strict):
    """A file's `[policy]` table: a region's version (region, name, kind…) or an amendment.

    An amendment (`amends = "jinan"`) changes single values of a region or template from
    `valid_from` on; it has no name or kind of its own. `reviewed`: when the file was last
    checked against its sources (an estimate warns when that is more than a year old).
    """

    region: Id | None = None
    name: str | None = None
    name_en: str | None = None
    kind: Literal["province", "city", "county"] | None = None
    amends: Id | None = None
    valid_from: date
    valid_until: date | None = None
    extends: str | None = None
    reviewed: date | None = None
    title: str | None = None
    note: str | None = None
    notes: list[str] = field(default_factory=list)

    def __post_init__(self):  # complete
        if self.amends is not None:
            for name in ("region", "name", "name_en", "kind", "extends"):
                if getattr(self, name) is not None:
                    raise MessageError(msg("valid.amendment_own", name=name), name)
        else:
            for name in ("region", "name", "name_en", "kind"):
                if getattr(self, name) is None:
                    raise MessageError(msg("what.missing"), name)
        if self.valid_until is not None and self.valid_until < self.valid_from:
            raise MessageError(msg("valid.until_before_from", until=self.valid_until.isoformat(), start=self.valid_from.isoformat()), "valid_until")

    @property
    def is_amendment(self) -> bool:
        return self.amends is not None

    @property
    def target(self) -> str:
        """The region this file is about: its own, or the one it amends."""
        return self.amends if self.amends is not None else self.region  # type: ignore[return-value]


SOURCE_KINDS = ("seed", "official", "slips", "floor", "ceiling", "assumed")
# Only these count as verified; floor/ceiling (a published minimum or maximum) and slips (fitted
# from settlement slips) are shown as what they are; assumed as 未核实 (SPEC §4).
VERIFIED_KINDS = ("seed", "official")


@model
class Source(Strict):
    """Where a value comes from, as a person can look it up: title, issuer, date, number, URL.

    `seed`: one of the seed articles (title = headline, issuer = publisher, quote);
    `official`: an official document (title, issuer, number, date, url, quote);
    `floor` / `ceiling`: the value equals a published minimum / maximum (title, quote);
    `slips`: fitted from settlement slips (slips = count, first_date, last_date, largest_residual);
    `assumed`: a placeholder (note says what it stands in for), shown as 未核实.
    `document` is the seed file's name, kept only so a test can find the quote in the seed.
    """

    kind: Literal["seed", "official", "slips", "floor", "ceiling", "assumed"]
    title: str | None = None
    issuer: str | None = None
    document: str | None = None
    quote: str | None = None
    number: str | None = None
    date: str | None = None
    url: str | None = None
    note: str | None = None  # 简体中文
    note_en: str | None = None
    slips: Annotated[int, Check(ge=1)] | None = None
    first_date: _dt.date | None = None
    last_date: _dt.date | None = None
    largest_residual: Amount | None = None

    def note_in(self, lang: str) -> str | None:
        return (self.note_en or self.note) if lang == "en" else self.note

    def __post_init__(self):  # complete
        if self.kind == "seed" and not ((self.title or self.document) and self.quote):
            raise MessageError(msg("valid.source_seed"))
        if self.kind == "official" and not (self.title or self.document):
            raise MessageError(msg("valid.source_official"))
        if self.kind in ("floor", "ceiling") and not (self.title and self.quote):
            raise MessageError(msg("valid.source_bound", kind=self.kind))
        if self.kind == "slips" and None in (self.slips, self.first_date, self.last_date, self.largest_residual):
            raise MessageError(msg("valid.source_slips"))
        if self.kind == "assumed" and not self.note:
            raise MessageError(msg("valid.source_assumed"))

    @property
    def verified(self) -> bool:
        return self.kind in VERIFIED_KINDS


@model
class PolicyParameters(Strict):
    """Everything a region's policy in force says, after merging onto its template."""

    policy: PolicyHeader
    employee: EmployeeScheme | None = None
    resident: ResidentScheme | None = None
    chronic_diseases: dict[str, ChronicDisease] = field(default_factory=dict)
    assistance: Assistance | None = None
    out_of_area: OutOfArea | None = None
    guarantees: Guarantees | None = None
    day_ward: DayWard | None = None
