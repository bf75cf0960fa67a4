"""SPEC §3.7: every step's formula recomputes, half up to the fen, to the figure it shows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benefitcalc.core.case import CaseError, case_from_dict
from benefitcalc.core.engine import estimate

from .formulas import mismatches
from .test_properties import REGISTRY, SETTINGS, cases, slip_cases


def _bad_steps(result) -> list[str]:
    return [f"{step.text.id}: {m}" for step in result.steps for m in mismatches(step.formula)]


@pytest.mark.parametrize(
    "formula",
    [
        "(1,109,189.86 − 300,000.00) ÷ 90% = 899,099.85",
        "(275.44 − 3,000.00) × 95% = 0.00",
        "min(16,796.14, 1,200.00 − 1,648.19) = 0.00",
        "49,199.98 + 16,190.54 = 65,390.51",
        "98% + 5% = 100%",
    ],
)
def test_the_checker_catches_each_kind_of_step_that_did_not_re_add(formula):
    assert mismatches(formula)


@pytest.mark.parametrize(
    "formula",
    [
        "max(0, 275.44 − 3,000.00) × 95% = 0.00",
        "min(16,796.14, max(0, 1,200.00 − 1,648.19)) = 0.00",
        "6,000.00 ÷ 30 × (158 + 15) = 34,600.00",
        "min(100%, 98% + 5%) = 100%",
        "800.00 × 0.5 = 400.00; min(400.00, 250.00) = 250.00",
        "300,000.00 ≠ 500,000.00",
    ],
)
def test_the_checker_accepts_steps_that_re_add(formula):
    assert mismatches(formula) == []


@SETTINGS
@given(st.one_of(cases(), slip_cases()))
def test_every_shown_step_re_adds_from_its_shown_figures(case):
    try:
        result = estimate(case_from_dict(case), REGISTRY)
    except CaseError:
        return
    assert _bad_steps(result) == []


def _case(**overrides) -> dict:
    case = {"region": "jinan", "date": date(2025, 6, 1), "scheme": "resident", "category": "inpatient",
            "level": "level2", "costs": {"total": Decimal("10000")}}
    case.update(overrides)
    return case


def test_two_disease_medication_beyond_the_yearly_limit_writes_the_clamp_out():
    case = _case(scheme="resident", category="two_diseases", level="grassroots",
                 costs={"total": Decimal("16796.14")}, two_diseases={"conditions": ["hypertension"]},
                 year_to_date={"two_diseases_counted": Decimal("1648.19")})
    result = estimate(case_from_dict(case), REGISTRY)
    assert _bad_steps(result) == []
    assert any("max(0, " in step.formula for step in result.steps if step.text.id == "step.two_diseases.counted")


def test_a_critical_illness_payment_is_the_sum_of_its_shown_band_parts():
    # Base 15,000.01 → 100,000.13: (100,000.00 − 15,000.01) × 60% = 50,999.994 shows 50,999.99 and
    # (100,000.13 − 100,000.00) × 65% = 0.0845 shows 0.08; a reader adds 51,000.07 (exactly: …08).
    case = _case(costs={"total": Decimal("100000.12")}, known={"basic_fund": Decimal("15000")},
                 year_to_date={"critical_base": Decimal("15000.01")})
    result = estimate(case_from_dict(case), REGISTRY)
    assert _bad_steps(result) == []
    assert result.payers["critical_illness"] == Decimal("51000.07")


def test_a_guaranteed_rate_on_a_bill_below_its_threshold_writes_the_clamp_out():
    case = _case(region="binhai", date=date(2025, 6, 1), group="dibao", location="province",
                 costs={"total": Decimal("275.44")})
    result = estimate(case_from_dict(case), REGISTRY)
    assert _bad_steps(result) == []
    rate_steps = [s.formula for s in result.steps if s.text.id == "step.backstop.rate"]
    assert rate_steps and rate_steps[0].startswith("max(0, 275.44 − 3,000.00) × 95% = 0.00")
