"""Every policy value has a source; every quoted seed phrase is really in its seed; an estimate
that used an unverified value says so and lists it."""

from __future__ import annotations

import re
import string
from datetime import date
from pathlib import Path

import pytest

from benefitcalc.core.case import case_from_dict
from benefitcalc.core.engine import estimate
from benefitcalc.core.messages import CATALOG, LABELS

from .conftest import ROOT, golden_cases

SEEDS = ROOT.parent / "shared" / "seeds"


def all_sources(registry):
    for pfile in registry.files:
        for sid, source in pfile.sources.items():
            yield pfile.display, sid, source


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles (../shared/seeds) are not beside this checkout")
def test_every_quoted_phrase_appears_in_its_seed_document(registry):
    checked = 0
    for display, sid, source in all_sources(registry):
        if source.quote and source.document and source.document.endswith(".txt"):
            text = (SEEDS / source.document).read_text(encoding="utf-8")
            assert source.quote in text, f"{display} › sources.{sid}: quote not found in {source.document}"
            checked += 1
    assert checked >= 15


def test_every_value_in_force_has_a_source_and_a_verification_status(registry):
    for entry in registry.usable_regions():
        for policy in entry.versions:
            for key, value, provenance in policy.all_provenance():
                assert provenance.source.kind in ("seed", "official", "assumed"), key


def test_the_values_parameters_md_marks_as_sourced_are_not_assumed(registry):
    policy = registry.policy_for("jinan", date(2025, 6, 1))
    verified = [
        "resident.general_outpatient.rate.level1",
        "resident.general_outpatient.annual_limit",
        "resident.inpatient_chronic_annual_cap",
        "employee.large_expense.annual_cap",
        "resident.critical_illness.annual_cap",
        "resident.maternity.quota.second",
        "resident.maternity.quota.third_and_later",
        "employee.maternity.rate",
        "employee.maternity.leave_days",
        "assistance.annual_limit",
        "resident.two_diseases.rate.grassroots",
    ]
    for path in verified:
        assert policy.provenance(path).source.verified, path
    assumed = ["resident.inpatient.rate.level3", "resident.maternity.quota.first", "resident.critical_illness.bands.0.rate",
               "employee.inpatient.deductible.level2", "out_of_area.reduction.national_unfiled", "assistance.groups.dibao.rate"]
    for path in assumed:
        assert not policy.provenance(path).source.verified, path


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
