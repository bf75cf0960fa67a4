"""The cache of validated policies (`core.policy_cache`): used when nothing changed, never stale.

Whatever a policy folder holds, `load_registry` must give what a fresh `PolicyRegistry.load`
gives: after one byte of a file changes, a file is added (an amendment), the user's own folder
appears, or the cache file is damaged."""

from __future__ import annotations

import pickle
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benefitcalc.core import policy_cache
from benefitcalc.core.policy_cache import load_registry
from benefitcalc.core.registry import PolicyRegistry

from .conftest import FIXTURE_POLICIES, POLICIES

LEVEL3 = "resident.inpatient.rate.level3"
AMENDMENT = """\
[policy]
amends = "jinan"
valid_from = 2025-07-01

[sources.notice]
kind = "official"
title = "济南市医疗保障局关于调整城乡居民医保住院待遇的通知"
issuer = "济南市医疗保障局"
date = "2025-06-20"
quote = "三级医院报销比例调整为62%"

[resident.inpatient.rate]
source = "notice"
level3 = 0.62
"""


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(policy_cache.CACHE_ENV, str(folder))
    return folder


@pytest.fixture
def policies(tmp_path) -> Path:
    target = tmp_path / "policies"
    shutil.copytree(POLICIES, target)
    return target


def summary(registry: PolicyRegistry):
    """Everything a registry says: its problems, and each region's versions with their values and sources."""
    regions = {}
    for name, entry in sorted(registry.regions.items()):
        regions[name] = (entry.name, entry.kind, [p.render("en") for p in entry.problems], [
            (v.valid_from, v.valid_until, [f.display for f in v.files],
             [(key, repr(value), prov.source_id, prov.file) for key, value, prov in v.all_provenance()])
            for v in entry.versions])
    return [p.render("en") for p in registry.problems], regions


def fresh_only(monkeypatch):
    """From now on a full load fails the test: what comes back must be the cache's."""
    def refuse(*args, **kwargs):
        raise AssertionError("PolicyRegistry.load was called: the cache was not used")
    monkeypatch.setattr(PolicyRegistry, "load", classmethod(refuse))


def test_an_unchanged_folder_is_served_from_the_cache_as_loaded(cache, policies, monkeypatch):
    first = load_registry([policies])
    assert list(cache.glob("policies-*.pickle"))
    fresh_only(monkeypatch)
    again = load_registry([policies])
    assert summary(again) == summary(first)
    assert again.policy_for("jinan", date(2025, 6, 1)).get(LEVEL3) == Decimal("0.60")


def test_one_byte_changed_in_a_policy_file_is_seen(cache, policies):
    path = policies / "shandong" / "shandong-2024.toml"
    load_registry([policies])
    text = path.read_bytes()
    assert text.count(b"level3 = 0.60, source = \"assumed_resident_rate\"") == 1
    path.write_bytes(text.replace(b"level3 = 0.60, source", b"level3 = 0.61, source"))
    assert load_registry([policies]).policy_for("qingdao", date(2025, 6, 1)).get(LEVEL3) == Decimal("0.61")


def test_an_added_amendment_file_is_seen(cache, policies):
    load_registry([policies])
    (policies / "jinan-2025-07.toml").write_text(AMENDMENT, encoding="utf-8")
    assert load_registry([policies]).policy_for("jinan", date(2025, 7, 1)).get(LEVEL3) == Decimal("0.62")


def test_the_users_own_policy_folder_is_part_of_the_key(cache, policies, tmp_path):
    user = tmp_path / "user-policies"
    user.mkdir()
    load_registry([policies, user])
    (user / "jinan-2025-07.toml").write_text(AMENDMENT, encoding="utf-8")
    registry = load_registry([policies, user])
    assert registry.policy_for("jinan", date(2025, 7, 1)).get(LEVEL3) == Decimal("0.62")
    assert load_registry([policies]).policy_for("jinan", date(2025, 7, 1)).get(LEVEL3) == Decimal("0.60")


def test_a_file_that_becomes_unreadable_or_a_folder_that_goes_is_seen(cache, policies, tmp_path):
    load_registry([policies, tmp_path / "later"])
    (policies / "shandong" / "jinan-2024.toml").unlink()
    assert "jinan" not in load_registry([policies]).regions or not load_registry([policies]).regions["jinan"].usable
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "jinan-2025-07.toml").write_text(AMENDMENT, encoding="utf-8")
    assert summary(load_registry([policies, tmp_path / "later"])) == summary(PolicyRegistry.load([policies, tmp_path / "later"]))


def corruptions(head: bytes, body: bytes) -> dict[str, bytes]:
    return {
        "empty": b"",
        "truncated": (head + body)[: len(head) + len(body) // 2],
        "garbage after the key": head + b"\x80\x05not a pickle",
        "random bytes": bytes(range(256)) * 4,
        "another object under the right key": head + pickle.dumps({"regions": {}}),
        "only the format line": policy_cache.FORMAT,
    }


@pytest.mark.parametrize("damage", list(corruptions(b"", b"")))
def test_a_damaged_cache_is_ignored_and_replaced(cache, damage):
    expected = summary(PolicyRegistry.load([FIXTURE_POLICIES]))
    load_registry([FIXTURE_POLICIES])
    (path,) = cache.glob("policies-*.pickle")
    good = path.read_bytes()
    head = policy_cache.FORMAT + policy_cache.cache_key([FIXTURE_POLICIES])
    assert good.startswith(head)
    path.write_bytes(corruptions(head, good[len(head):])[damage])
    assert summary(load_registry([FIXTURE_POLICIES])) == expected
    assert path.read_bytes().startswith(head) and pickle.loads(path.read_bytes()[len(head):]) is not None


def test_a_cache_folder_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(policy_cache.CACHE_ENV, str(blocker / "cache"))
    assert summary(load_registry([FIXTURE_POLICIES])) == summary(PolicyRegistry.load([FIXTURE_POLICIES]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_after_any_one_byte_changes_the_cache_gives_what_a_fresh_load_gives(tmp_path_factory, data):
    """The whole kind: any single byte of any policy file set to any value, after a cached load."""
    base = tmp_path_factory.mktemp("cached")
    folder = base / "policies"
    shutil.copytree(FIXTURE_POLICIES, folder)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(policy_cache.CACHE_ENV, str(base / "cache"))
        load_registry([folder])
        files = sorted(folder.rglob("*.toml"))
        path = data.draw(st.sampled_from(files), label="file")
        content = bytearray(path.read_bytes())
        where = data.draw(st.integers(0, len(content) - 1), label="byte")
        content[where] = data.draw(st.integers(0, 255).filter(lambda b: b != content[where]), label="value")
        path.write_bytes(bytes(content))
        assert summary(load_registry([folder])) == summary(PolicyRegistry.load([folder]))
