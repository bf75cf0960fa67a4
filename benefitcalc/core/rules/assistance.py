"""Third layer, medical assistance (医疗救助), SPEC §3.3: for the four low-income groups only."""

from __future__ import annotations

from decimal import Decimal

from ..messages import Label, Yuan, msg
from ..money import ZERO, positive_part
from .context import F, Context, Gap, P, Pct


def assistance(ctx: Context, funds_so_far: Decimal) -> Decimal:
    case = ctx.case
    if case.group == "none":
        ctx.step("assistance", msg("step.assistance.not_group"), amount=ZERO)
        return ZERO
    ctx.require("assistance")
    deductible, ded_use = ctx.param(f"assistance.groups.{case.group}.deductible")
    rate, rate_use = ctx.param(f"assistance.groups.{case.group}.rate")
    limit, limit_use = ctx.param("assistance.annual_limit")

    gap = Gap(ctx.eligible, funds_so_far, bare=True)
    base = gap.value
    ctx.step("assistance", msg("step.assistance.base"), F("{} = {}", gap, base), amount=base)
    met = case.year_to_date.assistance_deductible_met
    remaining = positive_part(deductible - met)
    applied = min(remaining, base)
    wanted = (base - applied) * rate
    ctx.step(
        "assistance",
        msg("step.assistance", group=Label("group", case.group), remaining=Yuan(remaining), rate=P(rate)),
        F("({} − {}) × {} = {}", base, applied, Pct(rate), wanted),
        [ded_use, rate_use],
    )
    paid = ctx.within_annual_limit(
        "assistance", "step.assistance.capped", limit, limit_use, case.year_to_date.assistance_paid, wanted
    )
    ctx.add("assistance_deductible_met", applied)
    ctx.add("assistance_paid", paid)
    return paid
