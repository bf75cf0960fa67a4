"""Childbirth, SPEC §3.5: employees' delivery costs and maternity allowance, residents' quota."""

from __future__ import annotations

from decimal import Decimal

from ..case import CaseError
from ..messages import Concat, Label, Percent, Yuan, msg
from ..money import ZERO, to_fen
from .basic_fund import FundResult
from .tracing import require
from .context import F, Context, Pct


def maternity(ctx: Context) -> FundResult:
    case = ctx.case
    require(ctx.peek()[case.scheme].maternity)
    if case.scheme == "employee":
        t = ctx.trace()
        rate = t.employee.maternity.rate
        deductible = t.employee.maternity.deductible
        applied = min(deductible, ctx.eligible)
        paid = to_fen((ctx.eligible - applied) * rate)
        ctx.step(
            "basic_fund",
            msg("step.maternity.employee", deductible=Yuan(deductible), rate=Percent(rate)),
            F("({} − {}) × {} = {}", ctx.eligible, applied, Pct(rate), paid),
            [t],
            paid,
        )
        return FundResult(paid)
    order = case.maternity.child_order if case.maternity else None
    if order is None:
        raise CaseError(
            msg("error.case.field", field="case.maternity.child_order", what=msg("what.child_order_needed")),
            "case.maternity.child_order",
        )
    key, _ = require(ctx.peek().resident.maternity.quota).raw.for_child(order)
    t = ctx.trace()
    quota = t.resident.maternity.quota[key]
    paid = to_fen(min(ctx.eligible, quota))
    ctx.step(
        "basic_fund",
        msg("step.maternity.quota", child=Label("child_order", key), quota=Yuan(quota)),
        F("min({}, {}) = {}", ctx.eligible, quota, paid),
        [t],
        paid,
    )
    return FundResult(paid)


def allowance(ctx: Context) -> Decimal:
    """生育津贴: wage ÷ days-per-month × leave days, computed exactly and rounded once."""
    case = ctx.case
    if case.scheme != "employee":
        return ZERO
    details = case.maternity
    if details is None or details.monthly_wage is None:
        raise CaseError(
            msg("error.case.field", field="case.maternity.monthly_wage", what=msg("what.wage_needed")),
            "case.maternity.monthly_wage",
        )
    t = ctx.trace()
    rules = t.employee.maternity
    base_days = rules.leave_days
    per_month = rules.allowance_days_per_month
    days = base_days
    extras = []
    day_terms = [str(base_days)]
    if details.caesarean or details.difficult:
        extra = rules.extra_days_difficult_or_caesarean
        days += extra
        day_terms.append(str(extra))
        extras.append(msg("step.allowance.extra_caesarean", days=extra))
    if details.babies > 1:
        per_baby = rules.extra_days_per_extra_baby
        extra = per_baby * (details.babies - 1)
        days += extra
        day_terms.append(f"{per_baby} × {details.babies - 1}")
        extras.append(msg("step.allowance.extra_babies", days=extra))
    amount = to_fen(details.monthly_wage / Decimal(per_month) * days)
    days_formula = f"({' + '.join(day_terms)})" if len(day_terms) > 1 else str(days)
    ctx.step(
        "allowance",
        msg("step.allowance", per_month=per_month, days=days, extras=Concat(tuple(extras))),
        F("{} ÷ {} × {} = {}", details.monthly_wage, per_month, days_formula, amount),
        [t],
        amount,
    )
    return amount
