"""First layer, the basic fund (统筹基金), SPEC §3.1: deductible, rate, annual caps.

Each category is a plain function returning what the fund pays and the eligible amount that
lies beyond the fund's annual cap (which the employees' large-expense subsidy uses).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..case import CaseError
from ..messages import Label, Percent, Yuan, msg
from ..money import ZERO, clip, positive_part, to_fen
from .context import F, Context, Gap, Num, P, Pct


@dataclass(frozen=True)
class FundResult:
    """What the fund pays; where the shared annual cap cut the payment, the shown (rounded)
    uncapped payment and the rate, from which the amount beyond the cap follows (3.1 step 4)."""

    paid: Decimal
    uncapped: Decimal | None = None
    rate: Decimal = ZERO


def beyond_cap(ctx: Context, fund: FundResult, paid: Decimal) -> Decimal:
    """The eligible amount beyond the fund's cap: (shown uncapped payment − paid) ÷ rate.

    `paid` is the fund's own payment, or the slip's figure (SPEC §3.6): the in-policy cost the
    known payment did not cover, under the cap rule. Zero when the cap did not cut the payment.
    """
    if fund.uncapped is None or fund.rate <= 0:
        return ZERO
    # A slip that paid more than the schedule would without a cap leaves nothing beyond it.
    not_covered = Gap(fund.uncapped, paid)
    beyond = to_fen(not_covered.value / fund.rate)
    ctx.step(
        "basic_fund",
        msg("step.basic_fund.beyond_cap"),
        F("{} ÷ {} = {}", not_covered, Pct(fund.rate), beyond),
        amount=beyond,
    )
    return beyond


def _label(ctx: Context):
    return dict(
        scheme=Label("scheme_short", ctx.case.scheme),
        level=Label("level", ctx.case.level),
        category=Label("category", ctx.case.category),
    )


def _not_available(ctx: Context, block: str) -> FundResult | None:
    """A benefit that does not exist for this scheme or level: the fund pays 0 and says why."""
    if ctx.policy.get(f"{block}.available") is False:
        _, use = ctx.param(f"{block}.available")
        ctx.step("basic_fund", msg("step.basic_fund.not_available", **_label(ctx)), params=[use], amount=ZERO)
        return FundResult(ZERO)
    if ctx.case.level in (ctx.policy.get(f"{block}.not_covered") or []):
        _, use = ctx.param(f"{block}.not_covered")
        ctx.step("basic_fund", msg("step.basic_fund.not_covered_level", **_label(ctx)), params=[use], amount=ZERO)
        return FundResult(ZERO)
    return None


def _rate(ctx: Context, rate_path: str, bonus_path: str | None) -> Decimal:
    """The level's rate, + the retiree bonus for retired employees, − the out-of-area reduction."""
    case = ctx.case
    base, base_use = ctx.param(rate_path)
    uses = [base_use]
    bonus = reduction = ZERO
    parts = [P(base)]
    bonus_text = reduction_text = ""
    if bonus_path and case.scheme == "employee" and case.retired:
        bonus, use = ctx.param(bonus_path)
        uses.append(use)
        parts.append(f"+ {P(bonus)}")
        bonus_text = msg("step.rate.bonus", bonus=Percent(bonus))
    if case.location != "local" and case.category != "maternity":
        reduction, use = ctx.param(f"out_of_area.reduction.{case.location}")
        uses.append(use)
        parts.append(f"− {P(reduction)}")
        reduction_text = msg("step.rate.reduction", location=Label("location", case.location), reduction=Percent(reduction))
    raw = base + bonus - reduction
    rate = clip(raw, ZERO, Decimal(1))
    shown = " ".join(parts)
    if raw > 1:
        shown = f"min(100%, {shown})"
    elif raw < 0:
        shown = f"max(0%, {shown})"
    formula = f"{shown} = {P(rate)}" if len(parts) > 1 else P(rate)
    ctx.step(
        "basic_fund",
        msg("step.rate", level=Label("level", case.level), base=Percent(base), bonus=bonus_text, reduction=reduction_text),
        formula,
        uses,
    )
    return rate


def _annual_deductible(ctx: Context, path: str, met: Decimal, base: Decimal) -> Decimal:
    deductible, use = ctx.param(path)
    remaining = positive_part(deductible - met)
    applied = min(remaining, base)
    ctx.step(
        "basic_fund",
        msg("step.deductible.annual", deductible=Yuan(deductible), met=Yuan(met), remaining=Yuan(remaining)),
        F("min({}, {}) = {}", remaining, base, applied),
        [use],
        applied,
    )
    return applied


def _pay(ctx: Context, base: Decimal, applied: Decimal, rate: Decimal) -> Decimal:
    """The payment before any annual limit, rounded to the fen as shown (SPEC §3.1 step 4)."""
    uncapped = to_fen((base - applied) * rate)
    ctx.step("basic_fund", msg("step.basic_fund"), F("({} − {}) × {} = {}", base, applied, Pct(rate), uncapped))
    return uncapped


def _shared_cap(ctx: Context, wanted: Decimal, rate: Decimal) -> FundResult:
    """Limit a payment by what is left of the inpatient + chronic annual cap (3.1 steps 3-4)."""
    scheme = ctx.case.scheme
    cap, use = ctx.param(f"{scheme}.inpatient_chronic_annual_cap")
    paid_before = ctx.ytd.basic_fund_paid
    left = positive_part(cap - paid_before)
    if wanted <= left:
        return FundResult(to_fen(wanted))
    paid = to_fen(left)
    ctx.step(
        "basic_fund",
        msg("step.basic_fund.capped", cap=Yuan(cap), paid=Yuan(paid_before), left=Yuan(left)),
        F("min({}, {}) = {}", wanted, left, paid),
        [use],
    )
    return FundResult(paid, wanted, rate)


def inpatient(ctx: Context) -> FundResult:
    case = ctx.case
    block = f"{case.scheme}.inpatient"
    ctx.require(block, "error.hint.known_basic_fund")
    ctx.add("admissions", 1)
    unavailable = _not_available(ctx, block)
    if unavailable:
        return unavailable
    per_stay, use_ded = ctx.param(f"{block}.deductible.{case.level}")
    factors, use_fac = ctx.param(f"{block}.admission_factors")
    nth = case.year_to_date.admissions + 1
    factor = factors[min(nth, len(factors)) - 1]
    deductible = per_stay * factor
    applied = min(deductible, ctx.eligible)
    ctx.step(
        "basic_fund",
        msg("step.deductible.admission", level=Label("level", case.level), deductible=Yuan(per_stay), nth=nth, factor=factor),
        F("{} × {} = {}; min({}, {}) = {}", per_stay, Num(factor), deductible, deductible, ctx.eligible, applied),
        [use_ded, use_fac],
        applied,
    )
    rate = _rate(ctx, f"{block}.rate.{case.level}", f"{block}.retiree_bonus")
    result = _shared_cap(ctx, _pay(ctx, ctx.eligible, applied, rate), rate)
    ctx.add("basic_fund_paid", result.paid)
    return result


def chronic_outpatient(ctx: Context) -> FundResult:
    case = ctx.case
    block = f"{case.scheme}.chronic_outpatient"
    ctx.require(block, "error.hint.known_basic_fund")
    if case.chronic is None:
        raise CaseError(msg("error.case.field", field="case.chronic.disease", what=msg("what.disease_needed")), "case.chronic.disease")
    disease = case.chronic.disease
    if ctx.policy.params.chronic_diseases.get(disease) is None:
        known = ", ".join(sorted(ctx.policy.params.chronic_diseases))
        what = msg("what.unknown_disease", disease=disease, known=known)
        raise CaseError(msg("error.case.field", field="case.chronic.disease", what=what), "case.chronic.disease")
    if ctx.policy.get(f"{block}.available") is False:
        return _not_available(ctx, block)
    applied = _annual_deductible(ctx, f"{block}.deductible", case.year_to_date.chronic_deductible_met, ctx.eligible)
    if ctx.policy.get(f"{block}.rate") == "inpatient":
        _, rule_use = ctx.param(f"{block}.rate")
        # S003: chronic care is paid like a hospital stay at the same level.
        inpatient_block = f"{case.scheme}.inpatient"
        ctx.require(inpatient_block)
        unavailable = _not_available(ctx, inpatient_block)
        if unavailable:
            return unavailable
        rate = _rate(ctx, f"{inpatient_block}.rate.{case.level}", f"{inpatient_block}.retiree_bonus")
        ctx.steps[-1].params.append(rule_use)
    else:
        rate = _rate(ctx, f"{block}.rate.{case.level}", None)
    wanted = _pay(ctx, ctx.eligible, applied, rate)
    limit, limit_use = ctx.param(f"chronic_diseases.{disease}.annual_limit")
    if limit != "shared":
        paid_before = case.year_to_date.chronic_disease_paid
        left = positive_part(limit - paid_before)
        if wanted > left:
            ctx.step(
                "basic_fund",
                msg("step.basic_fund.disease_capped", cap=Yuan(limit), paid=Yuan(paid_before), left=Yuan(left)),
                F("min({}, {}) = {}", wanted, left, left),
                [limit_use],
            )
            wanted = left
        else:
            ctx.steps[-1].params.append(limit_use)
    result = _shared_cap(ctx, wanted, rate)
    ctx.add("chronic_deductible_met", applied)
    ctx.add("chronic_disease_paid", result.paid)
    ctx.add("basic_fund_paid", result.paid)
    return result


def general_outpatient(ctx: Context) -> FundResult:
    case = ctx.case
    block = f"{case.scheme}.general_outpatient"
    ctx.require(block)
    unavailable = _not_available(ctx, block)
    if unavailable:
        return unavailable
    status = ".retired" if case.retired else ".in_service"
    if case.scheme != "employee":
        status = ""
    applied = _annual_deductible(ctx, f"{block}.deductible{status}", case.year_to_date.outpatient_deductible_met, ctx.eligible)
    bonus = f"{block}.retiree_bonus" if case.scheme == "employee" else None
    rate = _rate(ctx, f"{block}.rate.{case.level}", bonus)
    wanted = _pay(ctx, ctx.eligible, applied, rate)
    limit, use = ctx.param(f"{block}.annual_limit{status}")
    paid = ctx.within_annual_limit(
        "basic_fund", "step.outpatient_limit", limit, use, case.year_to_date.outpatient_fund_paid, wanted
    )
    ctx.add("outpatient_deductible_met", applied)
    ctx.add("outpatient_fund_paid", paid)
    return FundResult(paid)


def two_diseases(ctx: Context) -> FundResult:
    case = ctx.case
    block = f"{case.scheme}.two_diseases"
    ctx.require(block)
    if ctx.policy.get(f"{block}.available") is False:
        return _not_available(ctx, block)
    if case.two_diseases is None:
        raise CaseError(
            msg("error.case.field", field="case.two_diseases.conditions", what=msg("what.conditions_needed")),
            "case.two_diseases.conditions",
        )
    unavailable = _not_available(ctx, block)
    if unavailable:
        return unavailable
    conditions = case.two_diseases.conditions
    which = "both" if len(conditions) > 1 else "one"
    limit, use = ctx.param(f"{block}.counted_limit.{which}")
    counted_before = case.year_to_date.two_diseases_counted
    left = Gap(limit, counted_before, bare=True)
    counted = min(ctx.eligible, left.value)
    ctx.step(
        "basic_fund",
        msg(
            "step.two_diseases.counted",
            conditions=[Label("condition", c) for c in conditions],
            limit=Yuan(limit),
            counted=Yuan(counted_before),
        ),
        F("min({}, {}) = {}", ctx.eligible, left, counted),
        [use],
        counted,
    )
    applied = _annual_deductible(
        ctx, f"{block}.deductible.{case.level}", case.year_to_date.two_diseases_deductible_met, counted
    )
    rate = _rate(ctx, f"{block}.rate.{case.level}", None)
    paid = to_fen((counted - applied) * rate)
    ctx.step("basic_fund", msg("step.two_diseases.fund"), F("({} − {}) × {} = {}", counted, applied, Pct(rate), paid), amount=paid)
    ctx.add("two_diseases_counted", counted)
    ctx.add("two_diseases_deductible_met", applied)
    return FundResult(paid)
