"""Plain words for every parameter and every source, defined once in the core (issue 8 items 5, 6)."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal

import pytest

from benefitcalc.cli import main as cli_main
from benefitcalc.core.case import read_case_file
from benefitcalc.core.engine import estimate
from benefitcalc.core.param_labels import (
    SEGMENTS,
    UNITS,
    VALUE_WORDS,
    param_label,
    param_line,
    param_unit,
    param_value,
    param_words,
    source_text,
)
from benefitcalc.core.policy_model import Source

from .conftest import DATA

IDENTIFIER = re.compile(r"[a-z]+(?:_[a-z0-9]+)*[0-9]*")
DOTTED = re.compile(r"\b[a-z_]+\.[a-z_]+(?:\.[a-z_0-9]+)*\b")
UNITS_OF_NUMBERS = {"rate", "amount", "days", "count", "factor"}


def every_leaf(registry):
    """(policy, dotted key, value) for every leaf of every version of every shipped region."""
    for entry in registry.regions.values():
        for policy in entry.versions:
            for key, value, _ in policy.all_provenance():
                yield policy, key, value


def is_number(value) -> bool:
    return isinstance(value, (Decimal, int)) and not isinstance(value, bool)


def test_the_shipped_policies_have_leaves(registry):
    assert sum(1 for _ in every_leaf(registry)) > 500


def test_every_leaf_has_a_label_in_both_languages(registry):
    for policy, key, _ in every_leaf(registry):
        zh = param_words(key, "zh", policy)
        en = param_words(key, "en", policy)
        assert len(zh) == len(en) > 0, key
        # a segment without words shows as itself: lowercase ASCII in the Chinese label
        assert not any(IDENTIFIER.fullmatch(word) for word in zh), (key, zh)
        assert not any("_" in word for word in en), (key, en)
        assert key not in param_label(key, "zh", policy)


def test_every_number_has_a_unit_and_every_value_has_words(registry):
    for policy, key, value in every_leaf(registry):
        numbers = [value] if is_number(value) else [v for v in value if is_number(v)] if isinstance(value, list) else []
        if numbers:
            assert param_unit(key) in UNITS_OF_NUMBERS, key
        if param_unit(key) == "rate" and is_number(value):
            assert value <= 1
        if isinstance(value, list) and value and isinstance(value[0], dict):  # bands
            for band in value:
                for field in band:
                    assert param_unit(f"{key}.0.{field}") in UNITS_OF_NUMBERS, (key, field)
        for lang in ("zh", "en"):
            text = param_value(key, value, lang)
            assert text, key
            if lang == "zh":
                assert not re.search(r"\b[a-z]+_[a-z_0-9]+\b|\blevel\d\b", text), (key, text)


def test_the_tables_have_both_languages():
    for table in (SEGMENTS, VALUE_WORDS, UNITS):
        for key, (zh, en) in table.items():
            assert zh and en and zh != key, key


@pytest.mark.parametrize(("path", "value", "lang", "expected"), [
    ("resident.inpatient.rate.level3", Decimal("0.60"), "zh", "居民医保 · 住院 · 报销比例 · 三级医院：60%"),
    ("resident.inpatient.rate.level3", Decimal("0.60"), "en", "resident · hospital stay · rate · level-3 hospital: 60%"),
    ("resident.inpatient.deductible.level3", Decimal("1000"), "zh", "居民医保 · 住院 · 起付线 · 三级医院：1,000 元"),
    ("employee.maternity.leave_days", 158, "zh", "职工医保 · 生育 · 产假天数：158 天"),
    ("employee.maternity.leave_days", 158, "en", "employee · childbirth · maternity leave days: 158 days"),
    ("employee.large_expense.annual_cap", "none", "zh", "职工医保 · 大额医疗费用补助 · 年度最高支付限额：不设封顶线"),
    ("resident.general_outpatient.not_covered", ["level3"], "zh", "居民医保 · 普通门诊 · 不予支付的医疗机构级别：三级医院"),
    ("resident.inpatient.admission_factors", [Decimal("1"), Decimal("0.5"), Decimal("0")], "zh",
     "居民医保 · 住院 · 多次住院起付线系数（第1、2、3次…）：1、0.5、0"),
    ("resident.critical_illness.bands.1.up_to", Decimal("200000"), "zh", "居民医保 · 大病保险 · 第2段 · 上限：200,000 元"),
    ("assistance.groups.dibao.rate", Decimal("0.7"), "zh", "医疗救助 · 低保对象 · 报销比例：70%"),
    ("resident.maternity.quota.second", Decimal("1500"), "zh", "居民医保 · 生育 · 支付额度 · 第二孩：1,500 元"),
    ("day_ward.settled_as_inpatient", True, "zh", "日间病房 · 按住院结算：是"),
])
def test_a_parameter_reads_as_words(path, value, lang, expected):
    assert param_line(path, value, lang) == expected


def test_a_chronic_disease_is_named_by_the_policy(registry):
    policy = registry.policy_for("jinan", date(2025, 6, 1))
    disease = next(iter(policy.params.chronic_diseases))
    name = policy.params.chronic_diseases[disease].name
    assert param_label(f"chronic_diseases.{disease}.annual_limit", "zh", policy) == f"门诊慢特病病种 · {name} · 年度支付限额"


# ---------------------------------------------------------------- sources

SEED = Source(kind="seed", title="织密民生“保障网” 济南市医保局多措并举提升群众医保服务效率", issuer="鲁网",
              date="2021-12-18", quote="社区医院门诊报销比例提高到80%", document="001_8c1297c9cc3db9cb.txt")
FLOOR = Source(kind="floor", title="国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见", issuer="国务院办公厅",
               number="国办发〔2021〕42号", date="2021-10-28", url="https://www.gov.cn/zhengce/content/2021-11/19/content_5651446.htm",
               quote="对低保对象、特困人员符合规定的医疗费用可按不低于70%的比例救助")
SLIPS = Source(kind="slips", slips=12, first_date=date(2025, 1, 6), last_date=date(2025, 5, 30),
               largest_residual=Decimal("0.02"))
ASSUMED = Source(kind="assumed", note="暂无可引用的来源", note_en="No source available here")


def test_a_seed_is_cited_by_publisher_date_and_headline_never_by_file_name():
    text = source_text(SEED, "zh")
    assert text == "鲁网，2021-12-18，《织密民生“保障网” 济南市医保局多措并举提升群众医保服务效率》：「社区医院门诊报销比例提高到80%」"
    assert ".txt" not in source_text(SEED, "en") and "鲁网, 2021-12-18" in source_text(SEED, "en")


def test_a_floor_is_shown_as_such_with_its_number_and_url():
    text = source_text(FLOOR, "zh")
    assert text.startswith("按政策下限估算：国务院办公厅，2021-10-28，《")
    assert "国办发〔2021〕42号" in text and FLOOR.url in text and "「对低保对象" in text
    assert not FLOOR.verified
    assert source_text(FLOOR.model_copy(update={"kind": "ceiling"}), "zh").startswith("按政策上限估算：")
    assert source_text(FLOOR, "zh", status=False).startswith("国务院办公厅")


def test_slips_say_how_many_and_when():
    assert source_text(SLIPS, "zh") == "由结算单推算：12 张结算单（2025-01-06 至 2025-05-30），最大偏差 0.02 元"
    assert "12 settlement slips (2025-01-06 to 2025-05-30)" in source_text(SLIPS, "en")


def test_an_assumed_value_says_unverified_and_what_it_stands_in_for():
    assert source_text(ASSUMED, "zh") == "未核实：暂无可引用的来源"
    assert source_text(ASSUMED, "en") == "unverified: No source available here"


def test_no_shipped_source_shows_a_file_name(registry):
    for pfile in registry.files:
        for sid, source in pfile.sources.items():
            for lang in ("zh", "en"):
                text = source_text(source, lang)
                assert text, (pfile.display, sid)
                assert not re.search(r"\.(txt|toml)\b", text), (pfile.display, sid, text)


# ---------------------------------------------------------------- the command line

GOLDEN = sorted((DATA / "golden").glob("*.toml"))


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_the_chinese_text_of_a_golden_case_shows_no_dotted_key(path, capsys, registry):
    assert cli_main(["estimate", str(path)]) == 0
    text = capsys.readouterr().out
    result = estimate(read_case_file(path), registry)
    used = {use.path for step in result.steps for use in step.params}
    assert used  # every golden case uses parameters
    for key in used:
        assert key not in text
    body = re.sub(r"https?://\S+", "", text.split("\n", 1)[1])  # past the file names; a source's URL is no key
    assert not DOTTED.search(body), DOTTED.search(body)
    for step in result.steps:
        for use in step.params:
            assert "参数: " + param_line(use.path, use.value, "zh", result.policy) in text


def test_keys_option_and_json_name_the_dotted_key_beside_the_words(capsys):
    path = DATA / "golden" / "jinan-resident-level3-first-stay.toml"
    assert cli_main(["estimate", str(path), "--keys"]) == 0
    assert "居民医保 · 住院 · 报销比例 · 三级医院：60%（未核实） [resident.inpatient.rate.level3]" in capsys.readouterr().out
    assert cli_main(["estimate", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    params = [p for step in data["steps"] for p in step["params"]]
    rate = next(p for p in params if p["path"] == "resident.inpatient.rate.level3")
    assert rate["label"] == "居民医保 · 住院 · 报销比例 · 三级医院"
    assert rate["cited"].startswith("未核实：")


def test_policies_show_reads_in_words_and_keys_only_when_asked(capsys):
    assert cli_main(["policies", "show", "jinan", "--date", "2025-06-01"]) == 0
    out = capsys.readouterr().out
    assert "  居民医保 · 住院 · 报销比例 · 三级医院：60%  [未核实] " in out
    assert "居民医保 · 普通门诊 · 年度支付限额：500 元  [来源文件] " in out
    assert "「居民门诊报销限额由400元提高至500元」" in out
    assert not DOTTED.search(re.sub(r"https?://\S+", "", out)) and ".txt" not in out  # a source's URL is no key
    assert cli_main(["policies", "show", "jinan", "--date", "2025-06-01", "--keys", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "resident · hospital stay · rate · level-3 hospital: 60%  [unverified] " in out
    assert "[resident.inpatient.rate.level3 · policies/shandong/shandong-2024.toml]" in out


# ---------------------------------------------------------------- values typed by a person (更正…)

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from benefitcalc.core.param_labels import param_choices, param_words_allowed, parse_param_value  # noqa: E402

RATE = "resident.inpatient.rate.level3"
AMOUNT = "resident.inpatient.deductible.level3"


@pytest.mark.parametrize(("path", "typed", "expected"), [
    (RATE, "62", Decimal("0.62")),
    (RATE, "62%", Decimal("0.62")),
    (RATE, "６２．５％", Decimal("0.625")),  # full-width, from a Chinese input method
    (RATE, "0", Decimal("0")),
    (AMOUNT, "1,500.50 元", Decimal("1500.50")),
    (AMOUNT, "10000000000", Decimal("10000000000")),
    ("employee.maternity.leave_days", "158", 158),
    ("resident.inpatient.admission_factors", "1、0.5，0", [Decimal("1"), Decimal("0.5"), Decimal("0")]),
    ("resident.critical_illness.tilt.deductible_factor", "0.5", Decimal("0.5")),
])
def test_a_typed_value_is_read_as_the_file_holds_it(path, typed, expected):
    assert parse_param_value(path, typed) == (expected, None)


@pytest.mark.parametrize(("path", "typed", "problem"), [
    (RATE, "", "input.empty"),
    (RATE, "101", "input.rate"),
    (RATE, "62.125", "input.rate"),
    (RATE, "1e2", "input.rate"),
    (RATE, "NaN", "input.rate"),
    (AMOUNT, "-1", "input.amount"),
    (AMOUNT, "1.005", "input.amount"),
    (AMOUNT, "10000000000.01", "input.amount"),
    ("employee.maternity.leave_days", "15.5", "input.count"),
    ("employee.maternity.leave_days", "1001", "input.count"),
    ("resident.inpatient.admission_factors", "1, 2", "input.factor"),
    ("day_ward.settled_as_inpatient", "1", "input.unsupported"),
])
def test_a_wrong_value_is_refused_saying_what_is_expected(path, typed, problem):
    value, message = parse_param_value(path, typed)
    assert value is None and message.id == problem


@given(st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False))
def test_any_percentage_with_two_decimals_is_its_rate(percent):
    value, problem = parse_param_value(RATE, f"{percent}%")
    assert problem is None and value * 100 == percent and 0 <= value <= 1


@given(st.text(max_size=30))
def test_any_text_is_a_value_or_a_message_never_an_exception(text):
    for path in (RATE, AMOUNT, "employee.maternity.leave_days", "resident.inpatient.admission_factors"):
        value, problem = parse_param_value(path, text)
        assert (value is None) != (problem is None)
        if isinstance(value, Decimal):
            assert value.is_finite() and value >= 0 and "E" not in str(value)


def test_words_and_choices_a_value_may_be():
    assert param_words_allowed("employee.large_expense.annual_cap") == ("none",)
    assert param_words_allowed("chronic_diseases.pulmonary_tb.annual_limit") == ("shared",)
    assert param_words_allowed("resident.general_outpatient.annual_limit") == ()
    assert param_choices("resident.general_outpatient.not_covered") == ("grassroots", "level1", "level2", "level3")
    assert "none" not in param_choices("guarantees.personal_ceiling.groups")
    assert param_choices(RATE) is None
