"""Which parts of a case apply (SPEC §3): its fields, its year-to-date figures and its payers.

One answer for the engine (which layers it runs), the form (which rows it shows), the result
(which payer lines it lists) and the sheet (which inputs it prints), so that no face decides it
again. Labels for the fields are the core's glossary (`messages.label`).
"""

from __future__ import annotations

from .vocabulary import LAYERED_CATEGORIES

# The year-to-date figures in the order the faces list them (SPEC §3.8: the ledger of a year).
YEAR_TO_DATE: tuple[str, ...] = (
    "admissions", "basic_fund_paid", "chronic_deductible_met", "chronic_disease_paid",
    "outpatient_fund_paid", "outpatient_deductible_met", "two_diseases_counted",
    "two_diseases_deductible_met", "critical_base", "critical_paid", "large_expense_paid",
    "assistance_paid", "assistance_deductible_met",
)
COUNTS: frozenset[str] = frozenset({"admissions"})  # a count, not an amount of money

# Sections of details that only some kinds of care have.
DETAIL_CATEGORIES: tuple[str, ...] = ("chronic_outpatient", "two_diseases", "maternity")


def is_layered(category: str) -> bool:
    """Whether the second layer, assistance and guarantees apply after the basic fund (SPEC §3.2)."""
    return category in LAYERED_CATEGORIES


def second_layer(scheme: str) -> str:
    """The payer of the second layer: residents' critical illness insurance or the employees'
    large-expense subsidy (SPEC §3.2, §3.3)."""
    return "critical_illness" if scheme == "resident" else "large_expense"


def payers_that_apply(scheme: str, category: str, group: str) -> tuple[str, ...]:
    """The payers a case of this kind can have, in the order of `vocabulary.PAYERS`. The local
    guarantee (backstop) is not listed: it applies only when a region promises one, and is shown
    when it pays."""
    payers = ["basic_fund"]
    if is_layered(category):
        payers.append(second_layer(scheme))
        if group != "none":
            payers.append("assistance")
    return tuple(payers)


def relevant_year_to_date(category: str, scheme: str, group: str) -> tuple[str, ...]:
    """The year-to-date figures that change this category's result (SPEC §3)."""
    keys: list[str] = {
        "inpatient": ["admissions", "basic_fund_paid"],
        "chronic_outpatient": ["chronic_deductible_met", "chronic_disease_paid", "basic_fund_paid"],
        "general_outpatient": ["outpatient_deductible_met", "outpatient_fund_paid"],
        "two_diseases": ["two_diseases_counted", "two_diseases_deductible_met"],
    }.get(category, [])
    if is_layered(category):
        keys += ["critical_base", "critical_paid"] if scheme == "resident" else ["large_expense_paid"]
        if group != "none":
            keys += ["assistance_deductible_met", "assistance_paid"]
    return tuple(keys)


def fields_that_apply(scheme: str, category: str, group: str) -> dict[str, bool]:
    """For every optional field of a case (its dotted key in the case file), whether it applies.

    Fields not listed (region, date, scheme, category, the total bill) always apply."""
    layered = is_layered(category)
    employee_birth = category == "maternity" and scheme == "employee"
    shown = {
        "retired": scheme == "employee" and category != "maternity",
        "level": category != "maternity",
        "location": category != "maternity",
        "day_ward": category == "inpatient",
        "group": layered,
        "chronic.disease": category == "chronic_outpatient",
        "two_diseases.conditions": category == "two_diseases",
        "maternity.child_order": category == "maternity" and scheme == "resident",
        "maternity.caesarean": employee_birth,
        "maternity.difficult": employee_birth,
        "maternity.babies": employee_birth,
        "maternity.monthly_wage": employee_birth,
        "known.basic_fund": layered,
    }
    ytd = set(relevant_year_to_date(category, scheme, group))
    for key in YEAR_TO_DATE:
        shown[f"year_to_date.{key}"] = key in ytd
    return shown
