"""The printed estimate sheet: one A4 page the clerk hands to the patient.

The sheet is HTML laid out by a `QTextDocument`, black on white, body text 10.5 pt. It says
who printed it and when, which policy version it used, what was typed in, who pays what (the
patient's share large and bold, split into its three parts), every step of the calculation,
a boxed 未核实 banner listing each unverified parameter the estimate used, the warnings and
the disclaimer. It holds no personal data: a case has none.

Sentences from the core (steps, warnings, labels, the disclaimer) come from
`core.messages.render`; this module's own words are English source strings translated by Qt
(`translations/dialogs_zh_CN.ts`, context "Sheet"); the parameters' words are the core's
(`core.param_labels`), the same as on screen and in the CLI. They are looked up in the
sheet's own language, whatever language the window is in, so a clerk can print a Chinese
sheet from an English window.

Layout: the document is laid out on a device of `LAYOUT_DPI` dots per inch with its page set
to the printer's printable area, so point sizes are physical sizes on paper and
`QTextDocument.pageCount()` is the number of printed pages.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QFontDatabase, QImage, QPageLayout, QPageSize, QTextDocument

from ..core.messages import label, msg, render
from ..core.money import fmt_yuan
from ..core.vocabulary import PAYERS
from ..core.param_labels import source_status, use_line
from .param_words import Words
from . import chinese_font

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtGui import QPagedPaintDevice
    from PySide6.QtWidgets import QWidget

    from ..core.estimate import Estimate

LAYOUT_DPI = 192  # dots per inch of the device the sheet is laid out on
PAGE_MARGIN_MM = 10.0  # on every side of the A4 page
BODY_PT = 10.5
LINE_SPACING_EM = 1.2  # line spacing of the sheet's font, whatever the font (see _even_line_spacing)
CJK_FAMILIES = ["Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC",
                "PingFang SC", "SimHei", "SimSun", chinese_font.FAMILY]  # the bundled one, registered only where none is


# ------------------------------------------------------------------------------ the HTML

_CSS = """
body { color: #000000; }
h1 { font-size: 16pt; font-weight: bold; margin-top: 0px; margin-bottom: 4px; }
h2 { font-size: 12pt; font-weight: bold; margin-top: 8px; margin-bottom: 3px; }
p { margin-top: 0px; margin-bottom: 0px; }
table.grid { border-collapse: collapse; border-color: #000000; border-style: solid; }
table.grid td, table.grid th { border: 1px solid #000000; padding: 2px 5px 2px 5px; }
th { font-weight: bold; text-align: left; background-color: #e6e6e6; }
td.num { text-align: right; white-space: pre; }
td.key { background-color: #f2f2f2; }
tr.strong td { font-weight: bold; }
tr.personal td { font-weight: bold; font-size: 14pt; }
tr.small td { font-size: 10pt; }
.small { font-size: 10pt; }
body.compact tr.small td { font-size: 9pt; }
body.compact .small { font-size: 9pt; }
table.banner { border-collapse: collapse; }
table.banner td { border: 3px solid #000000; padding: 5px 8px 5px 8px; }
.banner-title { font-size: 13pt; font-weight: bold; }
.disclaimer { font-size: 12pt; font-weight: bold; }
"""

_COMPACT = ' class="compact"'
_SUB = "border: 1px solid #000000; padding-left: 24px;"  # rows that split the line above them


def _e(text: Any) -> str:
    return escape(str(text), quote=False)


def _yuan(amount: Decimal) -> str:
    return fmt_yuan(amount)


_YEAR_TO_DATE = [
    ("admissions", QT_TRANSLATE_NOOP("Sheet", "Earlier hospital stays this year")),
    ("basic_fund_paid", QT_TRANSLATE_NOOP("Sheet", "Basic fund paid this year (stays, chronic)")),
    ("outpatient_fund_paid", QT_TRANSLATE_NOOP("Sheet", "Outpatient benefit paid this year")),
    ("outpatient_deductible_met", QT_TRANSLATE_NOOP("Sheet", "Outpatient deductible met this year")),
    ("chronic_deductible_met", QT_TRANSLATE_NOOP("Sheet", "Chronic-disease deductible met this year")),
    ("chronic_disease_paid", QT_TRANSLATE_NOOP("Sheet", "Paid for this disease this year")),
    ("two_diseases_counted", QT_TRANSLATE_NOOP("Sheet", "Two-disease medication counted this year")),
    ("two_diseases_deductible_met", QT_TRANSLATE_NOOP("Sheet", "Two-disease deductible met this year")),
    ("critical_base", QT_TRANSLATE_NOOP("Sheet", "In-policy burden so far this year")),
    ("critical_paid", QT_TRANSLATE_NOOP("Sheet", "Critical illness insurance paid this year")),
    ("large_expense_paid", QT_TRANSLATE_NOOP("Sheet", "Large-expense subsidy paid this year")),
    ("assistance_paid", QT_TRANSLATE_NOOP("Sheet", "Medical assistance paid this year")),
    ("assistance_deductible_met", QT_TRANSLATE_NOOP("Sheet", "Assistance deductible met this year")),
]


def _inputs(est: "Estimate", lang: str, w: Words) -> list[tuple[str, str]]:
    """(label, value) for everything the clerk typed in; year-to-date figures only when not zero."""
    case = est.case
    policy = est.policy
    sep = "、" if lang == "zh" else ", "
    rows: list[tuple[str, str]] = [
        (w(QT_TRANSLATE_NOOP("Sheet", "Region")), policy.name if lang == "zh" else policy.name_en),
        (w(QT_TRANSLATE_NOOP("Sheet", "Date of care")), case.date.isoformat()),
        (w(QT_TRANSLATE_NOOP("Sheet", "Insurance")), label("scheme", case.scheme, lang)),
    ]
    if case.scheme == "employee" or case.retired:
        status = QT_TRANSLATE_NOOP("Sheet", "retired") if case.retired else QT_TRANSLATE_NOOP("Sheet", "in service")
        rows.append((w(QT_TRANSLATE_NOOP("Sheet", "Employment status")), w(status)))
    category = label("category", case.category, lang)
    if case.day_ward:
        category += w(QT_TRANSLATE_NOOP("Sheet", " (day ward)"))
    rows += [
        (w(QT_TRANSLATE_NOOP("Sheet", "Kind of care")), category),
        (w(QT_TRANSLATE_NOOP("Sheet", "Hospital level")), label("level", case.level, lang) if case.level else "—"),
        (w(QT_TRANSLATE_NOOP("Sheet", "Where")), label("location", case.location, lang)),
        (w(QT_TRANSLATE_NOOP("Sheet", "Assistance group")), label("group", case.group, lang)),
    ]
    if case.chronic is not None:
        disease = policy.params.chronic_diseases.get(case.chronic.disease)
        name = (disease.name if lang == "zh" else disease.name_en) if disease else case.chronic.disease
        rows.append((w(QT_TRANSLATE_NOOP("Sheet", "Disease")), name))
    if case.two_diseases is not None:
        rows.append((w(QT_TRANSLATE_NOOP("Sheet", "Conditions")),
                     sep.join(label("condition", c, lang) for c in case.two_diseases.conditions)))
    if case.maternity is not None:
        m = case.maternity
        if m.child_order is not None:
            rows.append((w(QT_TRANSLATE_NOOP("Sheet", "Which child")),
                         w(QT_TRANSLATE_NOOP("Sheet", "child no. %1")).replace("%1", str(m.child_order))))
        birth = []
        if m.caesarean:
            birth.append(w(QT_TRANSLATE_NOOP("Sheet", "caesarean")))
        if m.difficult:
            birth.append(w(QT_TRANSLATE_NOOP("Sheet", "difficult birth")))
        if birth:
            rows.append((w(QT_TRANSLATE_NOOP("Sheet", "Birth")), sep.join(birth)))
        if m.babies > 1:
            rows.append((w(QT_TRANSLATE_NOOP("Sheet", "Babies")), str(m.babies)))
        if m.monthly_wage is not None:
            rows.append((w(QT_TRANSLATE_NOOP("Sheet", "Employer's average monthly wage")), _yuan(m.monthly_wage)))
    rows += [
        (w(QT_TRANSLATE_NOOP("Sheet", "Total bill")), _yuan(case.costs.total)),
        (label("personal_part", "self_paid", lang), _yuan(case.costs.self_paid)),
        (label("personal_part", "category_b_first", lang), _yuan(case.costs.category_b_first)),
    ]
    for field, text in _YEAR_TO_DATE:
        value = getattr(case.year_to_date, field)
        if value:
            rows.append((w(text), str(value) if field == "admissions" else _yuan(value)))
    if case.known.basic_fund is not None:
        rows.append((w(QT_TRANSLATE_NOOP("Sheet", "Basic fund on the settlement slip")), _yuan(case.known.basic_fund)))
    return rows


def _input_table(rows: list[tuple[str, str]]) -> str:
    key_width = 42
    html = ['<table class="grid" width="100%" cellspacing="0" cellpadding="2">']
    for key, value in rows:
        html.append(f'<tr><td class="key" width="{key_width}%">{_e(key)}</td>'
                    f'<td width="{100 - key_width}%">{_e(value)}</td></tr>')
    html.append("</table>")
    return "\n".join(html)


def _breakdown(est: "Estimate", lang: str, w: Words) -> str:
    t = lambda id, **kw: render(msg(id, **kw), lang)  # noqa: E731
    item = w(QT_TRANSLATE_NOOP("Sheet", "Item"))
    unit = w(QT_TRANSLATE_NOOP("Sheet", "Amount (yuan)"))
    html = ['<table class="grid" width="100%" cellspacing="0" cellpadding="2">',
            f'<tr><th width="64%">{_e(item)}</th><th width="36%" align="right">{_e(unit)}</th></tr>']

    def row(name: str, amount: str, cls: str = "", sub: bool = False) -> None:
        style = f' style="{_SUB}"' if sub else ""
        html.append(f'<tr class="{cls}"><td{style}>{_e(name)}</td><td class="num">{_e(amount)}</td></tr>')

    row(t("ui.total"), _yuan(est.total))
    for payer in PAYERS:
        if est.payers[payer] or payer == "basic_fund":
            row(label("payer", payer, lang), _yuan(est.payers[payer]), sub=True)
    row(t("ui.reimbursed"), _yuan(est.reimbursed), "strong")
    row(t("ui.personal"), _yuan(est.personal), "personal")
    for part, amount in (("self_paid", est.self_paid), ("category_b_first", est.category_b_first),
                         ("copay", est.copay)):
        row(label("personal_part", part, lang), _yuan(amount), sub=True)
    if est.payers["backstop"]:
        row(t("ui.backstop_relief"), "−" + _yuan(est.payers["backstop"]), sub=True)
    html.append("</table>")
    if est.allowance:
        html += ['<table class="grid" width="100%" cellspacing="0" cellpadding="2" style="margin-top: 8px;">',
                 f'<tr class="strong"><td width="64%">{_e(t("ui.allowance"))}</td>'
                 f'<td class="num" width="36%">{_e(_yuan(est.allowance))}</td></tr>',
                 "</table>"]
    if est.known_basic_fund is not None and est.computed_basic_fund is not None:
        known = t("ui.known", known=fmt_yuan(est.known_basic_fund), computed=fmt_yuan(est.computed_basic_fund))
        html.append(f'<p class="small" style="margin-top: 4px;">{_e(known)}</p>')
    return "\n".join(html)


def _steps(est: "Estimate", lang: str, w: Words) -> str:
    what = w(QT_TRANSLATE_NOOP("Sheet", "What is computed"))
    numbers = w(QT_TRANSLATE_NOOP("Sheet", "With your numbers"))
    mark = w(QT_TRANSLATE_NOOP("Sheet", "[unverified]"))
    html = ['<table class="grid" width="100%" cellspacing="0" cellpadding="2">',
            f'<thead><tr><th width="4%"></th><th width="57%">{_e(what)}</th><th width="39%">{_e(numbers)}</th></tr></thead>']
    for number, step in enumerate(est.steps, 1):
        text = _e(render(step.text, lang))
        sources = [use.provenance.source for use in step.params if not use.verified]
        if sources:  # in front: a CJK line may break inside it. A floor is no placeholder: said as such
            assumed = any(source.kind == "assumed" for source in sources)
            status = mark if assumed else (f"【{source_status(sources[0], lang)}】" if lang == "zh"
                                           else f"[{source_status(sources[0], lang)}]")
            text = f"<b>{_e(status)}</b>{'' if lang == 'zh' else ' '}{text}"
        html.append(f'<tr class="small"><td align="right">{number}</td><td>{text}</td><td>{_e(step.formula)}</td></tr>')
    html.append("</table>")
    return "\n".join(html)


def _banner(est: "Estimate", lang: str, w: Words) -> str:
    """A boxed 未核实 notice listing every unverified parameter, or "" when there is none."""
    assumed = est.assumed
    if not assumed:
        return ""
    # The parameters as on screen and in the CLI ("居民医保 · 住院 · 报销比例 · 三级医院：60%"),
    # run together in one paragraph so that a long list still fits the page.
    items = [_e(use_line(use, lang, est.policy, mark_assumed=False)) for use in assumed]
    lines = f'<p class="small">{("；" if lang == "zh" else "; ").join(items)}</p>'
    title = w(QT_TRANSLATE_NOOP("Sheet", "UNVERIFIED"))
    return (
        '<table class="banner" width="100%" cellspacing="0" cellpadding="5" style="margin-top: 10px;"><tr><td>'
        f'<p><span class="banner-title">⚠ {_e(title)}</span>&nbsp;&nbsp;<b>{_e(render(msg("warn.assumed"), lang))}</b></p>'
        f"{lines}</td></tr></table>"
    )


def _policy_line(est: "Estimate", lang: str, w: Words) -> str:
    policy = est.policy
    files = ("、" if lang == "zh" else ", ").join(f.display for f in policy.files)
    text = render(msg("ui.policy_version", name=policy.name if lang == "zh" else policy.name_en,
                      valid_from=policy.valid_from.isoformat(), files=files), lang)
    if policy.valid_until:
        text += w(QT_TRANSLATE_NOOP("Sheet", ", valid until %1")).replace("%1", policy.valid_until.isoformat())
    return text


def sheet_html(estimate: "Estimate", station_name: str, lang: str, printed: date | None = None,
               compact: bool = False) -> str:
    """The estimate sheet as HTML for a `QTextDocument` (`printed`: the print date, default today).

    `compact`: the banner and the steps in 9 pt instead of 10 (a long English sheet, see
    `render_document`)."""
    est = estimate
    w = Words(lang, "Sheet")
    printed = printed or date.today()
    title = w(QT_TRANSLATE_NOOP("Sheet", "Medical insurance reimbursement estimate"))
    station_label = w(QT_TRANSLATE_NOOP("Sheet", "Service station:"))
    printed_label = w(QT_TRANSLATE_NOOP("Sheet", "Printed on:"))
    case_title = w(QT_TRANSLATE_NOOP("Sheet", "The case"))
    result_title = w(QT_TRANSLATE_NOOP("Sheet", "Who pays what"))
    station = _e(station_name.strip()) if station_name.strip() else "_" * 28

    parts = [
        f"<html><head><style>{_CSS}</style></head><body{_COMPACT if compact else ''}>",
        f"<h1>{_e(title)}</h1>",
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f"<td>{_e(station_label)} <b>{station}</b></td>"
        f'<td align="right">{_e(printed_label)} {printed.isoformat()}</td>'
        "</tr></table>",
        f'<p class="small">{_e(_policy_line(est, lang, w))}</p>',
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>',
        f'<td width="47%" valign="top"><h2>{_e(case_title)}</h2>{_input_table(_inputs(est, lang, w))}</td>',
        '<td width="3%"></td>',
        f'<td width="50%" valign="top"><h2>{_e(result_title)}</h2>{_breakdown(est, lang, w)}</td>',
        "</tr></table>",
        _banner(est, lang, w),
        f'<h2>{_e(render(msg("ui.steps"), lang))}</h2>',
        _steps(est, lang, w),
    ]
    warnings = [m for m in est.warnings if not (m.id == "warn.assumed" and est.assumed)]
    if warnings:
        parts.append(f'<h2>{_e(render(msg("ui.warnings"), lang))}</h2>')
        parts += [f"<p>• {_e(render(m, lang))}</p>" for m in warnings]
    parts += [
        "<hr/>",
        f'<p class="disclaimer" align="center">{_e(render(msg("disclaimer"), lang))}</p>',
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


# ------------------------------------------------------------------------------ the document

def _sheet_font() -> QFont:
    font = QFont()
    available = set(QFontDatabase.families())
    preferred = [f for f in CJK_FAMILIES if f in available]
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    families = preferred or list(chinese[:1])
    if families:
        font.setFamilies(families)
    font.setPointSizeF(BODY_PT)
    return font


def _layout_device() -> QImage:
    """A 1×1 image whose only job is to say 'LAYOUT_DPI dots per inch' to the text layout."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def a4_layout() -> QPageLayout:
    margins = QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       margins, QPageLayout.Unit.Millimeter)


def fit_to_page(document: QTextDocument, layout: QPageLayout) -> None:
    """Set the document's page to the printable area of `layout`, in layout-device pixels."""
    area = layout.paintRect(QPageLayout.Unit.Millimeter)
    scale = LAYOUT_DPI / 25.4
    document.setPageSize(QSizeF(area.width() * scale, area.height() * scale))


def render_document(estimate: "Estimate", station_name: str = "", lang: str = "zh",
                    printed: date | None = None) -> QTextDocument:
    """The sheet as a `QTextDocument` paginated for A4 with 10 mm margins (`pageCount()` = pages)."""
    document = QTextDocument()
    device = _layout_device()
    document.documentLayout().setPaintDevice(device)
    document._layout_device = device  # the layout keeps a bare pointer: keep the image alive
    document.setDefaultFont(_sheet_font())
    document.setDocumentMargin(0)
    title = Words(lang, "Sheet")(QT_TRANSLATE_NOOP("Sheet", "Medical insurance reimbursement estimate"))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    for compact in (False, True):  # a sheet one line too long is set a point smaller, not split
        document.setHtml(sheet_html(estimate, station_name, lang, printed, compact))
        _even_line_spacing(document, device)
        fit_to_page(document, a4_layout())
        if document.pageCount() == 1:
            break
    return document


def _even_line_spacing(document: QTextDocument, device: QImage) -> None:
    """Give every font the line spacing of WenQuanYi Micro Hei (about 1.2 em).

    Fonts differ: Microsoft YaHei (the Windows CJK font) spaces its lines about 1.32 em apart,
    which would push a long sheet onto a second page on Windows only. Tighter fonts are left
    alone.
    """
    from PySide6.QtGui import QFontMetricsF, QTextBlockFormat, QTextCursor

    font = document.defaultFont()
    em = font.pointSizeF() * LAYOUT_DPI / 72
    ratio = QFontMetricsF(font, device).lineSpacing() / em if em > 0 else 0
    if ratio <= LINE_SPACING_EM:
        return
    percent = 100 * LINE_SPACING_EM / ratio
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        cursor.setPosition(block.position())
        fmt = block.blockFormat()
        fmt.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setBlockFormat(fmt)
        block = block.next()


def print_document(document: QTextDocument, device: "QPagedPaintDevice") -> None:
    """Print onto a printer or PDF writer, re-fitting the sheet to its paper and margins."""
    fit_to_page(document, device.pageLayout())
    document.print_(device)


def save_pdf(estimate: "Estimate", path: str | Path, station_name: str = "", lang: str = "zh",
             printed: date | None = None) -> None:
    """Write the sheet to a PDF file: A4, fonts embedded."""
    from PySide6.QtGui import QPdfWriter

    document = render_document(estimate, station_name, lang, printed)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(a4_layout())
    writer.setResolution(600)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("benefitcalc")
    print_document(document, writer)
    del writer  # finishes and closes the file


def _printer():
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    return printer


def print_dialog(estimate: "Estimate", parent: "QWidget | None" = None, station_name: str = "",
                 lang: str = "zh") -> bool:
    """Ask for a printer and print the sheet; True if it was printed."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    document = render_document(estimate, station_name, lang)
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(Words(lang, "Sheet")(QT_TRANSLATE_NOOP("Sheet", "Print the estimate sheet")))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_document(document, printer)
    return True


def make_preview(estimate: "Estimate", parent: "QWidget | None" = None, station_name: str = "",
                 lang: str = "zh"):
    """A `QPrintPreviewDialog` showing the sheet (not yet shown)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    document = render_document(estimate, station_name, lang)
    printer = _printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(Words(lang, "Sheet")(QT_TRANSLATE_NOOP("Sheet", "Estimate sheet: print preview")))
    dialog.paintRequested.connect(lambda target: print_document(document, target))
    dialog._sheet_document = document  # keep alive with the dialog
    dialog._sheet_printer = printer
    return dialog


def print_preview(estimate: "Estimate", parent: "QWidget | None" = None, station_name: str = "",
                  lang: str = "zh") -> int:
    """Show the print preview (modal); the user can print from it. Returns the dialog's result."""
    dialog = make_preview(estimate, parent, station_name, lang)
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()  # a child of the window: freed now, not when the window goes
