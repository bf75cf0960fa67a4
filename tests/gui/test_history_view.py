"""文件 › 历史记录…: saved and printed estimates are kept per person, reopened, deleted, exported."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from benefitcalc.core.history import History, default_path
from benefitcalc.gui import history_dialog, history_view


def feature_of(window) -> history_view.HistoryFeature:
    return next(f for f in window.features if isinstance(f, history_view.HistoryFeature))


@pytest.fixture
def filled(window, gui, golden_case):
    gui.fill(window, golden_case)
    return window


@pytest.fixture
def golden_case(gui):
    return gui.golden_case("jinan-resident-level3-first-stay")


def test_saving_a_case_keeps_its_estimate_in_the_history(filled, tmp_path):
    assert filled.save_case_file(tmp_path / "a.toml") == ""
    entries = feature_of(filled).history().entries()
    assert len(entries) == 1
    entry = entries[0]
    estimate = filled.current_estimate
    assert entry.action == "saved" and entry.person == ""
    assert (entry.total, entry.reimbursed, entry.personal) == (estimate.total, estimate.reimbursed, estimate.personal)
    assert entry.region == "jinan" and entry.category == "inpatient"


def test_keep_in_history_asks_for_a_label_and_refuses_an_id_number(filled, qtbot, monkeypatch):
    feature = feature_of(filled)
    dialog = history_dialog.PersonDialog(filled, "", [])
    qtbot.addWidget(dialog)
    dialog.box.setCurrentText("370102198001011234")
    dialog._check()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "身份证号" in dialog.error.text()
    dialog.box.setCurrentText(" 张大爷 ")
    dialog._check()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.person == "张大爷"

    monkeypatch.setattr(history_dialog.PersonDialog, "exec", lambda self: (self.box.setCurrentText("李阿姨"), self._check(), self.result())[-1])
    feature.keep_with_person()
    assert feature.person == "李阿姨"
    assert [(e.person, e.action) for e in feature.history().entries()] == [("李阿姨", "kept")]
    assert feature.history().people() == ["李阿姨"]


def test_the_dialog_lists_reopens_and_deletes_entries(filled, gui, tmp_path, monkeypatch):
    feature = feature_of(filled)
    filled.save_case_file(tmp_path / "a.toml")
    shown = filled.result.amount_text("personal")
    feature.open_dialog()
    dialog = feature._dialog
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 8).text() == f"{shown.split()[0]}"
    filled.new_case()
    assert filled.current_estimate is None or filled.result.amount_text("personal") != shown
    dialog.reopen()
    assert filled.result.amount_text("personal") == shown
    assert filled.case_path is None  # a reopened entry is a new, unsaved case

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.delete()
    assert dialog.table.rowCount() == 0 and feature.history().entries() == []
    dialog.close()


def test_export_writes_the_listed_entries(filled, tmp_path, monkeypatch):
    feature = feature_of(filled)
    filled.save_case_file(tmp_path / "a.toml")
    feature.open_dialog()
    target = tmp_path / "导出.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    feature._dialog.export()
    text = target.read_text(encoding="utf-8-sig")
    assert "医疗费总额" in text and "济南" in text
    feature._dialog.close()


def test_a_broken_history_file_is_moved_aside_with_a_message(filled, tmp_path, monkeypatch):
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a database" * 50)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    assert filled.save_case_file(tmp_path / "a.toml") == ""
    assert said and "已移到" in said[0]
    assert len(feature_of(filled).history().entries()) == 1


def test_opening_and_closing_the_dialog_many_times_frees_it(filled, qtbot, assert_dialog_freed):
    feature = feature_of(filled)

    assert_dialog_freed(qtbot, filled, feature)


def test_the_history_speaks_english_after_a_language_switch(filled, tmp_path):
    feature = feature_of(filled)
    filled.save_case_file(tmp_path / "a.toml")
    feature.open_dialog()
    filled.set_language("en")
    filled.apply_language()
    dialog = feature._dialog
    assert dialog.windowTitle() == "History"
    assert dialog.table.horizontalHeaderItem(7).text() == "Reimbursed in all"
    assert feature.open_action.text() == "&History…"
    dialog.close()


def test_an_export_that_cannot_be_written_says_so_and_keeps_the_history(filled, tmp_path, monkeypatch):
    feature = feature_of(filled)
    filled.save_case_file(tmp_path / "a.toml")
    feature.open_dialog()
    target = tmp_path / "no such folder" / "history.csv"
    said = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    feature._dialog.export()
    assert said and str(target) in said[0]
    assert len(feature.history().entries()) == 1
    feature._dialog.close()
