"""Every policy value has a source a person can look up; every quoted seed phrase is really in its
seed (after folding traditional characters, stray pinyin and punctuation width); a value at a
published floor says so; an estimate that used an unverified value says so and lists it."""

from __future__ import annotations

import re
import string
import unicodedata
from datetime import date
from decimal import Decimal

import pytest
from opencc import OpenCC

from benefitcalc.core.case import case_from_dict
from benefitcalc.core.engine import estimate
from benefitcalc.core.messages import CATALOG, LABELS
from benefitcalc.core.policy_files import read_policy_file
from benefitcalc.core.policy_model import SOURCE_KINDS

from .conftest import ROOT, golden_cases

SEEDS = ROOT.parent / "shared" / "seeds"
# A parenthesised pinyin syllable left in a seed by a bad conversion, e.g. 設(shè).
PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)")
_T2S = OpenCC("t2s")
# A person looks a source up by these; the file names and the project's seed numbers mean nothing to them.
INTERNAL = re.compile(r"\.(txt|md|toml)\b|\bS00\d\b|\bseed\b", re.I)


def normalise(text: str) -> str:
    """Simplified characters, no stray pinyin, half-width punctuation, no whitespace."""
    text = unicodedata.normalize("NFKC", text)
    text = _T2S.convert(PINYIN.sub("", text))
    return re.sub(r"\s+", "", text)


def all_sources(registry):
    for pfile in registry.files:
        for sid, source in pfile.sources.items():
            yield pfile.display, sid, source


def test_normalising_folds_traditional_characters_stray_pinyin_punctuation_and_spaces():
    seed = "在實行基藥管理的基層定點醫療機構門診購藥,不設(shè)起付標(biāo)準(zhǔn),\n 報銷比例60%"
    assert normalise("不设起付标准，报销比例60%") in normalise(seed)
    assert normalise("不设起付标准，报销比例65%") not in normalise(seed)
    assert normalise("一卡(码)通行") == "一卡(码)通行"  # a parenthesised character is not pinyin


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles (../shared/seeds beside the checkout) are not here")
def test_every_quoted_phrase_appears_in_its_seed_document(registry):
    texts = {path.name: normalise(path.read_text(encoding="utf-8")) for path in SEEDS.glob("*.txt")}
    checked = 0
    for display, sid, source in all_sources(registry):
        if source.document is None:
            continue
        where = f"{display} › sources.{sid}"
        assert source.document in texts, f"{where}: no seed named {source.document}"
        assert source.quote, f"{where}: a seed is cited for its quote"
        assert normalise(source.quote) in texts[source.document], f"{where}: quote not found in {source.document}"
        checked += 1
    assert checked >= 25


def test_quotes_are_shown_in_simplified_characters_without_stray_pinyin(registry):
    for display, sid, source in all_sources(registry):
        if source.quote:
            assert _T2S.convert(source.quote) == source.quote, f"{display} › sources.{sid}: traditional characters"
            assert not PINYIN.search(source.quote), f"{display} › sources.{sid}: pinyin left in the quote"


def test_every_source_names_a_document_a_person_can_find(registry):
    required = {
        "seed": ("title", "issuer", "date", "quote"),
        "official": ("title", "issuer"),
        "floor": ("title", "issuer", "date", "quote"),
        "ceiling": ("title", "issuer", "date", "quote"),
        "assumed": ("note", "note_en"),
    }
    kinds = set()
    for display, sid, source in all_sources(registry):
        kinds.add(source.kind)
        for field in required.get(source.kind, ()):
            assert getattr(source, field), f"{display} › sources.{sid}: a {source.kind} source needs {field}"
        if source.document:  # the article a quote comes from is named, even as context of a placeholder
            assert source.title and source.issuer and source.date, f"{display} › sources.{sid}"
        for field in ("title", "issuer", "number", "date", "quote", "note", "note_en"):
            text = getattr(source, field) or ""
            assert not INTERNAL.search(text), f"{display} › sources.{sid}.{field} names a file or an internal id: {text}"
        if source.number or source.url:
            assert source.kind in ("official", "floor", "ceiling"), f"{display} › sources.{sid}"
    assert {"seed", "official", "floor", "assumed"} <= kinds


def _figures(value) -> set[str]:
    """How a value can be written in a Chinese sentence: 0.7 → 70%, 50000 → 50000元 or 5万元."""
    value = Decimal(str(value))
    return {f"{(value * 100).normalize():f}%", f"{value.normalize():f}元", f"{(value / 10000).normalize():f}万元"}


def test_a_value_at_a_published_floor_or_ceiling_is_the_figure_its_sentence_states(registry):
    seen = 0
    for entry in registry.usable_regions():
        for policy in entry.versions:
            for key, value, provenance in policy.all_provenance():
                if provenance.source.kind in ("floor", "ceiling") and not isinstance(value, list):
                    quote = normalise(provenance.source.quote)
                    assert any(f in quote for f in _figures(value)), f"{key} = {value} is not in 「{quote}」"
                    seen += 1
    assert seen


def test_every_value_in_force_has_a_source_and_a_verification_status(registry):
    for entry in registry.usable_regions():
        for policy in entry.versions:
            for key, value, provenance in policy.all_provenance():
                assert provenance.source.kind in SOURCE_KINDS, key
                assert provenance.source.verified == (provenance.source.kind in ("seed", "official")), key


def test_the_values_parameters_md_marks_as_sourced_are_not_assumed(registry):
    policy = registry.policy_for("jinan", date(2025, 6, 1))
    verified = [
        "resident.general_outpatient.rate.level1",
        "resident.general_outpatient.annual_limit",
        "resident.inpatient_chronic_annual_cap",
        "employee.large_expense.annual_cap",
        "resident.critical_illness.annual_cap",
        "employee.maternity.rate",
        "employee.maternity.leave_days",
        "resident.two_diseases.rate.grassroots",
    ]
    for path in verified:
        assert policy.provenance(path).source.verified, path
    at_a_floor = ["resident.maternity.quota.second", "resident.maternity.quota.third_and_later", "assistance.annual_limit",
                  "assistance.groups.dibao.rate", "resident.critical_illness.bands.0.rate",
                  "resident.chronic_outpatient.rate.level3"]
    for path in at_a_floor:
        assert policy.provenance(path).source.kind == "floor", path
    assumed = ["resident.inpatient.rate.level3", "resident.maternity.quota.first", "resident.critical_illness.bands.0.up_to",
               "resident.critical_illness.bands.1.rate", "employee.inpatient.deductible.level2",
               "out_of_area.reduction.national_unfiled", "assistance.groups.dibao.deductible",
               "assistance.groups.tekun.rate", "employee.maternity.allowance_days_per_month"]
    for path in assumed:
        assert policy.provenance(path).source.kind == "assumed", path


def test_a_list_item_can_name_the_source_of_one_of_its_keys(tmp_path):
    text = """
[policy]
region = "x"
name = "x"
name_en = "x"
kind = "province"
valid_from = 2024-01-01
[sources.a]
kind = "assumed"
note = "n"
[[resident.critical_illness.bands]]
source = "a"
sources = { rate = "%s" }
up_to = 100
rate = 0.6
"""
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text(text.replace("[sources.a]", '[sources.b]\nkind = "assumed"\nnote = "m"\n[sources.a]') % "b", encoding="utf-8")
    bad.write_text(text % "nope", encoding="utf-8")
    pfile = read_policy_file(good, "good.toml", "")
    assert pfile.origin[("resident", "critical_illness", "bands", "0", "rate")] == "b"
    assert pfile.origin[("resident", "critical_illness", "bands", "0", "up_to")] == "a"
    problems = read_policy_file(bad, "bad.toml", "")
    assert [p.key for p in problems] == ["resident.critical_illness.bands.0.rate"]


def test_every_jiangsu_template_value_is_assumed(registry):
    policy = registry.policy_for("jiangsu", date(2025, 6, 1))
    assert all(not prov.source.verified for _, _, prov in policy.all_provenance())


def test_an_estimate_that_used_assumed_values_warns_and_lists_each_once(registry):
    name, case, expect, _ = next(g for g in golden_cases() if "level-3" in g[0] and "Jinan" in g[0])
    result = estimate(case_from_dict(case), registry)
    paths = [u.path for u in result.assumed]
    assert "resident.inpatient.rate.level3" in paths
    assert len(paths) == len(set(paths))
    assert result.warnings[0].id == "warn.assumed"


def test_the_2014_official_example_uses_no_assumed_value(registry):
    name, case, expect, _ = next(g for g in golden_cases() if "2014" in g[0])
    result = estimate(case_from_dict(case), registry)
    assert result.assumed == []
    assert all(w.id != "warn.assumed" for w in result.warnings)


def test_every_message_has_chinese_and_english_with_the_same_placeholders():
    fields = lambda text: {f for _, f, _, _ in string.Formatter().parse(text) if f}  # noqa: E731
    for key, (zh, en) in CATALOG.items():
        assert zh and en, key
        assert fields(zh) == fields(en), key
        assert re.search(r"[\u4e00-\u9fff]", zh) or key.startswith(("ui.case_line", "ui.show_header", "error.case.field", "policy.problem", "what.other")), key
    for kind, entries in LABELS.items():
        for key, (zh, en) in entries.items():
            assert zh and en, (kind, key)


def test_no_policy_number_is_written_in_the_rules():
    # Rates, caps and deductibles belong in policy files; the rules hold only 0, 1 and the fen.
    rules = (ROOT / "benefitcalc" / "core" / "rules").glob("*.py")
    for path in rules:
        code = re.sub(r'(""".*?"""|#.*$|"[^"\n]*")', "", path.read_text(encoding="utf-8"), flags=re.S | re.M)
        numbers = set(re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])", code))
        assert numbers <= {"0", "1"}, f"{path.name}: {sorted(numbers)}"
