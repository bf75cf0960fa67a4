"""First layer, the basic fund (统筹基金), SPEC §3.1: deductible, rate, annual caps.

Each category is a plain function returning what the fund pays and the eligible amount that
lies beyond the fund's annual cap (which the employees' large-expense subsidy uses).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable

from ..case import CaseError
from ..messages import Label, Percent, Yuan, msg
from ..money import ZERO, clip, positive_part, to_fen
from .tracing import require
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


# A benefit's block of the case's scheme, on a traced or a peeking view of the policy.
Block = Callable[[Any], Any]


def _block(ctx: Context, name: str) -> Block:
    scheme = ctx.case.scheme
    return lambda view: getattr(view[scheme], name)


def _not_available(ctx: Context, block: Block) -> FundResult | None:
    """A benefit that does not exist for this scheme or level: the fund pays 0 and says why."""
    peek = block(ctx.peek())
    if peek.available is False:
        t = ctx.trace()
        _ = block(t).available
        ctx.step("basic_fund", msg("step.basic_fund.not_available", **_label(ctx)), params=[t], amount=ZERO)
        return FundResult(ZERO)
    if ctx.case.level in (peek.not_covered or []):
        t = ctx.trace()
        _ = block(t).not_covered
        ctx.step("basic_fund", msg("step.basic_fund.not_covered_level", **_label(ctx)), params=[t], amount=ZERO)
        return FundResult(ZERO)
    return None


def _rate(ctx: Context, block: Block, bonus: bool, also: Block | None = None) -> Decimal:
    """The level's rate, + the retiree bonus for retired employees, − the out-of-area reduction.

    `also`: one more value the rate step cites (the rule that chronic care is paid like a stay).
    """
    case = ctx.case
    t = ctx.trace()
    base = block(t).rate[case.level]
    bonus_rate = reduction = ZERO
    parts = [P(base)]
    bonus_text = reduction_text = ""
    if bonus and case.scheme == "employee" and case.retired:
        bonus_rate = block(t).retiree_bonus
        parts.append(f"+ {P(bonus_rate)}")
        bonus_text = msg("step.rate.bonus", bonus=Percent(bonus_rate))
    if case.location != "local" and case.category != "maternity":
        reduction = t.out_of_area.reduction[case.location]
        parts.append(f"− {P(reduction)}")
        reduction_text = msg("step.rate.reduction", location=Label("location", case.location), reduction=Percent(reduction))
    if also is not None:
        also(t)
    raw = base + bonus_rate - reduction
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
        [t],
    )
    return rate


def _annual_deductible(ctx: Context, deductible_of: Block, met: Decimal, base: Decimal) -> Decimal:
    t = ctx.trace()
    deductible = deductible_of(t)
    remaining = positive_part(deductible - met)
    applied = min(remaining, base)
    ctx.step(
        "basic_fund",
        msg("step.deductible.annual", deductible=Yuan(deductible), met=Yuan(met), remaining=Yuan(remaining)),
        F("min({}, {}) = {}", remaining, base, applied),
        [t],
        applied,
    )
    return applied


def _pay(ctx: Context, base: Decimal, applied: Decimal, rate: Decimal, params=()) -> Decimal:
    """The payment before any annual limit, rounded to the fen as shown (SPEC §3.1 step 4)."""
    uncapped = to_fen((base - applied) * rate)
    ctx.step("basic_fund", msg("step.basic_fund"), F("({} − {}) × {} = {}", base, applied, Pct(rate), uncapped), params)
    return uncapped


def _shared_cap(ctx: Context, wanted: Decimal, rate: Decimal) -> FundResult:
    """Limit a payment by what is left of the inpatient + chronic annual cap (3.1 steps 3-4)."""
    scheme = ctx.case.scheme
    paid_before = ctx.ytd.basic_fund_paid
    # Whether the cap bites decides whether a step is made; the step cites the cap.
    if wanted <= positive_part(require(ctx.peek()[scheme].inpatient_chronic_annual_cap) - paid_before):
        return FundResult(to_fen(wanted))
    t = ctx.trace()
    cap = t[scheme].inpatient_chronic_annual_cap
    left = positive_part(cap - paid_before)
    paid = to_fen(left)
    ctx.step(
        "basic_fund",
        msg("step.basic_fund.capped", cap=Yuan(cap), paid=Yuan(paid_before), left=Yuan(left)),
        F("min({}, {}) = {}", wanted, left, paid),
        [t],
    )
    return FundResult(paid, wanted, rate)


def inpatient(ctx: Context) -> FundResult:
    case = ctx.case
    block = _block(ctx, "inpatient")
    require(block(ctx.peek("error.hint.known_basic_fund")))
    ctx.add("admissions", 1)
    unavailable = _not_available(ctx, block)
    if unavailable:
        return unavailable
    t = ctx.trace()
    per_stay = block(t).deductible[case.level]
    factors = block(t).admission_factors
    nth = case.year_to_date.admissions + 1
    factor = factors[min(nth, len(factors)) - 1]
    deductible = per_stay * factor
    applied = min(deductible, ctx.eligible)
    ctx.step(
        "basic_fund",
        msg("step.deductible.admission", level=Label("level", case.level), deductible=Yuan(per_stay), nth=nth, factor=factor),
        F("{} × {} = {}; min({}, {}) = {}", per_stay, Num(factor), deductible, deductible, ctx.eligible, applied),
        [t],
        applied,
    )
    rate = _rate(ctx, block, bonus=True)
    result = _shared_cap(ctx, _pay(ctx, ctx.eligible, applied, rate), rate)
    ctx.add("basic_fund_paid", result.paid)
    return result


def chronic_outpatient(ctx: Context) -> FundResult:
    case = ctx.case
    block = _block(ctx, "chronic_outpatient")
    peek = require(block(ctx.peek("error.hint.known_basic_fund")))
    if case.chronic is None:
        raise CaseError(msg("error.case.field", field="case.chronic.disease", what=msg("what.disease_needed")), "case.chronic.disease")
    disease = case.chronic.disease
    if disease not in ctx.peek().chronic_diseases:
        known = ", ".join(sorted(ctx.policy.params.chronic_diseases))
        what = msg("what.unknown_disease", disease=disease, known=known)
        raise CaseError(msg("error.case.field", field="case.chronic.disease", what=what), "case.chronic.disease")
    if peek.available is False:
        return _not_available(ctx, block)
    applied = _annual_deductible(ctx, lambda t: block(t).deductible, case.year_to_date.chronic_deductible_met, ctx.eligible)
    if peek.rate == "inpatient":
        # S003: chronic care is paid like a hospital stay at the same level.
        inpatient_block = _block(ctx, "inpatient")
        require(inpatient_block(ctx.peek()))
        unavailable = _not_available(ctx, inpatient_block)
        if unavailable:
            return unavailable
        rate = _rate(ctx, inpatient_block, bonus=True, also=lambda t: block(t).rate)
    else:
        rate = _rate(ctx, block, bonus=False)
    wanted = to_fen((ctx.eligible - applied) * rate)
    limit = ctx.peek().chronic_diseases[disease].annual_limit
    paid_before = case.year_to_date.chronic_disease_paid
    left = positive_part(limit - paid_before) if limit != "shared" else None
    lt = ctx.trace()
    if left is not None:  # a limit of its own ("shared": the fund's cap, cited where it bites)
        _ = lt.chronic_diseases[disease].annual_limit
    # The pay step cites the disease's own limit when it does not bite; the limit step when it does.
    _pay(ctx, ctx.eligible, applied, rate, [lt] if left is not None and wanted <= left else ())
    if left is not None and wanted > left:
        ctx.step(
            "basic_fund",
            msg("step.basic_fund.disease_capped", cap=Yuan(limit), paid=Yuan(paid_before), left=Yuan(left)),
            F("min({}, {}) = {}", wanted, left, left),
            [lt],
        )
        wanted = left
    result = _shared_cap(ctx, wanted, rate)
    ctx.add("chronic_deductible_met", applied)
    # The disease's limit is used up by what it let through, also the part the shared cap then
    # cut (the large-expense subsidy pays on that part): otherwise a second visit would find the
    # limit unused and the subsidy would pay on it twice (SPEC §3: visits chain like one).
    ctx.add("chronic_disease_paid", counted_against_disease_limit(result, result.paid))
    ctx.add("basic_fund_paid", result.paid)
    return result


def counted_against_disease_limit(fund: FundResult, paid: Decimal) -> Decimal:
    """What a chronic payment uses of its disease's own limit: `paid` (the fund's payment, or the
    slip's figure), or the schedule's payment before the shared annual cap cut it (the shown,
    rounded figure) when the cap did cut it and that is more."""
    return paid if fund.uncapped is None else max(paid, fund.uncapped)


def _by_status(node, case):
    """Employees' values differ in service and retired; residents' are one value."""
    return node["retired" if case.retired else "in_service"] if case.scheme == "employee" else node


def general_outpatient(ctx: Context) -> FundResult:
    case = ctx.case
    block = _block(ctx, "general_outpatient")
    require(block(ctx.peek()))
    unavailable = _not_available(ctx, block)
    if unavailable:
        return unavailable
    applied = _annual_deductible(
        ctx, lambda t: _by_status(block(t).deductible, case), case.year_to_date.outpatient_deductible_met, ctx.eligible
    )
    rate = _rate(ctx, block, bonus=case.scheme == "employee")
    wanted = _pay(ctx, ctx.eligible, applied, rate)
    t = ctx.trace()
    limit = _by_status(block(t).annual_limit, case)
    paid = ctx.within_annual_limit(
        "basic_fund", "step.outpatient_limit", limit, t, case.year_to_date.outpatient_fund_paid, wanted
    )
    ctx.add("outpatient_deductible_met", applied)
    ctx.add("outpatient_fund_paid", paid)
    return FundResult(paid)


def two_diseases(ctx: Context) -> FundResult:
    case = ctx.case
    block = _block(ctx, "two_diseases")
    peek = require(block(ctx.peek()))
    if peek.available is False:
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
    t = ctx.trace()
    limit = block(t).counted_limit["both" if len(conditions) > 1 else "one"]
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
        [t],
        counted,
    )
    applied = _annual_deductible(
        ctx, lambda t: block(t).deductible[case.level], case.year_to_date.two_diseases_deductible_met, counted
    )
    rate = _rate(ctx, block, bonus=False)
    paid = to_fen((counted - applied) * rate)
    ctx.step("basic_fund", msg("step.two_diseases.fund"), F("({} − {}) × {} = {}", counted, applied, Pct(rate), paid), amount=paid)
    ctx.add("two_diseases_counted", counted)
    ctx.add("two_diseases_deductible_met", applied)
    return FundResult(paid)
