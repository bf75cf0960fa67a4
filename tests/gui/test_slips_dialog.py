"""工具 › 用结算单核对…: slips typed or pasted into a table, reconciled and fitted side by side."""

from __future__ import annotations

import gc
import shutil
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTableWidgetItem

from benefitcalc.core.engine import estimate
from benefitcalc.core.registry import PolicyRegistry
from benefitcalc.core.rows import row_to_case
from benefitcalc.core.spreadsheets import write_table
from benefitcalc.gui import slips_dialog, slips_window

POLICIES = Path(__file__).resolve().parents[2] / "policies"

DED = "resident.inpatient.deductible.level3"
RATE = "resident.inpatient.rate.level3"


def feature_of(window) -> slips_dialog.SlipsFeature:
    return next(f for f in window.features if isinstance(f, slips_dialog.SlipsFeature))


def _as_clipboard(rows: list[dict]) -> str:
    columns = list(dict.fromkeys(c for r in rows for c in r))
    lines = ["\t".join(columns)] + ["\t".join(r.get(c, "") for c in columns) for r in rows]
    return "\r\n".join(lines) + "\r\n"  # as Excel copies


def _open(window, qtbot) -> slips_window.SlipsDialog:
    feature = feature_of(window)
    feature.action.trigger()
    dialog = feature.dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_the_tools_menu_has_the_entry_in_chinese(window):
    texts = [a.text() for a in window.tools_menu.actions()]
    assert "用结算单核对(&S)…" in texts


def test_pasted_slips_are_reconciled_and_fitted_side_by_side(window, qtbot, make_slips):
    rows = make_slips({DED: Decimal(800), RATE: Decimal("0.62")}, 5)
    dialog = _open(window, qtbot)
    QApplication.clipboard().setText(_as_clipboard(rows))
    dialog.paste()
    qtbot.waitUntil(lambda: "拟合值 800" in dialog.calibrate_text.toPlainText())
    fitted = dialog.calibrate_text.toPlainText()
    assert "精确拟合" in fitted and "62%" in fitted and "现行值 1,000 元" in fitted
    reconciled = dialog.reconcile_text.toPlainText()
    assert reconciled.count("第 ") >= 5 and "起付线 · 三级医院" in reconciled
    assert dialog.save_button.isEnabled()
    dialog.close()


def test_a_bad_cell_is_marked_with_what_is_wrong_and_the_other_slips_still_count(window, qtbot, make_slips):
    rows = make_slips({DED: Decimal(800), RATE: Decimal("0.62")}, 4)
    dialog = _open(window, qtbot)
    dialog.set_rows(list(rows[0]) + ["year_to_date.admissions"], rows)
    column = dialog.columns().index("costs.total")
    dialog.table.setItem(1, column, QTableWidgetItem("一千"))
    dialog.refresh()
    item = dialog.table.item(1, column)
    assert item.toolTip().startswith("costs.total") and item.background().color().name() == "#ffd6d6"
    assert "第 2 行：costs.total" in dialog.reconcile_text.toPlainText()
    dialog.table.setItem(1, column, QTableWidgetItem("50000"))
    dialog.refresh()
    assert dialog.table.item(1, column).toolTip() == ""
    dialog.close()


def test_a_spreadsheet_opens_into_the_table(window, qtbot, make_slips, tmp_path, monkeypatch):
    rows = make_slips({DED: Decimal(800), RATE: Decimal("0.62")}, 4)
    path = tmp_path / "结算单.xlsx"
    write_table(path, list(rows[0]) + ["year_to_date.admissions"], rows)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = _open(window, qtbot)
    dialog.open_spreadsheet()
    assert len([r for r in dialog.rows() if r]) == 4
    assert "拟合值 800" in dialog.calibrate_text.toPlainText()
    dialog.close()


def test_the_fit_saved_as_a_correction_reproduces_every_slip(window, qtbot, make_slips, tmp_path, monkeypatch):
    rows = make_slips({DED: Decimal(800), RATE: Decimal("0.62")}, 4)
    dialog = _open(window, qtbot)
    dialog.set_rows(list(rows[0]) + ["year_to_date.admissions"], rows)
    target = tmp_path / "correction.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    # A window without 导入政策文件… saves the file (with it, the import dialog opens instead).
    monkeypatch.setattr(window, "features", [f for f in window.features if not hasattr(f, "import_files")])
    dialog.save_fit()
    folder = tmp_path / "policies"
    shutil.copytree(POLICIES, folder)
    shutil.copy(target, folder / target.name)
    amended = PolicyRegistry.load([folder])
    assert not amended.problems
    for row in rows:
        assert estimate(row_to_case(row), amended).payers["basic_fund"] == Decimal(row["slip.basic_fund"])
    dialog.close()


def test_opening_and_closing_the_dialog_many_times_frees_it(window, qtbot):
    feature = feature_of(window)

    def count() -> int:
        gc.collect()
        return len(window.findChildren(QObject))

    for _ in range(3):
        _open(window, qtbot).close()
        qtbot.waitUntil(lambda: feature.dialog is None)
    before = count()
    for _ in range(30):
        _open(window, qtbot).close()
        qtbot.waitUntil(lambda: feature.dialog is None)
    assert count() <= before


def test_the_dialog_speaks_english_after_a_language_switch(window, qtbot):
    dialog = _open(window, qtbot)
    window.set_language("en")
    window.apply_language()
    assert dialog.windowTitle() == "Check against settlement slips"
    assert dialog.save_button.text() == "&Save the fit as a correction…"
    assert feature_of(window).action.text() == "Check against settlement &slips…"
    dialog.close()


def test_the_fit_goes_through_the_policy_import_with_its_changes_and_question(window, qtbot, make_slips, tmp_path, monkeypatch):
    user = tmp_path / "user policies"
    monkeypatch.setenv("BENEFITCALC_USER_POLICIES", str(user))
    rows = make_slips({DED: Decimal(800), RATE: Decimal("0.62")}, 4)
    dialog = _open(window, qtbot)
    dialog.set_rows(list(rows[0]) + ["year_to_date.admissions"], rows)
    assert "与结算单一致" not in dialog.reconcile_text.toPlainText()
    dialog.save_fit()
    question = dialog.import_dialog
    changes = question.details.toPlainText()
    assert "居民医保 · 住院 · 起付线 · 三级医院：1,000 元 改为 800 元" in changes
    assert "居民医保 · 住院 · 报销比例 · 三级医院：60% 改为 62%" in changes
    assert not user.exists() or not list(user.glob("*.toml"))  # nothing before the answer
    question.install_button.click()
    assert [p.name for p in user.glob("*.toml")] == ["jinan-2025-07-02-slips.toml"]
    for row in rows:
        assert estimate(row_to_case(row), window.registry).payers["basic_fund"] == Decimal(row["slip.basic_fund"])
    qtbot.waitUntil(lambda: dialog.reconcile_text.toPlainText().count("与结算单一致") == 4)
    dialog.close()


def test_a_declined_import_installs_nothing(window, qtbot, make_slips, tmp_path, monkeypatch):
    user = tmp_path / "user policies"
    monkeypatch.setenv("BENEFITCALC_USER_POLICIES", str(user))
    rows = make_slips({DED: Decimal(800), RATE: Decimal("0.62")}, 4)
    dialog = _open(window, qtbot)
    dialog.set_rows(list(rows[0]) + ["year_to_date.admissions"], rows)
    dialog.save_fit()
    dialog.import_dialog.reject()
    assert not user.exists() or not list(user.glob("*.toml"))
    dialog.close()
