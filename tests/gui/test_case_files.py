"""Open and save cases in the golden `[case]` format: golden files open, saved files run in the CLI."""

from __future__ import annotations

import json
from decimal import Decimal

from benefitcalc import cli
from benefitcalc.core.case import case_from_dict, read_case_file
from benefitcalc.core.toml_reader import loads


def test_golden_file_opens_in_the_window(window, gui, golden):
    name, case, expect = golden
    path = gui.golden_dir / f"{name}.toml"
    assert window.open_case_file(path) == ""
    assert window.case_path == path and path.name in window.windowTitle()
    gui.assert_amounts(window, expect)


def test_save_and_reopen_round_trips(tmp_path, window, gui, make_window, golden, capsys):
    name, case, expect = golden
    gui.fill(window, case)
    saved = tmp_path / "saved.toml"
    assert window.save_case_file(saved) == ""
    # the file holds the same case as the golden one (what the form shows is what is saved)
    assert read_case_file(saved) == window.current_case()
    again = make_window()
    assert again.open_case_file(saved) == ""
    gui.assert_amounts(again, expect)
    assert case_from_dict(again.form.read().data) == case_from_dict(window.form.read().data)
    # ... and the command-line tool reads it
    assert cli.main(["estimate", str(saved), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    text = json.dumps(out)
    assert str(Decimal(gui.expected_amounts(expect)["personal"]).quantize(Decimal("0.01"))) in text


def test_saved_file_keeps_the_case_name(tmp_path, window):
    path = tmp_path / "named.toml"
    path.write_text('name = "A test case"\n[case]\nregion = "jinan"\ndate = 2025-06-01\nscheme = "resident"\n'
                    'category = "inpatient"\nlevel = "level2"\n[case.costs]\ntotal = "1000"\n', encoding="utf-8")
    assert window.open_case_file(path) == ""
    out = tmp_path / "out.toml"
    assert window.save_case_file(out) == ""
    assert loads(out.read_text(encoding="utf-8"))["name"] == "A test case"


def test_a_file_with_a_wrong_value_opens_and_marks_the_field(tmp_path, window):
    path = tmp_path / "wrong.toml"
    path.write_text('[case]\nregion = "jinan"\ndate = 2025-06-01\nscheme = "resident"\ncategory = "inpatient"\n'
                    'level = "level2"\n[case.costs]\ntotal = "100"\nself_paid = "300"\n', encoding="utf-8")
    assert window.open_case_file(path) == ""
    assert window.current_estimate is None
    assert window.form.rows["costs.self_paid"].error.isVisibleTo(window)


def test_unreadable_files_are_refused_with_a_sentence(tmp_path, window):
    broken = tmp_path / "broken.toml"
    broken.write_text("[case\nregion = ", encoding="utf-8")
    assert "无法读取案例文件" in window.open_case_file(broken)
    missing = tmp_path / "missing.toml"
    assert "无法读取案例文件" in window.open_case_file(missing)
    no_case = tmp_path / "nocase.toml"
    no_case.write_text('name = "x"\n', encoding="utf-8")
    assert "case：缺少此项" in window.open_case_file(no_case)


def test_a_file_for_an_unknown_region_is_refused(tmp_path, window):
    path = tmp_path / "odd.toml"
    path.write_text('[case]\nregion = "atlantis"\ndate = 2025-06-01\nscheme = "resident"\ncategory = "inpatient"\n'
                    'level = "level2"\n[case.costs]\ntotal = "100"\n', encoding="utf-8")
    assert "atlantis" in window.open_case_file(path)
    assert window.case_path is None and window.form.region_id() == "jinan"


def test_an_incomplete_case_is_not_saved(tmp_path, window, gui):
    gui.type_into(window.form.total, "abc")
    path = tmp_path / "x.toml"
    assert window.save_case_file(path) != ""
    assert not path.exists()


def test_new_case_empties_the_form(window, gui, golden):
    gui.fill(window, golden[1])
    window.new_action.trigger()
    assert window.form.total.text() == ""
    assert window.current_estimate is None
    assert window.case_path is None
    assert window.form.region_id() == golden[1]["region"]


def test_form_reads_exact_decimals(window, gui):
    gui.type_into(window.form.total, "1234.56")
    data = window.form.read().data
    assert data["costs"]["total"] == Decimal("1234.56") and isinstance(data["costs"]["total"], Decimal)
    assert case_from_dict(data).costs.total == Decimal("1234.56")


def test_a_case_saved_by_notepad_in_gbk_opens_with_its_name(tmp_path, window):
    path = tmp_path / "张大爷的住院.toml"
    text = ('name = "张大爷 三月住院"\r\n[case]\r\nregion = "jinan"\r\ndate = 2025-03-02\r\n'
            'scheme = "resident"\r\ncategory = "inpatient"\r\nlevel = "level3"\r\n'
            '[case.costs]\r\ntotal = "50000"\r\n')
    path.write_bytes(text.encode("gbk"))
    assert window.open_case_file(path) == ""
    assert window.case_name == "张大爷 三月住院"
    assert window.current_case().costs.total == Decimal("50000")
