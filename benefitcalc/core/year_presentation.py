"""A patient's year in words, once for the CLI (`year`), the year dialog and the printed year.

The visits' rows, the year's breakdown (`presentation.breakdown` over the visits' payers) and
what is left of each limit, with the same words in every face.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from .messages import render
from .money import fmt_yuan
from .param_labels import use_line
from .presentation import Row, breakdown, estimate_payers, in_brackets, listing, policy_name, say
from .year import visit_words
from .year_limits import status_of

if TYPE_CHECKING:  # pragma: no cover
    from .year import Totals, YearResult


@dataclass(frozen=True)
class VisitRow:
    number: int  # the row, from 1
    visit: int  # the [[visit]] table it comes from, from 1
    repeat: str  # "" or （第 2 条就诊的第 3 次重复）
    date: str
    words: str  # 居民医保 · 住院 · 三级医院 · 参保地就医
    total: Decimal
    reimbursed: Decimal
    personal: Decimal
    so_far: Decimal  # the patient's running total this year


def visit_columns(lang: str) -> list[str]:
    """The amounts' headings of a visit row: total, reimbursed, personal, so far."""
    return [say("ui.total", lang), say("ui.reimbursed", lang), say("ui.personal", lang), say("year.so_far", lang)]


def visit_rows(result: "YearResult", lang: str) -> list[VisitRow]:
    rows = []
    for number, (visit, est, so_far) in enumerate(zip(result.visits, result.estimates, result.running_personal()), 1):
        repeat = say("year.repeat_of", lang, visit=visit.number, nth=visit.nth) if visit.nth else ""
        rows.append(VisitRow(number, visit.number, repeat, est.case.date.isoformat(), render(visit_words(est.case), lang),
                             est.total, est.reimbursed, est.personal, so_far))
    return rows


def year_payers(result: "YearResult") -> tuple[str, ...]:
    """Every payer that applies to any of the visits."""
    seen: dict[str, None] = {}
    for est in result.estimates:
        seen.update(dict.fromkeys(estimate_payers(est)))
    return tuple(seen)


def totals_rows(totals: "Totals", result: "YearResult", lang: str) -> list[Row]:
    return breakdown(totals, lang, year_payers(result))


def totals_title(result: "YearResult", lang: str, year: int | None = None) -> str:
    """合计（2025）, or 合计（2025、2026） over several calendar years."""
    years = str(year) if year is not None else listing((str(y) for y in result.by_year), lang)
    return say("year.totals", lang, years=years)


def totals_line(result: "YearResult", lang: str) -> str:
    """本年：就诊 10 次 · 医疗费总额 … · 合计报销 … · 个人支付 … (one line, for the dialog)."""
    shown = [r for r in totals_rows(result.totals, result, lang) if r.role in ("total", "reimbursed", "personal")]
    figures = " · ".join(f"{r.label} {fmt_yuan(r.amount)}" for r in shown)
    return say("year.totals_line", lang, visits=result.totals.visits, figures=figures)


@dataclass(frozen=True)
class LimitView:
    key: str
    name: str  # marked （未核实） where the limit rests on a placeholder
    limit: str  # 650,000.00, or 不设封顶
    used: str
    left: str  # "—" when there is no cap
    figures: str  # 限额 650,000.00，已用 81,825.00，剩余 568,175.00 (one line)


def remaining_title(result: "YearResult", lang: str) -> str:
    last = result.estimates[-1]
    return say("year.remaining", lang, year=last.case.date.year, date=last.case.date.isoformat(),
               policy=policy_name(last.policy, lang))


def limit_views(result: "YearResult", lang: str) -> list[LimitView]:
    views = []
    for limit in result.remaining:
        status = status_of(limit, lang)
        name = limit.label(lang) + (in_brackets(status, lang) if status else "")
        used = fmt_yuan(limit.used)
        if limit.limit is None:
            no_cap = say("year.no_cap", lang)
            views.append(LimitView(limit.key, name, no_cap, used, "—", f"{no_cap} · {used}"))
        else:
            limit_text, left = fmt_yuan(limit.limit), fmt_yuan(limit.left)
            views.append(LimitView(limit.key, name, limit_text, used, left,
                                   say("year.limit_row", lang, limit=limit_text, used=used, left=left)))
    return views


def assumed_lines(result: "YearResult", lang: str, mark: bool = True) -> list[str]:
    """Every placeholder any visit used, once."""
    seen: dict[str, None] = {}
    for est in result.estimates:
        for use in est.assumed:
            seen.setdefault(use_line(use, lang, est.policy, mark_assumed=mark), None)
    return list(seen)
