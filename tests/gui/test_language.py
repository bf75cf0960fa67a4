"""简体中文 by default; English from the menu, live, remembered; Qt's own buttons follow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from benefitcalc.gui import i18n
from benefitcalc.gui.settings import Settings


def fill(qtbot, window, gui):
    gui.choose(window.form.region, "jinan")
    gui.choose(window.form.category, "inpatient")
    gui.type_into(window.form.total, "50000")
    qtbot.keyClick(window.form.total, Qt.Key.Key_Return)


def visible_texts(qtbot, window):
    form, result = window.form, window.result
    return {
        "menu": window.file_menu.title(),
        "title": window.windowTitle(),
        "total": form.rows["costs.total"].label.text(),
        "category": form.category.currentText(),
        "caption": result.caption.text(),
        "headline": result.headline.text(),
        "disclaimer": result.disclaimer.text(),
        "steps": result.steps.text(),
        "region": form.region.currentText(),
    }


def test_chinese_by_default(qtbot, window, gui):
    fill(qtbot, window, gui)
    texts = visible_texts(qtbot, window)
    assert texts["menu"] == "文件(&F)"
    assert texts["total"] == "医疗费总额(&B)："
    assert texts["category"] == "住院"
    assert texts["caption"] == "个人支付"  # the words of the CLI and the sheet
    assert texts["headline"].endswith(" 元")
    assert texts["disclaimer"] == "本结果为估算，仅供参考，实际以医保经办机构结算为准"
    assert "起付线" in texts["steps"]
    assert texts["region"] == "济南市"


def test_switch_to_english_and_back_live(qtbot, window, gui):
    fill(qtbot, window, gui)
    zh = visible_texts(qtbot, window)
    window.language_action["en"].trigger()
    en = visible_texts(qtbot, window)
    assert en["menu"] == "&File"
    assert en["title"] == "Medical insurance estimate"
    assert en["total"] == "Total &bill:"
    assert en["category"] == "Hospital stay"
    assert en["caption"] == "The patient pays"
    assert en["headline"] == zh["headline"].replace(" 元", " yuan")
    assert en["disclaimer"].startswith("This is an estimate")
    assert "Deductible" in en["steps"]
    assert en["region"] == "Jinan 济南市"
    assert window.current_estimate is not None  # the case survived the switch
    window.language_action["zh"].trigger()
    assert visible_texts(qtbot, window) == zh


def test_language_is_remembered(window, make_window):
    window.set_language("en")
    assert Settings().language == "en"
    assert i18n.current_language() == "en"
    again = make_window()
    # a new window takes the running language; app.main installs the remembered one at start
    assert again.file_menu.title() == "&File"


def test_qt_standard_buttons_in_chinese():
    loaded = i18n.install("zh")
    assert any(path.name == "qtbase_zh_CN.qm" for path in loaded)
    assert any(path.name == "app_zh_CN.qm" for path in loaded)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


