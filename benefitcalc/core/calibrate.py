"""Fit a hospital level's deductible and rate from settlement slips (issue 9, SPEC §3.6, §4 `slips`).

While no cap binds, a stay's basic fund is `(in-policy cost − deductible × factor) × rate`,
rounded to the fen; the factor comes from this year's admission number (`year_to_date`), the
rate takes the retiree bonus and the out-of-area reduction. Two slips of one group with
different in-policy costs therefore fix both unknowns. The arithmetic is exact (Decimal): each
pair of slips proposes a rate, each slip then proposes a deductible, and the simplest candidate
that reproduces the most slips to the fen wins. Slips it does not reproduce (a cap bound, a
second admission not entered) are outliers, listed and never averaged in. If no candidate
reproduces two slips, a least-squares fit is reported as approximate. Every residual shown is
computed by the engine itself with the fitted values, so it is what an amendment would give.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal, localcontext
from itertools import combinations
from typing import Any

from .case import Case, CaseError, Known
from .engine import estimate
from .money import FEN, ZERO, clip, to_fen
from .registry import EffectivePolicy, PolicyLookupError, PolicyRegistry
from .rows import RowError, row_error, row_to_case, row_to_slip

# The categories whose basic fund follows the per-stay formula above.
FITTED_CATEGORIES = ("inpatient",)
# Rates are tried rounded to these many decimals, deductibles to these (0 = whole yuan).
RATE_PLACES = (2, 3, 4)
DEDUCTIBLE_PLACES = (-2, -1, 0, 2)
MAX_PAIRS = 400
KEEP = 8  # the most often proposed rates, and deductibles per rate, that are tried


@dataclass
class SlipFit:
    number: int  # the row number in the spreadsheet
    case: Case
    slip: Decimal  # the slip's basic fund
    eligible: Decimal
    fitted: Decimal | None = None  # the engine's basic fund with the fitted values
    outlier: str = ""  # "", "cap" (a cap or limit bound) or "misfit" (does not fit)

    @property
    def residual(self) -> Decimal | None:
        return None if self.fitted is None else self.slip - self.fitted

    @property
    def residual_fen(self) -> int | None:
        r = self.residual
        return None if r is None else int(r / FEN)


@dataclass
class GroupFit:
    region: str
    scheme: str
    category: str
    level: str | None
    policy: EffectivePolicy
    slips: list[SlipFit] = field(default_factory=list)
    status: str = "undetermined"  # exact | approximate | undetermined | unsupported
    deductible: Decimal | None = None
    rate: Decimal | None = None

    @property
    def deductible_path(self) -> str:
        return f"{self.scheme}.{self.category}.deductible.{self.level}"

    @property
    def rate_path(self) -> str:
        return f"{self.scheme}.{self.category}.rate.{self.level}"

    @property
    def in_force_deductible(self) -> Any:
        return self.policy.get(self.deductible_path)

    @property
    def in_force_rate(self) -> Any:
        return self.policy.get(self.rate_path)

    @property
    def fitted_slips(self) -> list[SlipFit]:
        return [s for s in self.slips if not s.outlier]

    @property
    def outliers(self) -> list[SlipFit]:
        return [s for s in self.slips if s.outlier]

    @property
    def largest_residual(self) -> Decimal:
        return max((abs(s.residual) for s in self.fitted_slips if s.residual is not None), default=ZERO)

    @property
    def dates(self) -> tuple[date, date]:
        days = [s.case.date for s in self.fitted_slips]
        return min(days), max(days)


@dataclass
class Calibration:
    groups: list[GroupFit] = field(default_factory=list)
    errors: list[tuple[int, RowError]] = field(default_factory=list)  # (row number, error)

    @property
    def exact(self) -> list[GroupFit]:
        return [g for g in self.groups if g.status == "exact"]


def calibrate_rows(rows: list[dict[str, Any]], numbers: list[int], policies: PolicyRegistry) -> Calibration:
    """Group the slip rows and fit each group; a bad row is listed with its error, not fatal."""
    result = Calibration()
    groups: dict[tuple, GroupFit] = {}
    for row, number in zip(rows, numbers):
        try:
            case = row_to_case(row)
            slip = row_to_slip(row)
            policy = policies.policy_for(case.region, case.date)
        except RowError as exc:
            result.errors.append((number, exc))
            continue
        except PolicyLookupError as exc:
            field_ = "date" if exc.message.id == "error.case.no_version" else "region"
            result.errors.append((number, row_error(CaseError(exc.message, field_))))
            continue
        key = (case.region, case.scheme, case.category, case.level, policy.valid_from)
        group = groups.get(key)
        if group is None:
            group = groups[key] = GroupFit(case.region, case.scheme, case.category, case.level, policy)
        plain = case.model_copy(update={"known": Known()})
        group.slips.append(SlipFit(number, plain, slip.basic_fund, plain.eligible))
    for group in groups.values():
        _fit(group)
    result.groups = list(groups.values())
    return result


# --- the model: what the fund pays for one stay with a given deductible and rate -------------


@dataclass(frozen=True)
class _Terms:
    """What a slip's stay adds to the unknowns: fund = min((E − min(D·f, E)) × (R + m), left)."""

    eligible: Decimal
    factor: Decimal
    extra: Decimal  # retiree bonus − out-of-area reduction
    left: Decimal | None  # what is left of the annual cap (None: no cap)
    paid: Decimal


def _terms(group: GroupFit, s: SlipFit) -> _Terms:
    p, case = group.policy, s.case
    block = f"{group.scheme}.{group.category}"
    factors = p.get(f"{block}.admission_factors") or [Decimal(1)]
    factor = factors[min(case.year_to_date.admissions + 1, len(factors)) - 1]
    extra = ZERO
    if case.scheme == "employee" and case.retired:
        extra += p.get(f"{block}.retiree_bonus") or ZERO
    if case.location != "local":
        extra -= p.get(f"out_of_area.reduction.{case.location}") or ZERO
    cap = p.get(f"{group.scheme}.inpatient_chronic_annual_cap")
    left = None if not isinstance(cap, Decimal) else max(cap - case.year_to_date.basic_fund_paid, ZERO)
    return _Terms(s.eligible, factor, extra, left, s.slip)


def _uncapped(t: _Terms, deductible: Decimal, rate: Decimal) -> Decimal:
    applied = min(deductible * t.factor, t.eligible)
    return (t.eligible - applied) * clip(rate + t.extra, ZERO, Decimal(1))


def _predict(t: _Terms, deductible: Decimal, rate: Decimal) -> tuple[Decimal, bool]:
    """(the fund's payment, whether the cap bound)."""
    wanted = _uncapped(t, deductible, rate)
    if t.left is not None and wanted > t.left:
        return to_fen(t.left), True
    return to_fen(wanted), False


# --- the fit ----------------------------------------------------------------------------------


def _places(value: Decimal) -> int:
    return max(0, -value.normalize().as_tuple().exponent)


def _round(value: Decimal, places: int) -> Decimal:
    """Half up to `places` decimals (negative: to tens, hundreds)."""
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return Decimal(int(rounded)) if places <= 0 else rounded


def _candidates(group: GroupFit, terms: list[_Terms]) -> list[tuple[Decimal, Decimal]]:
    """The values in force, and the rates and deductibles the slips propose most often."""
    usable = [t for t in terms if t.paid > ZERO and (t.left is None or t.paid < t.left)]
    in_force_rate, in_force_ded = group.in_force_rate, group.in_force_deductible
    pairs = list(combinations(usable, 2))
    if len(pairs) > MAX_PAIRS:
        ordered = sorted(usable, key=lambda t: t.eligible)
        half = len(ordered) // 2
        pairs = [(ordered[i], ordered[i + half]) for i in range(len(ordered) - half)]
    proposed: Counter[Decimal] = Counter()
    for a, b in pairs:
        if a.factor != b.factor or a.extra != b.extra or a.eligible == b.eligible:
            continue
        raw = (a.paid - b.paid) / (a.eligible - b.eligible) - a.extra
        proposed.update(r for r in {_round(raw, p) for p in RATE_PLACES} if ZERO < r <= 1)
    rates = {r for r, _ in proposed.most_common(KEEP)}
    if isinstance(in_force_rate, Decimal):
        rates.add(in_force_rate)
    found: set[tuple[Decimal, Decimal]] = set()
    for rate in rates:
        counted: Counter[Decimal] = Counter()
        for t in usable:
            effective = clip(rate + t.extra, ZERO, Decimal(1))
            if t.factor == ZERO or effective == ZERO:
                continue
            raw = (t.eligible - t.paid / effective) / t.factor
            counted.update(d for d in {_round(raw, p) for p in DEDUCTIBLE_PLACES} if d >= ZERO)
        deductibles = {d for d, _ in counted.most_common(KEEP)}
        if isinstance(in_force_ded, Decimal):
            deductibles.add(in_force_ded)
        found.update((d, rate) for d in deductibles)
    return sorted(found)


def _score(group: GroupFit, terms: list[_Terms], cand: tuple[Decimal, Decimal]) -> tuple:
    d, r = cand
    inliers = []
    for t in terms:
        paid, capped = _predict(t, d, r)
        if not capped and abs(paid - t.paid) <= FEN:
            inliers.append(t)
    informative = {(t.eligible, t.factor, t.extra) for t in inliers if t.paid > ZERO}
    simple = _places(d) + _places(r)
    near = abs(r - group.in_force_rate) if isinstance(group.in_force_rate, Decimal) else ZERO
    return (len(informative) >= 2, len(inliers), -simple, -near)


def _fit(group: GroupFit) -> None:
    if group.category not in FITTED_CATEGORIES or group.level is None:
        group.status = "unsupported"
        return
    try:
        terms = [_terms(group, s) for s in group.slips]
    except (TypeError, ValueError):
        group.status = "unsupported"
        return
    best, best_score = None, None
    for cand in _candidates(group, terms):
        score = _score(group, terms, cand)
        if best_score is None or score > best_score:
            best, best_score = cand, score
    if best is not None and best_score[0]:
        group.deductible, group.rate = best
        group.status = "exact"
    else:
        fitted = _least_squares(terms)
        if fitted is None:
            group.status = "undetermined"
            _residuals(group, terms, None)
            return
        group.deductible, group.rate = fitted
        group.status = "approximate"
    _residuals(group, terms, (group.deductible, group.rate))
    if group.status == "exact" and any(s.residual is None or abs(s.residual) > FEN for s in group.fitted_slips):
        group.status = "approximate"


def _least_squares(terms: list[_Terms]) -> tuple[Decimal, Decimal] | None:
    """fund ≈ a·E − b·f over the slips of the commonest (extra) kind, no cap bound; R = a − m, D = b / a."""
    usable = [t for t in terms if t.paid > ZERO and (t.left is None or t.paid < t.left)]
    if not usable:
        return None
    extras = [t.extra for t in usable]
    extra = max(set(extras), key=extras.count)
    usable = [t for t in usable if t.extra == extra]
    with localcontext() as ctx:
        ctx.prec = 40
        n = Decimal(len(usable))
        sxx = sum((t.eligible * t.eligible for t in usable), ZERO)
        sff = sum((t.factor * t.factor for t in usable), ZERO)
        sxf = sum((t.eligible * t.factor for t in usable), ZERO)
        sxy = sum((t.eligible * t.paid for t in usable), ZERO)
        sfy = sum((t.factor * t.paid for t in usable), ZERO)
        det = sxx * sff - sxf * sxf
        if det == ZERO or n < 2:
            return None
        a = (sxy * sff - sfy * sxf) / det
        b = -(sxx * sfy - sxf * sxy) / det
        if a <= ZERO:
            return None
        rate = clip(a - extra, ZERO, Decimal(1)).quantize(Decimal("0.0001"))
        deductible = max(b / a, ZERO).quantize(FEN)
    return deductible, rate


def _residuals(group: GroupFit, terms: list[_Terms], values: tuple[Decimal, Decimal] | None) -> None:
    """The engine's own basic fund for each slip with the fitted values; outliers marked."""
    policy = with_values(group.policy, {group.deductible_path: values[0], group.rate_path: values[1]}) if values else None
    for s, t in zip(group.slips, terms):
        if values is None:
            continue
        _, capped = _predict(t, *values)
        fund = _engine_fund(s.case, policy)
        s.fitted = fund
        if capped:
            s.outlier = "cap"
        elif fund is None or abs(s.slip - fund) > FEN:
            s.outlier = "misfit" if group.status == "exact" else ""


def with_values(policy: EffectivePolicy, values: dict[str, Any]) -> EffectivePolicy:
    """The same policy with some leaves replaced (the engine reads values through `get`)."""
    cache = dict(policy._values)
    cache.update(values)
    return dataclasses.replace(policy, _values=cache, _sources=dict(policy._sources))


class _OnePolicy:
    """A registry of one policy, for running the engine with fitted values."""

    def __init__(self, policy: EffectivePolicy):
        self.policy = policy

    def policy_for(self, region: str, day: date) -> EffectivePolicy:
        return self.policy


def _engine_fund(case: Case, policy: EffectivePolicy) -> Decimal | None:
    try:
        return estimate(case, _OnePolicy(policy)).payers["basic_fund"]  # type: ignore[arg-type]
    except CaseError:
        return None
