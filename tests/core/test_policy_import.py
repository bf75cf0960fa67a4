"""`policies diff`, `policies import` / `undo`, the install API (`check_files`, `install`,
`undo`, `write_amendment`) and staleness: a correction shows exactly what it changes, installs
atomically into the user's folder, is undone, and a refused file changes nothing."""

from __future__ import annotations

import json
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from benefitcalc.cli import main as cli_main
from benefitcalc.core import policy_install
from benefitcalc.core.case import case_from_dict
from benefitcalc.core.engine import estimate
from benefitcalc.core.messages import render
from benefitcalc.core.policy_diff import diff_policies
from benefitcalc.core.policy_install import check_files, install, undo, write_amendment
from benefitcalc.core.registry import PolicyRegistry
from benefitcalc.core.staleness import estimate_notices, stale_files

from benefitcalc.core.param_labels import param_value

from shared_data import notice

from .test_amendments import GOLDEN, LEVEL3, shipped

TODAY = date(2025, 9, 1)


@pytest.fixture
def user(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "用户 policies"
    monkeypatch.setenv("BENEFITCALC_USER_POLICIES", str(folder))
    return folder


def _params(out: dict) -> list[dict]:
    """Every parameter an estimate's JSON lists, wherever it lists them."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if "path" in node and "value" in node:
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(out)
    return found


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ------------------------------------------------------------------------------ diff

def test_diff_between_two_dates_lists_exactly_the_amended_leaf(policies, capsys):
    (policies / "jn.toml").write_text(notice(), encoding="utf-8")
    assert cli_main(["policies", "diff", "jinan", "--from", "2025-06-30", "--to", "2025-07-01", "--dir", str(policies)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "济南市（jinan）2025-06-30 → 2025-07-01：1 处不同"
    assert lines[1] == f"居民医保 · 住院 · 报销比例 · 三级医院：{param_value(LEVEL3, shipped())} 改为 62%"
    assert lines[2].startswith("    原来源：未核实：")
    assert lines[3] == "    新来源：济南市医疗保障局，2025-06-20，《济南市医疗保障局关于调整城乡居民医保住院待遇的通知》：「三级医院报销比例调整为62%」"
    assert len(lines) == 4
    assert "." not in "".join(lines[1:]).replace("2025-06-20", "")  # no dotted key in the Chinese text


def test_diff_against_another_folder_with_keys(policies, capsys):
    (policies / "jn.toml").write_text(notice(), encoding="utf-8")
    assert cli_main(["policies", "diff", "jinan", "--against", str(policies), "--date", "2025-08-01", "--keys", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "1 difference(s)" in out
    assert f"[{LEVEL3}]: {param_value(LEVEL3, shipped())} → 62%" in out
    assert "(policies/jn.toml)" in out


def test_diff_of_a_source_alone_is_listed(policies):
    registry = PolicyRegistry.load(policies)
    (policies / "jn.toml").write_text(notice(value=str(shipped())), encoding="utf-8")  # same value, a real source
    changed = PolicyRegistry.load(policies)
    changes = diff_policies(registry.policy_for("jinan", TODAY), changed.policy_for("jinan", TODAY))
    assert [c.key for c in changes] == [LEVEL3]
    assert changes[0].old == changes[0].new


def test_diff_without_dates_or_folder_says_what_to_give(capsys):
    assert cli_main(["policies", "diff", "jinan"]) == 1
    assert "--from" in capsys.readouterr().err


def test_diff_of_an_unknown_region_exits_1(capsys):
    assert cli_main(["policies", "diff", "jinnan", "--from", "2025-01-01"]) == 1
    assert "jinnan" in capsys.readouterr().err


# ------------------------------------------------------------------------------ import / undo

def test_import_prints_the_change_installs_and_check_accepts_it(tmp_path, user, capsys):
    incoming = tmp_path / "济南 更正.toml"
    incoming.write_text(notice(extra="reviewed = 2025-06-25"), encoding="utf-8")
    assert cli_main(["policies", "import", str(incoming)]) == 0
    out = capsys.readouterr().out
    assert f"居民医保 · 住院 · 报销比例 · 三级医院：{param_value(LEVEL3, shipped())} 改为 62%" in out
    assert "policies undo" in out
    assert (user / "济南 更正.toml").read_bytes() == incoming.read_bytes()
    assert cli_main(["policies", "check"]) == 0
    assert "21 个政策文件全部有效" in capsys.readouterr().out
    later = tmp_path / "later.toml"
    later.write_text(GOLDEN.read_text(encoding="utf-8").replace("date = 2025-06-01", "date = 2025-07-01"), encoding="utf-8")
    assert cli_main(["estimate", str(later), "--json"]) == 0  # the user's folder is read by default
    after = json.loads(capsys.readouterr().out)
    assert any(p["path"] == LEVEL3 and p["value"] in ("0.62", "62%") for p in _params(after)), after
    assert cli_main(["policies", "undo"]) == 0
    assert "济南 更正.toml" in capsys.readouterr().out
    assert not (user / "济南 更正.toml").exists()
    assert cli_main(["policies", "undo"]) == 1  # nothing left to undo


def test_a_refused_import_changes_nothing(tmp_path, user, capsys):
    good = tmp_path / "good.toml"
    good.write_text(notice(), encoding="utf-8")
    assert cli_main(["policies", "import", str(good)]) == 0
    before = snapshot(user)
    bad = tmp_path / "bad.toml"
    bad.write_text(notice(value="1.62"), encoding="utf-8")
    other = tmp_path / "other.toml"
    other.write_text(notice(valid_from="2026-01-01", value="0.7"), encoding="utf-8")
    capsys.readouterr()
    assert cli_main(["policies", "import", str(other), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.toml › resident.inpatient.rate.level3：必须 ≤ 1（现为 1.62）" in err
    assert snapshot(user) == before


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _twice(folder: Path) -> list[Path]:
    (folder / "a").mkdir()
    return [_write(folder / "jn.toml", notice()), _write(folder / "a" / "jn.toml", notice(valid_from="2026-01-01"))]


@pytest.mark.parametrize(
    "name, make, expected",
    [
        ("a file that does not exist", lambda d: d / "missing.toml", "文件不存在"),
        ("a folder", lambda d: (d / "f.toml").mkdir() or d / "f.toml", "不是普通文件"),
        ("a FIFO", lambda d: os.mkfifo(d / "p.toml") or d / "p.toml", "不是普通文件"),
        ("a file with the same name given twice", lambda d: _twice(d), "同名"),
        ("a city file extending a template that does not exist", lambda d: _write(d / "c.toml", '[policy]\nregion = "x"\nname = "x"\nname_en = "x"\nkind = "city"\nvalid_from = 2024-01-01\nextends = "nowhere"\n'), "nowhere"),
    ],
)
def test_files_that_cannot_be_imported_are_refused_with_a_reason(tmp_path, user, capsys, name, make, expected):
    paths = make(tmp_path)
    assert cli_main(["policies", "import", *map(str, paths if isinstance(paths, list) else [paths])]) == 1
    assert expected in capsys.readouterr().err
    assert snapshot(user) == {}


def test_import_replacing_a_file_keeps_it_for_undo(tmp_path, user, policies):
    folders = [policies]
    first = check_files({"jn.toml": notice().encode()}, folders, user, TODAY)
    install(first)
    second = check_files({"jn.toml": notice(value="0.63").encode()}, folders, user, TODAY)
    assert second.ok
    [region] = second.regions
    assert region.region == "jinan" and [c.key for c in region.changes] == [LEVEL3]
    assert (region.changes[0].old, region.changes[0].new) == (Decimal("0.62"), Decimal("0.63"))
    install(second)
    assert b"0.63" in (user / "jn.toml").read_bytes()
    done = undo(user)
    assert done.restored == ["jn.toml"] and done.removed == []
    assert b"0.62" in (user / "jn.toml").read_bytes()
    assert undo(user).removed == ["jn.toml"]
    assert undo(user) is None


def test_a_template_amendment_shows_every_city_it_reaches(policies, user):
    text = notice(amends="shandong").replace("[resident.inpatient.rate]", "[resident.general_outpatient]").replace("level3 = 0.62", "annual_limit = 450")
    plan = check_files({"sd.toml": text.encode()}, [policies], user, TODAY)
    assert plan.ok
    reached = {r.region for r in plan.regions}
    assert "qingdao" in reached and "shandong" in reached
    assert "jinan" not in reached  # its own file sets the value
    assert "binhai" not in reached


def test_a_future_amendment_shows_its_change_on_its_first_day(policies, user):
    plan = check_files({"jn.toml": notice(valid_from="2030-01-01").encode()}, [policies], user, TODAY)
    assert [(r.region, r.day) for r in plan.regions] == [("jinan", date(2030, 1, 1))]


def test_an_identical_file_is_reported_unchanged_and_not_installed_twice(policies, user):
    install(check_files({"jn.toml": notice().encode()}, [policies], user, TODAY))
    plan = check_files({"jn.toml": notice().encode()}, [policies], user, TODAY)
    assert plan.ok and plan.unchanged == ["jn.toml"] and plan.files == {}
    assert install(plan) == []
    assert undo(user) is not None and undo(user) is None


def test_a_failure_while_installing_leaves_the_folder_as_it_was(policies, user, monkeypatch):
    install(check_files({"a.toml": notice().encode()}, [policies], user, TODAY))
    before = snapshot(user)
    plan = check_files({"a.toml": notice(value="0.63").encode(), "b.toml": notice(valid_from="2026-01-01").encode()}, [policies], user, TODAY)
    real = policy_install._write_atomic
    calls = []

    def failing(path, data):
        calls.append(path.name)
        if path.name == "b.toml":
            raise OSError("disk full")
        real(path, data)

    monkeypatch.setattr(policy_install, "_write_atomic", failing)
    with pytest.raises(OSError):
        install(plan)
    monkeypatch.setattr(policy_install, "_write_atomic", real)
    assert "b.toml" in calls
    assert snapshot(user) == before


def test_a_plan_with_problems_cannot_be_installed(policies, user):
    plan = check_files({"jn.toml": notice(value="2").encode()}, [policies], user, TODAY)
    assert not plan.ok
    with pytest.raises(ValueError):
        install(plan)


def test_write_amendment_installs_a_correction_that_check_accepts(policies, user):
    source = {"kind": "official", "title": "通知", "issuer": "济南市医疗保障局", "date": "2025-06-20", "quote": "调整为62%"}
    plan = write_amendment("jinan", date(2025, 7, 1), {"jn": source}, {LEVEL3: (Decimal("0.62"), "jn")}, [policies], user, today=TODAY)
    assert plan.ok, [p.render("en") for p in plan.problems]
    [path] = user.glob("*.toml")
    assert path.name.startswith("jinan-2025-07-01-")
    registry = PolicyRegistry.load([policies, user])
    assert registry.problems == []
    assert stale_files(registry.files, TODAY) == []
    assert registry.policy_for("jinan", date(2025, 7, 1)).get(LEVEL3) == Decimal("0.62")
    # A second correction of the same day is a second file, applied after the first.
    plan = write_amendment("jinan", date(2025, 7, 1), {"jn": source}, {LEVEL3: (Decimal("0.63"), "jn")}, [policies], user, today=TODAY)
    assert plan.ok and len(list(user.glob("*.toml"))) == 2
    assert PolicyRegistry.load([policies, user]).policy_for("jinan", date(2025, 7, 1)).get(LEVEL3) == Decimal("0.63")


def test_write_amendment_refuses_a_bad_value_and_writes_nothing(policies, user):
    source = {"kind": "official", "title": "通知"}
    plan = write_amendment("jinan", date(2025, 7, 1), {"jn": source}, {LEVEL3: (Decimal("6.2"), "jn")}, [policies], user, today=TODAY)
    assert not plan.ok
    assert "resident.inpatient.rate.level3" in plan.problems[0].render("en")
    assert snapshot(user) == {}


# ------------------------------------------------------------------------------ staleness and overlaps

def _case(day: str):
    from benefitcalc.core.toml_reader import loads

    data = loads(GOLDEN.read_text(encoding="utf-8"))["case"]
    data["date"] = date.fromisoformat(day)
    return case_from_dict(data)


def test_an_estimate_more_than_a_year_after_the_newest_review_warns(registry):
    policy = registry.policy_for("jinan", date(2025, 6, 1))
    newest = max(f.header.reviewed for f in policy.files)
    fresh = estimate(_case("2025-06-01"), registry)
    assert not any(w.id == "warn.stale" for w in fresh.warnings)
    day = newest.replace(year=newest.year + 1)
    assert not any(w.id == "warn.stale" for w in estimate_notices(registry, policy, day))
    late = estimate_notices(registry, policy, date(day.year, day.month, day.day + 1))
    assert [w.id for w in late] == ["warn.stale"]
    assert newest.isoformat() in render(late[0])


def test_every_shipped_file_says_when_it_was_reviewed(registry):
    assert all(f.header.reviewed is not None for f in registry.files)


def test_policies_check_lists_files_not_reviewed_for_a_year_but_passes(policies, capsys):
    path = policies / "shandong" / "taian-2024.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("reviewed = ", "reviewed = 2020-01-01\n# was "), encoding="utf-8")
    (policies / "jn.toml").write_text(notice(), encoding="utf-8")  # no reviewed date at all
    assert cli_main(["policies", "check", "--dir", str(policies), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "2 file(s) not reviewed for over a year:" in out
    assert "policies/shandong/taian-2024.toml (reviewed 2020-01-01)" in out
    assert "policies/jn.toml (does not say when it was reviewed)" in out


def test_an_estimate_on_overlapping_versions_says_which_one_is_used(policies):
    src = policies / "shandong" / "weihai-2024.toml"
    later = src.with_name("weihai-2024b.toml")
    later.write_text(src.read_text(encoding="utf-8").replace("valid_from = 2024-01-01", "valid_from = 2024-06-01"), encoding="utf-8")
    registry = PolicyRegistry.load(policies)
    policy = registry.policy_for("weihai", date(2025, 1, 1))
    [notice_] = estimate_notices(registry, policy, date(2025, 1, 1))
    text = render(notice_, "en")
    assert "weihai-2024b.toml overlaps policies/shandong/weihai-2024.toml" in text and "uses policies/shandong/weihai-2024.toml" in text
    assert estimate_notices(registry, policy, date(2024, 3, 1)) == []


def test_the_estimate_json_carries_the_overlap_warning(policies, tmp_path, capsys):
    src = policies / "shandong" / "jinan-2024.toml"
    src.with_name("jinan-2025.toml").write_text(src.read_text(encoding="utf-8").replace("valid_from = 2024-01-01", "valid_from = 2025-01-01"), encoding="utf-8")
    assert cli_main(["estimate", str(GOLDEN), "--json", "--policies", str(policies)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert any("jinan-2025.toml" in json.dumps(w, ensure_ascii=False) for w in out["warnings"])


def test_import_checks_among_the_policies_in_use_even_when_they_are_elsewhere(policies, tmp_path, user, monkeypatch, capsys):
    """With BENEFITCALC_POLICIES naming another set of policies, an import is checked among those."""
    (policies / "shandong" / "jinan-2024.toml").unlink()  # this set has no Jinan
    monkeypatch.setenv("BENEFITCALC_POLICIES", str(policies))
    incoming = tmp_path / "jn.toml"
    incoming.write_text(notice(), encoding="utf-8")
    assert cli_main(["policies", "import", str(incoming), "--dry-run"]) == 1
    assert "jinan" in capsys.readouterr().err
