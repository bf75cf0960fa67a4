"""Second layer, SPEC §3.2: residents' critical illness insurance, employees' large-expense subsidy.

Critical illness bands lie on the year's cumulative in-policy burden; the payment is the banded
amount after this encounter minus the banded amount before it, so a year of visits adds up to
the same as one visit of the same size (the 2014 Shandong example fixes these semantics).
"""

from __future__ import annotations

from decimal import Decimal

from ..messages import Label, Percent, Yuan, msg
from ..money import ZERO, to_fen
from .tracing import require
from .context import F, Context, Num, Pct, Y


def critical_illness(ctx: Context, basic_fund: Decimal) -> Decimal:
    case = ctx.case
    ci = require(ctx.peek().resident.critical_illness)
    # Whether the tilt applies decides whether its step is made; the step cites the groups.
    tilted = bool(ci.tilt) and case.group in ci.tilt.groups

    before = case.year_to_date.critical_base
    increment = ctx.eligible - basic_fund
    after = before + increment
    ctx.step(
        "critical_illness",
        msg("step.critical.base"),
        F("{} + ({} − {}) = {}", before, ctx.eligible, basic_fund, after),
        amount=after,
    )
    ctx.add("critical_base", increment)
    factor = bonus = None
    if tilted:
        t = ctx.trace()
        tilt = t.resident.critical_illness.tilt
        _ = tilt.groups
        factor, bonus = tilt.deductible_factor, tilt.rate_bonus
        plain = t.resident.critical_illness.deductible
        ctx.step(
            "critical_illness",
            msg(
                "step.critical.tilt",
                group=Label("group", case.group),
                factor=factor,
                deductible=Yuan(plain * factor),
                bonus=Percent(bonus),
            ),
            F("{} × {} = {}", plain, Num(factor), plain * factor),
            [t],
        )

    # The deductible and every band, cited on the last band step (or the step saying none is reached).
    bt = ctx.trace()
    ci_t = bt.resident.critical_illness
    deductible = ci_t.deductible
    if tilted:
        deductible = deductible * factor
    bands = []
    low = deductible
    for band in ci_t.bands:
        rate = band.rate
        if bonus is not None:
            rate = min(rate + bonus, Decimal(1))
        high = band.up_to if band.raw.up_to is not None else None
        bands.append((low, high, rate))
        if high is not None:
            low = high

    if after <= deductible:
        ctx.step("critical_illness", msg("step.critical.below", deductible=Yuan(deductible)), params=[bt], amount=ZERO)
        return ZERO

    parts = []
    for low, high, rate in bands:
        if after <= low:
            break
        top = after if high is None else min(after, high)
        bottom = max(low, before)
        if top <= bottom:
            continue
        text = (
            msg("step.critical.band", low=Yuan(low), high=Yuan(high), rate=Percent(rate))
            if high is not None
            else msg("step.critical.band_open", low=Yuan(low), rate=Percent(rate))
        )
        part = to_fen((top - bottom) * rate)  # shown rounded; the payment is their sum (SPEC §3.7)
        parts.append((text, F("({} − {}) × {} = {}", top, bottom, Pct(rate), part), part))
    for index, (text, formula, _) in enumerate(parts):
        ctx.step("critical_illness", text, formula, [bt] if index == len(parts) - 1 else ())
    terms = [part for _, _, part in parts]
    wanted = sum(terms, ZERO)
    # No band step when this bill adds nothing to any band: the payment step cites them instead.
    unbanded = [] if parts else [bt]

    sum_formula = " + ".join(Y(t) for t in terms) + f" = {Y(wanted)}" if len(terms) > 1 else Y(wanted)
    peek = ctx.peek().resident.critical_illness
    uncapped = tilted and peek.tilt.uncapped
    ct = ctx.trace()
    if uncapped:
        _ = ct.resident.critical_illness.tilt.uncapped
    elif peek.annual_cap == "none":
        _ = ct.resident.critical_illness.annual_cap
    else:
        ctx.step("critical_illness", msg("step.critical.pay", cap=""), sum_formula, unbanded)
        cap = ct.resident.critical_illness.annual_cap
        paid = ctx.within_annual_limit(
            "critical_illness", "step.critical.capped", cap, ct, case.year_to_date.critical_paid, wanted
        )
        ctx.add("critical_paid", paid)
        return paid
    paid = to_fen(wanted)
    ctx.step("critical_illness", msg("step.critical.pay", cap=msg("step.critical.uncapped")), sum_formula, unbanded + [ct], paid)
    ctx.add("critical_paid", paid)
    return paid


def large_expense(ctx: Context, beyond_cap: Decimal) -> Decimal:
    require(ctx.peek().employee.large_expense)
    if beyond_cap <= 0:
        ctx.step("large_expense", msg("step.large_expense.none"), amount=ZERO)
        return ZERO
    rt = ctx.trace()
    rate = rt.employee.large_expense.rate
    wanted = beyond_cap * rate
    ctx.step("large_expense", msg("step.large_expense", rate=Percent(rate)), F("{} × {} = {}", beyond_cap, Pct(rate), wanted), [rt])
    ct = ctx.trace()
    cap = ct.employee.large_expense.annual_cap
    if cap == "none":
        paid = to_fen(wanted)
        ctx.step("large_expense", msg("step.large_expense.uncapped"), Y(paid), [ct], paid)
    else:
        paid = ctx.within_annual_limit(
            "large_expense", "step.large_expense.capped", cap, ct, ctx.case.year_to_date.large_expense_paid, wanted
        )
    ctx.add("large_expense_paid", paid)
    return paid
