"""The cache of checked policies never serves stale data: it gives what loading the files gives."""

from __future__ import annotations

import pickle
import shutil
import sys
from pathlib import Path

import pytest

from benefitcalc.core import policy_cache
from benefitcalc.core.case import read_case_file
from benefitcalc.core.engine import estimate
from benefitcalc.core.registry import PolicyRegistry

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = sorted((ROOT / "tests" / "data" / "golden").glob("*.toml"))
JINAN = Path("shandong") / "jinan-2024.toml"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped policies that a test may change."""
    copy = tmp_path / "policies"
    shutil.copytree(ROOT / "policies", copy)
    return copy


def summary(registry: PolicyRegistry) -> tuple:
    """What a user can see of a registry: regions, versions, values with their files, problems."""
    regions = tuple(
        (name, entry.name, entry.usable, tuple(p.render("en") for p in entry.problems),
         tuple((v.valid_from, v.valid_until, tuple(sorted((k, repr(val)) for k, val in v.leaves.items())),
                tuple(f.display for f in v.files)) for v in entry.versions))
        for name, entry in sorted(registry.regions.items())
    )
    return regions, tuple(p.render("en") for p in registry.problems), tuple(f.display for f in registry.files)


def test_a_cached_start_gives_every_golden_case_the_same_estimate(folder: Path, tmp_path: Path, monkeypatch):
    cache = tmp_path / "cache" / "policies.pickle"
    fresh = policy_cache.load_registry([folder], cache)
    assert cache.is_file()

    def no_loading(*args, **kwargs):
        raise AssertionError("the files were loaded again although nothing changed")

    monkeypatch.setattr(PolicyRegistry, "load", no_loading)
    cached = policy_cache.load_registry([folder], cache)
    assert cached is not fresh
    assert summary(cached) == summary(fresh)
    for path in GOLDEN:
        case = read_case_file(path)
        assert shown(estimate(case, cached)) == shown(estimate(case, fresh)), path.name


def shown(result) -> tuple:
    """An estimate as the faces show it: amounts, warnings, and each step with its parameters."""
    steps = [(s.layer, s.text, s.formula, s.params, s.amount) for s in result.steps]
    return (result.payers, result.copay, result.allowance, result.eligible, result.warnings,
            result.year_to_date_after, result.policy.file.display, steps)


def test_one_byte_changed_in_a_policy_file_is_seen(folder: Path, tmp_path: Path):
    cache = tmp_path / "policies.pickle"
    before = policy_cache.load_registry([folder], cache)
    path = folder / JINAN
    text = bytearray(path.read_bytes())
    at = text.index(b"reviewed = ") + len(b"reviewed = 202")  # the year's last digit
    text[at] = ord("4") if text[at] != ord("4") else ord("3")
    path.write_bytes(bytes(text))  # one byte changed
    after = policy_cache.load_registry([folder], cache)
    assert summary(after) == summary(PolicyRegistry.load([folder]))
    jinan = [v.file.header.reviewed for v in after.regions["jinan"].versions]
    assert jinan != [v.file.header.reviewed for v in before.regions["jinan"].versions]


def test_a_file_added_removed_or_broken_is_seen(folder: Path, tmp_path: Path):
    cache = tmp_path / "policies.pickle"
    policy_cache.load_registry([folder], cache)
    (folder / JINAN).write_text("[policy\n", encoding="utf-8")
    broken = policy_cache.load_registry([folder], cache)
    assert not broken.regions["jinan"].usable
    assert summary(broken) == summary(PolicyRegistry.load([folder]))
    (folder / JINAN).unlink()
    gone = policy_cache.load_registry([folder], cache)
    assert "jinan" not in gone.regions and summary(gone) == summary(PolicyRegistry.load([folder]))
    shutil.copy(ROOT / "policies" / JINAN, folder / "jinan-again.toml")
    back = policy_cache.load_registry([folder], cache)
    assert back.regions["jinan"].usable and summary(back) == summary(PolicyRegistry.load([folder]))


def test_another_folder_list_or_another_code_is_not_served_from_the_cache(folder: Path, tmp_path: Path, monkeypatch):
    cache = tmp_path / "policies.pickle"
    policy_cache.load_registry([folder], cache)
    other = tmp_path / "mine"
    other.mkdir()
    shutil.copy(ROOT / "policies" / JINAN, other / "jinan-2024.toml")
    layered = policy_cache.load_registry([folder, other], cache)
    assert summary(layered) == summary(PolicyRegistry.load([folder, other]))
    missing = policy_cache.load_registry([folder, tmp_path / "nowhere"], cache)
    assert missing.missing_folders == [tmp_path / "nowhere"]
    key = policy_cache.inputs_key([folder])
    monkeypatch.setattr(policy_cache, "_code_key", lambda: b"another version of the app")
    assert policy_cache.inputs_key([folder]) != key


@pytest.mark.parametrize("content", [
    b"", b"garbage", b"0" * 64, b"\x80\x04not a pickle at all", b"\xff" * 8 + b"a length beyond the file",
], ids=["an empty file", "a few bytes", "a key of zeros", "bytes that are not a pickle", "a huge key length"])
def test_a_corrupt_cache_is_ignored_and_replaced(folder: Path, tmp_path: Path, content: bytes):
    cache = tmp_path / "policies.pickle"
    cache.write_bytes(content)
    registry = policy_cache.load_registry([folder], cache)
    assert summary(registry) == summary(PolicyRegistry.load([folder]))
    key = policy_cache.inputs_key([folder])
    assert cache.read_bytes()[8:8 + len(key)] == key


def test_a_cache_with_the_right_key_but_a_broken_or_foreign_body_is_ignored(folder: Path, tmp_path: Path):
    cache = tmp_path / "policies.pickle"
    key = policy_cache.inputs_key([folder])
    head = len(key).to_bytes(8, "little") + key
    expected = summary(PolicyRegistry.load([folder]))
    for body in (b"\x80\x05truncated", pickle.dumps({"not": "a registry"})):
        cache.write_bytes(head + body)
        assert summary(policy_cache.load_registry([folder], cache)) == expected
    good = cache.read_bytes()
    cache.write_bytes(good[: len(good) // 2])  # cut short, as by a full disk
    assert summary(policy_cache.load_registry([folder], cache)) == expected


def test_an_unreadable_or_unwritable_cache_only_costs_the_loading(folder: Path, tmp_path: Path):
    expected = summary(PolicyRegistry.load([folder]))
    a_folder = tmp_path / "policies.pickle"
    a_folder.mkdir()  # cannot be opened as a file, nor replaced by one
    assert summary(policy_cache.load_registry([folder], a_folder)) == expected
    below_a_file = tmp_path / "file" / "policies.pickle"
    below_a_file.parent.write_text("not a folder", encoding="utf-8")
    assert summary(policy_cache.load_registry([folder], below_a_file)) == expected
    assert not list(tmp_path.glob(".policies-*"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CACHE_HOME is the Linux user cache folder")
def test_the_cache_lives_in_the_user_cache_folder(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert policy_cache.cache_file() == tmp_path / "benefitcalc" / "policies.pickle"
