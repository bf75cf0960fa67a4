"""Shared fixtures for the core tests: the shipped policies and the worked cases as data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_data import DATA, FIXTURE_POLICIES, PAYER_KEYS, POLICIES, ROOT, expected_amounts, golden_files  # noqa: F401

from benefitcalc.core.registry import PolicyRegistry
from benefitcalc.core.toml_reader import loads


@pytest.fixture(scope="session")
def registry() -> PolicyRegistry:
    return PolicyRegistry.load(POLICIES)


@pytest.fixture
def policies(tmp_path) -> Path:
    """A private copy of the shipped policy folder, which a test may change."""
    target = tmp_path / "policies"
    shutil.copytree(POLICIES, target)
    return target


@pytest.fixture(scope="session")
def fixture_registry() -> PolicyRegistry:
    """The fixture policies (Testland; Alpha, Beta, Gamma) the hand-worked rule cases run on."""
    return PolicyRegistry.load(FIXTURE_POLICIES)


def golden_cases() -> list[tuple[str, dict, dict, Path]]:
    """(name, case table, expect table, file) for every golden file."""
    return [(data["name"], data["case"], data["expect"], path) for path, data in golden_files()]


def worked_cases() -> list[tuple[str, dict, dict]]:
    """(name, case table, expect table) for the project's own hand-worked cases."""
    out = []
    for path in sorted((DATA / "cases").glob("*.toml")):
        for entry in loads(path.read_text(encoding="utf-8"))["cases"]:
            out.append((entry["name"], entry["case"], entry["expect"]))
    return out

