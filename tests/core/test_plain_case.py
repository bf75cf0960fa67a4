"""A case read without pydantic is the case pydantic makes, and a bad one is told the same way."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from benefitcalc.core import case as case_module
from benefitcalc.core.case import Case, CaseError, _plain_case, case_from_dict, case_table, read_case_data
from benefitcalc.core.messages import render

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = sorted((ROOT / "tests" / "data" / "golden").glob("*.toml"))


def told(data) -> tuple:
    """What `case_from_dict` gives: the case, or the error as both languages say it."""
    try:
        return ("case", case_from_dict(data))
    except CaseError as err:
        return ("error", err.field, render(err.message, "zh"), render(err.message, "en"))


def told_by_pydantic(data, monkeypatch) -> tuple:
    with monkeypatch.context() as patch:
        patch.setattr(case_module, "_plain_case", lambda data: None)
        return told(data)


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_every_golden_case_is_read_without_pydantic_as_pydantic_reads_it(path: Path):
    table = case_table(read_case_data(path))
    plain = _plain_case(table)
    assert plain is not None
    assert plain == Case.model_validate(table)


AMOUNTS = st.one_of(
    st.decimals(min_value=-5, max_value=Decimal("10000000001"), places=2),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from(["1234.50", "0", "-1", "1e3", "１２３", "", "12.345", "10000000000", "10000000000.01"]),
    st.integers(min_value=-3, max_value=3000),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1, max_value=1e6),
    st.booleans(), st.none(), st.just([]),
)
GOOD_AMOUNTS = st.one_of(st.decimals(min_value=0, max_value=100000, places=2), st.sampled_from(["1234.50", "0", "80"]),
                         st.integers(min_value=0, max_value=5000))
COUNTS = st.one_of(st.sampled_from([0, -1, 9, 10, 1000, 1001, "3", "x", 2.0, True, None]), st.integers(-2, 1002))
WORDS = st.one_of(
    st.sampled_from(["jinan", "employee", "inpatient", "level1", "local", "none", "dibao", "diabetes", "Level1", "x", ""]),
    st.integers(), st.none(), st.booleans(),
)


def words(*good: str | None) -> st.SearchStrategy:
    return st.sampled_from(good)


# A valid table (every field optional but the required ones) ...
VALID = st.fixed_dictionaries(
    {"region": words("jinan", "qingdao", "atlantis"), "date": st.dates(),
     "scheme": words("employee", "resident"),
     "category": words("general_outpatient", "chronic_outpatient", "two_diseases", "inpatient", "maternity"),
     "costs": st.fixed_dictionaries({"total": GOOD_AMOUNTS},
                                    optional={"self_paid": GOOD_AMOUNTS, "category_b_first": GOOD_AMOUNTS})},
    optional={
        "level": words("grassroots", "level1", "level2", "level3", None),
        "location": words("local", "province", "national_unfiled"),
        "group": words("none", "tekun", "dibao", "dibao_edge", "monitored"),
        "retired": st.booleans(), "day_ward": st.booleans(),
        "year_to_date": st.fixed_dictionaries({}, optional={
            "basic_fund_paid": GOOD_AMOUNTS, "critical_base": GOOD_AMOUNTS, "admissions": st.integers(0, 20)}),
        "chronic": st.fixed_dictionaries({"disease": words("dialysis", "hypertension")}),
        "two_diseases": st.fixed_dictionaries({"conditions": st.lists(words("hypertension", "diabetes"),
                                                                      min_size=1, max_size=3)}),
        "maternity": st.fixed_dictionaries({}, optional={
            "child_order": st.integers(1, 4), "caesarean": st.booleans(), "difficult": st.booleans(),
            "babies": st.integers(1, 3), "monthly_wage": GOOD_AMOUNTS}),
        "known": st.fixed_dictionaries({}, optional={"basic_fund": GOOD_AMOUNTS}),
    },
)
# ... with, most of the time, one value somewhere replaced: by a value near a bound or of another
# kind, or by anything at all.
NEAR = {
    "word": ["x", "", "Level1", "level4", None, 1, True, "jinan", "none", "local", "level1", "diabetes"],
    "date": ["2025-06-01", "2025-13-01", 20250601, dt.datetime(2025, 1, 1, 8), None, dt.date(2024, 2, 29)],
    "flag": [0, 1, "true", "yes", None, True, False],
    "amount": [Decimal("-0.01"), Decimal("0.001"), Decimal("10000000000"), Decimal("10000000000.01"), Decimal("NaN"),
               "-1", "1e3", "１２３", "1,000", True, None, 0, 5, 2.5, "80.5"],
    "count": [0, -1, 1, 9, 10, 1000, 1001, "3", True, 2.0, 2.5, None],
    "table": [None, {}, [], "x", {"a": 1}],
    "conditions": [[], ["diabetes", "x"], ["diabetes", "diabetes"], "diabetes", None, ["hypertension"]],
}
PLACES = [
    (("region",), "word"), (("date",), "date"), (("scheme",), "word"), (("category",), "word"),
    (("level",), "word"), (("location",), "word"), (("group",), "word"), (("retired",), "flag"),
    (("day_ward",), "flag"), (("surplus",), "word"), (("costs",), "table"), (("costs", "total"), "amount"),
    (("costs", "self_paid"), "amount"), (("costs", "category_b_first"), "amount"), (("costs", "other"), "amount"),
    (("year_to_date",), "table"), (("year_to_date", "admissions"), "count"),
    (("year_to_date", "basic_fund_paid"), "amount"), (("year_to_date", "unknown"), "amount"),
    (("chronic",), "table"), (("chronic", "disease"), "word"), (("chronic", "more"), "word"),
    (("two_diseases",), "table"), (("two_diseases", "conditions"), "conditions"), (("maternity",), "table"),
    (("maternity", "child_order"), "count"), (("maternity", "babies"), "count"), (("maternity", "caesarean"), "flag"),
    (("maternity", "monthly_wage"), "amount"), (("known",), "table"), (("known", "basic_fund"), "amount"),
]
ANYTHING = st.one_of(AMOUNTS, COUNTS, WORDS)
CHANGES = st.sampled_from(PLACES).flatmap(
    lambda place: st.tuples(st.just(place[0]), st.one_of(st.sampled_from(NEAR[place[1]]), ANYTHING)))


def with_one_change(table: dict, change) -> dict:
    if change is None:
        return table
    (*parents, key), value = change
    node = table
    for part in parents:
        node[part] = node = dict(node[part]) if isinstance(node.get(part), dict) else {}
    node[key] = value
    return table


CASES = st.builds(with_one_change, VALID, st.one_of(st.none(), CHANGES))


@settings(max_examples=600, deadline=None)
@given(CASES)
def test_any_table_is_told_the_same_with_or_without_the_plain_reader(data):
    """Valid or not, whichever reader answers: the same case, or the same message at the same field."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        answer = told(data)
        event(f"{answer[0]} from the {'plain reader' if plain_answers(data) else 'pydantic reader'}")
        assert answer == told_by_pydantic(data, monkeypatch)


def plain_answers(data) -> bool:
    try:
        return _plain_case(data) is not None
    except CaseError:
        return True


FULL = {
    "region": "jinan", "date": dt.date(2025, 6, 1), "scheme": "employee", "category": "maternity", "level": "level2",
    "location": "local", "group": "dibao", "retired": False, "day_ward": False,
    "costs": {"total": Decimal("9000"), "self_paid": "100", "category_b_first": 50},
    "year_to_date": {"admissions": 1, "basic_fund_paid": Decimal("12.50")},
    "chronic": {"disease": "dialysis"}, "two_diseases": {"conditions": ["diabetes"]},
    "maternity": {"child_order": 2, "caesarean": True, "difficult": False, "babies": 2, "monthly_wage": "8000"},
    "known": {"basic_fund": Decimal("100")},
}


def test_one_value_near_a_bound_or_of_another_kind_anywhere_is_told_the_same(monkeypatch):
    """Every place of a full table, each value of NEAR for its kind: the same answer from both readers."""
    assert told(FULL)[0] == "case" and _plain_case(FULL) is not None
    for place, kind in PLACES:
        for value in NEAR[kind]:
            data = with_one_change(copy.deepcopy(FULL), (place, value))
            assert told(data) == told_by_pydantic(data, monkeypatch), (place, value)


@pytest.mark.parametrize(("costs", "other"), [
    ({"total": Decimal("100"), "self_paid": Decimal("150")}, {}),
    ({"total": Decimal("100"), "self_paid": Decimal("60"), "category_b_first": Decimal("50")}, {}),
    ({"total": Decimal("100"), "self_paid": Decimal("150")}, {"group": "nobody"}),
    ({"total": Decimal("100"), "self_paid": Decimal("150")}, {"maternity": {"babies": 0}}),
], ids=["self-paid above the total", "self-paid and category B together above the total",
        "self-paid above the total and a wrong group before it",
        "self-paid above the total and a wrong number of babies after it"])
def test_self_paid_above_the_total_is_said_as_pydantic_says_it(costs, other, monkeypatch):
    data = {"region": "jinan", "date": dt.date(2025, 6, 1), "scheme": "resident", "category": "inpatient",
            "costs": costs, **other}
    assert told(data)[0] == "error"
    assert told(data) == told_by_pydantic(data, monkeypatch)
