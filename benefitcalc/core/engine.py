"""`estimate(case, policies)`: run a case through every layer of SPEC §3, in order.

basic fund → critical illness or large-expense subsidy → medical assistance → local guarantee;
the patient pays what is left. Each payer is rounded to the fen as soon as it is computed.
"""

from __future__ import annotations

from decimal import Decimal

from .case import Case, CaseError, YearToDate
from .estimate import Estimate
from .messages import Label, Yuan, msg
from .money import ZERO
from .registry import PolicyLookupError, PolicyRegistry
from .rules import basic_fund
from .rules.assistance import assistance
from .rules.context import F, Context, Y
from .rules.guarantees import backstop
from .rules.maternity import allowance, maternity
from .rules.second_layer import critical_illness, large_expense
from .staleness import estimate_notices
from .case_fields import is_layered, second_layer
from .vocabulary import PAYERS

# Where the year-to-date ledger keeps each category's basic-fund payments.
FUND_LEDGER = {
    "inpatient": "basic_fund_paid",
    "chronic_outpatient": "basic_fund_paid",
    "general_outpatient": "outpatient_fund_paid",
}

FUND_RULES = {
    "inpatient": basic_fund.inpatient,
    "chronic_outpatient": basic_fund.chronic_outpatient,
    "general_outpatient": basic_fund.general_outpatient,
    "two_diseases": basic_fund.two_diseases,
    "maternity": maternity,
}


def estimate(case: Case, policies: PolicyRegistry) -> Estimate:
    """Estimate one encounter. Raises `CaseError` (a message naming the field) on bad input."""
    try:
        policy = policies.policy_for(case.region, case.date)
    except PolicyLookupError as exc:
        field = "case.date" if exc.message.id == "error.case.no_version" else "case.region"
        raise CaseError(exc.message, field) from None
    if case.level is None and case.category != "maternity":
        raise CaseError(msg("error.case.field", field="case.level", what=msg("what.level_needed")), "case.level")

    ctx = Context(case, policy)
    costs = case.costs
    eligible = case.eligible
    ctx.step(
        "bill",
        msg("step.eligible"),
        F("{} − {} − {} = {}", costs.total, costs.self_paid, costs.category_b_first, eligible),
        amount=eligible,
    )
    _notes(ctx)

    payers = {p: ZERO for p in PAYERS}
    known = case.known.basic_fund
    computed = None
    if known is not None:
        if known > eligible:
            what = msg("what.known_above_eligible", known=Yuan(known), eligible=Yuan(eligible))
            raise CaseError(msg("error.case.field", field="case.known.basic_fund", what=what), "case.known.basic_fund")
        fund, computed, beyond = _with_known(ctx, known)
    else:
        fund = FUND_RULES[case.category](ctx)
        beyond = basic_fund.beyond_cap(ctx, fund, fund.paid)
    payers["basic_fund"] = fund.paid

    the_allowance = allowance(ctx) if case.category == "maternity" else ZERO

    if is_layered(case.category):
        if second_layer(case.scheme) == "critical_illness":
            payers["critical_illness"] = critical_illness(ctx, fund.paid)
        else:
            payers["large_expense"] = large_expense(ctx, beyond)
        in_policy = payers["basic_fund"] + payers["critical_illness"] + payers["large_expense"]
        payers["assistance"] = assistance(ctx, in_policy)
        payers["backstop"] = backstop(ctx, in_policy + payers["assistance"])
    else:
        ctx.step("personal", msg("step.layer_not_applicable", category=Label("category", case.category)))

    paid = sum(payers.values(), ZERO)
    personal = costs.total - paid
    terms = " − ".join([Y(costs.total)] + [Y(payers[p]) for p in PAYERS if payers[p]])
    ctx.step("personal", msg("step.personal"), F("{} = {}", terms, personal), amount=personal)

    copay = eligible - payers["basic_fund"] - payers["critical_illness"] - payers["large_expense"] - payers["assistance"]
    result = Estimate(
        case=case,
        policy=policy,
        eligible=eligible,
        payers=payers,
        copay=copay,
        allowance=the_allowance,
        steps=ctx.steps,
        warnings=ctx.warnings,
        year_to_date_after=_advance(case.year_to_date, ctx.ledger),
        known_basic_fund=known,
        computed_basic_fund=computed,
    )
    if result.bounded:
        result.warnings.insert(0, msg("warn.at_bound"))
    if result.assumed:
        result.warnings.insert(0, msg("warn.assumed"))
    result.warnings.extend(estimate_notices(policies, policy, case.date))  # stale data, overlaps
    return result


def _with_known(ctx: Context, known: Decimal):
    """SPEC §3.6: later layers start from the slip's basic-fund figure; show ours beside it.

    Returns the fund's result, our own figure (None if this version cannot compute it) and the
    amount beyond the fund's cap, derived from the slip's figure, not from ours.
    """
    probe = Context(ctx.case, ctx.policy)
    try:
        computed = FUND_RULES[ctx.case.category](probe)
    except CaseError:
        computed = None
    ctx.step("basic_fund", msg("step.basic_fund.known", known=Yuan(known)), Y(known), amount=known)
    if computed is None:
        ctx.warnings.append(msg("warn.known_without_policy"))
        if ctx.case.category == "inpatient":
            ctx.add("admissions", 1)
        if ctx.case.category in FUND_LEDGER:
            ctx.add(FUND_LEDGER[ctx.case.category], known)
        return basic_fund.FundResult(known), None, ZERO
    if computed.paid != known:
        ctx.steps.extend(probe.steps)
        ctx.step(
            "basic_fund",
            msg("step.basic_fund.known_differs", computed=Yuan(computed.paid), known=Yuan(known)),
            F("{} ≠ {}", computed.paid, known),
        )
    ledger = dict(probe.ledger)
    for key in ("basic_fund_paid", "outpatient_fund_paid"):
        if key in ledger:  # the year's ledger records what was really paid: the slip's figure
            ledger[key] = known
    if "chronic_disease_paid" in ledger:  # and what the slip's payment used of the disease's limit
        ledger["chronic_disease_paid"] = basic_fund.counted_against_disease_limit(computed, known)
    ctx.ledger.update(ledger)
    return basic_fund.FundResult(known), computed.paid, basic_fund.beyond_cap(ctx, computed, known)


def _notes(ctx: Context) -> None:
    case = ctx.case
    if case.scheme == "resident" and case.retired:
        ctx.warnings.append(msg("warn.retired_resident"))
    if case.day_ward and case.category == "inpatient":
        day_ward = ctx.peek().day_ward
        if day_ward and day_ward.settled_as_inpatient is True:
            t = ctx.trace()
            _ = t.day_ward.settled_as_inpatient
            ctx.step("bill", msg("warn.day_ward"), params=[t])
        else:
            ctx.warnings.append(msg("warn.day_ward_unknown"))


def _advance(before: YearToDate, ledger: dict) -> YearToDate:
    """The year-to-date figures after this encounter: feed them to the next one."""
    return before.model_copy(update={key: getattr(before, key) + amount for key, amount in ledger.items()})
