"""Shared fixtures for the core tests: the shipped policies and the worked cases as data."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benefitcalc.core.registry import PolicyRegistry
from benefitcalc.core.toml_reader import loads

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
POLICIES = ROOT / "policies"
# Small made-up policies for the rule tests (tests/data/cases): correcting a shipped value never breaks them.
FIXTURE_POLICIES = DATA / "policies"
PAYER_KEYS = ("basic_fund", "critical_illness", "large_expense", "assistance", "backstop")


@pytest.fixture(scope="session")
def registry() -> PolicyRegistry:
    return PolicyRegistry.load(POLICIES)


@pytest.fixture(scope="session")
def fixture_registry() -> PolicyRegistry:
    """The fixture policies (Testland; Alpha, Beta, Gamma) the hand-worked rule cases run on."""
    return PolicyRegistry.load(FIXTURE_POLICIES)


def golden_cases() -> list[tuple[str, dict, dict, Path]]:
    """(name, case table, expect table, file) for every golden file."""
    out = []
    for path in sorted((DATA / "golden").glob("*.toml")):
        data = loads(path.read_text(encoding="utf-8"))
        out.append((data["name"], data["case"], data["expect"], path))
    return out


def worked_cases() -> list[tuple[str, dict, dict]]:
    """(name, case table, expect table) for the project's own hand-worked cases."""
    out = []
    for path in sorted((DATA / "cases").glob("*.toml")):
        for entry in loads(path.read_text(encoding="utf-8"))["cases"]:
            out.append((entry["name"], entry["case"], entry["expect"]))
    return out


def expected_amounts(expect: dict) -> dict[str, Decimal]:
    """Payers not named in `expect` are expected to be 0; allowance too."""
    amounts = {key: Decimal(0) for key in PAYER_KEYS + ("allowance",)}
    amounts.update({key: Decimal(str(value)) for key, value in expect.items()})
    return amounts
