"""Settlement slips (SPEC §3.6): the later layers start from the slip's basic-fund figure."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from benefitcalc.core.case import CaseError, case_from_dict
from benefitcalc.core.engine import estimate


def _jinan_employee_stay(known: str | None, total: str = "600000", **costs) -> dict:
    case = {
        "region": "jinan",
        "date": date(2025, 6, 1),
        "scheme": "employee",
        "category": "inpatient",
        "level": "level3",
        "costs": {"total": Decimal(total), **{k: Decimal(v) for k, v in costs.items()}},
    }
    if known is not None:
        case["known"] = {"basic_fund": Decimal(known)}
    return case


def test_a_slip_above_the_cap_leaves_the_large_expense_subsidy_only_what_the_slip_did_not_cover(registry):
    # 600,000 at a level-3 hospital: uncapped 599,200 × 88% = 527,296.00; the slip paid 500,000,
    # so 27,296.00 ÷ 88% = 31,018.18 lies beyond the cap and the subsidy pays 90% of it.
    result = estimate(case_from_dict(_jinan_employee_stay("500000")), registry)
    assert result.payers["basic_fund"] == Decimal("500000")
    assert result.payers["large_expense"] == Decimal("27916.36")
    assert result.personal == Decimal("72083.64")


def test_a_slip_that_paid_the_whole_uncapped_payment_leaves_nothing_beyond_the_cap(registry):
    result = estimate(case_from_dict(_jinan_employee_stay("560000")), registry)
    assert result.payers["large_expense"] == 0
    assert result.personal == Decimal("40000.00")
    assert any("max(0, 527,296.00 − 560,000.00) ÷ 88% = 0.00" == s.formula for s in result.steps)


def test_the_funds_never_pay_self_paid_items_whatever_the_slip_says(registry):
    case = _jinan_employee_stay("400000", self_paid="100000")
    result = estimate(case_from_dict(case), registry)
    in_policy = sum(result.payers[p] for p in ("basic_fund", "critical_illness", "large_expense", "assistance"))
    assert in_policy <= result.eligible
    assert result.personal >= Decimal("100000")


def test_a_slip_equal_to_our_figure_gives_the_same_result_as_no_slip(registry):
    without = estimate(case_from_dict(_jinan_employee_stay(None)), registry)
    with_slip = estimate(case_from_dict(_jinan_employee_stay(str(without.payers["basic_fund"]))), registry)
    assert with_slip.payers == without.payers


def test_a_slip_above_the_in_policy_cost_is_a_field_error(registry):
    with pytest.raises(CaseError) as caught:
        estimate(case_from_dict(_jinan_employee_stay("600000.01")), registry)
    assert caught.value.field == "case.known.basic_fund"
