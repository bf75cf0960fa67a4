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


# The issues' illustration of an amendment (a Jinan notice raising the level-3 inpatient rate):
# not a real notice, never shipped. `extra`: more lines of its [policy] header.
NOTICE = """\
[policy]
amends = "{amends}"
valid_from = {valid_from}
{extra}
[sources.jn_2025_notice]
kind = "official"
title = "济南市医疗保障局关于调整城乡居民医保住院待遇的通知"
issuer = "济南市医疗保障局"
date = "2025-06-20"
quote = "三级医院报销比例调整为62%"

[resident.inpatient.rate]
source = "jn_2025_notice"
level3 = {value}
"""


def notice(amends: str = "jinan", valid_from: str = "2025-07-01", value: str = "0.62", extra: str = "") -> str:
    """The illustrative amendment file's text."""
    return NOTICE.format(amends=amends, valid_from=valid_from, value=value, extra=extra)
