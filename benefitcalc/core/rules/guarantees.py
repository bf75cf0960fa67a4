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
    guarantees = ctx.peek().guarantees  # which guarantees apply decides which steps are made
    case = ctx.case
    if not guarantees:
        return ZERO
    candidates = [ZERO]
    ceiling_rule = guarantees.personal_ceiling
    if ceiling_rule and _applies(ceiling_rule, case):
        t = ctx.trace()
        share = t.guarantees.personal_ceiling.share
        ceiling = to_fen(share * case.costs.total)
        personal = case.costs.total - funds_so_far
        excess = positive_part(personal - ceiling)
        ctx.step(
            "backstop",
            msg("step.backstop.ceiling", share=Percent(share), ceiling=Yuan(ceiling), excess=Yuan(excess)),
            F("{} × {} = {}; max(0, {} − {}) = {}", case.costs.total, Pct(share), ceiling, personal, ceiling, excess),
            [t],
            excess,
        )
        candidates.append(excess)
    rate_rule = guarantees.guaranteed_rate
    if rate_rule and _applies(rate_rule, case):
        t = ctx.trace()
        rate = t.guarantees.guaranteed_rate.rate
        threshold = t.guarantees.guaranteed_rate.threshold
        above = Gap(ctx.eligible, threshold)
        target = to_fen(rate * above.value)
        shortfall = positive_part(target - funds_so_far)
        ctx.step(
            "backstop",
            msg("step.backstop.rate", threshold=Yuan(threshold), rate=Percent(rate), target=Yuan(target), shortfall=Yuan(shortfall)),
            F("{} × {} = {}; max(0, {} − {}) = {}", above, Pct(rate), target, target, funds_so_far, shortfall),
            [t],
            shortfall,
        )
        candidates.append(shortfall)
    paid = max(candidates)
    if len(candidates) > 1 and paid == 0:
        ctx.step("backstop", msg("step.backstop.met"), amount=ZERO)
    return paid
