"""`reconcile`: each payer on the slip beside the estimate, and the first step that departs."""

from __future__ import annotations

import json
from decimal import Decimal

from benefitcalc.cli import main as cli_main
from benefitcalc.core.reconcile import reconcile_rows
from benefitcalc.core.spreadsheets import write_table

from .test_calibrate import DED, RATE

FIRST_STAY = {
    "region": "jinan", "date": "2025-06-01", "scheme": "resident", "category": "inpatient", "level": "level3",
    "costs.total": "50000", "costs.self_paid": "3000", "costs.category_b_first": "2000",
}
# The golden case's figures (tests/data/golden/jinan-resident-level3-first-stay.toml).
SLIP = {"slip.basic_fund": "26400.00", "slip.critical_illness": "2160.00", "slip.personal": "21440.00"}


def test_a_slip_that_matches_has_no_departure(registry):
    [(number, rec)] = reconcile_rows([{**FIRST_STAY, **SLIP}], [2], registry)
    assert number == 2 and rec.matches and rec.departure is None
    assert [(l.payer, l.difference) for l in rec.lines] == [("basic_fund", 0), ("critical_illness", 0), ("personal", 0)]


def test_a_different_basic_fund_departs_at_the_basic_funds_first_step_with_its_parameter(make_slips, registry):
    rows = make_slips({DED: Decimal(800), RATE: Decimal("0.62")}, 1)
    [(_, rec)] = reconcile_rows(rows, [2], registry)
    [line] = rec.lines
    assert line.payer == "basic_fund" and line.difference == line.slip - line.estimated != 0
    dep = rec.departure
    assert dep.payer == "basic_fund" and dep.step.layer == "basic_fund"
    assert DED in [u.path for u in dep.step.params]
    assert RATE in [u.path for u in dep.other_params]  # one slip cannot say which of the two is off
    assert rec.estimate.steps[dep.step_number - 1] is dep.step


def test_a_later_layer_is_judged_from_the_slips_basic_fund_not_blamed_for_it(registry):
    # The slip's basic fund differs and so, in consequence, would the second layer; the first
    # departure is the basic fund. With the basic fund right but the second layer off, it is
    # the second layer, at its first step with a parameter.
    [(_, rec)] = reconcile_rows([{**FIRST_STAY, **SLIP, "slip.critical_illness": "2000.00"}], [2], registry)
    assert rec.departure.payer == "critical_illness"
    assert rec.departure.step.layer == "critical_illness" and rec.departure.step.params


def test_the_cli_prints_text_and_json_and_a_bad_row_in_its_place(tmp_path, capsys):
    rows = [{**FIRST_STAY, **SLIP}, {**FIRST_STAY, **SLIP, "slip.basic_fund": "abc"}, {**FIRST_STAY, **SLIP, "slip.basic_fund": "26000"}]
    path = tmp_path / "结算单.csv"
    write_table(path, list(rows[0]), rows)
    assert cli_main(["reconcile", str(path)]) == 0
    out = capsys.readouterr().out
    assert "第 3 行：slip.basic_fund" in out and "与结算单一致" in out and "-400.00" in out
    assert "居民医保 · 住院 · 起付线 · 三级医院：1,000 元（未核实）" in out
    assert "本层还用到的参数" in out and "居民医保 · 住院 · 报销比例 · 三级医院：60%" in out
    assert cli_main(["reconcile", str(path), "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["row"] for d in data] == [2, 3, 4]
    assert data[0]["matches"] and data[1]["column"] == "slip.basic_fund"
    assert data[2]["payers"][0] == {"payer": "basic_fund", "estimated": "26400.00", "slip": "26000", "difference": "-400.00"}
    assert data[2]["departure"]["payer"] == "basic_fund"
