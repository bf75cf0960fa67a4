"""The printed year: one A4 document with every visit, the year's totals and the limits left.

On the estimate sheet's paper (`sheet_document`), black on white. What it says is the core's
(`core.year_presentation`: the visits, the breakdown, the limits); only its own layout words
(title, column heads) come from Qt's translation files (context "YearSheet", and the common words, in app_zh_CN.ts).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QTextDocument

from ..core.money import fmt_yuan
from ..core.presentation import say, signed_yuan
from ..core import year_presentation as year_words
from . import common_words
from .param_words import Words
from .sheet_document import PAGE_CSS, SUB_ROW_STYLE, html_document, preview, write_pdf
from .sheet_document import esc as _e

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QWidget

    from ..core.year import YearResult

_STRONG = ("reimbursed", "personal")  # the year's breakdown rows set in bold
_SUB = ("payer", "part", "relief")  # rows that split the one above them, indented



def _grid(head: list[str], rows: list[list[str]], numeric_from: int, roles: list[str] | None = None) -> str:
    """A table; `roles` (a breakdown's) sets its reimbursed and personal rows in bold and
    indents the rows that split the one above them."""
    cells = "".join(f"<th>{_e(h)}</th>" for h in head)
    out = ['<table class="grid" width="100%" cellspacing="0">' + (f"<tr>{cells}</tr>" if any(head) else "")]
    for index, row in enumerate(rows):
        role = roles[index] if roles else ""
        first = f' style="{SUB_ROW_STYLE}"' if role in _SUB else ""
        tds = "".join(f'<td class="num">{_e(c)}</td>' if i >= numeric_from else f"<td{first if i == 0 else ''}>{_e(c)}</td>"
                      for i, c in enumerate(row))
        out.append(f'<tr class="strong">{tds}</tr>' if role in _STRONG else f"<tr>{tds}</tr>")
    out.append("</table>")
    return "".join(out)


def year_html(result: "YearResult", station_name: str, lang: str, printed: date | None = None) -> str:
    w = Words(lang, "YearSheet")
    common = Words(lang, common_words.CONTEXT)
    printed = printed or date.today()
    parts = [f"<html><head><style>{PAGE_CSS}</style></head><body>", f"<h1>{_e(_title(lang))}</h1>"]
    by = w(QT_TRANSLATE_NOOP("YearSheet", "Printed on %1")).replace("%1", printed.isoformat())
    if station_name:
        by += " · " + station_name
    parts.append(f'<p class="small">{_e(by)}</p>')

    parts.append(f"<h2>{_e(say('year.heading', lang, count=len(result.estimates)))}</h2>")
    rows = [[str(v.number), v.date, v.words, fmt_yuan(v.total), fmt_yuan(v.reimbursed), fmt_yuan(v.personal),
             fmt_yuan(v.so_far)] for v in year_words.visit_rows(result, lang)]
    head = ["", common(common_words.DATE), common(common_words.VISIT), *year_words.visit_columns(lang)]
    parts.append(_grid(head, rows, 3))

    parts.append(f"<h2>{_e(year_words.totals_title(result, lang))}</h2>")
    breakdown = year_words.totals_rows(result.totals, result, lang)
    rows = [[r.label, signed_yuan(r.amount)] for r in breakdown]
    parts.append(_grid(["", ""], rows, 1, [r.role for r in breakdown]))

    if result.remaining:
        parts.append(f"<h2>{_e(year_words.remaining_title(result, lang))}</h2>")
        rows = [[v.name, v.limit, v.used, v.left] for v in year_words.limit_views(result, lang)]
        head = ["", common(common_words.LIMIT), common(common_words.USED),
                common(common_words.LEFT)]
        parts.append(_grid(head, rows, 1))

    assumed = year_words.assumed_lines(result, lang, mark=False)
    if assumed:
        parts.append(f"<h2>{_e(say('ui.assumed', lang))}</h2>")
        parts.append('<p class="small">' + "<br>".join(_e(line) for line in assumed) + "</p>")
    parts.append(f'<p class="disclaimer" align="center">{_e(say("disclaimer", lang))}</p></body></html>')
    return "\n".join(parts)


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
