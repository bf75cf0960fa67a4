"""Compare choices: every combination of level, location and scheme, each a full estimate."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from benefitcalc.cli import main
from benefitcalc.core.case import CaseError, case_from_dict, case_to_toml
from benefitcalc.core.compare import advice, compare, describe, difference_words, parse_vary
from benefitcalc.core.engine import estimate
from benefitcalc.core.messages import render

from .test_properties import REGISTRY

STAY = {
    "region": "jinan", "date": "2025-06-01", "scheme": "resident", "category": "inpatient",
    "level": "level3", "location": "national_unfiled", "costs": {"total": "50000", "self_paid": "3000"},
}
OUTPATIENT = {
    "region": "qingdao", "date": "2025-06-01", "scheme": "resident", "category": "general_outpatient",
    "level": "grassroots", "costs": {"total": "200"},
}


def test_every_combination_is_a_full_estimate_of_the_case_with_those_values():
    case = case_from_dict(STAY)
    result = compare(case, ("level", "location"), REGISTRY)
    assert len(result.scenarios) == 4 * 5
    assert {tuple(s.vary.values()) for s in result.scenarios} == {
        (lvl, loc) for lvl in ("grassroots", "level1", "level2", "level3")
        for loc in ("local", "province", "national_resident", "national_temporary", "national_unfiled")
    }
    for s in result.scenarios:
        alone = estimate(case.model_copy(update=s.vary), REGISTRY)
        assert s.estimate.payers == alone.payers and s.estimate.personal == alone.personal
        assert s.difference == alone.personal - result.entered.personal


def test_the_list_is_sorted_by_what_the_patient_pays_and_marks_the_case_as_entered():
    result = compare(case_from_dict(STAY), ("level", "location"), REGISTRY)
    paid = [s.estimate.personal for s in result.scenarios]
    assert paid == sorted(paid)
    entered = [s for s in result.scenarios if s.as_entered]
    assert len(entered) == 1 and entered[0].vary == {"level": "level3", "location": "national_unfiled"}
    assert render(difference_words(entered[0])) == "所填情形"


def test_the_differences_are_in_plain_words():
    case = case_from_dict(STAY)
    result = compare(case, ("level", "location"), REGISTRY)
    local2 = next(s for s in result.scenarios if s.vary == {"level": "level2", "location": "local"})
    words = render(describe(case, local2, result.fields)) + render(difference_words(local2))
    saved = -local2.difference
    assert words == f"在参保地二级医院住院约少付 {format(saved.quantize(Decimal(1)), ',')} 元"
    said = [render(m) for m in advice(result)]
    assert said[0].startswith("最省的是")
    assert any(s.startswith("办理异地长期居住就医备案约可少付") for s in said)


def test_a_combination_that_does_not_exist_says_why_and_is_not_an_error():
    result = compare(case_from_dict(OUTPATIENT), ("level",), REGISTRY)
    level3 = next(s for s in result.scenarios if s.vary == {"level": "level3"})
    assert not level3.available and level3.estimate is not None
    assert "三级医院" in render(level3.reason)
    assert result.scenarios[-1] is level3  # what does not exist comes last
    assert render(difference_words(level3)).startswith("不适用：")


def test_a_combination_the_case_cannot_be_estimated_at_is_listed_with_the_error():
    birth = {"region": "jinan", "date": "2025-06-01", "scheme": "resident", "category": "maternity",
             "costs": {"total": "6000"}, "maternity": {"child_order": 2}}
    result = compare(case_from_dict(birth), ("scheme",), REGISTRY)
    employee = next(s for s in result.scenarios if s.vary == {"scheme": "employee"})
    assert employee.estimate is None and not employee.available
    assert "工资" in render(employee.reason)


def test_a_settlement_slip_holds_only_for_the_case_as_entered():
    case = case_from_dict({**STAY, "location": "local", "known": {"basic_fund": "20000"}})
    result = compare(case, ("level",), REGISTRY)
    assert result.notes and next(s for s in result.scenarios if s.as_entered).estimate.payers["basic_fund"] == 20000
    other = next(s for s in result.scenarios if s.vary == {"level": "level2"})
    assert other.estimate.known_basic_fund is None


@pytest.mark.parametrize("text, expected", [
    ("level,location", ("level", "location")),
    (" level , scheme,level", ("level", "scheme")),
])
def test_vary_names_the_fields_once_each(text, expected):
    assert parse_vary(text) == expected


@pytest.mark.parametrize("text", ["", "level,colour", "group"])
def test_vary_with_an_unknown_field_is_an_error_naming_the_option(text):
    with pytest.raises(CaseError) as info:
        parse_vary(text)
    assert render(info.value.message, "en").startswith("--vary:")


def test_the_cli_json_merges_each_estimate_next_to_vary(tmp_path, capsys):
    path = tmp_path / "病例.toml"
    path.write_text(case_to_toml(case_from_dict(OUTPATIENT)), encoding="utf-8")
    assert main(["compare", str(path), "--vary", "level,location", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["scenarios"][0]
    assert set(first) >= {"vary", "available", "reason", "personal", "payers", "steps", "year_to_date_after"}
    level3 = [s for s in data["scenarios"] if s["vary"]["level"] == "level3"]
    assert level3 and all(not s["available"] and s["reason"] for s in level3)
    assert main(["estimate", str(path), "--json"]) == 0
    alone = json.loads(capsys.readouterr().out)
    entered = next(s for s in data["scenarios"] if s["as_entered"])
    assert {k: entered[k] for k in alone} == alone


def test_the_cli_text_is_a_table_and_a_bad_vary_exits_1(tmp_path, capsys):
    path = tmp_path / "case.toml"
    path.write_text(case_to_toml(case_from_dict(STAY)), encoding="utf-8")
    assert main(["compare", str(path), "--vary", "level,location"]) == 0
    out = capsys.readouterr().out
    assert "比较（按个人支付从少到多）" in out and "约少付" in out and "* 在外省（未备案）三级医院住院" in out
    assert main(["compare", str(path), "--vary", "colour"]) == 1
    assert capsys.readouterr().err.strip().startswith("--vary：")
