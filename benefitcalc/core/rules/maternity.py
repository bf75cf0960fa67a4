"""Childbirth, SPEC §3.5: employees' delivery costs and maternity allowance, residents' quota."""

from __future__ import annotations

from decimal import Decimal

from ..case import CaseError
from ..messages import Concat, Label, Percent, Yuan, msg
from ..money import ZERO, to_fen
from .basic_fund import FundResult
from .context import F, Context, Pct


def maternity(ctx: Context) -> FundResult:
    case = ctx.case
    block = f"{case.scheme}.maternity"
    ctx.require(block)
    if case.scheme == "employee":
        rate, rate_use = ctx.param(f"{block}.rate")
        deductible, ded_use = ctx.param(f"{block}.deductible")
        applied = min(deductible, ctx.eligible)
        paid = to_fen((ctx.eligible - applied) * rate)
        ctx.step(
            "basic_fund",
            msg("step.maternity.employee", deductible=Yuan(deductible), rate=Percent(rate)),
            F("({} − {}) × {} = {}", ctx.eligible, applied, Pct(rate), paid),
            [rate_use, ded_use],
            paid,
        )
        return FundResult(paid)
    order = case.maternity.child_order if case.maternity else None
    if order is None:
        raise CaseError(
            msg("error.case.field", field="case.maternity.child_order", what=msg("what.child_order_needed")),
            "case.maternity.child_order",
        )
    quotas = ctx.require(f"{block}.quota")
    key, _ = quotas.for_child(order)
    quota, use = ctx.param(f"{block}.quota.{key}")
    paid = to_fen(min(ctx.eligible, quota))
    ctx.step(
        "basic_fund",
        msg("step.maternity.quota", child=Label("child_order", key), quota=Yuan(quota)),
        F("min({}, {}) = {}", ctx.eligible, quota, paid),
        [use],
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
    block = "employee.maternity"
    base_days, days_use = ctx.param(f"{block}.leave_days")
    per_month, month_use = ctx.param(f"{block}.allowance_days_per_month")
    uses = [days_use, month_use]
    days = base_days
    extras = []
    day_terms = [str(base_days)]
    if details.caesarean or details.difficult:
        extra, use = ctx.param(f"{block}.extra_days_difficult_or_caesarean")
        uses.append(use)
        days += extra
        day_terms.append(str(extra))
        extras.append(msg("step.allowance.extra_caesarean", days=extra))
    if details.babies > 1:
        per_baby, use = ctx.param(f"{block}.extra_days_per_extra_baby")
        uses.append(use)
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
        uses,
        amount,
    )
    return amount
