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
    """A resident's stay in Testland (tests/data/policies), whose values the comments use."""
    case = {"region": "testland", "date": date(2025, 6, 1), "scheme": "resident", "category": "inpatient",
            "level": "level2", "costs": {"total": Decimal("10000")}}
    case.update(overrides)
    return case


def test_two_disease_medication_beyond_the_yearly_limit_writes_the_clamp_out(fixture_registry):
    # Testland counts at most 1,000 a year for one condition; 1,648.19 was already counted.
    case = _case(category="two_diseases", level="grassroots", costs={"total": Decimal("16796.14")},
                 two_diseases={"conditions": ["hypertension"]},
                 year_to_date={"two_diseases_counted": Decimal("1648.19")})
    result = estimate(case_from_dict(case), fixture_registry)
    assert _bad_steps(result) == []
    counted = [s.formula for s in result.steps if s.text.id == "step.two_diseases.counted"]
    assert counted == ["min(16,796.14, max(0, 1,000.00 − 1,648.19)) = 0.00"]


def test_a_critical_illness_payment_is_the_sum_of_its_shown_band_parts(fixture_registry):
    # Testland's bands: 75% up to 150,000, 90% above. Base 148,999.97 → 150,000.06:
    # (150,000.00 − 148,999.97) × 75% = 750.0225 shows 750.02 and (150,000.06 − 150,000.00) × 90%
    # = 0.054 shows 0.05; a reader adds 750.07 (the exact sum, 750.0765, would round to …08).
    case = _case(costs={"total": Decimal("2000.09")}, known={"basic_fund": Decimal("1000")},
                 year_to_date={"critical_base": Decimal("148999.97")})
    result = estimate(case_from_dict(case), fixture_registry)
    assert _bad_steps(result) == []
    assert result.payers["critical_illness"] == Decimal("750.07")


def test_a_guaranteed_rate_on_a_bill_below_its_threshold_writes_the_clamp_out(fixture_registry):
    # Gamma guarantees 90% of the in-policy cost above 2,000 for dibao patients treated in the province.
    case = _case(region="gamma", group="dibao", location="province", costs={"total": Decimal("275.44")})
    result = estimate(case_from_dict(case), fixture_registry)
    assert _bad_steps(result) == []
    rate_steps = [s.formula for s in result.steps if s.text.id == "step.backstop.rate"]
    assert rate_steps and rate_steps[0].startswith("max(0, 275.44 − 2,000.00) × 90% = 0.00")
