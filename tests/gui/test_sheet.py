"""The printed estimate sheet: one A4 page per golden case, every amount on it, 未核实 when due."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from benefitcalc.core.case import read_case_file
from benefitcalc.core.engine import estimate
from benefitcalc.core.messages import label, msg, render
from benefitcalc.core.money import fmt_yuan
from benefitcalc.core.registry import PolicyRegistry
from benefitcalc.core.vocabulary import PAYERS

ROOT = Path(__file__).resolve().parents[2]
POLICIES = ROOT / "policies"
GOLDEN = ROOT / "tests" / "data" / "golden"
if not GOLDEN.is_dir():
    GOLDEN = Path("/work/shared/golden")
GOLDEN_FILES = sorted(GOLDEN.glob("*.toml"))
TRANSLATIONS = ROOT / "benefitcalc" / "gui" / "translations"
STATION = "历城区洪家楼街道医保工作站"
PRINTED = date(2025, 6, 2)
DISCLAIMER_ZH = "本结果为估算，仅供参考，实际以医保经办机构结算为准"


@pytest.fixture(scope="module")
def registry() -> PolicyRegistry:
    return PolicyRegistry.load(POLICIES)


@pytest.fixture
def zh_translator(qapp):
    """Install our .qm the way the app's i18n loader does, and take it out again afterwards."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "app_zh_CN.qm"))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def golden(name: str, registry: PolicyRegistry):
    return estimate(read_case_file(GOLDEN / f"{name}.toml"), registry)


def amounts_on_sheet(est) -> list[str]:
    """Every amount the breakdown must show, formatted as printed."""
    shown = [fmt_yuan(est.total), fmt_yuan(est.reimbursed), fmt_yuan(est.personal),
             fmt_yuan(est.self_paid), fmt_yuan(est.category_b_first), fmt_yuan(est.copay)]
    shown += [fmt_yuan(est.payers[p]) for p in PAYERS if est.payers[p]]
    if est.allowance:
        shown.append(fmt_yuan(est.allowance))
    return shown


def pdf_text(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_golden_cases_exist():
    assert len(GOLDEN_FILES) >= 5


@pytest.mark.parametrize("path", GOLDEN_FILES, ids=lambda p: p.stem)
def test_golden_case_prints_on_one_a4_page_with_every_amount(qapp, registry, tmp_path, path):
    from benefitcalc.gui.sheet import render_document, save_pdf

    est = estimate(read_case_file(path), registry)
    document = render_document(est, STATION, "zh", PRINTED)
    assert document.pageCount() == 1

    out = tmp_path / "sheet.pdf"
    save_pdf(est, out, STATION, "zh", PRINTED)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
        assert fields["Pages"].strip() == "1", info
        assert "A4" in fields["Page size"], info

    text = pdf_text(out)
    if text is not None:
        flat = text.replace(" ", "").replace("\n", "")
        for amount in amounts_on_sheet(est):
            assert amount in text, amount
        assert DISCLAIMER_ZH in flat
        assert STATION in flat
        assert label("payer", "basic_fund", "zh") in flat
        assert "个人支付" in flat


def test_english_sheet_of_a_normal_stay_fits_on_one_page(qapp, registry, tmp_path):
    from benefitcalc.gui.sheet import render_document, save_pdf

    est = golden("jinan-resident-level3-first-stay", registry)
    assert render_document(est, "Station", "en", PRINTED).pageCount() == 1
    save_pdf(est, tmp_path / "en.pdf", "Station", "en", PRINTED)
    text = pdf_text(tmp_path / "en.pdf")
    if text is not None:
        assert render(msg("disclaimer"), "en") in " ".join(text.split())


def test_line_spacing_does_not_depend_on_the_font(qapp, registry):
    """A font with wide line spacing (Microsoft YaHei) is brought to the reference spacing."""
    from PySide6.QtGui import QTextBlockFormat

    from benefitcalc.gui import sheet, sheet_document

    est = golden("linyi-dibao-resident-big-stay", registry)
    reference = sheet.render_document(est, STATION, "zh", PRINTED)
    old = sheet_document.LINE_SPACING_EM
    try:
        sheet_document.LINE_SPACING_EM = 0.9  # as if the font spaced its lines wider than the reference
        tight = sheet.render_document(est, STATION, "zh", PRINTED)
    finally:
        sheet_document.LINE_SPACING_EM = old
    block = tight.begin()
    assert block.blockFormat().lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    assert block.blockFormat().lineHeight() < 100
    assert tight.pageCount() == reference.pageCount() == 1


def test_sheet_html_holds_the_inputs_breakdown_steps_and_disclaimer(registry):
    from benefitcalc.gui.sheet import sheet_html

    est = golden("jinan-employee-retired-level2", registry)
    html = sheet_html(est, STATION, "zh", PRINTED)
    for amount in amounts_on_sheet(est):
        assert amount in html
    for text in (STATION, "2025-06-02", "济南市", "2024-01-01", "policies/shandong/jinan-2024.toml",
                 "职工基本医疗保险", "住院", "二级医院", "参保地就医", "退休", "不属于救助对象",
                 "全自费（含超限价）", "乙类先行自付", "政策范围内个人负担", "各方支付", "就医情况",
                 DISCLAIMER_ZH):
        assert text in html, text
    for step in est.steps:
        assert render(step.text, "zh") in html
        assert step.formula.replace("&", "&amp;").replace("<", "&lt;") in html


def test_sheet_html_in_english(registry):
    from benefitcalc.gui.sheet import sheet_html

    est = golden("jinan-resident-level3-first-stay", registry)
    html = sheet_html(est, "Station 7", "en", PRINTED)
    assert render(msg("disclaimer"), "en") in html
    assert "Who pays" in html and "The case" in html and "UNVERIFIED" in html
    assert "各方支付" not in html and "就医情况" not in html and "未核实" not in html


def test_english_sheet_stays_english_with_the_chinese_translator_installed(registry, zh_translator):
    from PySide6.QtCore import QCoreApplication

    from benefitcalc.gui.sheet import sheet_html

    assert QCoreApplication.translate("Sheet", "The case") == "就医情况"
    est = golden("jinan-resident-level3-first-stay", registry)
    assert "The case" in sheet_html(est, "", "en", PRINTED)
    assert "就医情况" in sheet_html(est, "", "zh", PRINTED)


def test_unverified_banner_lists_every_assumed_parameter(registry):
    from benefitcalc.core.param_labels import param_line
    from benefitcalc.gui.sheet import sheet_html

    est = golden("linyi-dibao-resident-big-stay", registry)
    assert est.assumed
    html = sheet_html(est, STATION, "zh", PRINTED)
    assert "⚠ 未核实" in html
    assert render(msg("warn.assumed"), "zh") in html
    assert html.count(render(msg("warn.assumed"), "zh")) == 1  # the banner replaces the warning line
    for use in est.assumed:  # in the same words as on screen and in the CLI
        assert param_line(use.path, use.value, "zh", est.policy) in html
        assert use.path not in html


def test_no_banner_when_nothing_is_assumed(registry):
    from benefitcalc.gui.sheet import sheet_html

    est = golden("shandong-2014-critical-illness", registry)
    assert est.assumed == []
    html = sheet_html(est, STATION, "zh", PRINTED)
    assert "未核实" not in html
    assert "⚠" not in html
    for warning in est.warnings:  # the 2014 version has no basic-fund parameters: said as a warning
        assert render(warning, "zh") in html
    assert label("known", "basic_fund", "zh") in html  # the known slip figure is among the inputs


def test_maternity_allowance_is_shown_apart_from_the_bill(registry):
    from benefitcalc.gui.sheet import sheet_html

    est = golden("weifang-employee-maternity-caesarean", registry)
    assert est.allowance
    html = sheet_html(est, "", "zh", PRINTED)
    assert render(msg("ui.allowance"), "zh") in html
    assert fmt_yuan(est.allowance) in html
    assert "剖宫产" in html
    assert "第 1 孩" not in html  # the child's order does not apply to an employee's birth (case_fields)
    assert "_" * 20 in html  # no station name: a blank line to write it in


def test_no_allowance_row_when_there_is_none(registry):
    from benefitcalc.gui.sheet import sheet_html

    est = golden("jinan-resident-level3-first-stay", registry)
    assert render(msg("ui.allowance"), "zh") not in sheet_html(est, STATION, "zh", PRINTED)


def test_year_to_date_figures_appear_only_when_not_zero(registry):
    from benefitcalc.gui.sheet import sheet_html

    est = golden("jinan-resident-general-outpatient-limit", registry)
    html = sheet_html(est, STATION, "zh", PRINTED)
    assert label("year_to_date", "outpatient_fund_paid", "zh") in html  # the core's words, as on the form
    assert label("year_to_date", "critical_paid", "zh") not in html


def test_print_preview_paints_the_sheet(qapp, registry, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from benefitcalc.gui.sheet import make_preview

    est = golden("jinan-resident-level3-first-stay", registry)
    dialog = make_preview(est, None, STATION, "zh")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "preview.pdf"
    printer.setOutputFileName(str(out))
    dialog.paintRequested.emit(printer)
    del printer
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    if text is not None:
        assert fmt_yuan(est.personal) in text
    dialog.deleteLater()


@pytest.mark.parametrize("path", GOLDEN_FILES, ids=lambda p: p.stem)
def test_every_golden_case_fits_one_page_in_english_too(qapp, registry, path):
    from benefitcalc.gui.sheet import render_document

    est = estimate(read_case_file(path), registry)
    assert render_document(est, "Station", "en", PRINTED).pageCount() == 1


def test_a_value_at_a_published_floor_is_marked_as_such_not_as_unverified(registry):
    from benefitcalc.gui.sheet import sheet_html

    est = golden("linyi-dibao-resident-big-stay", registry)
    floor_steps = [s for s in est.steps if s.params and all(u.provenance.source.kind == "floor" for u in s.params)]
    assert floor_steps  # the assistance annual limit is the published minimum
    html = sheet_html(est, STATION, "zh", PRINTED)
    from html import escape

    for step in floor_steps:
        assert f"<b>【按政策下限估算】</b>{escape(render(step.text, 'zh'), quote=False)}" in html
    assert "<b>【未核实】</b>" in html  # the placeholders still are
