"""Each kind of wrong input is said at its field and in the result area; nothing crashes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt


def start(window, gui, total="1000", **changes):
    form = window.form
    gui.choose(form.region, changes.get("region", "jinan"))
    form.date.setDate(QDate(2025, 6, 1))
    gui.choose(form.scheme, changes.get("scheme", "resident"))
    gui.choose(form.category, changes.get("category", "inpatient"))
    gui.type_into(form.total, total)


def enter(qtbot, window):
    qtbot.keyClick(window.form.total, Qt.Key.Key_Return)


def error_at(window, key: str) -> str:
    row = window.form.rows[key]
    assert row.error.isVisibleTo(window), f"no message at {key}"
    return row.error.text()


def assert_no_estimate(window, *words):
    assert window.current_estimate is None
    message = window.result.message
    assert message.isVisibleTo(window)
    for word in words:
        assert word in message.text()
    assert not window.result.headline.isVisibleTo(window)


@pytest.mark.parametrize("text", ["abc", "12,5", "1e5", "１２x", "--3", "1.2.3"])
def test_not_a_number_is_said_at_the_total(qtbot, window, gui, text):
    start(window, gui, total=text)
    enter(qtbot, window)
    assert "必须是数字" in error_at(window, "costs.total")
    assert_no_estimate(window, "医疗费总额", "必须是数字")


def test_negative_amount(qtbot, window, gui):
    start(window, gui, total="-5")
    enter(qtbot, window)
    assert "不能为负数" in error_at(window, "costs.total")
    assert_no_estimate(window, "不能为负数")


def test_more_than_two_decimals(qtbot, window, gui):
    start(window, gui, total="100.005")
    enter(qtbot, window)
    assert "两位小数" in error_at(window, "costs.total")


def test_self_paid_above_the_bill(qtbot, window, gui):
    start(window, gui, total="100")
    gui.type_into(window.form.self_paid, "80")
    gui.type_into(window.form.category_b_first, "30")
    enter(qtbot, window)
    assert "超过了医疗费总额" in error_at(window, "costs.self_paid")
    assert_no_estimate(window, "全自费")


def test_missing_wage_for_an_employee_birth(qtbot, window, gui):
    start(window, gui, total="8000", scheme="employee", category="maternity")
    enter(qtbot, window)
    assert "月平均工资" in error_at(window, "maternity.monthly_wage")
    assert_no_estimate(window, "生育津贴")


def test_wrong_wage(qtbot, window, gui):
    start(window, gui, total="8000", scheme="employee", category="maternity")
    gui.type_into(window.form.monthly_wage, "六千")
    enter(qtbot, window)
    assert "必须是数字" in error_at(window, "maternity.monthly_wage")


def test_missing_child_order_for_a_resident_birth(qtbot, window, gui):
    start(window, gui, total="4000", category="maternity")
    window.form.child_order.setValue(0)
    enter(qtbot, window)
    assert "第几孩" in error_at(window, "maternity.child_order")


def test_missing_disease(qtbot, window, gui):
    start(window, gui, category="chronic_outpatient")
    enter(qtbot, window)
    assert "病种" in error_at(window, "chronic.disease")


def test_missing_conditions(qtbot, window, gui):
    start(window, gui, region="binhai", category="two_diseases")
    enter(qtbot, window)
    assert "高血压" in error_at(window, "two_diseases.conditions")


def test_known_basic_fund_above_the_in_policy_cost(qtbot, window, gui):
    start(window, gui, total="1000")
    assert not window.form.known.isVisibleTo(window)  # in the closed "so far this year" block
    qtbot.mouseClick(window.form.year_toggle, Qt.MouseButton.LeftButton)
    gui.type_into(window.form.known, "5000")
    enter(qtbot, window)
    assert "超过政策范围内费用" in error_at(window, "known.basic_fund")


def test_error_in_a_closed_block_opens_it(qtbot, window, gui):
    start(window, gui, total="1000")
    qtbot.mouseClick(window.form.year_toggle, Qt.MouseButton.LeftButton)
    gui.type_into(window.form.ytd["basic_fund_paid"], "x")
    qtbot.mouseClick(window.form.year_toggle, Qt.MouseButton.LeftButton)
    assert not window.form.year_toggle.isChecked()
    enter(qtbot, window)
    assert window.form.year_toggle.isChecked()
    assert "必须是数字" in error_at(window, "year_to_date.basic_fund_paid")


def test_date_with_no_policy_version(qtbot, window, gui):
    start(window, gui)
    window.form.date.setDate(QDate(2010, 1, 1))
    enter(qtbot, window)
    assert "2010-01-01" in error_at(window, "date")


def test_empty_bill_is_a_prompt_not_an_error(qtbot, window, gui):
    start(window, gui, total="")
    enter(qtbot, window)
    assert window.current_estimate is None
    assert not window.form.rows["costs.total"].error.isVisibleTo(window)
    assert "医疗费总额" in window.result.message.text()


def test_fixing_the_field_clears_the_message(qtbot, window, gui):
    start(window, gui, total="abc")
    enter(qtbot, window)
    assert error_at(window, "costs.total")
    gui.type_into(window.form.total, "1000")
    enter(qtbot, window)
    assert not window.form.rows["costs.total"].error.isVisibleTo(window)
    assert window.current_estimate is not None


def test_typing_recomputes_without_enter(qtbot, window, gui):
    start(window, gui, total="1000")
    qtbot.waitUntil(lambda: window.current_estimate is not None, timeout=2000)
    first = window.current_estimate.personal
    qtbot.keyClicks(window.form.total, "0")
    qtbot.waitUntil(lambda: window.current_estimate is not None and window.current_estimate.personal != first,
                    timeout=2000)
    assert window.current_estimate.total == 10000


def test_unexpected_error_in_the_engine_is_logged_not_raised(qtbot, window, gui, monkeypatch):
    from benefitcalc.core import engine
    from benefitcalc.gui import error_dialog

    shown = []
    def fake_show(*info, parent=None):
        shown.append(info)
        return error_dialog.log_exception(*info)

    monkeypatch.setattr(error_dialog, "show", fake_show)

    def broken(case, registry):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(engine, "estimate", broken)
    start(window, gui)
    enter(qtbot, window)
    assert window.current_estimate is None
    assert "程序内部错误" in window.result.message.text()
    log = error_dialog.log_path()
    assert str(log) in window.result.message.text()
    before = log.read_text(encoding="utf-8").count("ZeroDivisionError: boom")
    assert len(shown) == 1 and before >= 1
    enter(qtbot, window)  # the dialog is shown once, not at every keystroke; the log gets each one
    assert len(shown) == 1
    assert log.read_text(encoding="utf-8").count("ZeroDivisionError: boom") == before + 1
