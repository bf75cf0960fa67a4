"""Second layer, SPEC §3.2: residents' critical illness insurance, employees' large-expense subsidy.

Critical illness bands lie on the year's cumulative in-policy burden; the payment is the banded
amount after this encounter minus the banded amount before it, so a year of visits adds up to
the same as one visit of the same size (the 2014 Shandong example fixes these semantics).
"""

from __future__ import annotations

from decimal import Decimal

from ..messages import Label, Percent, Yuan, msg
from ..money import ZERO, to_fen
from .context import F, Context, Num, Pct, Y


def critical_illness(ctx: Context, basic_fund: Decimal) -> Decimal:
    case = ctx.case
    block = "resident.critical_illness"
    ci = ctx.require(block)
    deductible, ded_use = ctx.param(f"{block}.deductible")
    uses = [ded_use]
    tilt = ci.tilt if ci.tilt is not None and case.group in ci.tilt.groups else None
    factor = bonus = None
    tilt_uses = []
    if tilt is not None:
        factor, f_use = ctx.param(f"{block}.tilt.deductible_factor")
        bonus, b_use = ctx.param(f"{block}.tilt.rate_bonus")
        _, g_use = ctx.param(f"{block}.tilt.groups")
        tilt_uses = [g_use, f_use, b_use]
        deductible = deductible * factor

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
    if tilt is not None:
        ctx.step(
            "critical_illness",
            msg(
                "step.critical.tilt",
                group=Label("group", case.group),
                factor=factor,
                deductible=Yuan(deductible),
                bonus=Percent(bonus),
            ),
            F("{} × {} = {}", ci.deductible, Num(factor), deductible),
            tilt_uses,
        )

    bands = []
    low = deductible
    for index, band in enumerate(ci.bands):
        rate, use = ctx.param(f"{block}.bands.{index}.rate")
        if bonus is not None:
            rate = min(rate + bonus, Decimal(1))
        bands.append((low, band.up_to, rate))
        uses.append(use)
        if band.up_to is not None:
            uses.append(ctx.param(f"{block}.bands.{index}.up_to")[1])
            low = band.up_to

    if after <= deductible:
        ctx.step("critical_illness", msg("step.critical.below", deductible=Yuan(deductible)), params=uses, amount=ZERO)
        return ZERO

    terms = []
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
        terms.append(part)
        ctx.step("critical_illness", text, F("({} − {}) × {} = {}", top, bottom, Pct(rate), part))
    wanted = sum(terms, ZERO)
    ctx.steps[-1].params.extend(uses)

    uncapped = tilt is not None and tilt.uncapped
    cap, cap_use = ctx.param(f"{block}.annual_cap")
    sum_formula = " + ".join(Y(t) for t in terms) + f" = {Y(wanted)}" if len(terms) > 1 else Y(wanted)
    if uncapped or cap == "none":
        paid = to_fen(wanted)
        no_cap = ctx.param(f"{block}.tilt.uncapped")[1] if uncapped else cap_use
        ctx.step("critical_illness", msg("step.critical.pay", cap=msg("step.critical.uncapped")), sum_formula, [no_cap], paid)
    else:
        ctx.step("critical_illness", msg("step.critical.pay", cap=""), sum_formula)
        paid = ctx.within_annual_limit(
            "critical_illness", "step.critical.capped", cap, cap_use, case.year_to_date.critical_paid, wanted
        )
    ctx.add("critical_paid", paid)
    return paid


def large_expense(ctx: Context, beyond_cap: Decimal) -> Decimal:
    block = "employee.large_expense"
    ctx.require(block)
    if beyond_cap <= 0:
        ctx.step("large_expense", msg("step.large_expense.none"), amount=ZERO)
        return ZERO
    rate, rate_use = ctx.param(f"{block}.rate")
    wanted = beyond_cap * rate
    cap, cap_use = ctx.param(f"{block}.annual_cap")
    ctx.step("large_expense", msg("step.large_expense", rate=Percent(rate)), F("{} × {} = {}", beyond_cap, Pct(rate), wanted), [rate_use])
    if cap == "none":
        paid = to_fen(wanted)
        ctx.step("large_expense", msg("step.large_expense.uncapped"), Y(paid), [cap_use], paid)
    else:
        paid = ctx.within_annual_limit(
            "large_expense", "step.large_expense.capped", cap, cap_use, ctx.case.year_to_date.large_expense_paid, wanted
        )
    ctx.add("large_expense_paid", paid)
    return paid
