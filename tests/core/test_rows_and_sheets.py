"""Spreadsheet rows (issue 9's contract) and reading/writing .csv and .xlsx as Windows Excel does."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benefitcalc.core.case import read_case_file
from benefitcalc.core.messages import render
from benefitcalc.core.rows import COLUMNS, RowError, case_to_row, row_to_case, row_to_slip
from benefitcalc.core.spreadsheets import SpreadsheetError, read_table, write_table

from .conftest import DATA

GOLDEN = sorted((DATA / "golden").glob("*.toml"))
BASE = {"region": "jinan", "date": "2025-06-01", "scheme": "resident", "category": "inpatient", "level": "level3", "costs.total": "50000"}


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_a_golden_case_survives_the_trip_to_a_row_and_back(path):
    case = read_case_file(path)
    assert row_to_case(case_to_row(case)) == case


def test_empty_cells_mean_the_default():
    case = row_to_case({**BASE, "location": "", "retired": "  ", "costs.self_paid": None})
    assert case.location == "local" and case.retired is False and case.costs.self_paid == 0


def test_two_conditions_are_written_with_a_plus():
    case = row_to_case({**BASE, "category": "two_diseases", "level": "level2", "two_diseases.conditions": "hypertension+diabetes"})
    assert case.two_diseases.conditions == ["hypertension", "diabetes"]
    assert case_to_row(case)["two_diseases.conditions"] == "hypertension+diabetes"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("2025/6/1", date(2025, 6, 1)), ("2025-06-01", date(2025, 6, 1)), ("2025.6.1", date(2025, 6, 1))],
)
def test_a_date_as_excel_on_a_chinese_windows_writes_it_is_read(cell, expected):
    assert row_to_case({**BASE, "date": cell}).date == expected


def test_excel_booleans_and_thousands_separators_are_read():
    case = row_to_case({**BASE, "scheme": "employee", "retired": "TRUE", "costs.total": "50,000.50"})
    assert case.retired is True and case.costs.total == Decimal("50000.50")


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("costs.total", "abc"),
        ("costs.self_paid", "-5"),
        ("date", "2025/13/40"),
        ("scheme", "farmer"),
        ("retired", "maybe"),
        ("year_to_date.admissions", "1.5"),
        ("maternity.caesarean", "perhaps"),
        ("two_diseases.conditions", "hypertension+gout"),
    ],
)
def test_a_bad_cell_is_an_error_naming_its_column(column, value):
    row = {**BASE, column: value}
    if column.startswith("two_diseases"):
        row.update(category="two_diseases")
    with pytest.raises(RowError) as err:
        row_to_case(row)
    assert err.value.column == column
    assert render(err.value.message, "zh").startswith(column)
    assert render(err.value.message, "en").startswith(column)


def test_a_slip_needs_its_basic_fund_and_reads_the_other_payers():
    with pytest.raises(RowError) as err:
        row_to_slip(BASE)
    assert err.value.column == "slip.basic_fund"
    slip = row_to_slip({**BASE, "slip.basic_fund": "26,400.00", "slip.personal": 100.5})
    assert slip.given() == {"basic_fund": Decimal("26400.00"), "personal": Decimal("100.5")}
    with pytest.raises(RowError) as err:
        row_to_slip({**BASE, "slip.basic_fund": "1", "slip.assistance": "lots"})
    assert err.value.column == "slip.assistance"


cells = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(COLUMNS), cells | st.integers() | st.floats() | st.none() | st.booleans()))
def test_any_row_is_a_case_or_an_error_naming_a_column_never_a_crash(row):
    try:
        row_to_case({**BASE, **row})
        row_to_slip({**BASE, **row}, required=False)
    except RowError as exc:
        assert exc.column, exc.message
        render(exc.message, "zh")


# --- files -----------------------------------------------------------------------------------

TEXT = "region,date,scheme,category,level,costs.total,备注\r\njinan,2025/6/1,resident,inpatient,level3,50000,张三 医保\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_a_csv_is_read_in_the_encodings_excel_writes(tmp_path, encoding):
    path = tmp_path / "病例.csv"
    path.write_bytes(TEXT.encode(encoding))
    table = read_table(path)
    assert table.columns[-1] == "备注" and table.rows[0]["备注"] == "张三 医保"
    assert table.numbers == [2]
    assert row_to_case(table.rows[0]).costs.total == 50000


def test_a_csv_is_written_with_a_bom_and_an_xlsx_as_numbers_and_both_read_back(tmp_path):
    rows = [{"name": "张三", "costs.total": Decimal("1234.50"), "n": 3}]
    write_table(tmp_path / "out.csv", ["name", "costs.total", "n"], rows)
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert read_table(tmp_path / "out.csv").rows == [{"name": "张三", "costs.total": "1234.50", "n": "3"}]
    write_table(tmp_path / "out.xlsx", ["name", "costs.total", "n"], rows)
    back = read_table(tmp_path / "out.xlsx").rows[0]
    assert back["name"] == "张三" and Decimal(repr(back["costs.total"])) == Decimal("1234.5") and back["n"] == 3


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("cases.txt", b"a,b\n", ".csv, .xlsx"),
        ("cases.xlsx", b"not a zip file", "Excel"),
        ("empty.csv", b"\r\n,,\r\n", "header"),
        ("twice.csv", b"region,region\r\n", "twice"),
        ("binary.csv", b"\xff\xfe\x00\x81\x30\x81\x30\xff", "encoding"),
    ],
)
def test_a_bad_file_is_an_error_naming_the_file(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError) as err:
        read_table(path)
    text = render(err.value.message, "en")
    assert str(path) in text and words in text


def test_a_missing_file_is_an_error_naming_it(tmp_path):
    with pytest.raises(SpreadsheetError) as err:
        read_table(tmp_path / "缺失.csv")
    assert "缺失.csv" in render(err.value.message, "zh")
