"""The form: amounts typed by people, which fields show for which case, keyboard, memory."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from benefitcalc.core.case import case_from_dict
from benefitcalc.core.engine import estimate
from benefitcalc.core.registry import PolicyRegistry
from benefitcalc.core.toml_reader import loads
from benefitcalc.gui.case_form import AmountError, parse_amount
from benefitcalc.gui.settings import Settings

from benefitcalc.core.vocabulary import PAYERS

CASES = __import__("pathlib").Path(__file__).resolve().parents[1] / "data" / "cases"


@pytest.mark.parametrize("text, value", [
    ("1234.5", Decimal("1234.5")),
    (" 1,234.50 ", Decimal("1234.50")),
    ("12,345,678", Decimal("12345678")),
    ("１２３４．５", Decimal("1234.5")),
    ("¥300", Decimal("300")),
    ("300元", Decimal("300")),
    ("0", Decimal("0")),
    (".5", Decimal("0.5")),
])
def test_amounts_people_type(text, value):
    parsed = parse_amount(text)
    assert parsed == value and isinstance(parsed, Decimal)


@pytest.mark.parametrize("text", ["", "   ", "元"])
def test_empty_amount_is_none(text):
    assert parse_amount(text) is None


@pytest.mark.parametrize("text", ["abc", "1,23", "12,5", "1e5", "nan", "Infinity", "-1", "1.234", "1 2 3x", "0x10"])
def test_amounts_refused(text):
    with pytest.raises(AmountError):
        parse_amount(text)


def shown(window, key):
    row = window.form.rows.get(key)  # a section's rows are built when it is first shown
    return row is not None and row.box.isVisibleTo(window)


def test_fields_that_do_not_apply_are_hidden(window, gui):
    form = window.form
    gui.choose(form.scheme, "resident")
    gui.choose(form.category, "inpatient")
    assert not shown(window, "retired")
    assert shown(window, "day_ward") and shown(window, "group") and shown(window, "level")
    assert not shown(window, "chronic.disease") and not shown(window, "maternity.monthly_wage")

    gui.choose(form.scheme, "employee")
    assert shown(window, "retired")

    gui.choose(form.category, "maternity")
    assert shown(window, "maternity.monthly_wage") and shown(window, "maternity.caesarean")
    assert not shown(window, "maternity.child_order")
    assert not shown(window, "level") and not shown(window, "location") and not shown(window, "retired")
    assert not shown(window, "day_ward") and not shown(window, "group")
    assert not form.year_toggle.isVisibleTo(window)

    gui.choose(form.scheme, "resident")
    assert shown(window, "maternity.child_order") and not shown(window, "maternity.monthly_wage")

    gui.choose(form.category, "two_diseases")
    assert shown(window, "two_diseases.conditions") and not shown(window, "group")

    gui.choose(form.category, "chronic_outpatient")
    assert shown(window, "chronic.disease") and form.details_header.isVisibleTo(window)


def test_only_the_total_hides_the_two_shares_and_says_what_it_assumes(window, gui):
    form = window.form
    form.only_total.setChecked(False)
    assert shown(window, "costs.self_paid") and shown(window, "costs.category_b_first")
    assert not form.rows["only_total"].hint.isVisibleTo(window)
    form.only_total.setChecked(True)
    assert not shown(window, "costs.self_paid") and not shown(window, "costs.category_b_first")
    note = form.rows["only_total"].hint
    assert note.isVisibleTo(window) and "按 0 计算" in note.text()


def test_only_the_total_counts_the_whole_bill_in_policy(qtbot, window, gui):
    form = window.form
    form.only_total.setChecked(False)
    gui.type_into(form.total, "10000")
    gui.type_into(form.self_paid, "2000")
    qtbot.keyClick(form.total, Qt.Key.Key_Return)
    assert window.current_estimate.eligible == Decimal("8000")
    form.only_total.setChecked(True)
    qtbot.keyClick(form.total, Qt.Key.Key_Return)
    assert window.current_estimate.eligible == Decimal("10000")


def test_hidden_values_are_kept_but_not_used(qtbot, window, gui):
    form = window.form
    gui.choose(form.scheme, "employee")
    form.retired.setChecked(True)
    gui.type_into(form.total, "1000")
    gui.choose(form.scheme, "resident")
    qtbot.keyClick(form.total, Qt.Key.Key_Return)
    assert window.current_estimate.case.retired is False
    assert not window.current_estimate.warnings or all(w.id != "warn.retired_resident" for w in window.current_estimate.warnings)
    gui.choose(form.scheme, "employee")
    assert form.retired.isChecked()


def test_chronic_diseases_come_from_the_policy(window, gui, registry):
    form = window.form
    gui.choose(form.region, "jinan")
    gui.choose(form.category, "chronic_outpatient")
    policy = form.current_policy()
    ids = [form.disease.itemData(i) for i in range(form.disease.count())]
    assert ids[0] is None  # "choose the disease"
    assert ids[1:] == list(policy.params.chronic_diseases)
    assert form.disease.itemText(ids.index("dialysis")) == "肾透析"
    gui.choose(form.disease, "pulmonary_tb")
    assert "2,000.00" in form.rows["chronic.disease"].hint.text()


def test_regions_are_the_cities_in_order_then_the_templates(window):
    combo = window.form.region
    ids = [combo.itemData(i) for i in range(combo.count())]
    assert ids[:2] == ["shandong", "jinan"]
    assert ids.index("qingdao") == 2 and ids.index("heze") == 16  # 16 cities after the template
    assert ids[-2:] == ["jiangsu", "binhai"]
    assert combo.itemText(ids.index("jinan")) == "济南市"
    assert "全省通用" in combo.itemText(0)


def test_region_search_by_typing(qtbot, window):
    combo = window.form.region
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Weifang")  # no match in Chinese: goes back to the chosen one
    combo.lineEdit().editingFinished.emit()
    assert combo.currentText() == combo.itemText(combo.currentIndex())
    completer = combo.completer()
    completer.setCompletionPrefix("南")
    matches = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert "济南市" in matches


def test_last_region_is_remembered(window, gui, make_window):
    gui.choose(window.form.region, "heze")
    assert Settings().region == "heze"
    again = make_window()
    assert again.form.region_id() == "heze"


def test_tab_goes_down_the_form_in_order(qtbot, window):
    form = window.form
    form.region.setFocus()
    QApplication.processEvents()
    order = [form.region, form.date, form.scheme, form.category, form.level, form.location, form.day_ward,
             form.group, form.total, form.only_total]
    chain = [form.region]
    widget = form.region
    for _ in order[1:]:
        widget = widget.nextInFocusChain()
        while not (widget.isVisibleTo(window) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or widget.focusProxy():
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert [w is o for w, o in zip(chain, order)] == [True] * len(order)


@pytest.mark.parametrize("registry", [PolicyRegistry.load(CASES.parent / "policies")], ids=["fixture policies"])
def test_every_worked_case_through_the_form(window, registry):
    """The project's hand-worked cases, loaded into the form, give their expected amounts: the
    fields the form hides for a case never change its result."""
    failures = []
    count = 0
    for path in sorted(CASES.glob("*.toml")):
        for entry in loads(path.read_text(encoding="utf-8"))["cases"]:
            count += 1
            window.form.set_case_data(entry["case"])
            result = window.recompute()
            expect = {k: Decimal(str(v)) for k, v in entry["expect"].items()}
            direct = estimate(case_from_dict(entry["case"]), registry)
            if result is None:
                failures.append(f"{entry['name']}: {window.result.message.text()}")
                continue
            for key in PAYERS:
                if result.payers[key] != direct.payers[key] or result.payers[key] != expect.get(key, Decimal(0)):
                    failures.append(f"{entry['name']}: {key} {result.payers[key]} (expected {expect.get(key, 0)})")
            if "personal" in expect and result.personal != expect["personal"]:
                failures.append(f"{entry['name']}: personal {result.personal}")
            if result.allowance != expect.get("allowance", Decimal(0)):
                failures.append(f"{entry['name']}: allowance {result.allowance}")
    assert count > 20
    assert not failures, "\n".join(failures)


def test_a_broken_policy_file_leaves_the_rest_usable(qtbot, tmp_path, gui):
    """A broken city file: that region is listed but cannot be chosen, the status bar says so."""
    import shutil

    from benefitcalc.core.registry import PolicyRegistry
    from benefitcalc.gui.main_window import MainWindow

    folder = tmp_path / "policies"
    shutil.copytree(CASES.parents[2] / "policies", folder)
    broken = folder / "shandong" / "heze-2024.toml"
    broken.write_text(broken.read_text(encoding="utf-8").replace('kind = "city"', 'kind = "town"'), encoding="utf-8")
    registry = PolicyRegistry.load(folder)
    assert registry.problems
    window = MainWindow(registry, Settings())
    qtbot.addWidget(window)
    combo = window.form.region
    index = combo.findData("heze")
    assert index >= 0 and not combo.model().item(index).isEnabled()
    assert "政策文件有错误" in combo.itemText(index)
    assert "问题" in window._problems_label.text()
    gui.choose(combo, "jinan")
    gui.type_into(window.form.total, "1000")
    assert window.recompute() is not None


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("scheme, category", [
    ("employee", "inpatient"), ("resident", "chronic_outpatient"), ("employee", "chronic_outpatient"),
    ("resident", "two_diseases"), ("employee", "maternity"), ("resident", "maternity"),
])
def test_no_two_visible_fields_share_an_alt_key(window, gui, lang, scheme, category):
    """Alt+letter reaches one field; the menu bar's letters (F, V, T, H) are left to the menus."""
    import re

    window.set_language(lang)
    gui.choose(window.form.scheme, scheme)
    gui.choose(window.form.category, category)
    window.form.year_toggle.setChecked(True)
    keys = [re.search(r"&(\w)", m.title()).group(1).lower() for m in
            (window.file_menu, window.view_menu, window.tools_menu, window.help_menu)]
    for row in window.form.rows.values():
        if not row.box.isVisibleTo(window):
            continue
        text = row.label.text() or getattr(row.editor, "text", lambda: "")()
        found = re.search(r"&(\w)", text)
        if found:
            keys.append(found.group(1).lower())
    assert len(keys) == len(set(keys)), sorted(keys)


def test_sections_hidden_on_the_first_screen_are_built_when_first_shown(window, gui):
    form = window.form
    layout = form.grid.layout
    assert not form.details.built and not form.year.built
    assert "maternity.babies" not in form.rows and "year_to_date.admissions" not in form.rows

    window.set_language("en", remember=False)  # built later: still in the language of the moment
    gui.choose(form.scheme, "employee")
    gui.choose(form.category, "maternity")
    assert form.details.built and not form.year.built
    assert form.rows["maternity.babies"].label.text() == "&Number of babies:"
    assert form.caesarean.text() == "&Caesarean section"
    header = layout.getWidgetPosition(form.details_header)[0]
    toggle = layout.getWidgetPosition(form.year_toggle)[0]
    for key in ("chronic.disease", "maternity.caesarean", "maternity.monthly_wage"):
        assert header < layout.getWidgetPosition(form.rows[key].box)[0] < toggle, key
    assert form.monthly_wage.isVisibleTo(window) and not form.disease.isVisibleTo(window)

    gui.choose(form.category, "inpatient")
    form.year_toggle.setChecked(True)
    assert form.year.built
    note = layout.getWidgetPosition(form.year_note)[0]
    assert layout.getWidgetPosition(form.rows["year_to_date.admissions"].box)[0] > note
    assert form.ytd["admissions"].isVisibleTo(window)
    assert form.rows["known.basic_fund"].label.text() == "Basic fund on the settlement sli&p:"
    assert form.rows["known.basic_fund"].hint.text().startswith("If there is a hospital settlement slip")
    chain, widget = [], form.total
    for _ in range(1000):  # the tab order runs through the new rows in form order
        widget = widget.nextInFocusChain()
        if widget is form.total:
            break
        chain.append(widget)
    assert chain.index(form.year_toggle) < chain.index(form.ytd["admissions"]) < chain.index(form.known)


def test_a_case_file_builds_only_the_sections_it_fills(window, gui):
    assert window.open_case_file(gui.golden_dir / "linyi-dibao-resident-big-stay.toml") == ""
    assert not window.form.details.built and not window.form.year.built  # a stay, no year figures
    assert window.open_case_file(gui.golden_dir / "heze-resident-maternity-second-child.toml") == ""
    assert window.form.details.built


def test_every_golden_case_shows_alike_whether_its_sections_were_built_before_or_not(make_window, gui):
    """An unbuilt section holds its defaults: opening a case without building it must read back
    exactly as with every section built first, also after a case that filled them."""
    from test_case_opening import form_state  # the same module pytest imports (rootdir-relative)

    lazy, built = make_window(), make_window()
    full = gui.golden_dir / "weifang-employee-maternity-caesarean.toml"
    for path in sorted(gui.golden_dir.glob("*.toml")):
        built.form.build_all()
        assert lazy.open_case_file(path) == "" and built.open_case_file(path) == "", path.name
        assert lazy.form.read() == built.form.read(), path.name
        assert form_state(lazy) == form_state(built), path.name
        assert lazy.open_case_file(full) == ""  # the next case opens on sections filled before
        lazy.close()
        lazy = make_window()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_year_to_date_rows_say_what_the_core_calls_those_figures(window, lang):
    from benefitcalc.core.case_fields import YEAR_TO_DATE
    from benefitcalc.core.messages import label

    window.set_language(lang, remember=False)
    form = window.form
    form.build_all()
    fields = [("year_to_date", key) for key in YEAR_TO_DATE] + [("known", "basic_fund")]
    for section, key in fields:
        said = label(section, key, lang)
        shown = form.problems.field_name(f"{section}.{key}")
        assert shown.lower() == said.lower(), (section, key)
    slip = form.rows["known.basic_fund"].label
    assert slip.buddy() is form.known and "&" in slip.text()


def test_an_amount_the_core_accepts_is_read_the_same_by_the_form():
    from hypothesis import given, strategies as st

    from benefitcalc.core.money import amount

    @given(st.text(alphabet="0123456789.-", max_size=14))
    def same(text):
        try:
            expected = amount(text)
        except ValueError:
            expected = None
        try:
            got = parse_amount(text)
        except AmountError:
            got = None
        if text:
            assert got == expected

    same()


def test_the_largest_amount_the_form_names_is_the_cores():
    from benefitcalc.core.money import MAX_AMOUNT, fmt_yuan

    assert parse_amount(str(MAX_AMOUNT)) == MAX_AMOUNT
    with pytest.raises(AmountError) as refused:
        parse_amount(str(MAX_AMOUNT + Decimal("0.01")))
    assert fmt_yuan(MAX_AMOUNT).removesuffix(".00") in refused.value.text
