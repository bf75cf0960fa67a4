"""Saving a case: what the form holds survives save → open unchanged, whatever its name.

The file is written by tomli-w (`core.case.case_to_toml`); a property test fills the form with
random cases it can hold and random names (newlines, quotes, backslashes, control characters,
汉字), saves, reopens in another window and compares.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benefitcalc.core.case import case_to_toml, read_case_file
from benefitcalc.core.toml_reader import loads
from benefitcalc.core.vocabulary import CATEGORIES, CONDITIONS, GROUPS, LEVELS, LOCATIONS, SCHEMES
from benefitcalc.gui.case_loading import YEAR_TO_DATE

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"
REGIONS = sorted({path.stem.split("-")[0] for path in GOLDEN.glob("*.toml")})
NAMES = ["a\nb", 'say "hi"', "back\\slash", "济南 · 住院\t第二次", "\x00\x1f\x7f", "'''", '"""', "\u2028"]


def amounts(high: int = 10**9):
    return st.decimals(min_value=0, max_value=high, places=2).map(
        lambda value: value.quantize(Decimal(1)) if value == value.to_integral() and value < 50 else value
    )


@st.composite
def form_cases(draw) -> dict:
    """A `[case]` table with every kind of value the form can hold."""
    total = draw(amounts())
    self_paid = draw(st.decimals(min_value=0, max_value=total, places=2))
    b_first = draw(st.decimals(min_value=0, max_value=total - self_paid, places=2))
    category = draw(st.sampled_from(CATEGORIES))
    case: dict = {
        "region": draw(st.sampled_from(REGIONS)),
        "date": draw(st.dates(date(2000, 1, 1), date(2099, 12, 31))),
        "scheme": draw(st.sampled_from(SCHEMES)),
        "category": category,
        "level": draw(st.sampled_from(LEVELS)),
        "location": draw(st.sampled_from(LOCATIONS)),
        "group": draw(st.sampled_from(GROUPS)),
        "retired": draw(st.booleans()),
        "day_ward": draw(st.booleans()),
        "costs": {"total": total, "self_paid": self_paid, "category_b_first": b_first},
    }
    ytd = draw(st.dictionaries(st.sampled_from([k for k in YEAR_TO_DATE if k != "admissions"]), amounts(10**7)))
    ytd["admissions"] = draw(st.integers(0, 99))
    case["year_to_date"] = ytd
    if draw(st.booleans()):
        case["known"] = {"basic_fund": draw(amounts(10**6))}
    if category == "chronic_outpatient":
        case["chronic"] = {"disease": draw(st.one_of(st.sampled_from(["hypertension_3", "diabetes", "尿毒症"]),
                                                     st.text(min_size=1, max_size=8).filter(str.strip)))}
    if category == "two_diseases":
        case["two_diseases"] = {"conditions": draw(st.lists(st.sampled_from(CONDITIONS), min_size=1, unique=True))}
    if category == "maternity":
        maternity = {"caesarean": draw(st.booleans()), "difficult": draw(st.booleans()),
                     "babies": draw(st.integers(1, 9))}
        if draw(st.booleans()):
            maternity["child_order"] = draw(st.integers(1, 20))
        if draw(st.booleans()):
            maternity["monthly_wage"] = draw(amounts(10**6))
        case["maternity"] = maternity
    return case


@pytest.fixture
def two_windows(make_window):
    """Made once for a whole hypothesis run (fixtures are not re-made per example)."""
    return make_window(), make_window()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=form_cases(), name=st.one_of(st.sampled_from(NAMES), st.text(max_size=30)))
def test_every_case_the_form_holds_survives_save_and_open(tmp_path, two_windows, case, name):
    first, second = two_windows
    first.form.set_case_data(case)
    first.case_name = name
    held = first.current_case()
    assert held is not None, first.form.read().problems
    path = tmp_path / "saved.toml"
    assert first.save_case_file(path) == ""
    assert read_case_file(path) == held  # the core (and so the CLI) reads the same case
    assert second.open_case_file(path) == ""
    assert second.current_case() == held
    assert second.case_name == name
    assert second.form.read().data == first.form.read().data


@pytest.mark.parametrize("name", NAMES, ids=["a newline", "quotes", "a backslash", "Chinese and a tab",
                                             "control characters", "triple single quotes",
                                             "triple double quotes", "a line separator"])
def test_a_name_with_anything_in_it_round_trips(tmp_path, name):
    case = read_case_file(GOLDEN / "jinan-resident-level3-first-stay.toml")
    text = case_to_toml(case, name)
    path = tmp_path / "named.toml"
    path.write_text(text, encoding="utf-8")
    assert loads(path.read_text(encoding="utf-8"))["name"] == name
    assert read_case_file(path) == case


def test_a_saved_file_is_short_and_amounts_are_exact_text():
    case = read_case_file(GOLDEN / "jinan-resident-level3-first-stay.toml")
    text = case_to_toml(case)
    data = loads(text)
    assert "name" not in data
    assert data["case"]["costs"] == {"total": "50000", "self_paid": "3000", "category_b_first": "2000"}
    assert "year_to_date" not in data["case"] and "known" not in data["case"]
    assert data["case"]["location"] == "local" and data["case"]["group"] == "none"
