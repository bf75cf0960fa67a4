"""工具 › 比较…: the form's case at every level, place and scheme, as a table and a chart."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from benefitcalc.core.case import case_from_dict
from benefitcalc.core.compare import compare
from benefitcalc.gui import compare_dialog, compare_view


def feature_of(window) -> compare_view.CompareFeature:
    return next(f for f in window.features if isinstance(f, compare_view.CompareFeature))


@pytest.fixture
def golden_case(gui):
    return gui.golden_case("qingdao-resident-general-outpatient-grassroots")


@pytest.fixture
def opened(window, gui, golden_case):
    gui.fill(window, golden_case)
    feature = feature_of(window)
    feature.open_dialog()
    yield feature._dialog
    if feature._dialog is not None:
        feature._dialog.close()


def test_the_table_lists_every_level_and_place_by_what_the_patient_pays(window, opened, registry, golden_case):
    dialog = opened
    assert dialog.fields() == ("level", "location")
    assert dialog.table.rowCount() == 4 * 5
    expected = compare(case_from_dict(golden_case), ("level", "location"), registry)
    shown = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert shown == [f"{s.estimate.personal:,.2f}" for s in expected.scenarios]
    entered = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 4).text() == "所填情形")
    assert dialog.table.item(entered, 1).font().bold()


def test_a_combination_that_does_not_exist_says_why_in_the_table_and_has_no_bar(opened):
    dialog = opened
    rows = [dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())]
    missing = [r for r, text in enumerate(rows) if text.startswith("不适用：")]
    assert missing and all("三级医院" in dialog.table.item(r, 1).text() for r in missing)
    assert all(dialog.chart.rows[r][1] is None for r in missing)


def test_choosing_what_to_compare_and_changing_the_form_compare_again(window, opened, gui, qtbot):
    dialog = opened
    dialog.boxes["location"].setChecked(False)
    dialog.boxes["scheme"].setChecked(True)
    assert dialog.table.rowCount() == 4 * 2
    before = dialog.table.item(0, 2).text()
    gui.type_into(window.form.total, "300")
    qtbot.waitUntil(lambda: dialog.table.item(0, 2).text() != before)
    for box in dialog.boxes.values():
        box.setChecked(False)
    assert dialog.table.rowCount() == 0 and "至少" in dialog.problem_label.text()


def test_a_form_with_mistakes_says_so_instead_of_comparing(window, opened):
    window.form.total.clear()
    opened.refresh()
    assert opened.table.rowCount() == 0 and opened.problem_label.isVisibleTo(opened)


def test_the_chart_draws_each_bar_in_proportion_to_what_the_patient_pays(opened):
    chart = opened.chart
    values = [v for _, v, _ in chart.rows if v is not None]
    assert values and max(values) > min(values)
    image = chart.image(600)
    assert image.width() == 600 and image.height() > 20
    # the longest bar ends further right than the shortest: count the bar colour on each row
    colour = compare_dialog.QColor(compare_dialog.COLORS["personal"][0]).rgb()
    height = (image.height() - 4) // len(chart.rows)
    lengths = [sum(image.pixel(x, r * height + height // 2) == colour for x in range(image.width())) for r in range(len(chart.rows))]
    longest = max(range(len(chart.rows)), key=lambda r: chart.rows[r][1] or Decimal(-1))
    shortest = min((r for r in range(len(chart.rows)) if chart.rows[r][1] is not None), key=lambda r: chart.rows[r][1])
    assert lengths[longest] > lengths[shortest] > 0


def test_the_printed_comparison_has_the_table_the_chart_and_the_disclaimer(opened):
    document = opened.document()
    text = document.toPlainText()
    assert "比较（按个人支付从少到多）" in text and "本结果为估算" in text and "所填情形" in text
    chart = document.resource(QTextDocument.ResourceType.ImageResource, "chart")
    assert chart is not None and not chart.isNull()
    assert document.pageCount() >= 1


def test_opening_and_closing_the_dialog_many_times_frees_it(window, gui, golden_case, qtbot, assert_dialog_freed):
    gui.fill(window, golden_case)
    feature = feature_of(window)

    assert_dialog_freed(qtbot, window, feature)
    window.form.changed.emit()  # no dialog left listening: nothing happens, no warning


def test_the_comparison_speaks_english_after_a_language_switch(window, opened):
    window.set_language("en")
    window.apply_language()
    assert opened.windowTitle() == "Compare choices"
    assert opened.table.horizontalHeaderItem(2).text() == "Patient pays"
    assert feature_of(window).action.text() == "&Compare choices…"
    assert opened.table.item(0, 1).text().startswith("general outpatient at a")


def test_a_screenshot_of_the_comparison(opened, tmp_path):
    """Saved where BENEFITCALC_SCREENSHOTS says (to look at), else in the test's folder."""
    folder = Path(os.environ.get("BENEFITCALC_SCREENSHOTS", tmp_path))
    image = opened.grab().toImage()
    assert image.save(str(folder / "compare_view.png"))
    assert len({image.pixel(x, image.height() // 2) for x in range(0, image.width(), 5)}) > 2
