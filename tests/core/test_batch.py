"""`benefitcalc batch`: the golden cases as spreadsheet rows give their expected figures."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

from benefitcalc.cli import main as cli_main
from benefitcalc.core import batch
from benefitcalc.core.case import case_from_dict
from benefitcalc.core.rows import COLUMNS, case_to_row
from benefitcalc.core.spreadsheets import read_table, write_table

from .conftest import POLICIES, expected_amounts, golden_cases

GOLDEN = golden_cases()


def _golden_rows() -> tuple[list[str], list[dict]]:
    rows = [{"name": name, **case_to_row(case_from_dict(case))} for name, case, _, _ in GOLDEN]
    columns = ["name"] + [c for c in COLUMNS if any(c in r for r in rows)]
    return columns, rows


def _write_csv(path: Path, columns, rows, encoding: str) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    path.write_bytes(out.getvalue().encode(encoding))


@pytest.mark.parametrize(
    "form", ["CSV in GBK as Excel saves it on a Chinese Windows", "CSV in UTF-8 with BOM", "an xlsx workbook"]
)
@pytest.mark.parametrize("out_suffix", [".csv", ".xlsx"])
def test_the_golden_cases_as_spreadsheet_rows_give_their_expected_figures(tmp_path, capsys, form, out_suffix):
    columns, rows = _golden_rows()
    # Chinese in a cell and in the file name, as a clerk would have it.
    rows = [{**r, "name": "病例 " + r["name"]} for r in rows]
    source = tmp_path / ("病例表.xlsx" if "xlsx" in form else "病例表.csv")
    if "GBK" in form:
        _write_csv(source, columns, rows, "gbk")
    elif "BOM" in form:
        _write_csv(source, columns, rows, "utf-8-sig")
    else:
        write_table(source, columns, rows)
    target = tmp_path / f"结果{out_suffix}"
    assert cli_main(["batch", str(source), "-o", str(target), "--policies", str(POLICIES)]) == 0
    assert "9" in capsys.readouterr().out
    out = read_table(target)
    assert out.columns[: len(columns)] == columns
    assert out.columns[len(columns):] == list(batch.RESULT_COLUMNS)
    for (name, _, expect, _), got in zip(GOLDEN, out.rows):
        assert got["name"] == "病例 " + name
        assert not got["error"]
        for key, value in expected_amounts(expect).items():
            assert Decimal(str(got[key])) == value, f"{name} › {key}"


def test_a_bad_row_reports_its_error_in_its_row_and_the_run_continues(tmp_path, capsys):
    columns, rows = _golden_rows()
    rows.insert(1, {**rows[0], "costs.total": "一千"})
    rows.insert(3, {**rows[0], "region": "atlantis"})
    source, target = tmp_path / "in.csv", tmp_path / "out.csv"
    write_table(source, columns, rows)
    assert cli_main(["batch", str(source), "-o", str(target), "--lang", "en"]) == 0
    out = read_table(target).rows
    assert len(out) == len(GOLDEN) + 2
    assert out[1]["error"].startswith("costs.total: must be a number") and out[1]["basic_fund"] == ""
    assert "atlantis" in out[3]["error"] and out[3]["error"].startswith("region")
    assert [r for i, r in enumerate(out) if i not in (1, 3) and r["error"]] == []
    assert "2 with an error" in capsys.readouterr().out


def test_several_processes_give_the_same_rows_in_the_same_order(monkeypatch):
    _, rows = _golden_rows()
    rows = rows * 40
    serial = list(batch.run_batch(rows, [POLICIES], workers=1))
    monkeypatch.setattr(batch, "PARALLEL_FROM", 10)
    monkeypatch.setattr(batch, "CHUNK", 50)
    done = []
    parallel = list(batch.run_batch(rows, [POLICIES], workers=2, progress=done.append))
    assert parallel == serial and sum(done) == len(rows)


def test_a_bad_input_or_output_file_exits_1_naming_it(tmp_path, capsys):
    assert cli_main(["batch", str(tmp_path / "none.csv"), "-o", str(tmp_path / "o.csv")]) == 1
    assert "none.csv" in capsys.readouterr().err
    columns, rows = _golden_rows()
    write_table(tmp_path / "in.csv", columns, rows)
    assert cli_main(["batch", str(tmp_path / "in.csv"), "-o", str(tmp_path / "o.ods")]) == 1
    assert "o.ods" in capsys.readouterr().err


def test_the_progress_bar_shows_on_a_terminal_only_after_a_second(monkeypatch):
    import io
    import sys

    from benefitcalc.cli import slips_cmd

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stderr", Terminal())
    bar = slips_cmd._progress(10, "zh")
    assert not bar.disable and bar.delay == 1
    bar.update(10)
    bar.close()
    assert sys.stderr.getvalue() == ""  # the run took less than a second: nothing drawn
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    bar = slips_cmd._progress(10, "zh")
    assert bar.disable
    bar.close()


def test_a_defect_in_one_row_is_reported_in_that_row_and_the_others_are_estimated(monkeypatch, registry):
    _, rows = _golden_rows()
    real = batch.estimate

    def flaky(case, policies):
        if case.region == "heze":
            raise ZeroDivisionError("a defect")
        return real(case, policies)

    monkeypatch.setattr(batch, "estimate", flaky)
    out = [batch.estimate_row(row, registry) for row in rows]
    broken = [r for r in out if r["error"]]
    assert len(broken) == 1 and "ZeroDivisionError: a defect" in broken[0]["error"]
    assert all(r["basic_fund"] != "" for r in out if not r["error"])
