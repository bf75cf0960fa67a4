"""Local guarantees (托底), SPEC §3.4: a ceiling on what the patient pays, or a guaranteed rate.

Where both forms apply, the larger payment wins. The backstop never takes the patient's share
below zero: the ceiling pays only what lies above it, the rate only the shortfall.
"""

from __future__ import annotations

from decimal import Decimal

from ..messages import Percent, Yuan, msg
from ..money import ZERO, positive_part, to_fen
from .context import F, Context, Gap, Pct


def _applies(rule, case) -> bool:
    return case.group in rule.groups and case.location in rule.locations and case.category in rule.categories


def backstop(ctx: Context, funds_so_far: Decimal) -> Decimal:
    guarantees = ctx.policy.params.guarantees
    case = ctx.case
    if guarantees is None:
        return ZERO
    candidates = [ZERO]
    ceiling_rule = guarantees.personal_ceiling
    if ceiling_rule is not None and _applies(ceiling_rule, case):
        share, use = ctx.param("guarantees.personal_ceiling.share")
        ceiling = to_fen(share * case.costs.total)
        personal = case.costs.total - funds_so_far
        excess = positive_part(personal - ceiling)
        ctx.step(
            "backstop",
            msg("step.backstop.ceiling", share=Percent(share), ceiling=Yuan(ceiling), excess=Yuan(excess)),
            F("{} × {} = {}; max(0, {} − {}) = {}", case.costs.total, Pct(share), ceiling, personal, ceiling, excess),
            [use],
            excess,
        )
        candidates.append(excess)
    rate_rule = guarantees.guaranteed_rate
    if rate_rule is not None and _applies(rate_rule, case):
        rate, rate_use = ctx.param("guarantees.guaranteed_rate.rate")
        threshold, t_use = ctx.param("guarantees.guaranteed_rate.threshold")
        above = Gap(ctx.eligible, threshold)
        target = to_fen(rate * above.value)
        shortfall = positive_part(target - funds_so_far)
        ctx.step(
            "backstop",
            msg("step.backstop.rate", threshold=Yuan(threshold), rate=Percent(rate), target=Yuan(target), shortfall=Yuan(shortfall)),
            F("{} × {} = {}; max(0, {} − {}) = {}", above, Pct(rate), target, target, funds_so_far, shortfall),
            [rate_use, t_use],
            shortfall,
        )
        candidates.append(shortfall)
    paid = max(candidates)
    if len(candidates) > 1 and paid == 0:
        ctx.step("backstop", msg("step.backstop.met"), amount=ZERO)
    return paid
