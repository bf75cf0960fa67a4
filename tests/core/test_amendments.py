"""Amendment files (`amends = "…"`): single values changed from a date on, in date order, the
region's own chain before its template's; a broken one is left out and every region keeps its
last good data. Also the folder's hostile contents: FIFOs, cycles of `extends`, a missing folder."""

from __future__ import annotations

import functools
import json
import os
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benefitcalc.cli import main as cli_main
from benefitcalc.core.amendments import amendment_text
from benefitcalc.core.registry import PolicyRegistry

from shared_data import notice

from .conftest import DATA, POLICIES

LEVEL3 = "resident.inpatient.rate.level3"
GOLDEN = DATA / "golden" / "jinan-resident-level3-first-stay.toml"



@functools.cache
def _shipped() -> PolicyRegistry:
    return PolicyRegistry.load(POLICIES)


def shipped(region: str = "jinan", key: str = LEVEL3, day: date = date(2025, 6, 30)):
    """A shipped value, read rather than pinned: correcting it must not break these tests."""
    return _shipped().policy_for(region, day).get(key)


# The illustration's values must differ from the shipped ones, or a test would prove nothing.
ILLUSTRATIONS = [Decimal(f"0.{n}") for n in range(61, 66)]


def test_the_illustration_values_differ_from_the_shipped_ones():
    assert shipped() not in ILLUSTRATIONS and shipped("qingdao") not in ILLUSTRATIONS


def rendered(registry: PolicyRegistry) -> list[str]:
    return [p.render("en") for p in registry.problems]


def test_an_amendment_changes_jinans_level3_rate_from_its_date_and_no_earlier(policies):
    (policies / "jinan-2025-07.toml").write_text(notice(), encoding="utf-8")
    registry = PolicyRegistry.load(policies)
    assert registry.problems == []
    assert registry.policy_for("jinan", date(2025, 6, 30)).get(LEVEL3) == shipped()
    after = registry.policy_for("jinan", date(2025, 7, 1))
    assert after.get(LEVEL3) == Decimal("0.62")
    assert after.provenance(LEVEL3).source.kind == "official"
    assert after.provenance(LEVEL3).file == "policies/jinan-2025-07.toml"
    # Only that leaf changed, and only in Jinan.
    before = registry.policy_for("jinan", date(2025, 6, 30))
    assert {k for k in after.leaves if after.leaves[k] != before.leaves.get(k)} == {tuple(LEVEL3.split("."))}
    assert registry.policy_for("qingdao", date(2025, 7, 1)).get(LEVEL3) == shipped("qingdao")


def test_the_estimate_through_the_cli_uses_the_amendment_from_its_date(policies, capsys, tmp_path):
    (policies / "jinan-2025-07.toml").write_text(notice(), encoding="utf-8")
    later = tmp_path / "later.toml"
    later.write_text(GOLDEN.read_text(encoding="utf-8").replace("date = 2025-06-01", "date = 2025-07-01"), encoding="utf-8")
    assert cli_main(["estimate", str(GOLDEN), "--json", "--policies", str(policies)]) == 0
    before = Decimal(json.loads(capsys.readouterr().out)["payers"]["basic_fund"])
    assert cli_main(["estimate", str(later), "--json", "--policies", str(policies)]) == 0
    out = json.loads(capsys.readouterr().out)
    # (in-policy cost − deductible) × rate: the same base at 62 % instead of the shipped rate.
    assert abs(Decimal(out["payers"]["basic_fund"]) - before / shipped() * Decimal("0.62")) <= Decimal("0.01")
    assert "policies/jinan-2025-07.toml" in json.dumps(out, ensure_ascii=False)


def test_any_toml_with_amends_is_an_amendment_whatever_its_name_or_folder(policies):
    (policies / "shandong" / "zz notes 更正.toml").write_text(notice(), encoding="utf-8")
    registry = PolicyRegistry.load(policies)
    assert registry.problems == []
    assert registry.policy_for("jinan", date(2025, 8, 1)).get(LEVEL3) == Decimal("0.62")
    assert len(registry.files) == 21


def test_a_template_amendment_reaches_the_cities_that_do_not_set_the_value(policies):
    text = notice(amends="shandong").replace("jn_2025_notice", "sd_notice")
    text = text.replace("[resident.inpatient.rate]", "[resident.general_outpatient]").replace("level3 = 0.62", "annual_limit = 450")
    (policies / "sd.toml").write_text(text, encoding="utf-8")
    registry = PolicyRegistry.load(policies)
    assert registry.problems == []
    key = "resident.general_outpatient.annual_limit"
    assert registry.policy_for("qingdao", date(2025, 7, 1)).get(key) == 450
    assert registry.policy_for("qingdao", date(2025, 6, 30)).get(key) != 450
    # Jinan's own file sets it (500): the region's own chain wins over the template's.
    assert registry.policy_for("jinan", date(2025, 7, 1)).get(key) == shipped("jinan", key) != 450
    # Jiangsu does not extend Shandong.
    assert registry.policy_for("binhai", date(2025, 7, 1)).get(key) != 450


def test_a_city_amendment_wins_over_a_later_template_amendment(policies):
    (policies / "jn.toml").write_text(notice(value="0.62"), encoding="utf-8")
    (policies / "sd.toml").write_text(notice(amends="shandong", valid_from="2025-09-01", value="0.65"), encoding="utf-8")
    registry = PolicyRegistry.load(policies)
    assert registry.problems == []
    assert registry.policy_for("jinan", date(2025, 10, 1)).get(LEVEL3) == Decimal("0.62")
    assert registry.policy_for("qingdao", date(2025, 10, 1)).get(LEVEL3) == Decimal("0.65")
    assert registry.policy_for("qingdao", date(2025, 8, 31)).get(LEVEL3) == shipped("qingdao")


def test_several_amendments_apply_in_date_order_and_valid_until_ends_one(policies):
    (policies / "b.toml").write_text(notice(valid_from="2025-07-01", value="0.62"), encoding="utf-8")
    (policies / "a.toml").write_text(notice(valid_from="2026-01-01", value="0.64", extra="valid_until = 2026-06-30"), encoding="utf-8")
    registry = PolicyRegistry.load(policies)
    assert registry.problems == []
    got = {day: registry.policy_for("jinan", date.fromisoformat(day)).get(LEVEL3) for day in (
        "2025-06-30", "2025-07-01", "2025-12-31", "2026-01-01", "2026-06-30", "2026-07-01")}
    assert got == {
        "2025-06-30": shipped(), "2025-07-01": Decimal("0.62"), "2025-12-31": Decimal("0.62"),
        "2026-01-01": Decimal("0.64"), "2026-06-30": Decimal("0.64"), "2026-07-01": Decimal("0.62"),
    }


def test_a_newer_full_version_replaces_an_older_amendment(policies):
    (policies / "jn.toml").write_text(notice(valid_from="2025-07-01"), encoding="utf-8")
    src = policies / "shandong" / "jinan-2024.toml"
    src.write_text(src.read_text(encoding="utf-8").replace("valid_from = 2024-01-01", "valid_from = 2024-01-01\nvalid_until = 2025-12-31"), encoding="utf-8")
    newer = src.read_text(encoding="utf-8").replace("valid_from = 2024-01-01\nvalid_until = 2025-12-31", "valid_from = 2026-01-01")
    (policies / "shandong" / "jinan-2026.toml").write_text(newer, encoding="utf-8")
    registry = PolicyRegistry.load(policies)
    assert registry.problems == []
    assert registry.policy_for("jinan", date(2025, 12, 31)).get(LEVEL3) == Decimal("0.62")
    assert registry.policy_for("jinan", date(2026, 1, 1)).get(LEVEL3) == shipped()


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("a rate above one", notice(value="1.62"), "jn.toml › resident.inpatient.rate.level3: must be ≤ 1 (got 1.62) (line 14)"),
        ("a misspelt key", notice().replace("level3 =", "levl3 ="), "jn.toml › resident.inpatient.rate.levl3: unknown key (a typo?) (line 14)"),
        ("an unknown region", notice(amends="jinnan"), "jn.toml › policy.amends: amends 'jinnan', which no policy file defines (line 2)"),
        ("a value with no source", notice().replace('source = "jn_2025_notice"\n', ""), "jn.toml › resident.inpatient.rate.level3: no source"),
        ("a region of its own besides amends", notice(extra='region = "jinan"'), "jn.toml › policy.region: an amendment (amends) has no region of its own"),
        ("TOML that does not parse", notice(value="0.6.2"), "jn.toml › -: TOML syntax error"),
        ("a date before its region has any version", notice(valid_from="2020-01-01", extra="valid_until = 2020-12-31"), "jn.toml › policy.valid_from: 'jinan' has no version in force from 2020-01-01"),
    ],
)
def test_a_broken_amendment_is_reported_and_jinan_keeps_its_last_good_data(policies, name, text, expected):
    (policies / "good.toml").write_text(notice(valid_from="2025-01-01", value="0.61").replace("jn_2025_notice", "n1"), encoding="utf-8")
    (policies / "jn.toml").write_text(text, encoding="utf-8")
    registry = PolicyRegistry.load(policies)
    found = rendered(registry)
    assert len(found) == 1 and expected in found[0], found
    assert registry.policy_for("jinan", date(2025, 8, 1)).get(LEVEL3) == Decimal("0.61")
    assert len(registry.usable_regions()) == 19


def test_a_template_amendment_that_breaks_a_city_is_left_out_and_says_why(policies):
    # Zaozhuang's file sets the critical illness deductible; Shandong's first band ends at
    # 100,000: an amendment raising that deductible above the band is fine for the template…
    text = notice(amends="shandong").replace("[resident.inpatient.rate]", "[resident.critical_illness]").replace("level3 = 0.62", "deductible = 200000")
    (policies / "sd.toml").write_text(text, encoding="utf-8")
    registry = PolicyRegistry.load(policies)
    found = rendered(registry)
    assert len(found) == 1
    assert found[0].startswith("policies/sd.toml › resident.critical_illness.deductible") or "sd.toml › policy.amends" in found[0]
    assert registry.policy_for("jinan", date(2025, 8, 1)).get("resident.critical_illness.deductible") != 200000
    assert len(registry.usable_regions()) == 19


def test_a_fifo_or_a_folder_named_toml_is_skipped_with_a_problem_and_nothing_hangs(policies):
    os.mkfifo(policies / "shandong" / "pipe.toml")
    (policies / "dir.toml").mkdir()
    registry = PolicyRegistry.load(policies)  # a FIFO opened for reading would block here
    found = rendered(registry)
    assert "policies/shandong/pipe.toml › -: not a regular file; skipped" in found
    assert "policies/dir.toml › -: not a regular file; skipped" in found
    assert len(registry.usable_regions()) == 19


def test_a_huge_file_is_refused_unread(policies):
    with (policies / "big.toml").open("wb") as handle:
        handle.truncate(50_000_000)
    registry = PolicyRegistry.load(policies)
    assert rendered(registry) == ["policies/big.toml › -: too large to be a policy file; skipped"]


def test_a_file_that_extends_itself_names_the_cycle(policies):
    path = policies / "shandong" / "rizhao-2024.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('extends = "shandong"', 'extends = "rizhao"'), encoding="utf-8")
    registry = PolicyRegistry.load(policies)
    assert any("rizhao-2024.toml › policy.extends: extends form a cycle: rizhao → rizhao" in f for f in rendered(registry))
    assert not registry.regions["rizhao"].usable and registry.regions["jinan"].usable


def test_two_files_extending_each_other_name_the_cycle_both(policies):
    for name, other in (("rizhao", "weihai"), ("weihai", "rizhao")):
        path = policies / "shandong" / f"{name}-2024.toml"
        path.write_text(path.read_text(encoding="utf-8").replace('extends = "shandong"', f'extends = "{other}"'), encoding="utf-8")
    found = rendered(PolicyRegistry.load(policies))
    assert any("rizhao-2024.toml › policy.extends: extends form a cycle: rizhao → weihai → rizhao" in f for f in found)
    assert any("weihai-2024.toml › policy.extends: extends form a cycle: weihai → rizhao → weihai" in f for f in found)


def test_a_folder_that_does_not_exist_is_reported(tmp_path):
    registry = PolicyRegistry.load(tmp_path / "no-such")
    assert registry.missing_folders == [tmp_path / "no-such"]
    assert rendered(registry) == [f"{tmp_path / 'no-such'} › -: the policy folder does not exist"]


def test_policies_check_accepts_a_good_amendment_and_counts_it(policies, capsys):
    (policies / "jn.toml").write_text(notice(), encoding="utf-8")
    assert cli_main(["policies", "check", "--dir", str(policies), "--lang", "en"]) == 0
    assert "All 21 policy files are valid" in capsys.readouterr().out


def test_an_amendment_written_by_amendment_text_reads_back_the_same(policies):
    text = amendment_text(
        "jinan", date(2025, 7, 1),
        {"n": {"kind": "official", "title": "通知", "issuer": "济南市医疗保障局", "quote": "「62%」\n第二行"}},
        {LEVEL3: (Decimal("0.62"), "n"), "resident.inpatient_chronic_annual_cap": (Decimal("700000"), "n")},
        note='含"引号"',
    )
    (policies / "w.toml").write_text(text, encoding="utf-8")
    registry = PolicyRegistry.load(policies)
    assert registry.problems == []
    policy = registry.policy_for("jinan", date(2025, 7, 1))
    assert policy.get(LEVEL3) == Decimal("0.62")
    assert policy.get("resident.inpatient_chronic_annual_cap") == 700000
    assert policy.provenance(LEVEL3).source.quote == "「62%」\n第二行"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(
    st.tuples(st.integers(0, 900), st.one_of(st.none(), st.integers(0, 400)), st.integers(50, 99)),
    min_size=1, max_size=4,
))
def test_on_every_day_the_latest_amendment_in_force_decides(policies, plan):
    """Any set of amendments of one leaf: on a day, the one in force that started last wins
    (the later file on the same day), else the region's own value."""
    start = date(2025, 1, 1)
    for old in policies.glob("amend-*.toml"):
        old.unlink()
    amendments = []
    for index, (offset, length, percent) in enumerate(plan):
        first = start + timedelta(days=offset)
        last = None if length is None else first + timedelta(days=length)
        extra = f"valid_until = {last.isoformat()}" if last else ""
        value = Decimal(percent) / 100
        (policies / f"amend-{index}.toml").write_text(notice(valid_from=first.isoformat(), value=str(value), extra=extra), encoding="utf-8")
        amendments.append((first, index, last, value))
    registry = PolicyRegistry.load(policies)
    assert registry.problems == []
    for day in [start + timedelta(days=d) for d in range(-1, 1400, 37)] + [a[0] for a in amendments] + [a[2] for a in amendments if a[2]]:
        in_force = [a for a in amendments if a[0] <= day and (a[2] is None or day <= a[2])]
        expected = max(in_force, key=lambda a: (a[0], a[1]))[3] if in_force else shipped()
        assert registry.policy_for("jinan", day).get(LEVEL3) == expected, day


def test_the_quick_region_list_skips_a_fifo_too(policies):
    from benefitcalc.core.policy_index import scan_regions

    os.mkfifo(policies / "shandong" / "pipe.toml")
    (policies / "jn.toml").write_text(notice(), encoding="utf-8")  # an amendment names no region
    regions = scan_regions([policies])
    assert len(regions) == 19 and "jinan" in {r.region for r in regions}


def test_a_wrong_value_hidden_by_a_later_amendment_of_the_same_day_is_still_reported(policies):
    (policies / "a.toml").write_text(notice(value="1.62"), encoding="utf-8")
    (policies / "b.toml").write_text(notice(value="0.62"), encoding="utf-8")
    registry = PolicyRegistry.load(policies)
    assert ["a.toml › resident.inpatient.rate.level3: must be ≤ 1 (got 1.62)" in f for f in rendered(registry)] == [True]
    assert registry.policy_for("jinan", date(2025, 7, 1)).get(LEVEL3) == Decimal("0.62")
