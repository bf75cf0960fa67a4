"""The printed year: one A4 document with every visit, the year's totals and the limits left.

Laid out like the estimate sheet (sheet.py's page, font and printing helpers), black on
white; the core's words (labels, limit names, the disclaimer) come from `core.messages`, this
module's own words from Qt's translation files (context "YearSheet", year_view_zh_CN.ts).
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QTextDocument

from ..core.messages import label, msg, render
from ..core.money import fmt_yuan
from ..core.param_labels import param_line
from ..core.vocabulary import PAYERS
from .param_words import Words
from .sheet import _layout_device, _sheet_font, a4_layout, fit_to_page, print_document

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QWidget

    from ..core.year import YearResult

_CSS = """
body { color: #000000; }
h1 { font-size: 16pt; font-weight: bold; margin-top: 0px; margin-bottom: 4px; }
h2 { font-size: 12pt; font-weight: bold; margin-top: 8px; margin-bottom: 3px; }
table.grid { border-collapse: collapse; border-color: #000000; border-style: solid; }
table.grid td, table.grid th { border: 1px solid #000000; padding: 2px 5px 2px 5px; }
th { font-weight: bold; text-align: left; background-color: #e6e6e6; }
td.num { text-align: right; white-space: pre; }
tr.strong td { font-weight: bold; }
.small { font-size: 10pt; }
.disclaimer { font-size: 12pt; font-weight: bold; }
"""


def _e(text: Any) -> str:
    return escape(str(text), quote=False)


def _grid(head: list[str], rows: list[list[str]], numeric_from: int, strong: set[int] = frozenset()) -> str:
    cells = "".join(f"<th>{_e(h)}</th>" for h in head)
    out = ['<table class="grid" width="100%" cellspacing="0">' + (f"<tr>{cells}</tr>" if any(head) else "")]
    for index, row in enumerate(rows):
        tds = "".join(f'<td class="num">{_e(c)}</td>' if i >= numeric_from else f"<td>{_e(c)}</td>" for i, c in enumerate(row))
        out.append(f'<tr class="strong">{tds}</tr>' if index in strong else f"<tr>{tds}</tr>")
    out.append("</table>")
    return "".join(out)


def year_html(result: "YearResult", station_name: str, lang: str, printed: date | None = None) -> str:
    from ..core.year import visit_words
    from ..core.year_limits import status_of

    w = Words(lang, "YearSheet")
    t = lambda id, **kw: render(msg(id, **kw), lang)  # noqa: E731
    printed = printed or date.today()
    parts = [f"<html><head><style>{_CSS}</style></head><body>",
             f"<h1>{_e(w(QT_TRANSLATE_NOOP('YearSheet', 'Medical costs this year: an estimate')))}</h1>"]
    by = w(QT_TRANSLATE_NOOP("YearSheet", "Printed on %1")).replace("%1", printed.isoformat())
    if station_name:
        by += " · " + station_name
    parts.append(f'<p class="small">{_e(by)}</p>')

    parts.append(f"<h2>{_e(t('year.heading', count=len(result.estimates)))}</h2>")
    rows = []
    for number, (visit, est, so_far) in enumerate(zip(result.visits, result.estimates, result.running_personal()), 1):
        rows.append([str(number), est.case.date.isoformat(), render(visit_words(est.case), lang),
                     fmt_yuan(est.total), fmt_yuan(est.reimbursed), fmt_yuan(est.personal), fmt_yuan(so_far)])
    head = ["", w(QT_TRANSLATE_NOOP("YearSheet", "Date")), w(QT_TRANSLATE_NOOP("YearSheet", "Visit")),
            t("ui.total"), t("ui.reimbursed"), t("ui.personal"), t("year.so_far")]
    parts.append(_grid(head, rows, 3))

    totals = result.totals
    years = "、".join(str(y) for y in result.by_year) if lang == "zh" else ", ".join(str(y) for y in result.by_year)
    parts.append(f"<h2>{_e(t('year.totals', years=years))}</h2>")
    rows = [[t("ui.total"), fmt_yuan(totals.total)]]
    rows += [[label("payer", p, lang), fmt_yuan(totals.payers[p])] for p in PAYERS if totals.payers[p] or p == "basic_fund"]
    rows += [[t("ui.reimbursed"), fmt_yuan(totals.reimbursed)], [t("ui.personal"), fmt_yuan(totals.personal)]]
    if totals.allowance:
        rows.append([t("ui.allowance"), fmt_yuan(totals.allowance)])
    parts.append(_grid(["", ""], rows, 1, strong={len(rows) - 1 - (1 if totals.allowance else 0)}))

    if result.remaining:
        last = result.estimates[-1]
        policy = last.policy
        parts.append("<h2>" + _e(t("year.remaining", year=last.case.date.year, date=last.case.date.isoformat(),
                                     policy=policy.name if lang == "zh" else policy.name_en)) + "</h2>")
        rows = []
        for limit in result.remaining:
            status = status_of(limit, lang)
            name = limit.label(lang) + ((f"（{status}）" if lang == "zh" else f" ({status})") if status else "")
            no_cap = t("year.no_cap")
            rows.append([name, fmt_yuan(limit.limit) if limit.limit is not None else no_cap, fmt_yuan(limit.used),
                         fmt_yuan(limit.left) if limit.left is not None else "—"])
        head = ["", w(QT_TRANSLATE_NOOP("YearSheet", "Limit")), w(QT_TRANSLATE_NOOP("YearSheet", "Used")),
                w(QT_TRANSLATE_NOOP("YearSheet", "Left"))]
        parts.append(_grid(head, rows, 1))

    assumed: dict[str, None] = {}
    for est in result.estimates:
        for use in est.assumed:
            assumed.setdefault(param_line(use.path, use.value, lang, est.policy), None)
    if assumed:
        parts.append(f"<h2>{_e(t('ui.assumed'))}</h2>")
        parts.append('<p class="small">' + "<br>".join(_e(line) for line in assumed) + "</p>")
    parts.append(f'<p class="disclaimer" align="center">{_e(t("disclaimer"))}</p></body></html>')
    return "\n".join(parts)


def html_document(html: str, title: str) -> QTextDocument:
    """An HTML page as a `QTextDocument` laid out for A4 like the estimate sheet."""
    document = QTextDocument()
    device = _layout_device()
    document.documentLayout().setPaintDevice(device)
    document._layout_device = device  # the layout keeps a bare pointer: keep the image alive
    document.setDefaultFont(_sheet_font())
    document.setDocumentMargin(0)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setHtml(html)
    fit_to_page(document, a4_layout())
    return document


def write_pdf(document: QTextDocument, path: str | Path) -> None:
    """A4, fonts embedded."""
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageLayout(a4_layout())
    writer.setResolution(600)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("benefitcalc")
    print_document(document, writer)
    del writer  # finishes and closes the file


def preview(document: QTextDocument, title: str, parent: "QWidget | None" = None) -> int:
    """Show a print preview of `document` (modal); the user can print from it."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda target: print_document(document, target))
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def _title(lang: str) -> str:
    return Words(lang, "YearSheet")(QT_TRANSLATE_NOOP("YearSheet", "Medical costs this year: an estimate"))


def render_document(result: "YearResult", station_name: str = "", lang: str = "zh",
                    printed: date | None = None) -> QTextDocument:
    """The year as a `QTextDocument` paginated for A4, like the estimate sheet."""
    return html_document(year_html(result, station_name, lang, printed), _title(lang))


def save_pdf(result: "YearResult", path: str | Path, station_name: str = "", lang: str = "zh") -> None:
    write_pdf(render_document(result, station_name, lang), path)


def print_preview(result: "YearResult", parent: "QWidget | None" = None, station_name: str = "", lang: str = "zh") -> int:
    title = Words(lang, "YearSheet")(QT_TRANSLATE_NOOP("YearSheet", "This year: print preview"))
    return preview(render_document(result, station_name, lang), title, parent)
