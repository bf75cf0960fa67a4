"""The printed estimate sheet: one A4 page the clerk hands to the patient.

The sheet is HTML laid out by a `QTextDocument`, black on white, body text 10.5 pt. It says
who printed it and when, which policy version it used, what was typed in, who pays what (the
patient's share large and bold, split into its three parts), every step of the calculation,
a boxed 未核实 banner listing each unverified parameter the estimate used, the warnings and
the disclaimer. It holds no personal data: a case has none.

Only the sheet's own layout words (its title, "Printed on:", the column heads) are English
source strings translated by Qt (`translations/dialogs_zh_CN.ts`, context "Sheet"), looked up
in the sheet's own language whatever language the window is in, so a clerk can print a
Chinese sheet from an English window.

What the sheet says is the core's (`core.presentation`: the breakdown, the inputs, the
steps, the policy line); this module lays it out as HTML. The paper, the font and printing are
`sheet_document`'s.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QTextDocument

from ..core.messages import label, msg, render
from ..core.presentation import (
    InputRow,
    assumed_lines,
    breakdown,
    input_rows,
    known_line,
    notes,
    policy_line,
    signed_yuan,
    step_views,
)
from .param_words import Words
from .sheet_document import PAGE_CSS, SUB_ROW_STYLE, a4_printer, new_document, preview_dialog, print_document, run_dialog
from .sheet_document import esc as _e, set_html, write_pdf

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QWidget

    from ..core.estimate import Estimate

# ------------------------------------------------------------------------------ the HTML

_CSS = PAGE_CSS + """
p { margin-top: 0px; margin-bottom: 0px; }
td.key { background-color: #f2f2f2; }
tr.personal td { font-weight: bold; font-size: 14pt; }
tr.small td { font-size: 10pt; }
body.compact tr.small td { font-size: 9pt; }
body.compact .small { font-size: 9pt; }
table.banner { border-collapse: collapse; }
table.banner td { border: 3px solid #000000; padding: 5px 8px 5px 8px; }
.banner-title { font-size: 13pt; font-weight: bold; }
"""

_COMPACT = ' class="compact"'



def _input_table(rows: list[InputRow]) -> str:
    key_width = 42
    html = ['<table class="grid" width="100%" cellspacing="0" cellpadding="2">']
    for row in rows:
        html.append(f'<tr><td class="key" width="{key_width}%">{_e(row.label)}</td>'
                    f'<td width="{100 - key_width}%">{_e(row.value)}</td></tr>')
    html.append("</table>")
    return "\n".join(html)


# How each role of the breakdown is set: a row that splits the one above it is indented.
_ROW_CLASS = {"reimbursed": "strong", "personal": "personal"}
_SUB_ROLES = ("payer", "part", "relief")


def _breakdown(est: "Estimate", lang: str, w: Words) -> str:
    item = w(QT_TRANSLATE_NOOP("Sheet", "Item"))
    unit = w(QT_TRANSLATE_NOOP("Sheet", "Amount (yuan)"))
    html = ['<table class="grid" width="100%" cellspacing="0" cellpadding="2">',
            f'<tr><th width="64%">{_e(item)}</th><th width="36%" align="right">{_e(unit)}</th></tr>']
    rows = breakdown(est, lang)
    for row in rows:
        if row.role == "allowance":
            continue
        style = f' style="{SUB_ROW_STYLE}"' if row.role in _SUB_ROLES else ""
        html.append(f'<tr class="{_ROW_CLASS.get(row.role, "")}"><td{style}>{_e(row.label)}</td>'
                    f'<td class="num">{_e(signed_yuan(row.amount))}</td></tr>')
    html.append("</table>")
    for row in rows:
        if row.role == "allowance":  # paid apart from the bill: a table of its own
            html += ['<table class="grid" width="100%" cellspacing="0" cellpadding="2" style="margin-top: 8px;">',
                     f'<tr class="strong"><td width="64%">{_e(row.label)}</td>'
                     f'<td class="num" width="36%">{_e(signed_yuan(row.amount))}</td></tr>',
                     "</table>"]
    known = known_line(est, lang)
    if known:
        html.append(f'<p class="small" style="margin-top: 4px;">{_e(known)}</p>')
    return "\n".join(html)


def _steps(est: "Estimate", lang: str, w: Words) -> str:
    what = w(QT_TRANSLATE_NOOP("Sheet", "What is computed"))
    numbers = w(QT_TRANSLATE_NOOP("Sheet", "With your numbers"))
    html = ['<table class="grid" width="100%" cellspacing="0" cellpadding="2">',
            f'<thead><tr><th width="4%"></th><th width="57%">{_e(what)}</th><th width="39%">{_e(numbers)}</th></tr></thead>']
    for step in step_views(est, lang):
        text = _e(step.sentence)
        if step.status:  # in front: a CJK line may break inside it
            mark = f"【{step.status}】" if lang == "zh" else f"[{step.status}]"
            text = f"<b>{_e(mark)}</b>{'' if lang == 'zh' else ' '}{text}"
        html.append(f'<tr class="small"><td align="right">{step.number}</td><td>{text}</td><td>{_e(step.formula)}</td></tr>')
    html.append("</table>")
    return "\n".join(html)


def _banner(est: "Estimate", lang: str, w: Words) -> str:
    """A boxed 未核实 notice listing every unverified parameter, or "" when there is none."""
    if not est.assumed:
        return ""
    # The parameters as on screen and in the CLI ("居民医保 · 住院 · 报销比例 · 三级医院：60%"),
    # run together in one paragraph so that a long list still fits the page.
    items = [_e(line) for line in assumed_lines(est, lang, mark=False)]
    lines = f'<p class="small">{("；" if lang == "zh" else "; ").join(items)}</p>'
    title = label("source_kind", "assumed", lang).upper()  # 未核实 / UNVERIFIED
    return (
        '<table class="banner" width="100%" cellspacing="0" cellpadding="5" style="margin-top: 10px;"><tr><td>'
        f'<p><span class="banner-title">⚠ {_e(title)}</span>&nbsp;&nbsp;<b>{_e(render(msg("warn.assumed"), lang))}</b></p>'
        f"{lines}</td></tr></table>"
    )


def sheet_html(estimate: "Estimate", station_name: str, lang: str, printed: date | None = None,
               compact: bool = False) -> str:
    """The estimate sheet as HTML for a `QTextDocument` (`printed`: the print date, default today).

    `compact`: the banner and the steps in 9 pt instead of 10 (a long English sheet, see
    `render_document`)."""
    est = estimate
    w = Words(lang, "Sheet")
    printed = printed or date.today()
    title = _title(lang)
    station_label = w(QT_TRANSLATE_NOOP("Sheet", "Service station:"))
    printed_label = w(QT_TRANSLATE_NOOP("Sheet", "Printed on:"))
    case_title = w(QT_TRANSLATE_NOOP("Sheet", "The case"))
    result_title = render(msg("ui.payers"), lang)  # 各方支付, as on screen and in the CLI
    station = _e(station_name.strip()) if station_name.strip() else "_" * 28

    parts = [
        f"<html><head><style>{_CSS}</style></head><body{_COMPACT if compact else ''}>",
        f"<h1>{_e(title)}</h1>",
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f"<td>{_e(station_label)} <b>{station}</b></td>"
        f'<td align="right">{_e(printed_label)} {printed.isoformat()}</td>'
        "</tr></table>",
        f'<p class="small">{_e(policy_line(est.policy, lang))}</p>',
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>',
        f'<td width="47%" valign="top"><h2>{_e(case_title)}</h2>{_input_table(input_rows(est, lang))}</td>',
        '<td width="3%"></td>',
        f'<td width="50%" valign="top"><h2>{_e(result_title)}</h2>{_breakdown(est, lang, w)}</td>',
        "</tr></table>",
        _banner(est, lang, w),
        f'<h2>{_e(render(msg("ui.steps"), lang))}</h2>',
        _steps(est, lang, w),
    ]
    warnings = notes(est, lang, banner=True)
    if warnings:
        parts.append(f'<h2>{_e(render(msg("ui.warnings"), lang))}</h2>')
        parts += [f"<p>• {_e(text)}</p>" for text in warnings]
    parts += [
        "<hr/>",
        f'<p class="disclaimer" align="center">{_e(render(msg("disclaimer"), lang))}</p>',
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


# ------------------------------------------------------------------------------ the document

def render_document(estimate: "Estimate", station_name: str = "", lang: str = "zh",
                    printed: date | None = None) -> QTextDocument:
    """The sheet as a `QTextDocument` paginated for A4 with 10 mm margins (`pageCount()` = pages)."""
    document = new_document(_title(lang))
    for compact in (False, True):  # a sheet one line too long is set a point smaller, not split
        set_html(document, sheet_html(estimate, station_name, lang, printed, compact))
        if document.pageCount() == 1:
            break
    return document


def _title(lang: str) -> str:
    return Words(lang, "Sheet")(QT_TRANSLATE_NOOP("Sheet", "Medical insurance reimbursement estimate"))


def save_pdf(estimate: "Estimate", path: str | Path, station_name: str = "", lang: str = "zh",
             printed: date | None = None) -> None:
    """Write the sheet to a PDF file: A4, fonts embedded."""
    write_pdf(render_document(estimate, station_name, lang, printed), path)


def print_dialog(estimate: "Estimate", parent: "QWidget | None" = None, station_name: str = "",
                 lang: str = "zh") -> bool:
    """Ask for a printer and print the sheet; True if it was printed."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    document = render_document(estimate, station_name, lang)
    printer = a4_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(Words(lang, "Sheet")(QT_TRANSLATE_NOOP("Sheet", "Print the estimate sheet")))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_document(document, printer)
    return True


def make_preview(estimate: "Estimate", parent: "QWidget | None" = None, station_name: str = "",
                 lang: str = "zh"):
    """A `QPrintPreviewDialog` showing the sheet (not yet shown)."""
    title = Words(lang, "Sheet")(QT_TRANSLATE_NOOP("Sheet", "Estimate sheet: print preview"))
    return preview_dialog(render_document(estimate, station_name, lang), title, parent)


def print_preview(estimate: "Estimate", parent: "QWidget | None" = None, station_name: str = "",
                  lang: str = "zh") -> int:
    """Show the print preview (modal); the user can print from it. Returns the dialog's result."""
    return run_dialog(make_preview(estimate, parent, station_name, lang))
