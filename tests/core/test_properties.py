"""Invariants that hold for every case, checked on many generated cases (hypothesis)."""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_DOWN, Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from benefitcalc.core.case import CaseError, case_from_dict
from benefitcalc.core.engine import estimate
from benefitcalc.core.money import FEN
from benefitcalc.core.vocabulary import CATEGORIES, GROUPS, LEVELS, LOCATIONS

from .conftest import PAYER_KEYS, POLICIES
from benefitcalc.core.registry import PolicyRegistry

REGISTRY = PolicyRegistry.load(POLICIES)
REGIONS = sorted(r for r, e in REGISTRY.regions.items() if e.usable and r != "shandong") + ["shandong"]
DISEASES = sorted(REGISTRY.policy_for("shandong", date(2025, 1, 1)).params.chronic_diseases)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def fen(max_yuan: int, min_yuan: int = 0):
    """Amounts in fen, spread over the whole range (plain integers cluster near the bottom,
    where no annual cap is ever reached), with the edges and small values kept likely too."""
    low, high = min_yuan * 100, max_yuan * 100
    spread = st.tuples(st.integers(0, 1000), st.integers(0, 99)).map(
        lambda t: min(high, low + (high - low) * t[0] // 1000 + t[1])
    )
    return st.one_of(st.integers(low, high), spread).map(lambda n: Decimal(n) / 100)


def yuan(max_yuan: int, min_yuan: int = 0):
    return st.integers(min_yuan, max_yuan).map(Decimal)


@st.composite
def cases(draw, amount=fen, categories=CATEGORIES, schemes=("employee", "resident")):
    category = draw(st.sampled_from(categories))
    scheme = draw(st.sampled_from(schemes))
    total = draw(amount(400_000))
    self_paid = draw(amount(int(total))) if total else Decimal(0)
    self_paid = min(self_paid, total)
    b_first = min(draw(amount(int(total - self_paid))), total - self_paid)
    case = {
        "region": draw(st.sampled_from(REGIONS)),
        "date": date(2025, draw(st.integers(1, 12)), draw(st.integers(1, 28))),
        "scheme": scheme,
        "category": category,
        "level": draw(st.sampled_from(LEVELS)),
        "location": draw(st.sampled_from(LOCATIONS)),
        "group": draw(st.sampled_from(GROUPS)),
        "retired": draw(st.booleans()),
        "costs": {"total": total, "self_paid": self_paid, "category_b_first": b_first},
        "year_to_date": {
            "admissions": draw(st.integers(0, 4)),
            "basic_fund_paid": draw(amount(320_000)),
            "outpatient_fund_paid": draw(amount(6_000)),
            "outpatient_deductible_met": draw(amount(1_200)),
            "chronic_deductible_met": draw(amount(700)),
            "chronic_disease_paid": draw(amount(4_000)),
            "two_diseases_counted": draw(amount(2_500)),
            "two_diseases_deductible_met": draw(amount(150)),
            "critical_base": draw(amount(300_000)),
            "critical_paid": draw(amount(450_000)),
            "large_expense_paid": draw(amount(550_000)),
            "assistance_paid": draw(amount(60_000)),
            "assistance_deductible_met": draw(amount(1_200)),
        },
    }
    if category == "chronic_outpatient":
        case["chronic"] = {"disease": draw(st.sampled_from(DISEASES))}
    if category == "two_diseases":
        case["two_diseases"] = {"conditions": draw(st.sampled_from([["hypertension"], ["diabetes"], ["hypertension", "diabetes"]]))}
    if category == "maternity":
        case["maternity"] = {
            "child_order": draw(st.integers(1, 4)),
            "caesarean": draw(st.booleans()),
            "babies": draw(st.integers(1, 3)),
            "monthly_wage": draw(amount(30_000)),
        }
    return case


def _run(case: dict):
    return estimate(case_from_dict(case), REGISTRY)


@st.composite
def slip_cases(draw):
    """Cases with a settlement slip's basic-fund figure anywhere from 0 to the in-policy cost;
    half of them stays whose fund is near its annual cap, where the slip matters most."""
    case = draw(st.one_of(cases(), cases(categories=("inpatient", "chronic_outpatient"))))
    if draw(st.booleans()):
        ytd = dict(case["year_to_date"], basic_fund_paid=draw(fen(320_000, 200_000)))
        case = dict(case, year_to_date=ytd)
    costs = case["costs"]
    eligible = costs["total"] - costs["self_paid"] - costs["category_b_first"]
    known = draw(st.one_of(fen(int(eligible)), st.just(eligible)))
    return dict(case, known={"basic_fund": min(known, eligible)})


@SETTINGS
@given(slip_cases())
def test_whatever_the_slip_says_the_funds_never_pay_more_than_the_in_policy_cost(case):
    try:
        result = _run(case)
    except CaseError as exc:  # a block the version lacks, a missing detail: named, never a crash
        assert exc.message.id.startswith("error.")
        return
    p = result.payers
    assert sum(p.values()) + result.personal == result.total
    for payer in PAYER_KEYS:
        assert p[payer] >= 0, payer
    assert p["basic_fund"] == case["known"]["basic_fund"]
    assert p["basic_fund"] + p["critical_illness"] + p["large_expense"] + p["assistance"] <= result.eligible
    assert result.personal >= 0
    assert result.copay >= 0


@SETTINGS
@given(cases())
def test_payers_and_patient_add_up_to_the_bill_and_nothing_is_negative(case):
    result = _run(case)
    assert sum(result.payers.values()) + result.personal == result.total
    for payer in PAYER_KEYS:
        assert result.payers[payer] >= 0, payer
        assert result.payers[payer] == result.payers[payer].quantize(FEN), payer
    assert result.personal >= 0
    assert result.allowance >= 0
    assert result.copay >= 0


@SETTINGS
@given(cases())
def test_no_payer_pays_more_than_it_may(case):
    result = _run(case)
    ytd = result.case.year_to_date
    p = result.payers
    in_policy = p["basic_fund"] + p["critical_illness"] + p["large_expense"] + p["assistance"]
    assert p["basic_fund"] <= result.eligible
    assert in_policy <= result.eligible
    policy = result.policy
    if result.case.category in ("inpatient", "chronic_outpatient") and result.case.known.basic_fund is None:
        cap = policy.get(f"{result.case.scheme}.inpatient_chronic_annual_cap")
        assert p["basic_fund"] <= max(Decimal(0), cap - ytd.basic_fund_paid)
    if result.case.category == "general_outpatient":
        status = ("retired" if result.case.retired else "in_service") if result.case.scheme == "employee" else None
        limit = policy.get(f"{result.case.scheme}.general_outpatient.annual_limit" + (f".{status}" if status else ""))
        assert p["basic_fund"] <= max(Decimal(0), limit - ytd.outpatient_fund_paid)
    if p["assistance"]:
        limit = policy.get("assistance.annual_limit")
        assert p["assistance"] <= max(Decimal(0), limit - ytd.assistance_paid)
    if p["large_expense"] and policy.get("employee.large_expense.annual_cap") != "none":
        assert p["large_expense"] <= policy.get("employee.large_expense.annual_cap") - ytd.large_expense_paid
    assert p["backstop"] <= result.total - in_policy


@SETTINGS
@given(cases(), fen(50_000, 0))
def test_raising_the_bill_never_lowers_the_reimbursement(case, extra):
    before = _run(case)
    bigger = dict(case, costs=dict(case["costs"], total=case["costs"]["total"] + extra))
    after = _run(bigger)
    assert after.reimbursed >= before.reimbursed


@SETTINGS
@given(cases(), fen(50_000, 0))
def test_adding_self_paid_items_to_the_bill_never_lowers_the_reimbursement(case, extra):
    before = _run(case)
    costs = case["costs"]
    bigger = dict(case, costs=dict(costs, total=costs["total"] + extra, self_paid=costs["self_paid"] + extra))
    after = _run(bigger)
    assert after.reimbursed >= before.reimbursed


def _two_visits_and_one(case: dict, first_share: Decimal):
    total = case["costs"]["total"]
    step = Decimal(1) if total == total.to_integral_value() else FEN
    first_total = (total * first_share).quantize(step, rounding=ROUND_DOWN)
    first = dict(case, costs={"total": first_total})
    one = _run(dict(case, costs={"total": total}))
    a = _run(first)
    second = dict(case, costs={"total": total - first_total}, year_to_date=a.year_to_date_after.model_dump())
    b = _run(second)
    return a, b, one


def _fund_rate(result) -> Decimal | None:
    """The basic fund's rate as the estimate shows it (the last percentage of the rate step)."""
    for step in result.steps:
        if step.text.id == "step.rate":
            return Decimal(re.findall(r"([0-9.]+)%", step.formula)[-1]) / 100
    return None


# Categories whose schedules are annual (deductible, limits); a stay's deductible is per admission.
ANNUAL = ("general_outpatient", "chronic_outpatient", "two_diseases")
SHARES = st.sampled_from([Decimal("0.1"), Decimal("0.5"), Decimal("0.77")])


@SETTINGS
@given(cases(amount=yuan, categories=("general_outpatient", "two_diseases")), SHARES)
def test_two_outpatient_visits_in_a_year_pay_exactly_what_one_visit_would_through_the_ledger(case, share):
    # Whole-yuan bills times two-decimal rates need no rounding, so the ledger must add up exactly.
    a, b, one = _two_visits_and_one(case, share)
    assert a.payers["basic_fund"] + b.payers["basic_fund"] == one.payers["basic_fund"]
    assert b.year_to_date_after == one.year_to_date_after


@SETTINGS
@given(cases(amount=fen, categories=ANNUAL), SHARES)
def test_two_visits_in_a_year_pay_what_one_visit_would_up_to_rounding_each_visit_to_the_fen(case, share):
    # Each visit rounds each payer once; a layer's base carries the earlier layers' rounding,
    # so the sum of two visits may differ from one visit by a few fen, never more. The
    # large-expense subsidy rounds twice per visit (the amount beyond the cap, then its share).
    # The beyond-cap amount divides the shown (rounded) uncapped payment by the fund's rate
    # (SPEC 3.1 step 4), so each visit's half-fen of rounding grows by 1 ÷ rate before the
    # subsidy takes its share of it.
    a, b, one = _two_visits_and_one(case, share)
    rate = _fund_rate(one)
    tolerance = {"basic_fund": Decimal("0.01"), "critical_illness": Decimal("0.02"),
                 "large_expense": Decimal("0.03") + (Decimal("0.01") / rate if rate else 0),
                 "assistance": Decimal("0.03")}
    for payer, allowed in tolerance.items():
        assert abs(a.payers[payer] + b.payers[payer] - one.payers[payer]) <= allowed, payer


@settings(max_examples=150, deadline=None)
@given(cases())
def test_bad_or_good_every_case_either_estimates_or_names_a_field(case):
    case = dict(case)
    case.pop("level") if case["category"] == "maternity" else None
    try:
        _run(case)
    except CaseError as exc:
        assert exc.message.id.startswith("error.")
