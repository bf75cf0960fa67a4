"""`calibrate`: slips made with a known deductible and rate give those values back exactly."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benefitcalc.cli import main as cli_main
from benefitcalc.core.calibrate import calibrate_rows, with_values
from benefitcalc.core.engine import estimate
from benefitcalc.core.policy_model import Source
from benefitcalc.core.registry import PolicyRegistry
from benefitcalc.core.rows import row_to_case
from benefitcalc.core.slip_amendment import AmendmentError, amendment_data
from benefitcalc.core.spreadsheets import read_table, write_table
from benefitcalc.core.toml_reader import loads

from .conftest import POLICIES

DED = "resident.inpatient.deductible.level3"
RATE = "resident.inpatient.rate.level3"


def test_slips_made_with_a_known_deductible_and_rate_give_them_back_exactly(make_slips, registry, tmp_path):
    rows = make_slips({DED: Decimal(800), RATE: Decimal("0.62")}, 12)
    path = tmp_path / "结算单.xlsx"
    write_table(path, list(rows[0]) + ["year_to_date.admissions"], rows)
    table = read_table(path)
    cal = calibrate_rows(table.rows, table.numbers, registry)
    [group] = cal.groups
    assert (group.status, group.deductible, group.rate) == ("exact", Decimal(800), Decimal("0.62"))
    assert (group.in_force_deductible, group.in_force_rate) == (Decimal(1000), Decimal("0.60"))
    assert [s.residual_fen for s in group.slips] == [0] * 12 and not group.outliers


def test_a_capped_slip_and_a_stay_whose_earlier_admission_was_not_entered_are_outliers(make_slips, registry):
    values = {DED: Decimal(900), RATE: Decimal("0.65")}
    rows = make_slips(values, 6)
    forgot = make_slips(values, 1, seed=7, **{"year_to_date.admissions": "1"})[0]
    del forgot["year_to_date.admissions"]  # the clerk left the earlier stay out
    capped = make_slips(values, 1, seed=8, **{"year_to_date.basic_fund_paid": "649000"})[0]
    cal = calibrate_rows(rows + [forgot, capped], list(range(2, 10)), registry)
    [group] = cal.groups
    assert (group.status, group.deductible, group.rate) == ("exact", Decimal(900), Decimal("0.65"))
    assert {s.number: s.outlier for s in group.outliers} == {8: "misfit", 9: "cap"}
    assert all(s.residual_fen == 0 for s in group.fitted_slips)


def test_one_slip_cannot_fix_two_unknowns(make_slips, registry):
    rows = make_slips({DED: Decimal(800), RATE: Decimal("0.62")}, 1)
    [group] = calibrate_rows(rows, [2], registry).groups
    assert group.status != "exact"
    with pytest.raises(AmendmentError):
        amendment_data(calibrate_rows(rows, [2], registry))


def test_groups_are_split_by_level_and_bad_rows_are_listed(make_slips, registry):
    rows = make_slips({DED: Decimal(800), RATE: Decimal("0.62")}, 4)
    rows += make_slips({"resident.inpatient.deductible.level2": Decimal(400), "resident.inpatient.rate.level2": Decimal("0.8")}, 4, seed=3, level="level2")
    rows.append({**rows[0], "costs.total": "x"})
    cal = calibrate_rows(rows, list(range(2, 11)), registry)
    assert sorted((g.level, g.deductible, g.rate) for g in cal.groups) == [("level2", 400, Decimal("0.8")), ("level3", 800, Decimal("0.62"))]
    assert [(n, e.column) for n, e in cal.errors] == [(10, "costs.total")]


@settings(max_examples=25, deadline=None)
@given(
    deductible=st.integers(0, 2000),
    rate=st.integers(30, 95).map(lambda r: Decimal(r) / 100),
    seed=st.integers(0, 10_000),
)
def test_any_whole_yuan_deductible_and_percent_rate_is_recovered_from_four_slips(make_slips, registry, deductible, rate, seed):
    rows = make_slips({DED: Decimal(deductible), RATE: rate}, 4, seed=seed)
    [group] = calibrate_rows(rows, [2, 3, 4, 5], registry).groups
    assert (group.status, group.deductible, group.rate) == ("exact", deductible, rate)


# --- the amendment ------------------------------------------------------------------------------


def _write_amendment(make_slips, tmp_path, capsys) -> tuple[Path, list[dict]]:
    rows = make_slips({DED: Decimal(800), RATE: Decimal("0.62")}, 4)
    slips = tmp_path / "slips.csv"
    write_table(slips, list(rows[0]) + ["year_to_date.admissions"], rows)
    target = tmp_path / "jinan-fit.toml"
    assert cli_main(["calibrate", str(slips), "--write-amendment", str(target)]) == 0
    out = capsys.readouterr().out
    # The fit, then what installing it would change (as `policies import` shows it), then how.
    assert "拟合值 800 元" in out and "拟合值 62%" in out and str(target) in out
    assert "居民医保 · 住院 · 起付线 · 三级医院：1,000 元 改为 800 元" in out
    assert "居民医保 · 住院 · 报销比例 · 三级医院：60% 改为 62%" in out
    assert f"benefitcalc policies import {target}" in out
    return target, rows


def test_the_amendment_follows_the_contract(make_slips, registry, tmp_path, capsys):
    target, rows = _write_amendment(make_slips, tmp_path, capsys)
    data = loads(target.read_text(encoding="utf-8"))
    assert data["policy"]["amends"] == "jinan"
    assert data["policy"]["valid_from"] == min(date.fromisoformat(r["date"]) for r in rows)
    [(sid, source)] = data["sources"].items()
    assert sid == "fit_2025"
    Source.model_validate(source)
    assert (source["kind"], source["slips"], source["largest_residual"]) == ("slips", 4, "0.00")
    assert data["resident"]["inpatient"] == {
        "deductible": {"source": sid, "level3": Decimal(800)},
        "rate": {"source": sid, "level3": Decimal("0.62")},
    }


def test_the_written_amendment_passes_policies_check_and_reproduces_every_slip(make_slips, tmp_path, capsys):
    target, rows = _write_amendment(make_slips, tmp_path, capsys)
    folder = tmp_path / "policies"
    shutil.copytree(POLICIES, folder)
    shutil.copy(target, folder / target.name)
    assert cli_main(["policies", "check", "--policies", str(folder)]) == 0
    amended = PolicyRegistry.load([folder])
    for row in rows:
        case = row_to_case(row)
        assert estimate(case, amended).payers["basic_fund"] == Decimal(row["slip.basic_fund"])
