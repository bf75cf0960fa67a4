"""工具 › 本年度…: cases from the form build a year; visits edit, delete and recompute; files and print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from benefitcalc.core.year import plan, read_year_file, run_year
from benefitcalc.gui import year_view, year_view_sheet

ROOT = Path(__file__).resolve().parents[2]
YEAR_FILE = ROOT / "tests" / "data" / "year" / "jinan-resident-stay-and-dialysis.toml"


def feature_of(window) -> year_view.YearFeature:
    return next(f for f in window.features if isinstance(f, year_view.YearFeature))


@pytest.fixture
def golden_case(gui):
    return gui.golden_case("jinan-resident-level3-first-stay")


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """pytest-qt closes the window before fixtures tear down: a year left unsaved is discarded
    there instead of waiting for an answer. Tests that need other answers patch again."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def answer(monkeypatch, reply):
    """Answer `reply` to the dialog's questions; the question on closing the window is discarded."""
    def question(parent, title, text, *args, **kwargs):
        return QMessageBox.StandardButton.Discard if "关闭前" in text else reply

    monkeypatch.setattr(QMessageBox, "question", question)


@pytest.fixture
def opened(window):
    feature = feature_of(window)
    feature.open_dialog()
    yield feature, feature._dialog
    if feature._dialog is not None:
        feature._dialog.close()


def column(dialog, index: int) -> list[str]:
    return [dialog.visits.item(row, index).text() for row in range(dialog.visits.rowCount())]


def test_adding_the_case_on_the_form_twice_makes_a_year_whose_second_stay_starts_from_the_first(window, gui, golden_case, opened):
    feature, dialog = opened
    gui.fill(window, golden_case)
    dialog.add()
    dialog.add()
    assert len(feature.year.visits) == 2
    assert feature.year.person == {"region": "jinan", "scheme": "resident"}
    first, second = feature.result.estimates
    assert second.case.year_to_date == first.year_to_date_after
    assert second.case.year_to_date.admissions == 1
    assert column(dialog, 5) == [window.result.amount_text("personal").split()[0], gui.yuan(second.personal).split()[0]]
    assert column(dialog, 6)[-1] == gui.yuan(first.personal + second.personal).split()[0]
    names = [dialog.limits.item(r, 0).text() for r in range(dialog.limits.rowCount())]
    assert any(n.startswith("统筹基金年度最高支付限额") for n in names)
    assert any("（未核实）" in n for n in names)


def test_editing_a_visit_on_the_form_and_deleting_one_recompute_the_later_visits(window, gui, golden_case, opened, monkeypatch):
    feature, dialog = opened
    gui.fill(window, golden_case)
    dialog.add()
    dialog.add()
    second_before = feature.result.estimates[1].personal
    dialog.visits.selectRow(0)
    dialog.edit()
    assert dialog.editing == 1 and dialog.buttons["add"].text().startswith("用表单替换第 1 条")
    gui.type_into(window.form.total, "20000")
    window.recompute()
    dialog.add()
    assert dialog.editing is None
    assert feature.result.estimates[0].total == 20000
    assert feature.result.estimates[1].personal != second_before  # the later stay recomputed

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.visits.selectRow(0)
    dialog.delete()
    assert len(feature.year.visits) == 1
    assert feature.result.estimates[0].case.year_to_date.admissions == 0


def test_a_year_file_opens_saves_and_reopens_the_same(window, opened, tmp_path, monkeypatch):
    feature, dialog = opened
    assert feature.open_file(YEAR_FILE) == ""
    assert dialog.visits.rowCount() == 10
    assert column(dialog, 0)[2] == "3 ↻"  # a repeat, and its tooltip names the visit it repeats
    assert dialog.visits.item(2, 0).toolTip() == "第 2 条就诊的第 1 次重复"
    folder = tmp_path / "年度文件"
    folder.mkdir()
    target = folder / "张大爷"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save()
    saved = target.with_suffix(".toml")
    assert read_year_file(saved) == read_year_file(YEAR_FILE)
    assert not feature.dirty and "张大爷.toml" in dialog.person_label.text()


def test_a_bad_year_file_is_refused_with_the_visit_and_key_and_the_year_is_kept(window, opened, tmp_path):
    feature, dialog = opened
    feature.open_file(YEAR_FILE)
    bad = tmp_path / "bad.toml"
    bad.write_text(YEAR_FILE.read_text(encoding="utf-8").replace('total = "8000"', 'total = "-8"'), encoding="utf-8")
    problem = feature.open_file(bad)
    assert "visit[2].costs.total" in problem and "不能为负数" in problem
    assert dialog.visits.rowCount() == 10


def test_a_visit_whose_policy_is_gone_shows_the_problem_instead_of_rows(window, opened):
    from dataclasses import replace

    feature, dialog = opened
    feature.open_file(YEAR_FILE)
    visits = list(feature.year.visits)
    visits[0] = dict(visits[0], date=__import__("datetime").date(2001, 1, 1))
    feature._set(replace(feature.year, visits=tuple(visits)))
    assert dialog.visits.rowCount() == 0 and dialog.problem_label.isVisibleTo(dialog)
    assert "visit[1].date" in dialog.problem_label.text()


def test_an_incomplete_form_is_not_added(window, opened, monkeypatch):
    feature, dialog = opened
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    window.form.total.clear()
    window.recompute()
    dialog.add()
    assert said and feature.year.visits == ()


def test_the_year_prints_to_a_pdf_and_its_document_lists_every_visit(window, opened, registry, tmp_path):
    feature, _ = opened
    feature.open_file(YEAR_FILE)
    html = year_view_sheet.year_html(feature.result, "槐荫区医保工作站", "zh")
    assert html.count("2025-") >= 10 and "槐荫区医保工作站" in html and "统筹基金年度最高支付限额" in html
    path = tmp_path / "年度.pdf"
    year_view_sheet.save_pdf(feature.result, path, "", "zh")
    assert path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 10_000
    document = year_view_sheet.render_document(feature.result)
    assert document.pageCount() >= 1


def test_a_chinese_year_prints_in_chinese_from_an_english_window(registry):
    """The printed year's own words come from its translation file, not from the window's
    language (the sheet's did; the year's used to fall back to the window's)."""
    from benefitcalc.core.year import read_year_file, run_year
    from benefitcalc.core.year_presentation import totals_rows
    from benefitcalc.gui import i18n

    result = run_year(read_year_file(YEAR_FILE), registry)
    i18n.install("en")
    html = year_view_sheet.year_html(result, "", "zh")
    assert "本年度医疗费用报销估算" in html and "Medical costs this year" not in html
    for row in totals_rows(result.totals, result, "zh"):  # the year's breakdown in the core's words
        assert row.label in html
    assert "Medical costs this year" in year_view_sheet.year_html(result, "", "en")


def test_opening_and_closing_the_dialog_many_times_frees_it(window, qtbot, assert_dialog_freed):
    feature = feature_of(window)
    feature.open_file(YEAR_FILE)

    assert_dialog_freed(qtbot, window, feature)


def test_the_year_speaks_english_after_a_language_switch(window, opened):
    feature, dialog = opened
    feature.open_file(YEAR_FILE)
    window.set_language("en")
    window.apply_language()
    assert dialog.windowTitle() == "This year"
    assert dialog.visits.horizontalHeaderItem(3).text() == "Total bill"
    assert feature.action.text() == "This &year…"
    assert dialog.visits.item(0, 2).text().startswith("resident · hospital stay")


def test_a_screenshot_of_the_year_shows_its_rows(window, opened, tmp_path):
    """Saved where BENEFITCALC_SCREENSHOTS says (to look at), else in the test's folder."""
    import os

    feature, dialog = opened
    feature.open_file(YEAR_FILE)
    dialog.visits.selectRow(1)
    folder = Path(os.environ.get("BENEFITCALC_SCREENSHOTS", tmp_path))
    image = dialog.grab().toImage()
    assert image.save(str(folder / "year_view.png"))
    assert len({image.pixel(x, image.height() // 4) for x in range(0, image.width(), 7)}) > 3  # not blank
    assert len(plan(feature.year)) == len(run_year(feature.year, window.registry).estimates)


@pytest.mark.parametrize("reply, closes", [
    (QMessageBox.StandardButton.Cancel, False),
    (QMessageBox.StandardButton.Discard, True),
])
def test_closing_the_window_with_an_unsaved_year_asks_first(window, gui, golden_case, opened, monkeypatch, reply, closes):
    feature, dialog = opened
    gui.fill(window, golden_case)
    dialog.add()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), reply)[1])
    window.remember_geometry = False
    assert window.close() is closes
    assert asked and "未保存" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def test_closing_the_window_and_saving_the_year_writes_the_file(window, gui, golden_case, opened, monkeypatch, tmp_path):
    feature, dialog = opened
    gui.fill(window, golden_case)
    dialog.add()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "y"), ""))
    window.remember_geometry = False
    assert window.close()
    assert len(read_year_file(tmp_path / "y.toml").visits) == 1


def test_a_saved_year_closes_without_asking(window, opened, monkeypatch):
    feature, _ = opened
    feature.open_file(YEAR_FILE)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    window.remember_geometry = False
    assert window.close()


def test_a_new_year_starts_from_the_year_to_date_figures_on_the_form(window, gui, golden_case, opened):
    feature, dialog = opened
    gui.fill(window, dict(golden_case, year_to_date={"admissions": 1, "basic_fund_paid": "1000"}))
    dialog.add()
    dialog.add()
    assert feature.year.start.admissions == 1 and feature.year.start.basic_fund_paid == 1000
    first, second = feature.result.estimates
    assert first.case.year_to_date.admissions == 1 and second.case.year_to_date.admissions == 2
