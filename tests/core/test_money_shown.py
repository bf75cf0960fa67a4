"""How amounts are shown: two decimals always, never -0.00, in text and in JSON."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from benefitcalc.cli import main as cli_main
from benefitcalc.core.money import fmt_fen, fmt_yuan

from .conftest import golden_cases


@pytest.mark.parametrize(
    ("amount", "text", "plain"),
    [
        (Decimal("-0"), "0.00", "0.00"),
        (Decimal("-0.00"), "0.00", "0.00"),
        (Decimal("-0.001"), "0.00", "0.00"),
        (Decimal("50000"), "50,000.00", "50000.00"),
        (Decimal("0.005"), "0.01", "0.01"),
        (Decimal("1E+4"), "10,000.00", "10000.00"),
    ],
)
def test_an_amount_is_shown_to_the_fen_and_a_zero_never_has_a_sign(amount, text, plain):
    assert fmt_yuan(amount) == text
    assert fmt_fen(amount) == plain


MONEY = re.compile(r"^-?[0-9]+\.[0-9]{2}$")


@pytest.mark.parametrize("path", [g[3] for g in golden_cases()], ids=[g[3].stem for g in golden_cases()])
def test_every_amount_in_the_json_has_two_decimals(path, capsys):
    assert cli_main(["estimate", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    amounts = [out["total"], out["eligible"], out["reimbursed"], out["personal"], out["allowance"]]
    amounts += list(out["payers"].values()) + list(out["personal_parts"].values())
    amounts += [s["amount"] for s in out["steps"] if s["amount"] is not None]
    for amount in amounts:
        assert MONEY.match(amount), amount
