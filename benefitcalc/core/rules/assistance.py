"""Third layer, medical assistance (医疗救助), SPEC §3.3: for the four low-income groups only."""

from __future__ import annotations

from decimal import Decimal

from ..messages import Label, Yuan, msg
from ..money import ZERO, positive_part
from .tracing import require
from .context import F, Context, Gap, P, Pct


def assistance(ctx: Context, funds_so_far: Decimal) -> Decimal:
    case = ctx.case
    if case.group == "none":
        ctx.step("assistance", msg("step.assistance.not_group"), amount=ZERO)
        return ZERO
    require(ctx.peek().assistance)
    t = ctx.trace()
    group = t.assistance.groups[case.group]
    deductible, rate = group.deductible, group.rate

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
        [t],
    )
    lt = ctx.trace()
    limit = lt.assistance.annual_limit
    paid = ctx.within_annual_limit(
        "assistance", "step.assistance.capped", limit, lt, case.year_to_date.assistance_paid, wanted
    )
    ctx.add("assistance_deductible_met", applied)
    ctx.add("assistance_paid", paid)
    return paid
