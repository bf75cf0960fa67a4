"""SPEC §3a: every amount, count and flag in a case or a policy is checked before any arithmetic.

An amount is a TOML integer or decimal, or a string of ASCII digits with one dot, at most two
decimals, 0 to 10,000,000,000; a count a whole number 0 to 1,000. Anything else is a field error
in the user's language, never a conversion and never a crash.
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benefitcalc.cli import main as cli_main
from benefitcalc.core.case import CaseError, case_from_dict
from benefitcalc.core.engine import estimate
from benefitcalc.core.messages import render
from benefitcalc.core.toml_reader import loads

from .conftest import FIXTURE_POLICIES
from .test_bad_cases import write_case
from .test_policy_files import edit, problems
from .test_properties import REGISTRY, SETTINGS


def _case(**changes) -> dict:
    case = {"region": "jinan", "date": date(2025, 6, 1), "scheme": "resident", "category": "inpatient",
            "level": "level2", "costs": {"total": Decimal("1000")}}
    for key, value in changes.items():
        table, _, field = key.rpartition(".")
        (case.setdefault(table, {}) if table else case)[field] = value
    return case


def _field_error(case: dict) -> CaseError:
    with pytest.raises(CaseError) as caught:
        case_from_dict(case)
    return caught.value


BAD = [
    ("a fraction of a fen", "costs.total", "200.005", "最多 2 位小数"),
    ("a fraction of a fen as a TOML decimal", "costs.total", Decimal("200.005"), "最多 2 位小数"),
    ("an amount of 1e26", "costs.self_paid", Decimal("1E+26"), "必须 ≤ 10,000,000,000"),
    ("a tiny amount written with a huge exponent", "costs.self_paid", Decimal("1e-999999999"), "最多 2 位小数"),
    ("the same as text", "costs.self_paid", "1e-999999999", "必须是数字"),
    ("not a number", "costs.total", Decimal("NaN"), "必须是数字"),
    ("infinity", "costs.total", Decimal("Infinity"), "必须是数字"),
    ("a float infinity from program code", "costs.total", float("inf"), "必须是数字"),
    ("one fen above the bound", "costs.total", "10000000000.01", "必须 ≤ 10,000,000,000"),
    ("an underscore in the digits", "costs.total", "1_000", "必须是数字"),
    ("full-width digits", "costs.total", "１２３", "必须是数字"),
    ("Arabic-Indic digits", "costs.total", "١٢٣", "必须是数字"),
    ("a bool as an amount", "costs.total", True, "必须是数字"),
    ("spaces around the digits", "costs.total", " 12 ", "必须是数字"),
    ("a year-to-date amount with three decimals", "year_to_date.basic_fund_paid", "1.234", "最多 2 位小数"),
    ("a slip's figure of 1e26", "known.basic_fund", Decimal("1E+26"), "必须 ≤ 10,000,000,000"),
    ("a maternity wage with three decimals", "maternity.monthly_wage", "6000.001", "最多 2 位小数"),
    ("retired as text", "retired", "yes", "必须是 true 或 false"),
    ("a day ward as 1", "day_ward", 1, "必须是 true 或 false"),
    ("a child order as true", "maternity.child_order", True, "必须是整数"),
    ("a child order of infinity", "maternity.child_order", Decimal("Infinity"), "必须是整数"),
    ("a child order as a decimal", "maternity.child_order", Decimal("2.5"), "必须是整数"),
    ("a child order in full-width digits", "maternity.child_order", "２", "必须是整数"),
    ("admissions above a thousand", "year_to_date.admissions", 1001, "必须 ≤ 1000"),
    ("a huge admissions count", "year_to_date.admissions", 10**400, "必须 ≤ 1000"),
    ("an admissions count too long to print", "year_to_date.admissions", 10**5000, "必须 ≤ 1000（现为 ≈1e5000）"),
    ("a date as an integer", "date", 20250601, "必须是日期"),
    ("a date with a time", "date", __import__("datetime").datetime(2025, 6, 1, 10, 0), "必须是日期"),
]


@pytest.mark.parametrize(("field", "value", "what"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_a_bad_value_is_a_field_error_naming_the_field_in_the_users_language(field, value, what):
    error = _field_error(_case(**{field: value}))
    assert error.field == "case." + field
    zh, en = render(error.message, "zh"), render(error.message, "en")
    assert what in zh
    assert len(zh) < 200 and len(en) < 200
    said = re.sub(r"（现为[^）]*）", "", zh.replace(error.field, ""))  # the value as given is echoed
    assert not re.search(r"[A-Za-z]{4,}", said.replace("true", "").replace("false", "")), zh
    assert not re.search(r"[\u4e00-\u9fff]", re.sub(r"\(got [^)]*\)", "", en)), en


GOOD = [
    ("text with two decimals", "200.05", Decimal("200.05")),
    ("text with one decimal", "200.5", Decimal("200.5")),
    ("whole text", "200", Decimal("200")),
    ("a TOML integer", 200, Decimal("200")),
    ("a TOML decimal with trailing zeros", Decimal("1.000"), Decimal("1.00")),
    ("a float from program code", 0.1, Decimal("0.1")),
    ("the bound itself", "10000000000", Decimal("10000000000")),
    ("minus zero", "-0", Decimal("0")),
]


@pytest.mark.parametrize(("value", "expected"), [g[1:] for g in GOOD], ids=[g[0] for g in GOOD])
def test_a_good_amount_is_read_exactly(value, expected):
    case = case_from_dict(_case(**{"costs.total": value}))
    assert case.costs.total == expected
    assert not case.costs.total.is_signed()


def test_minus_zero_shows_as_zero_everywhere(tmp_path, capsys):
    path = write_case(tmp_path, self_paid='"-0"', total='"-0"')
    assert cli_main(["estimate", str(path)]) == 0
    assert cli_main(["estimate", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    assert not re.search(r"(?<![\d-])-0(\.0+)?(?![\d.])", out), out


@pytest.mark.parametrize(
    ("total", "self_paid", "what"),
    [
        ('"1e-999999999"', '"0"', "case.costs.total"),
        ("1e-999999999", '"0"', "case.costs.total：最多 2 位小数"),
        ('"200.005"', '"0"', "case.costs.total：最多 2 位小数（现为“200.005”）"),
        ('"1000"', "1e26", "case.costs.self_paid：必须 ≤ 10,000,000,000"),
        ('"1000"', "nan", "case.costs.self_paid：必须是数字"),
        ('"1000"', "inf", "case.costs.self_paid：必须是数字"),
        ('"1000"', '"9999999999.99"', "case.costs.self_paid：全自费 9,999,999,999.99 元"),
    ],
)
def test_a_case_file_with_a_bad_amount_exits_1_with_one_line(tmp_path, capsys, total, self_paid, what):
    path = write_case(tmp_path, total=total, self_paid=self_paid)
    assert cli_main(["estimate", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert what in captured.err


JUNK = st.one_of(
    st.text(max_size=30),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.integers(-10**30, 10**30),
    st.floats(),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=2),
    st.dates(),
)
FIELDS = ["costs.total", "costs.self_paid", "year_to_date.critical_base", "year_to_date.admissions",
          "known.basic_fund", "maternity.child_order", "maternity.monthly_wage", "maternity.babies", "retired", "date"]


@SETTINGS
@given(st.sampled_from(FIELDS), JUNK)
def test_any_value_in_any_field_is_read_within_bounds_or_named(field, value):
    case = _case(**{field: value})
    if field.startswith("maternity"):
        case["category"] = "maternity"
    try:
        read = case_from_dict(case)
    except CaseError as exc:
        assert exc.field.startswith("case.")
        render(exc.message, "zh"), render(exc.message, "en")
        return
    for amount in (read.costs.total, read.costs.self_paid, read.year_to_date.critical_base):
        assert 0 <= amount <= Decimal("10000000000")
        assert amount == amount.quantize(Decimal("0.01"))
    assert 0 <= read.year_to_date.admissions <= 1000
    try:
        estimate(read, REGISTRY)
    except CaseError:
        pass


@pytest.fixture
def testland(tmp_path) -> Path:
    target = tmp_path / "policies"
    shutil.copytree(FIXTURE_POLICIES, target)
    return target


@pytest.mark.parametrize(
    ("old", "new", "what"),
    [
        ("deductible = { grassroots = 100,", "deductible = { grassroots = 1e30,", "must be ≤ 10,000,000,000"),
        ("deductible = { grassroots = 100,", "deductible = { grassroots = 100.001,", "at most 2 decimal places"),
        ("deductible = { grassroots = 100,", 'deductible = { grassroots = "1_000",', "must be a number"),
        ("leave_days = 150", "leave_days = 1e3", "must be a whole number"),
        ("leave_days = 150", "leave_days = 100000", "must be ≤ 1000"),
        ("rate = 0.90\ndeductible = 200", "rate = 0.90001\ndeductible = 200", "at most 4 decimal places"),
    ],
)
def test_a_policy_value_out_of_bounds_fails_policies_check(testland, old, new, what):
    edit(testland, "testland-2024.toml", old, new)
    _, found = problems(testland)
    assert any(what in p for p in found), found
