"""The one answer to "which parts of a case apply" covers every field the case model has."""

from benefitcalc.core.case import YearToDate
from benefitcalc.core.case_fields import (
    YEAR_TO_DATE,
    fields_that_apply,
    payers_that_apply,
    relevant_year_to_date,
)
from benefitcalc.core.messages import LABELS
from benefitcalc.core.vocabulary import CATEGORIES, GROUPS, PAYERS, SCHEMES


def test_every_year_to_date_figure_of_the_case_is_listed_once_and_has_a_label():
    assert sorted(YEAR_TO_DATE) == sorted(YearToDate.model_fields)
    assert len(set(YEAR_TO_DATE)) == len(YEAR_TO_DATE)
    assert set(LABELS["year_to_date"]) == set(YEAR_TO_DATE)


def test_the_relevant_year_to_date_figures_follow_the_layers():
    assert relevant_year_to_date("general_outpatient", "resident", "none") == (
        "outpatient_deductible_met", "outpatient_fund_paid")
    assert "critical_base" in relevant_year_to_date("inpatient", "resident", "none")
    assert "large_expense_paid" in relevant_year_to_date("inpatient", "employee", "none")
    assert "critical_base" not in relevant_year_to_date("inpatient", "employee", "none")
    assert "assistance_paid" not in relevant_year_to_date("inpatient", "resident", "none")
    assert "assistance_paid" in relevant_year_to_date("chronic_outpatient", "resident", "dibao")
    assert relevant_year_to_date("maternity", "employee", "none") == ()


def test_a_payer_applies_only_where_its_year_to_date_figures_do():
    for scheme in SCHEMES:
        for category in CATEGORIES:
            for group in GROUPS:
                payers = payers_that_apply(scheme, category, group)
                assert payers[0] == "basic_fund" and set(payers) <= set(PAYERS)
                ytd = relevant_year_to_date(category, scheme, group)
                assert ("critical_illness" in payers) == ("critical_paid" in ytd)
                assert ("large_expense" in payers) == ("large_expense_paid" in ytd)
                assert ("assistance" in payers) == ("assistance_paid" in ytd)
                shown = fields_that_apply(scheme, category, group)
                assert {k for k, v in shown.items() if k.startswith("year_to_date.") and v} == {
                    f"year_to_date.{k}" for k in ytd}
