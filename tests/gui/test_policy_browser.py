"""The policy browser: each value in force with its source, file and folder; broken files listed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from benefitcalc.core.registry import PolicyRegistry

ROOT = Path(__file__).resolve().parents[2]
POLICIES = ROOT / "policies"
DAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def registry() -> PolicyRegistry:
    return PolicyRegistry.load(POLICIES)


@pytest.fixture
def broken_registry(tmp_path) -> tuple[PolicyRegistry, Path, Path]:
    """The shipped policies with Weihai's file given an unknown key, plus a folder with a syntax error."""
    good = tmp_path / "policies"
    shutil.copytree(POLICIES, good)
    weihai = good / "shandong" / "weihai-2024.toml"
    weihai.write_text(weihai.read_text(encoding="utf-8").replace("[policy]", "[policy]\nbogus_key = 1", 1),
                      encoding="utf-8")
    extra = tmp_path / "beside_exe"
    extra.mkdir()
    (extra / "broken-2024.toml").write_text("[policy\nregion = 'broken'\n", encoding="utf-8")
    return PolicyRegistry.load([good, extra]), good, extra


# ---------------------------------------------------------------- the model, without widgets

def test_model_lists_jinan_resident_level3_rate_as_unverified(qapp, registry, qtmodeltester):
    from PySide6.QtCore import Qt

    from benefitcalc.gui.policy_browser_models import ParameterTableModel

    model = ParameterTableModel("zh")
    model.set_policy(registry.policy_for("jinan", DAY))
    qtmodeltester.check(model)

    row = model.row_for("resident.inpatient.rate.level3")
    assert row is not None
    assert row.value == Decimal("0.60")
    assert row.value_text == "60%"
    assert row.verified is False and row.kind == "assumed" and row.kind_text == "未核实"
    assert row.label == "居民医保 · 住院 · 报销比例 · 三级医院"
    assert row.where  # the note saying what the placeholder stands in for
    assert row.file == "policies/shandong/shandong-2024.toml"
    assert Path(row.folder) == POLICIES

    number = model.rows.index(row)
    index = model.index(number, ParameterTableModel.KEY_COLUMN)
    assert model.data(index) == "resident.inpatient.rate.level3"
    assert model.data(index, ParameterTableModel.ValueRole) == Decimal("0.60")
    assert model.data(index, ParameterTableModel.VerifiedRole) is False
    assert model.data(model.index(number, ParameterTableModel.KIND_COLUMN)) == "未核实"
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    assert model.headerData(0, Qt.Orientation.Horizontal) == "参数"


def test_model_shows_a_city_value_with_its_seed_source_and_file(qapp, registry):
    from PySide6.QtCore import Qt

    from benefitcalc.gui.policy_browser_models import ParameterTableModel

    model = ParameterTableModel("zh")
    model.set_policy(registry.policy_for("jinan", DAY))
    row = model.row_for("resident.general_outpatient.rate.grassroots")
    assert row.verified and row.kind == "seed" and row.kind_text == "来源文件"
    assert "社区医院门诊报销比例提高到80%" in row.where
    assert row.file.endswith("jinan-2024.toml")
    assert Path(row.path).name == "jinan-2024.toml"
    number = model.rows.index(row)
    assert model.data(model.index(number, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.unverified_count() > 0
    assert model.rowCount() == len(registry.policy_for("jinan", DAY).all_provenance())


def test_model_in_english(qapp, registry):
    from benefitcalc.gui.policy_browser_models import ParameterTableModel

    model = ParameterTableModel("en")
    model.set_policy(registry.policy_for("jinan", DAY))
    row = model.row_for("resident.inpatient.rate.level3")
    assert row.kind_text == "unverified"
    assert row.label == "resident · hospital stay · rate · level-3 hospital"


def test_filter_by_text_and_to_unverified(qapp, registry):
    from benefitcalc.gui.policy_browser_models import ParameterFilter, ParameterTableModel

    model = ParameterTableModel("zh")
    model.set_policy(registry.policy_for("jinan", DAY))
    proxy = ParameterFilter()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("INPATIENT.RATE.LEVEL3")
    keys = {proxy.data(proxy.index(r, 1)) for r in range(proxy.rowCount())}
    assert keys == {"resident.inpatient.rate.level3", "employee.inpatient.rate.level3"}
    proxy.setFilterFixedString("")
    proxy.set_only_unverified(True)
    assert 0 < proxy.rowCount() < model.rowCount()
    assert all(proxy.data(proxy.index(r, 0), ParameterTableModel.VerifiedRole) is False
               for r in range(proxy.rowCount()))
    proxy.setFilterFixedString("jinan-2024")  # a file name: Jinan's own values are all from seeds
    assert proxy.rowCount() == 0


def test_problem_model_renders_each_problem(qapp, broken_registry, qtmodeltester):
    from benefitcalc.gui.policy_browser_models import ProblemListModel

    registry, _, _ = broken_registry
    model = ProblemListModel(registry.problems, "zh")
    qtmodeltester.check(model)
    lines = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert any("weihai-2024.toml" in line and "policy.bogus_key" in line and "第" in line for line in lines)
    assert any("broken-2024.toml" in line and "TOML" in line for line in lines)


# ---------------------------------------------------------------- the dialog

def test_dialog_shows_version_files_folders_and_notes(qtbot, registry):
    from benefitcalc.gui.policy_browser import PolicyBrowser

    browser = PolicyBrowser(registry, "jinan", DAY, "zh")
    qtbot.addWidget(browser)
    assert browser.region == "jinan" and browser.day == DAY
    assert browser.policy is not None and browser.policy.region == "jinan"
    info = browser.info.text()
    assert "济南市" in info and "2024-01-01" in info
    assert "policies/shandong/shandong-2024.toml" in info and "policies/shandong/jinan-2024.toml" in info
    assert str(POLICIES) in info  # the folder each file was read from
    assert "社区医院门诊报销比例 80%" in info  # the policy notes
    assert browser.model.row_for("resident.inpatient.rate.level3") is not None
    assert browser.tabs.count() == 2
    assert "没有问题" in browser.problems_summary.text()
    assert browser.problems_model.rowCount() == 0


def test_dialog_filter_box_and_unverified_switch(qtbot, registry):
    from benefitcalc.gui.policy_browser import PolicyBrowser

    browser = PolicyBrowser(registry, "jinan", DAY, "zh")
    qtbot.addWidget(browser)
    total = browser.proxy.rowCount()
    qtbot.keyClicks(browser.filter_edit, "critical_illness")
    assert 0 < browser.proxy.rowCount() < total
    assert "显示" in browser.count_label.text()
    browser.filter_edit.clear()
    browser.only_unverified.setChecked(True)
    assert browser.proxy.rowCount() == browser.model.unverified_count()


def test_dialog_region_and_date_pickers(qtbot, registry):
    from benefitcalc.gui.policy_browser import PolicyBrowser

    browser = PolicyBrowser(registry, "shandong", DAY, "zh")
    qtbot.addWidget(browser)
    assert browser.policy.valid_from == date(2024, 1, 1)
    browser.set_day(date(2014, 6, 1))
    assert browser.policy.valid_from == date(2014, 1, 1)
    assert "shandong-2014.toml" in browser.info.text()
    browser.set_day(date(2010, 1, 1))  # no version in force
    assert browser.policy is None and browser.model.rowCount() == 0
    assert "2010-01-01" in browser.info.text()
    browser.set_region("qingdao")
    browser.set_day(DAY)
    assert browser.policy.region == "qingdao"
    assert browser.model.row_for("resident.general_outpatient.rate.grassroots").value == Decimal("0.65")


def test_broken_file_is_listed_and_other_regions_still_work(qtbot, broken_registry):
    from benefitcalc.gui.policy_browser import PolicyBrowser

    registry, good, extra = broken_registry
    assert registry.problems
    browser = PolicyBrowser(registry, "jinan", DAY, "zh")
    qtbot.addWidget(browser)

    # the problems tab
    lines = browser.problems_model.lines
    assert any("weihai-2024.toml" in line and "bogus_key" in line for line in lines)
    assert any("broken-2024.toml" in line for line in lines)
    assert f"({len(registry.problems)})" in browser.tabs.tabText(1)
    summary = browser.problems_summary.text()
    assert f"{len(registry.problems)} 个问题" in summary
    assert str(good) in summary and "其他地区不受影响" in summary

    # other regions still work
    assert browser.policy is not None and browser.model.rowCount() > 0
    assert Path(browser.model.row_for("resident.inpatient.rate.level3").folder) == good

    # the broken region says why it cannot be used
    browser.set_region("weihai")
    assert browser.policy is None and browser.model.rowCount() == 0
    assert "bogus_key" in browser.info.text()
    assert any("weihai" in browser.region_box.itemText(i) and "有错误" in browser.region_box.itemText(i)
               for i in range(browser.region_box.count()))


def test_dialog_in_english(qtbot, broken_registry):
    from benefitcalc.gui.policy_browser import PolicyBrowser

    registry, _, _ = broken_registry
    browser = PolicyBrowser(registry, "jinan", DAY, "en")
    qtbot.addWidget(browser)
    assert browser.tabs.tabText(0) == "Parameters in force"
    assert "Jinan, in force from 2024-01-01" in browser.info.text()
    assert any("unknown key" in line for line in browser.problems_model.lines)


def test_dialog_is_translated_by_our_qm_file(qtbot, registry):
    from benefitcalc.gui.policy_browser import PolicyBrowser

    browser = PolicyBrowser(registry, "jinan", DAY, "zh")
    qtbot.addWidget(browser)
    assert browser.tabs.tabText(0) == "现行参数"
    assert browser.windowTitle().startswith("政策参数")


# ---------------------------------------------------------------- plain words, user files

def test_sources_read_as_a_person_can_look_them_up_never_a_file_name(qapp, registry):
    from benefitcalc.gui.policy_browser_models import ParameterTableModel

    model = ParameterTableModel("zh")
    model.set_policy(registry.policy_for("jinan", DAY))
    for row in model.rows:
        assert ".txt" not in row.where and ".toml" not in row.where, row
        assert row.key not in row.label


def test_keys_are_hidden_until_asked_for(qtbot, registry):
    from benefitcalc.gui.policy_browser import PolicyBrowser
    from benefitcalc.gui.policy_browser_models import ParameterTableModel

    browser = PolicyBrowser(registry, "jinan", DAY, "zh")
    qtbot.addWidget(browser)
    assert browser.table.isColumnHidden(ParameterTableModel.KEY_COLUMN)
    browser.show_keys.setChecked(True)
    assert not browser.table.isColumnHidden(ParameterTableModel.KEY_COLUMN)
    assert browser.show_keys.text() == "显示键名(&K)"


def test_values_from_the_users_own_folder_are_marked(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from benefitcalc.gui.policy_browser import PolicyBrowser
    from benefitcalc.gui.policy_browser_models import USER_MARK, ParameterTableModel

    user = tmp_path / "user"
    user.mkdir()
    (user / "jinan-correction.toml").write_text(
        '[policy]\namends = "jinan"\nvalid_from = 2025-07-01\n'
        '[sources.notice]\nkind = "official"\ntitle = "一份通知"\nissuer = "济南市医疗保障局"\n'
        'date = "2025-06-20"\nquote = "三级医院报销比例调整为62%"\n'
        '[resident.inpatient.rate]\nsource = "notice"\nlevel3 = 0.62\n', encoding="utf-8")
    registry = PolicyRegistry.load([POLICIES, user])
    assert not registry.problems
    browser = PolicyBrowser(registry, "jinan", date(2025, 8, 1), "zh", user_dir=user)
    qtbot.addWidget(browser)
    model = browser.model
    row = model.row_for("resident.inpatient.rate.level3")
    assert row.user and row.value == Decimal("0.62") and row.verified
    assert row.where == "济南市医疗保障局，2025-06-20，《一份通知》：「三级医院报销比例调整为62%」"
    assert model.user_count() == 1
    number = model.rows.index(row)
    index = model.index(number, ParameterTableModel.VALUE_COLUMN)
    assert model.data(index) == USER_MARK + "62%"
    assert model.data(index, Qt.ItemDataRole.FontRole).bold()
    assert "来自您自己的政策文件" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "1 个参数取自您自己的政策文件" in browser.info.text()
    other = model.row_for("resident.inpatient.rate.level2")
    assert not other.user and model.data(model.index(model.rows.index(other), 2)) == "75%"
    browser.set_day(date(2025, 6, 1))  # before the correction: nothing of the user's
    assert browser.model.user_count() == 0
