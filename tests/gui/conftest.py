"""Fixtures for the window's tests: private settings, the shipped policies, a fresh window.

Every test gets its own settings file (BENEFITCALC_SETTINGS) and Qt's test-mode data folders,
so no test reads or writes a real user's settings or log. The application font and language
are put back after each test, since both are process-wide.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox

from shared_data import GOLDEN, PAYER_KEYS, POLICIES, expected_amounts, golden_case, golden_files

from benefitcalc.core.money import fmt_yuan
from benefitcalc.core.registry import PolicyRegistry
from benefitcalc.gui import i18n


@pytest.fixture(scope="session")
def registry() -> PolicyRegistry:
    return PolicyRegistry.load(POLICIES)


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("BENEFITCALC_SETTINGS", str(path))
    QStandardPaths.setTestModeEnabled(True)
    return path


@pytest.fixture(autouse=True)
def app_state(qapp):
    font = QApplication.font()
    i18n.install("zh")
    yield
    QApplication.setFont(font)
    i18n.install("zh")


@pytest.fixture
def make_window(qtbot, registry):
    from benefitcalc.gui.main_window import MainWindow
    from benefitcalc.gui.settings import Settings

    def make():
        window = MainWindow(registry, Settings())
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


# ---------------------------------------------------------------------------- golden cases
def golden_cases() -> list[tuple[str, dict, dict]]:
    return [(path.stem, data["case"], data["expect"]) for path, data in golden_files()]


def pytest_generate_tests(metafunc):
    """A test that takes `golden` runs once per golden case: (name, case table, expect table)."""
    if "golden" in metafunc.fixturenames:
        cases = golden_cases()
        metafunc.parametrize("golden", cases, ids=[name for name, _, _ in cases])


def yuan(amount: Decimal, lang: str = "zh") -> str:
    return f"{fmt_yuan(amount)} 元" if lang == "zh" else f"{fmt_yuan(amount)} yuan"


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{combo.objectName()} has no item {value!r}"
    combo.setCurrentIndex(index)


def type_into(qtbot, edit: QLineEdit, value) -> None:
    """Type `value`; text QTest cannot type (full-width digits, 汉字) comes as an input method commit."""
    edit.clear()
    text = str(value)
    if text.isascii():
        qtbot.keyClicks(edit, text)
        return
    edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def fill_case(qtbot, window, case: dict) -> None:
    """Fill the form through its widgets, as a clerk would, in the order the form shows them."""
    form = window.form
    choose(form.region, case["region"])
    day = case["date"]
    if isinstance(day, str):
        day = date.fromisoformat(day)
    form.date.setDate(QDate(day.year, day.month, day.day))
    choose(form.scheme, case["scheme"])
    choose(form.category, case["category"])

    def visible(widget) -> bool:
        return widget.isVisibleTo(window)

    for key, combo in (("level", form.level), ("location", form.location), ("group", form.group)):
        if key in case and visible(combo):
            choose(combo, case[key])
    if visible(form.retired):
        form.retired.setChecked(bool(case.get("retired", False)))
    if visible(form.day_ward):
        form.day_ward.setChecked(bool(case.get("day_ward", False)))

    costs = case["costs"]
    only_total = not costs.get("self_paid") and not costs.get("category_b_first")
    form.only_total.setChecked(only_total)
    type_into(qtbot, form.total, costs["total"])
    if not only_total:
        type_into(qtbot, form.self_paid, costs.get("self_paid", "0"))
        type_into(qtbot, form.category_b_first, costs.get("category_b_first", "0"))

    ytd = case.get("year_to_date", {})
    known = case.get("known", {})
    if ytd or known:
        if not form.year_toggle.isChecked():
            qtbot.mouseClick(form.year_toggle, Qt.MouseButton.LeftButton)
        for key, value in ytd.items():
            editor = form.ytd[key]
            assert visible(editor), f"year_to_date.{key} is hidden"
            if isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            else:
                type_into(qtbot, editor, value)
        if "basic_fund" in known:
            assert visible(form.known)
            type_into(qtbot, form.known, known["basic_fund"])

    if "chronic" in case:
        choose(form.disease, case["chronic"]["disease"])
    if "two_diseases" in case:
        for condition in case["two_diseases"]["conditions"]:
            form.conditions[condition].setChecked(True)
    maternity = case.get("maternity", {})
    if maternity:
        if visible(form.child_order):
            form.child_order.setValue(int(maternity.get("child_order", 0)))
        if visible(form.monthly_wage):
            form.caesarean.setChecked(bool(maternity.get("caesarean", False)))
            form.difficult.setChecked(bool(maternity.get("difficult", False)))
            form.babies.setValue(int(maternity.get("babies", 1)))
            if "monthly_wage" in maternity:
                type_into(qtbot, form.monthly_wage, maternity["monthly_wage"])
    qtbot.keyClick(form.total, Qt.Key.Key_Return)


def shown_amount(window, key: str) -> str:
    return window.result.amount_text(key)


def assert_amounts(window, expect: dict, lang: str = "zh") -> None:
    amounts = expected_amounts(expect)
    for key in PAYER_KEYS + ("allowance",):
        shown = shown_amount(window, key)
        if amounts[key] == 0:
            assert shown in ("", yuan(Decimal(0), lang)), f"{key}: {shown!r}"
        else:
            assert shown == yuan(amounts[key], lang), f"{key}: {shown!r}, expected {yuan(amounts[key], lang)}"
    assert shown_amount(window, "personal") == yuan(amounts["personal"], lang)
    assert window.result.headline.text() == yuan(amounts["personal"], lang)


class Helpers:
    """The helpers above, for tests (a test module cannot import a conftest)."""

    def __init__(self, qtbot):
        self.qtbot = qtbot

    def fill(self, window, case: dict) -> None:
        fill_case(self.qtbot, window, case)

    def type_into(self, edit: QLineEdit, value) -> None:
        type_into(self.qtbot, edit, value)

    golden_dir = GOLDEN
    choose = staticmethod(choose)
    yuan = staticmethod(yuan)
    assert_amounts = staticmethod(assert_amounts)
    expected_amounts = staticmethod(expected_amounts)
    golden_cases = staticmethod(golden_cases)
    golden_case = staticmethod(golden_case)


@pytest.fixture
def gui(qtbot) -> Helpers:
    return Helpers(qtbot)


@pytest.fixture
def assert_dialog_freed():
    return _assert_dialog_freed


def _assert_dialog_freed(qtbot, window, feature, times: int = 100) -> None:
    """Open and close a feature's dialog `times` times: each one is deleted (the feature forgets
    it), and the window holds no more Qt objects than after a few warm-up rounds."""
    import gc

    from PySide6.QtCore import QObject

    def count() -> int:
        gc.collect()
        return len(window.findChildren(QObject))

    def round_trip() -> None:
        feature.open_dialog()
        feature._dialog.close()
        qtbot.waitUntil(lambda: feature._dialog is None)

    for _ in range(3):
        round_trip()
    before = count()
    for _ in range(times):
        round_trip()
    assert count() <= before
