"""Print, PDF and the policy browser are imported on first use and fail gracefully without them."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from benefitcalc.gui.settings import Settings


@pytest.fixture
def messages(monkeypatch):
    said = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, kind=kind: said.append((kind, title, text)))
    return said


@pytest.fixture
def filled(window, gui, golden_first):
    gui.fill(window, golden_first)
    assert window.current_estimate is not None
    return window


@pytest.fixture
def golden_first(gui):
    return gui.golden_cases()[0][1]


@pytest.mark.parametrize("module, action", [
    ("sheet", "print_action"), ("sheet", "pdf_action"), ("policy_browser", "browser_action"),
])
def test_missing_module_gives_a_message(monkeypatch, messages, filled, module, action):
    monkeypatch.setitem(sys.modules, f"benefitcalc.gui.{module}", None)  # import now raises ImportError
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("/tmp/never.pdf", ""))
    getattr(filled, action).trigger()
    assert len(messages) == 1 and "尚未安装" in messages[0][2]


def test_print_and_pdf_call_the_sheet(monkeypatch, messages, filled, tmp_path):
    calls = []
    fake = types.ModuleType("benefitcalc.gui.sheet")
    fake.print_preview = lambda est, parent, station, lang: calls.append(("preview", est, parent, station, lang))
    fake.save_pdf = lambda est, path, station, lang: calls.append(("pdf", est, path, station, lang))
    monkeypatch.setitem(sys.modules, "benefitcalc.gui.sheet", fake)
    Settings().station_name = "城关街道医保工作站"
    target = tmp_path / "sheet"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    filled.print_action.trigger()
    filled.pdf_action.trigger()
    est = filled.current_estimate
    assert calls == [
        ("preview", est, filled, "城关街道医保工作站", "zh"),
        ("pdf", est, str(target) + ".pdf", "城关街道医保工作站", "zh"),
    ]
    assert not messages


def test_no_estimate_no_sheet(monkeypatch, messages, window):
    window.form.total.setText("")
    window.recompute()
    window.print_action.trigger()
    assert len(messages) == 1 and "还没有估算结果" in messages[0][2]


def test_a_failing_sheet_shows_the_friendly_dialog(monkeypatch, filled):
    from benefitcalc.gui import error_dialog

    fake = types.ModuleType("benefitcalc.gui.sheet")

    def broken(*args):
        raise RuntimeError("printer on fire")

    fake.print_preview = broken
    monkeypatch.setitem(sys.modules, "benefitcalc.gui.sheet", fake)
    shown = []
    monkeypatch.setattr(error_dialog, "show", lambda *a, **k: shown.append(a[1]))
    filled.print_action.trigger()
    assert len(shown) == 1 and "printer on fire" in str(shown[0])


def test_policy_browser_gets_registry_region_day_and_language(monkeypatch, filled, registry, golden_first):
    made = []

    class FakeBrowser:
        def __init__(self, registry, region, day, lang, parent=None):
            made.append((registry, region, day, lang, parent))

        def setAttribute(self, attribute, on=True):
            made.append(attribute)

        def show(self):
            made.append("shown")

    fake = types.ModuleType("benefitcalc.gui.policy_browser")
    fake.PolicyBrowser = FakeBrowser
    monkeypatch.setitem(sys.modules, "benefitcalc.gui.policy_browser", fake)
    filled.browser_action.trigger()
    assert made[0][:4] == (registry, golden_first["region"], golden_first["date"], "zh")
    assert made[0][4] is filled and made[1] == Qt.WidgetAttribute.WA_DeleteOnClose and made[2] == "shown"


def test_station_name_is_set_once_and_remembered(monkeypatch, window):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  城关街道医保工作站 ", True))
    window.station_action.trigger()
    assert Settings().station_name == "城关街道医保工作站"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ignored", False))
    window.station_action.trigger()
    assert Settings().station_name == "城关街道医保工作站"


def test_every_action_has_text_and_the_main_ones_a_shortcut(window):
    for action in (window.new_action, window.open_action, window.save_action, window.print_action,
                   window.pdf_action, window.bigger_action, window.smaller_action, window.browser_action):
        assert action.text() and not action.shortcut().isEmpty()
    assert "(" not in window.print_action.iconText()  # toolbar text without the mnemonic


def test_the_real_sheet_writes_a_pdf(monkeypatch, messages, filled, tmp_path):
    pytest.importorskip("benefitcalc.gui.sheet")
    target = tmp_path / "estimate.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    filled.pdf_action.trigger()
    assert not messages
    assert target.read_bytes().startswith(b"%PDF")


def test_the_real_policy_browser_opens(qtbot, filled):
    pytest.importorskip("benefitcalc.gui.policy_browser")
    filled.browser_action.trigger()
    dialog = filled._policy_browser
    assert dialog is not None and dialog.isVisible()
    dialog.close()
