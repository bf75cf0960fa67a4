"""Every message in the user's language, and nothing from a file acts on the terminal.

No English validator text inside a Chinese message (pydantic's "Input should be a finite
number", the policy model's own "edges must ascend"), no Chinese region name inside an English
one, and escape sequences or newlines from a case shown, not obeyed.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benefitcalc.cli import main as cli_main
from benefitcalc.core.case import CaseError, case_from_dict
from benefitcalc.core.messages import msg, render
from benefitcalc.core.policy_files import describe_validation_error
from benefitcalc.core.registry import PolicyRegistry
from benefitcalc.core.toml_reader import loads

from .conftest import DATA

GOLDEN = DATA / "golden" / "jinan-resident-level3-first-stay.toml"
CASE = loads(GOLDEN.read_text(encoding="utf-8"))["case"]
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
ENGLISH_PHRASE = re.compile(r"[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}")  # three English words in a row

# Values a hand-edited or generated file may hold where an amount, a date or a word belongs.
HOSTILE_VALUES = [
    "yes", "1_000", "１２", "inf", "nan", Decimal("Infinity"), Decimal("NaN"), Decimal("-Infinity"),
    datetime(2025, 6, 1, 12, 30), datetime(2025, 6, 1), "2025-13-01", [], {}, ["x"], {"a": 1},
    True, 10**30, Decimal("1e-999"), "", "x" * 300, -1, Decimal("0.001"),
]
CASE_FIELDS = [
    ("region",), ("date",), ("scheme",), ("category",), ("level",), ("retired",), ("costs",),
    ("costs", "total"), ("costs", "self_paid"), ("year_to_date", "admissions"), ("known", "basic_fund"),
    ("maternity", "child_order"), ("chronic", "disease"), ("two_diseases", "conditions"),
]


def _with(table: dict, path: tuple[str, ...], value) -> dict:
    out = {k: (dict(v) if isinstance(v, dict) else v) for k, v in table.items()}
    node = out
    for part in path[:-1]:
        node = node.setdefault(part, {})
    node[path[-1]] = value
    return out


def _case_error(table: dict) -> CaseError | None:
    try:
        case_from_dict(table)
    except CaseError as exc:
        return exc
    return None


@pytest.mark.parametrize("path", CASE_FIELDS, ids=".".join)
def test_a_wrong_value_in_any_case_field_is_told_in_chinese_without_english(path):
    for value in HOSTILE_VALUES:
        error = _case_error(_with(CASE, path, value))
        if error is None:
            continue
        zh = render(error.message, "zh")
        shown = zh.replace(repr(value), "").replace(str(value), "")
        assert not ENGLISH_PHRASE.search(shown), f"{path} = {value!r}: {zh}"
        assert CJK.search(zh), zh


@pytest.mark.parametrize(("value", "zh", "en"), [
    (Decimal("Infinity"), "必须是", "must be"),
    (datetime(2025, 6, 1, 12, 30), "必须是日期", "must be a date"),
], ids=["an infinite amount", "a date with a time"])
def test_pydantic_complaints_have_their_own_sentences(value, zh, en):
    field = ("costs", "total") if isinstance(value, Decimal) else ("date",)
    error = _case_error(_with(CASE, field, value))
    assert error is not None
    assert zh in render(error.message, "zh") and en in render(error.message, "en")
    assert "Input should" not in render(error.message, "zh")


@pytest.mark.parametrize(("error_type", "ctx", "value"), [
    ("finite_number", None, Decimal("Infinity")),
    ("date_from_datetime_inexact", None, datetime(2025, 6, 1, 12, 30)),
    ("decimal_max_places", {"decimal_places": 2}, Decimal("1.005")),
    ("greater_than", {"gt": 0}, 0),
    ("string_too_long", {"max_length": 40}, "x" * 41),
    ("too_long", {"max_length": 3, "field_type": "List", "actual_length": 4}, [1, 2, 3, 4]),
    ("union_tag_invalid", {"discriminator": "kind", "tag": "x", "expected_tags": "a, b"}, {}),
    ("url_parsing", {"error": "bad"}, "x"),  # a type no model uses today still says it in Chinese
], ids=lambda v: v if isinstance(v, str) else "")
def test_each_pydantic_error_type_is_said_in_chinese(error_type, ctx, value):
    from pydantic_core import InitErrorDetails, ValidationError

    detail = InitErrorDetails(type=error_type, loc=("costs", "total"), input=value)
    if ctx is not None:
        detail["ctx"] = ctx
    exc = ValidationError.from_exception_data("Case", [detail])
    [(key, what)] = describe_validation_error(exc)
    assert key == "costs.total"
    zh = render(what, "zh")
    assert CJK.search(zh) and not ENGLISH_PHRASE.search(zh.replace(str(value), "")), zh


def _problems(folder: Path, lang: str) -> list[str]:
    return [p.render(lang) for p in PolicyRegistry.load(folder).problems]


POLICY_EDITS = [
    ("bands that do not ascend", "shandong-2024.toml", "up_to = 200000", "up_to = 50000", "各段上限必须递增", "edges must ascend"),
    ("a first band below the deductible", "shandong-2024.toml", "up_to = 100000", "up_to = 1", "第一段的上限必须高于起付线", "must end above the deductible"),
    ("an infinite limit", "jinan-2024.toml", "annual_limit = 500", "annual_limit = inf", "必须是", "must be"),
    ("a valid_from with a time", "jinan-2024.toml", "valid_from = 2024-01-01", "valid_from = 2024-01-01T08:00:00", "不能带时间", "without a time"),
    ("an upper-case region id", "jinan-2024.toml", 'region = "jinan"', 'region = "Jinan"', "只能由小写英文字母", "lowercase letters"),
]


@pytest.mark.parametrize(("name", "old", "new", "zh", "en"), [e[1:] for e in POLICY_EDITS], ids=[e[0] for e in POLICY_EDITS])
def test_a_broken_policy_value_is_told_in_each_language(policies, name, old, new, zh, en):
    path = next(policies.rglob(name))
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    zh_lines = _problems(policies, "zh")
    assert any(zh in line for line in zh_lines), zh_lines
    for line in zh_lines:
        assert not ENGLISH_PHRASE.search(line.split("：", 1)[-1]), line
    assert any(en in line for line in _problems(policies, "en"))


def test_an_english_error_names_the_policy_in_english(capsys, tmp_path):
    path = tmp_path / "case.toml"
    path.write_text(GOLDEN.read_text(encoding="utf-8").replace('region = "jinan"', 'region = "shandong"')
                    .replace("date = 2025-06-01", "date = 2014-06-01"), encoding="utf-8")
    assert cli_main(["estimate", str(path), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "[case.known]" in err and not CJK.search(err), err


def test_a_broken_region_is_explained_in_english(policies, capsys):
    path = next(policies.rglob("jinan-2024.toml"))
    path.write_text(path.read_text(encoding="utf-8").replace("annual_limit = 500", "annual_limit = -500", 1), encoding="utf-8")
    assert cli_main(["estimate", str(GOLDEN), "--policies", str(policies), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "jinan" in err and "annual_limit" in err and not CJK.search(err), err


# --- nothing from a file acts on the terminal -------------------------------------------

def test_an_escape_sequence_in_a_region_is_shown_not_obeyed(tmp_path, capsys):
    path = tmp_path / "case.toml"
    path.write_text(GOLDEN.read_text(encoding="utf-8").replace('region = "jinan"', 'region = "\\u001b[31mred\\u001b]0;title\\u0007\\nline"'), encoding="utf-8")
    assert cli_main(["estimate", str(path)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "\\x1b[31mred" in err and len(err.strip().splitlines()) == 1


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_no_text_a_user_supplies_reaches_the_terminal_as_a_control_character(text):
    for lang in ("zh", "en"):
        shown = render(msg("error.case.unknown_region", region=text, known=text), lang)
        bad = [ch for ch in shown if unicodedata.category(ch) == "Cc" or ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]
        assert bad == [], shown
