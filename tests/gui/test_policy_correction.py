"""更正… in the policy browser: a validated amendment in the user's folder, shown before it is written."""

from __future__ import annotations

import gc
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from benefitcalc.cli import main as cli_main
from benefitcalc.core.registry import PolicyRegistry

ROOT = Path(__file__).resolve().parents[2]
POLICIES = ROOT / "policies"
DAY = date(2025, 6, 1)
RATE = "resident.inpatient.rate.level3"


@pytest.fixture
def user_dir(tmp_path) -> Path:
    return tmp_path / "user policies 用户"  # a space and Chinese characters, as on Windows


@pytest.fixture
def browser(qtbot, user_dir):
    from benefitcalc.gui.policy_browser import PolicyBrowser

    browser = PolicyBrowser(PolicyRegistry.load(POLICIES), "jinan", DAY, "zh", user_dir=user_dir)
    qtbot.addWidget(browser)
    return browser


def flush() -> None:
    """Run the deferred deletions (WA_DeleteOnClose)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def fill_source(dialog) -> None:
    dialog.title_edit.setText("一份更正用的测试通知")
    dialog.issuer_edit.setText("测试机关")
    dialog.number_edit.setText("测试〔2025〕1号")
    dialog.source_date_edit.setText("2025-06-20")
    dialog.url_edit.setText("https://example.org/notice")
    dialog.quote_edit.setPlainText("三级医院报销比例调整为62%")


def test_correct_button_follows_the_selection(browser):
    assert not browser.correct_button.isEnabled()
    assert browser.open_correction() is None  # nothing selected
    assert browser.select_key(RATE)
    assert browser.selected_key() == RATE and browser.correct_button.isEnabled()
    assert browser.correct_button.text() == "更正(&C)…"


def test_a_correction_is_shown_then_written_and_passes_policies_check(browser, user_dir, qtbot, capsys):
    browser.select_key(RATE)
    dialog = browser.open_correction()
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "更正政策参数"
    assert dialog.value_edit.text() == "60"  # typed as read: 60 for 60%
    assert not dialog.write_button.isEnabled()

    dialog.value_edit.setText("62")
    dialog.date_edit.setDate(dialog.date_edit.date().addMonths(1))
    assert not dialog.show_change()  # no source yet
    assert "标题" in dialog.problem_label.text() and "原句" in dialog.problem_label.text()
    fill_source(dialog)
    assert dialog.show_change(), dialog.problem_label.text()
    preview = dialog.preview.toPlainText()
    assert "居民医保 · 住院 · 报销比例 · 三级医院：60% 改为 62%" in preview
    assert "济南市，2025-07-01" in preview
    assert RATE not in preview
    assert dialog.write_button.isEnabled()
    assert not any(user_dir.glob("*.toml")) if user_dir.exists() else True  # nothing written yet

    dialog.value_edit.setText("63")  # any change needs a new preview
    assert not dialog.write_button.isEnabled()
    dialog.value_edit.setText("62")
    assert dialog.show_change()
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    flush()
    written = sorted(user_dir.glob("*.toml"))
    assert len(written) == 1
    text = written[0].read_text(encoding="utf-8")
    assert 'amends = "jinan"' in text and "valid_from = 2025-07-01" in text and "level3 = 0.62" in text
    assert "测试〔2025〕1号" in text and "三级医院报销比例调整为62%" in text

    assert cli_main(["policies", "check", "--policies", str(POLICIES), "--policies", str(user_dir)]) == 0
    capsys.readouterr()

    # the browser reads the policies again: from that date the value is the user's, before it is not
    assert browser.correction is None and "policies undo" in browser.status.text()
    browser.set_day(date(2025, 7, 1))
    row = browser.model.row_for(RATE)
    assert row.user and row.value == Decimal("0.62") and row.verified
    assert row.where.startswith("测试机关，2025-06-20，《一份更正用的测试通知》，测试〔2025〕1号：「三级医院报销比例调整为62%」")
    browser.set_day(date(2025, 6, 30))
    assert browser.model.row_for(RATE).value == Decimal("0.60") and not browser.model.row_for(RATE).user


def test_a_wrong_value_is_refused_and_nothing_is_written(browser, user_dir):
    browser.select_key(RATE)
    dialog = browser.open_correction()
    fill_source(dialog)
    for typed in ("101", "abc", "62.125", "-5", ""):
        dialog.value_edit.setText(typed)
        assert not dialog.show_change()
        assert dialog.problem_label.text().startswith("新的数值：")
        assert not dialog.write_button.isEnabled()
    assert not dialog.write()
    dialog.reject()
    flush()
    assert not user_dir.exists() or not any(user_dir.glob("*.toml"))


def test_a_value_the_policy_refuses_in_context_is_shown_not_written(qtbot, user_dir):
    """The first band of critical illness must end above its deductible: a deductible above it is refused."""
    from benefitcalc.gui.policy_browser import PolicyBrowser

    browser = PolicyBrowser(PolicyRegistry.load(POLICIES), "shandong", DAY, "zh", user_dir=user_dir)
    qtbot.addWidget(browser)
    dialog = browser.open_correction("resident.critical_illness.deductible")
    dialog.value_edit.setText("9999999")
    fill_source(dialog)
    assert not dialog.show_change()
    assert "critical_illness" in dialog.problem_label.text() or "大病" in dialog.problem_label.text()
    dialog.reject()
    flush()
    assert not user_dir.exists() or not any(user_dir.glob("*.toml"))


def test_a_flag_and_a_list_of_levels_are_picked_not_typed(qtbot, browser, user_dir):
    from benefitcalc.gui.policy_correction import PolicyCorrection

    policy = browser.policy
    flag = PolicyCorrection(browser.registry, policy, "employee.two_diseases.available", "zh", user_dir)
    qtbot.addWidget(flag)
    assert flag.kind == "bool" and flag.new_value() == (False, "")
    flag.bool_box.setCurrentIndex(0)
    assert flag.new_value() == (True, "")
    levels = PolicyCorrection(browser.registry, policy, "resident.general_outpatient.not_covered", "zh", user_dir)
    qtbot.addWidget(levels)
    assert levels.kind == "choices" and levels.new_value() == (["level3"], "")
    levels.choice_list.item(2).setCheckState(Qt.CheckState.Checked)
    assert levels.new_value() == (["level2", "level3"], "")
    cap = PolicyCorrection(browser.registry, policy, "employee.large_expense.annual_cap", "zh", user_dir)
    qtbot.addWidget(cap)
    assert cap.word_check is not None and cap.word_check.text() == "不设封顶线"
    assert cap.word_check.isChecked() and cap.new_value() == ("none", "")


def test_bands_say_to_edit_the_file(qtbot, browser, user_dir):
    from benefitcalc.gui.policy_correction import PolicyCorrection

    bands = PolicyCorrection(browser.registry, browser.policy, "resident.critical_illness.bands", "zh", user_dir)
    qtbot.addWidget(bands)
    assert bands.kind == "" and not bands.preview_button.isEnabled()


def test_in_english(qtbot, user_dir):
    from benefitcalc.gui.policy_browser import PolicyBrowser

    browser = PolicyBrowser(PolicyRegistry.load(POLICIES), "jinan", DAY, "en", user_dir=user_dir)
    qtbot.addWidget(browser)
    browser.select_key(RATE)
    dialog = browser.open_correction()
    dialog.value_edit.setText("200")
    fill_source(dialog)
    assert not dialog.show_change()
    assert "percentage" in dialog.problem_label.text()
    dialog.reject()
    flush()


def test_opening_and_closing_a_hundred_times_leaves_nothing_behind(browser):
    from benefitcalc.gui.policy_correction import PolicyCorrection

    browser.select_key(RATE)

    def cycle() -> None:
        dialog = browser.open_correction()
        assert dialog is not None
        dialog.value_edit.setText("61")
        dialog.reject()
        flush()

    for _ in range(5):  # warm up: caches, translators
        cycle()
    gc.collect()
    widgets = len(QApplication.allWidgets())
    children = len(browser.findChildren(PolicyCorrection))
    for _ in range(100):
        cycle()
    gc.collect()
    assert len(QApplication.allWidgets()) == widgets
    assert len(browser.findChildren(PolicyCorrection)) == children == 0
    assert sum(isinstance(o, PolicyCorrection) for o in gc.get_objects()) == 0
    assert browser.correction is None


def test_the_window_estimates_with_a_correction_at_once(qtbot, window, monkeypatch, tmp_path):
    """Opened from the window, a written correction reaches the window's estimate (and its date only)."""
    from benefitcalc.core.registry import PolicyRegistry as Registry

    monkeypatch.setenv("BENEFITCALC_USER_POLICIES", str(tmp_path / "mine"))
    golden = ROOT / "tests" / "data" / "golden" / "jinan-resident-level3-first-stay.toml"
    assert window.open_case_file(golden) == ""
    before = window.current_estimate.payers["basic_fund"]
    day = window.current_estimate.case.date
    window.open_policy_browser()
    browser = window._policy_browser
    assert browser.user_dir == tmp_path / "mine"
    browser.set_region("jinan")
    browser.set_day(day)
    browser.select_key(RATE)
    dialog = browser.open_correction()
    dialog.value_edit.setText("70")
    fill_source(dialog)
    assert dialog.show_change() and dialog.write()
    flush()
    assert isinstance(window.registry, Registry) and window.registry is browser.registry
    after = window.current_estimate
    assert after.payers["basic_fund"] > before
    assert any(u.path == RATE and u.value == Decimal("0.70") for s in after.steps for u in s.params)
    browser.close()
    flush()
