"""A chronic disease's own limit over a year of visits, past the fund's shared annual cap.

Runs on the fixture policies (Testland: employees' chronic care paid at the inpatient rate,
grassroots 95%; pulmonary TB limit 2,500; shared cap 200,000; large-expense subsidy 60%).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from benefitcalc.core.case import case_from_dict
from benefitcalc.core.engine import estimate
from benefitcalc.core.registry import PolicyRegistry

from .conftest import FIXTURE_POLICIES

REGISTRY = PolicyRegistry.load(FIXTURE_POLICIES)


def _visit(total: str, year_to_date: dict, known: str | None = None):
    case = {
        "region": "testland", "date": date(2025, 5, 1), "scheme": "employee",
        "category": "chronic_outpatient", "level": "grassroots", "location": "local",
        "group": "none", "chronic": {"disease": "pulmonary_tb"},
        "costs": {"total": Decimal(total)}, "year_to_date": year_to_date,
    }
    if known is not None:
        case["known"] = {"basic_fund": Decimal(known)}
    return estimate(case_from_dict(case), REGISTRY)


def test_two_chronic_visits_past_the_funds_cap_get_the_large_expense_subsidy_of_one_visit_not_twice():
    # One visit: (10,000 − 400) × 95% = 9,120 → the disease's limit 2,500 → the cap's last 1,000;
    # beyond the cap (2,500 − 1,000) ÷ 95% = 1,578.95; subsidy × 60% = 947.37.
    start = {"basic_fund_paid": Decimal("199000")}
    one = _visit("10000", start)
    first = _visit("5000", start)
    second = _visit("5000", first.year_to_date_after.model_dump())
    assert one.payers["large_expense"] == Decimal("947.37")
    assert first.payers["large_expense"] == Decimal("947.37")
    # The first visit used the whole of the disease's limit (1,000 paid, 1,500 past the cap):
    # the second finds nothing left of it, as one visit would.
    assert first.year_to_date_after.chronic_disease_paid == Decimal("2500.00")
    assert second.payers["large_expense"] == Decimal("0.00")
    assert second.payers["basic_fund"] == Decimal("0.00")


def test_a_slip_past_the_funds_cap_uses_the_disease_limit_the_capped_payment_used():
    # The slip says the fund paid its last 1,000; the schedule's payment within the disease's
    # limit was 2,500, so the limit is used up as without the slip.
    start = {"basic_fund_paid": Decimal("199000")}
    with_slip = _visit("5000", start, known="1000")
    assert with_slip.year_to_date_after.chronic_disease_paid == Decimal("2500.00")
    assert with_slip.year_to_date_after.basic_fund_paid == Decimal("200000.00")


def test_below_the_funds_cap_the_disease_limit_counts_what_the_fund_paid():
    first = _visit("1000", {})
    assert first.payers["basic_fund"] == Decimal("570.00")  # (1,000 − 400) × 95%
    assert first.year_to_date_after.chronic_disease_paid == Decimal("570.00")
