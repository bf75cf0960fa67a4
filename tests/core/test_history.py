"""The station's history: kept estimates survive a kill and a corrupt file, refuse identifiers."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from benefitcalc.core.history import MIGRATIONS, History, HistoryError, check_label
from benefitcalc.core.history_export import export

CASE = '[case]\nregion = "jinan"\n'


def keep(history: History, person: str = "张大爷", total: str = "1000.00", action: str = "saved") -> int:
    return history.record(
        action=action, person=person, case_toml=CASE, region="jinan", region_name="济南市",
        visit_date="2025-03-02", scheme="resident", category="inpatient",
        total=Decimal(total), reimbursed=Decimal("600.00"), personal=Decimal(total) - Decimal("600.00"),
    )


@pytest.fixture
def history(tmp_path):
    opened, message = History.open(tmp_path / "history.sqlite3")
    assert message is None
    yield opened
    opened.close()


def test_a_kept_estimate_is_listed_newest_first_with_its_person(history):
    first = keep(history, total="1000.00")
    second = keep(history, person="", total="2000.50", action="printed")
    entries = history.entries()
    assert [e.id for e in entries] == [second, first]
    assert entries[1].person == "张大爷" and entries[0].person == ""
    assert entries[0].total == Decimal("2000.50") and entries[0].personal == Decimal("1400.50")
    assert entries[1].case_toml == CASE
    assert history.people() == ["张大爷"]
    assert [e.id for e in history.entries(person="张大爷")] == [first]


def test_a_deleted_estimate_is_gone_and_the_rest_stay(history):
    first, second = keep(history), keep(history)
    history.delete(first)
    assert [e.id for e in history.entries()] == [second]


@pytest.mark.parametrize("label", [
    "37010219800101123X", "370102 19800101 1234", "张 13812345678", "138-1234-5678", "",
    "x" * 41,
])
def test_identifiers_and_empty_or_long_labels_are_refused(label):
    with pytest.raises(HistoryError):
        check_label(label)


@pytest.mark.parametrize("label", ["张大爷", "3号床 李阿姨", "2025-017", "王 1381234"])
def test_ordinary_labels_are_kept_trimmed(label):
    assert check_label("  " + label + " ") == " ".join(label.split())


def test_a_refused_label_keeps_nothing(history):
    with pytest.raises(HistoryError):
        keep(history, person="13812345678")
    assert history.entries() == [] and history.people() == []


@given(st.text(max_size=60))
@settings(max_examples=200, deadline=None)
def test_any_label_is_either_refused_or_read_back_as_kept(tmp_path_factory, label):
    path = tmp_path_factory.mktemp("h") / "history.sqlite3"
    history, _ = History.open(path)
    try:
        try:
            kept = check_label(label)
        except HistoryError:
            return
        keep(history, person=label)
        assert history.entries()[0].person == kept
    finally:
        history.close()


def test_a_file_that_is_not_a_database_is_moved_aside_and_a_new_history_starts(tmp_path):
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    history, message = History.open(path)
    try:
        assert message is not None and message.id == "history.moved_aside"
        aside = [p for p in tmp_path.iterdir() if "broken" in p.name]
        assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
        keep(history)
        assert len(history.entries()) == 1
    finally:
        history.close()


def test_a_history_from_a_newer_program_is_refused_not_moved(tmp_path):
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(HistoryError):
        History.open(path)
    assert path.exists() and [p.name for p in tmp_path.iterdir()] == ["history.sqlite3"]


def test_a_new_file_is_migrated_to_the_current_schema(tmp_path):
    path = tmp_path / "history.sqlite3"
    History.open(path)[0].close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    db.close()


def test_nothing_committed_is_lost_when_the_program_is_killed_mid_save(tmp_path):
    path = tmp_path / "history.sqlite3"
    code = textwrap.dedent(f"""
        import sys
        from decimal import Decimal
        from benefitcalc.core.history import History
        history, _ = History.open({str(path)!r})
        n = 0
        while True:
            history.record(action="saved", person="p" + str(n % 7), case_toml="[case]\\n" * 200,
                           region="jinan", region_name="济南市", visit_date="2025-01-01",
                           scheme="resident", category="inpatient", total=Decimal("1.00"),
                           reimbursed=Decimal("0.50"), personal=Decimal("0.50"))
            n += 1
            print(n, flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    committed = 0
    deadline = time.monotonic() + 60
    while committed < 300 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed = int(line)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # The writer ran on while we read: every number it printed before the kill was committed.
    printed = proc.stdout.read().split()
    proc.stdout.close()
    committed = int(printed[-1]) if printed else committed
    assert committed >= 300, "the writer did not get going"
    history, message = History.open(path)
    try:
        assert message is None
        count = len(history.entries())
        assert committed <= count <= committed + 1  # the one being written when killed may or may not be in
    finally:
        history.close()


def test_export_writes_csv_with_a_bom_and_an_xlsx_excel_opens(history, tmp_path):
    keep(history, total="1234.50")
    entries = history.entries()
    csv_path = tmp_path / "历史.csv"
    export(entries, csv_path, "zh")
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "记录时间" in text and "张大爷" in text and "1234.50" in text and "住院" in text

    from openpyxl import load_workbook

    xlsx = tmp_path / "history.xlsx"
    export(entries, xlsx, "en")
    sheet = load_workbook(xlsx).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Kept at" and rows[1][2] == "张大爷"
    assert Decimal(str(rows[1][7])) == Decimal("1234.50")
