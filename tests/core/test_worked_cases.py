"""Every golden case and every hand-worked case, to the fen, through the engine and the CLI."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from benefitcalc.cli import main as cli_main
from benefitcalc.core.case import case_from_dict
from benefitcalc.core.engine import estimate

from .conftest import PAYER_KEYS, expected_amounts, golden_cases, worked_cases

GOLDEN = golden_cases()
WORKED = worked_cases()


def _got(result) -> dict[str, Decimal]:
    return dict(result.payers, personal=result.personal, allowance=result.allowance)


@pytest.mark.parametrize(("name", "case", "expect"), [g[:3] for g in GOLDEN], ids=[g[0] for g in GOLDEN])
def test_golden_case(name, case, expect, registry):
    result = estimate(case_from_dict(case), registry)
    got = _got(result)
    for key, value in expect.items():
        assert got[key] == Decimal(value), f"{key}: got {got[key]}, expected {value}"


@pytest.mark.parametrize(("name", "case", "expect"), WORKED, ids=[w[0] for w in WORKED])
def test_worked_case(name, case, expect, fixture_registry):
    result = estimate(case_from_dict(case), fixture_registry)
    got = _got(result)
    for key, value in expected_amounts(expect).items():
        assert got[key] == value, f"{key}: got {got[key]}, expected {value}"


@pytest.mark.parametrize("path", [g[3] for g in GOLDEN], ids=[g[3].stem for g in GOLDEN])
def test_golden_case_through_the_cli_json(path, capsys):
    assert cli_main(["estimate", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    expect = next(g[2] for g in GOLDEN if g[3] == path)
    got = dict(out["payers"], personal=out["personal"], allowance=out["allowance"])
    for key, value in expect.items():
        assert Decimal(got[key]) == Decimal(value), key
    assert set(out["payers"]) == set(PAYER_KEYS)
    for key in ("total", "eligible", "steps", "assumed", "warnings", "policy"):
        assert key in out


def test_the_every_estimate_names_its_policy_version(registry):
    name, case, expect, path = GOLDEN[0]
    result = estimate(case_from_dict(case), registry)
    assert result.policy.files[-1].display.endswith(".toml")
    assert result.policy.valid_from.isoformat() <= case["date"].isoformat()


# The fixture cities and the shipped regions they stand in for.
FIXTURE_PAIRS = [("alpha", "zibo"), ("beta", "jinan"), ("gamma", "binhai")]
# Values the fixtures share with the shipped policies on purpose: the rule under test is that value.
SAME_ON_PURPOSE = {
    "out_of_area.reduction.local": "care at home is never reduced",
    "resident.two_diseases.deductible.grassroots": "Gamma's grassroots clinics have no deductible, the rule its case tests",
}


@pytest.mark.parametrize(("fixture", "shipped"), FIXTURE_PAIRS, ids=[f"{f} stands in for {s}" for f, s in FIXTURE_PAIRS])
def test_no_fixture_number_equals_the_shipped_one_so_correcting_a_shipped_value_breaks_no_rule_test(
        fixture, shipped, fixture_registry, registry):
    day = WORKED[0][1]["date"]
    ours = {key: value for key, value, _ in fixture_registry.policy_for(fixture, day).all_provenance()}
    theirs = {key: value for key, value, _ in registry.policy_for(shipped, day).all_provenance()}
    same = [key for key, value in ours.items()
            if key in theirs and key not in SAME_ON_PURPOSE and not isinstance(value, (bool, str))
            and (isinstance(value, list) and value == theirs[key] and any(not isinstance(v, str) for v in value)
                 or not isinstance(value, list) and value == theirs[key])]
    assert same == [], f"{fixture} repeats {shipped}'s values: {same}"


def test_every_worked_case_runs_on_a_fixture_region():
    regions = {case["region"] for _, case, _ in WORKED}
    assert regions <= {f for f, _ in FIXTURE_PAIRS}, regions
