"""The window before and after the policies are validated: it opens from the `[policy]` headers,
says the policies are loading, takes typing meanwhile, and estimates once `set_registry` comes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from benefitcalc.core.policy_index import scan_regions
from benefitcalc.gui.main_window import MainWindow
from benefitcalc.gui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
POLICIES = ROOT / "policies"
LOADING = "正在载入政策…"


@pytest.fixture
def early(qtbot):
    """A window as app.main opens it: no registry yet, the remembered region Qingdao."""
    settings = Settings()
    settings.region = "qingdao"
    window = MainWindow(None, settings, regions=scan_regions([POLICIES]))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def region_items(window) -> list[tuple[str, str, bool]]:
    combo = window.form.region
    model = combo.model()
    return [(combo.itemText(i), combo.itemData(i), model.item(i).isEnabled()) for i in range(combo.count())]


def test_first_screen_without_registry(early):
    assert early.form.region_id() == "qingdao"
    assert early.result.message.text() == LOADING
    assert early.current_estimate is None
    assert early.recompute() is None
    assert early.form.current_policy() is None
    assert early._problems_label.text() == ""


def test_typing_while_loading_waits_for_the_registry(qtbot, early, registry, gui):
    gui.choose(early.form.category, "chronic_outpatient")
    gui.choose(early.form.category, "inpatient")
    gui.type_into(early.form.total, "50000")
    qtbot.keyClick(early.form.total, Qt.Key.Key_Return)
    qtbot.wait(10)  # the 0-ms recompute timer has run
    assert early.result.message.text() == LOADING and early.current_estimate is None
    early.browser_action.trigger()  # nothing to browse yet: says so, no crash
    assert early.statusBar().currentMessage() == LOADING

    early.set_registry(registry)
    assert early.current_estimate is not None
    assert early.current_estimate.case.region == "qingdao"
    assert early.current_estimate.total == 50000
    assert early.result.headline.text().endswith(" 元")


def test_region_list_is_the_same_before_and_after(early, registry, make_window):
    before = region_items(early)
    early.set_registry(registry)
    assert region_items(early) == before
    assert region_items(make_window()) == before  # a window given the registry at once
    assert early.form.region_id() == "qingdao"


def test_diseases_are_filled_when_the_registry_comes(early, registry, gui):
    gui.choose(early.form.category, "chronic_outpatient")
    assert early.form.disease.count() == 1  # only "— choose —"
    early.set_registry(registry)
    assert early.form.disease.count() > 1


def test_broken_region_is_marked_when_the_registry_comes(qtbot, tmp_path):
    from benefitcalc.core.registry import PolicyRegistry

    folder = tmp_path / "policies"
    shutil.copytree(POLICIES, folder)
    broken = folder / "shandong" / "heze-2024.toml"
    broken.write_text(broken.read_text(encoding="utf-8").replace('kind = "city"', 'kind = "town"'), encoding="utf-8")
    window = MainWindow(None, Settings(), regions=scan_regions([folder]))
    qtbot.addWidget(window)
    combo = window.form.region
    assert combo.model().item(combo.findData("heze")).isEnabled()  # the header looks fine
    window.set_registry(PolicyRegistry.load(folder))
    index = combo.findData("heze")
    assert not combo.model().item(index).isEnabled()
    assert "政策文件有错误" in combo.itemText(index)
    assert "问题" in window._problems_label.text()


def test_case_file_opened_before_the_registry_is_estimated_after(early, registry, gui):
    problem = early.open_case_file(gui.golden_dir / "linyi-dibao-resident-big-stay.toml")
    assert problem == ""
    assert early.result.message.text() == LOADING
    early.set_registry(registry)
    assert early.result.headline.text() == "24,295.50 元"
