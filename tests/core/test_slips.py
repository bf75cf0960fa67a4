"""Settlement slips (SPEC §3.6): the later layers start from the slip's basic-fund figure.

On the fixture policies (tests/data/policies): Beta's employees, level 3: deductible 1,000,
rate 80%, fund cap 200,000, large-expense subsidy 60% with no cap."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from benefitcalc.core.case import CaseError, case_from_dict
from benefitcalc.core.engine import estimate


def _beta_employee_stay(known: str | None, total: str = "600000", **costs) -> dict:
    case = {
        "region": "beta",
        "date": date(2025, 6, 1),
        "scheme": "employee",
        "category": "inpatient",
        "level": "level3",
        "costs": {"total": Decimal(total), **{k: Decimal(v) for k, v in costs.items()}},
    }
    if known is not None:
        case["known"] = {"basic_fund": Decimal(known)}
    return case


def test_a_slip_above_the_cap_leaves_the_large_expense_subsidy_only_what_the_slip_did_not_cover(fixture_registry):
    # 600,000 at a level-3 hospital: uncapped 599,000 × 80% = 479,200.00; the slip paid 400,000,
    # so 79,200.00 ÷ 80% = 99,000.00 lies beyond the cap and the subsidy pays 60% of it, 59,400.00;
    # the patient 600,000 − 400,000 − 59,400 = 140,600.00.
    result = estimate(case_from_dict(_beta_employee_stay("400000")), fixture_registry)
    assert result.payers["basic_fund"] == Decimal("400000")
    assert result.payers["large_expense"] == Decimal("59400.00")
    assert result.personal == Decimal("140600.00")


def test_a_slip_that_paid_the_whole_uncapped_payment_leaves_nothing_beyond_the_cap(fixture_registry):
    result = estimate(case_from_dict(_beta_employee_stay("500000")), fixture_registry)
    assert result.payers["large_expense"] == 0
    assert result.personal == Decimal("100000.00")
    assert any("max(0, 479,200.00 − 500,000.00) ÷ 80% = 0.00" == s.formula for s in result.steps)


def test_the_funds_never_pay_self_paid_items_whatever_the_slip_says(fixture_registry):
    case = _beta_employee_stay("400000", self_paid="100000")
    result = estimate(case_from_dict(case), fixture_registry)
    in_policy = sum(result.payers[p] for p in ("basic_fund", "critical_illness", "large_expense", "assistance"))
    assert in_policy <= result.eligible
    assert result.personal >= Decimal("100000")


def test_a_slip_equal_to_our_figure_gives_the_same_result_as_no_slip(fixture_registry):
    without = estimate(case_from_dict(_beta_employee_stay(None)), fixture_registry)
    with_slip = estimate(case_from_dict(_beta_employee_stay(str(without.payers["basic_fund"]))), fixture_registry)
    assert with_slip.payers == without.payers


def test_a_slip_above_the_in_policy_cost_is_a_field_error(fixture_registry):
    with pytest.raises(CaseError) as caught:
        estimate(case_from_dict(_beta_employee_stay("600000.01")), fixture_registry)
    assert caught.value.field == "case.known.basic_fund"
