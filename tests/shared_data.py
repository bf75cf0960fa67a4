"""What every test folder reads the same way: where the data is, the payers, the golden cases.

A plain module (a test module cannot import a conftest); `tests/` is on the import path because
`tests/conftest.py` is there.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from benefitcalc.core.toml_reader import loads
from benefitcalc.core.vocabulary import PAYERS

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
GOLDEN = DATA / "golden"
POLICIES = ROOT / "policies"
# Small made-up policies for the rule tests (tests/data/cases): correcting a shipped value never breaks them.
FIXTURE_POLICIES = DATA / "policies"
PAYER_KEYS: tuple[str, ...] = PAYERS


def golden_files() -> list[tuple[Path, dict[str, Any]]]:
    """(file, its tables) for every golden case, in file-name order."""
    return [(path, loads(path.read_text(encoding="utf-8"))) for path in sorted(GOLDEN.glob("*.toml"))]


def golden_case(stem: str) -> dict[str, Any]:
    """The [case] table of one golden file, by its file name without .toml."""
    return loads((GOLDEN / f"{stem}.toml").read_text(encoding="utf-8"))["case"]


def expected_amounts(expect: dict) -> dict[str, Decimal]:
    """A golden [expect] table as amounts: payers it does not name are 0, the allowance too."""
    amounts = {key: Decimal(0) for key in PAYER_KEYS + ("allowance",)}
    amounts.update({key: Decimal(str(value)) for key, value in expect.items()})
    return amounts
