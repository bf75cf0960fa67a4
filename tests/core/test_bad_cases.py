"""Bad input never crashes: the CLI exits 1 with one clear line that names the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from benefitcalc.cli import main as cli_main

BASE = """
[case]
region = "{region}"
date = {date}
scheme = "{scheme}"
category = "{category}"
level = "level2"
location = "local"
group = "none"
retired = false

[case.costs]
total = {total}
self_paid = {self_paid}
{extra}
"""


def write_case(tmp_path: Path, **overrides) -> Path:
    values = dict(region="jinan", date="2025-06-01", scheme="resident", category="inpatient",
                  total='"1000"', self_paid='"0"', extra="")
    values.update(overrides)
    path = tmp_path / "case.toml"
    path.write_text(BASE.format(**values), encoding="utf-8")
    return path


BAD = [
    ("an unknown region", dict(region="atlantis"), "地区“atlantis”没有政策文件"),
    ("a date no version covers", dict(date="2019-06-01"), "没有在 2019-06-01 生效的政策版本"),
    ("a 2014 stay without the slip's basic fund payment", dict(region="shandong", date="2014-06-01"), "[case.known]"),
    ("a negative amount", dict(total='"-5"'), "case.costs.total：不能为负数（现为 -5）"),
    ("a non-numeric amount", dict(total='"12a"'), "case.costs.total：必须是数字（现为“12a”）"),
    ("self-paid larger than the bill", dict(self_paid='"2000"'), "case.costs.self_paid：全自费 2,000.00 元加乙类先行自付 0.00 元超过了医疗费总额 1,000.00 元"),
    ("a missing wage for an employee birth", dict(scheme="employee", category="maternity", extra="[case.maternity]\nchild_order = 1"), "case.maternity.monthly_wage："),
    ("a resident birth without the child order", dict(category="maternity"), "case.maternity.child_order："),
    ("an unknown disease", dict(category="chronic_outpatient", extra='[case.chronic]\ndisease = "flu"'), "case.chronic.disease：没有这个病种“flu”"),
    ("chronic care without a disease", dict(category="chronic_outpatient"), "case.chronic.disease：门诊慢特病需要选择病种"),
    ("two diseases without conditions", dict(category="two_diseases"), "case.two_diseases.conditions："),
    ("an unknown category", dict(category="dental"), "case.category：“dental”不是可选值"),
    ("a typo in a field", dict(extra="[case.year_to_date]\nadmisions = 1"), "case.year_to_date.admisions：未知的键"),
    ("a slip's basic fund above the in-policy cost", dict(extra='[case.known]\nbasic_fund = "5000"'), "case.known.basic_fund：结算单统筹基金支付 5,000.00 元超过政策范围内费用 1,000.00 元"),
]


@pytest.mark.parametrize(("overrides", "expected"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_case_exits_1_with_one_line_naming_the_problem(tmp_path, capsys, overrides, expected):
    path = write_case(tmp_path, **overrides)
    assert cli_main(["estimate", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert expected in lines[0]
    assert "Traceback" not in captured.err


def test_a_malformed_case_file_names_the_file(tmp_path, capsys):
    path = tmp_path / "broken.toml"
    path.write_text("[case\nregion = ", encoding="utf-8")
    assert cli_main(["estimate", str(path)]) == 1
    err = capsys.readouterr().err
    assert "broken.toml" in err and len(err.strip().splitlines()) == 1


def test_a_missing_case_file_names_the_file(tmp_path, capsys):
    assert cli_main(["estimate", str(tmp_path / "nope.toml")]) == 1
    assert "nope.toml" in capsys.readouterr().err


def test_a_file_without_a_case_table_says_so(tmp_path, capsys):
    path = tmp_path / "empty.toml"
    path.write_text('name = "x"\n', encoding="utf-8")
    assert cli_main(["estimate", str(path)]) == 1
    assert capsys.readouterr().err.strip() == "case：缺少此项"


def test_errors_are_in_english_with_lang_en(tmp_path, capsys):
    path = write_case(tmp_path, total='"-5"')
    assert cli_main(["estimate", str(path), "--lang", "en"]) == 1
    assert capsys.readouterr().err.strip() == "case.costs.total: must not be negative (got -5)"


def test_amounts_written_as_toml_numbers_are_read_exactly(tmp_path, capsys):
    path = write_case(tmp_path, total="1000.10")
    assert cli_main(["estimate", str(path), "--json"]) == 0
    assert '"total": "1000.10"' in capsys.readouterr().out
