"""`benefitcalc year FILE`: a patient's year of visits, their totals and what is left of each limit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..core.messages import label, msg, render
from ..core.money import fmt_yuan
from ..core.vocabulary import PAYERS
from ..core.year import Totals, YearResult, read_year_file, run_year, visit_words
from ..core.year_limits import Limit, status_of
from .common import add_lang_option, add_policies_option, registry
from .estimate_cmd import _money, _param_json, _param_text, _row, estimate_json, estimate_text


def register(sub) -> None:
    cmd = sub.add_parser("year", help="a patient's year of visits / 一年的多次就诊")
    cmd.add_argument("file", type=Path, help="a TOML year file: [person] and [[visit]] tables")
    cmd.add_argument("--json", action="store_true", help="print one JSON object")
    cmd.add_argument("--details", action="store_true", help="every visit's full breakdown and steps")
    add_policies_option(cmd)
    add_lang_option(cmd)
    cmd.set_defaults(run=_year)


def _year(args) -> int:
    result = run_year(read_year_file(args.file), registry(args.policies))
    if args.json:
        print(json.dumps(year_json(result, args.lang), ensure_ascii=False, indent=2))
    else:
        print(year_text(result, args.lang, details=args.details))
    return 0


# ------------------------------------------------------------------------------ JSON

def totals_json(totals: Totals) -> dict[str, Any]:
    return {
        "visits": totals.visits,
        "total": _money(totals.total),
        "eligible": _money(totals.eligible),
        "payers": {p: _money(totals.payers[p]) for p in PAYERS},
        "reimbursed": _money(totals.reimbursed),
        "personal": _money(totals.personal),
        "personal_parts": {
            "self_paid": _money(totals.self_paid),
            "category_b_first": _money(totals.category_b_first),
            "copay": _money(totals.copay),
            "backstop_relief": _money(totals.payers["backstop"]),
        },
        "allowance": _money(totals.allowance),
    }


def limit_json(limit: Limit, lang: str, policy=None) -> dict[str, Any]:
    return {
        "label": limit.label(lang),
        "limit": _money(limit.limit),
        "used": _money(limit.used),
        "left": _money(limit.left),
        "verified": limit.verified,
        "params": [_param_json(use, lang, policy) for use in limit.params],
    }


def year_json(result: YearResult, lang: str = "zh") -> dict[str, Any]:
    """`{"visits": [<estimate JSON>…], "totals": {…}, "remaining": {…}}` (the issue's contract)."""
    totals = totals_json(result.totals)
    policy = result.estimates[-1].policy if result.estimates else None
    totals["by_year"] = {str(year): totals_json(t) for year, t in result.by_year.items()}
    return {
        "visits": [estimate_json(est, lang) for est in result.estimates],
        "totals": totals,
        "remaining": {limit.key: limit_json(limit, lang, policy) for limit in result.remaining},
    }


# ------------------------------------------------------------------------------ text

def limit_words(limit: Limit, lang: str) -> tuple[str, str]:
    """(the limit's name, marked 未核实 where assumed; limit 650,000.00, used …, left …)."""
    t = lambda id, **kw: render(msg(id, **kw), lang)  # noqa: E731
    name = limit.label(lang)
    status = status_of(limit, lang)
    if status:
        name += f"（{status}）" if lang == "zh" else f" ({status})"
    if limit.limit is None:
        return name, f"{t('year.no_cap')} · {fmt_yuan(limit.used)}"
    return name, t("year.limit_row", limit=fmt_yuan(limit.limit), used=fmt_yuan(limit.used), left=fmt_yuan(limit.left))


def totals_lines(totals: Totals, lang: str) -> list[str]:
    t = lambda id, **kw: render(msg(id, **kw), lang)  # noqa: E731
    lines = [_row(t("ui.total"), totals.total, 0), _row(t("ui.eligible"), totals.eligible, 0), t("ui.payers")]
    for payer in PAYERS:
        if totals.payers[payer] or payer == "basic_fund":
            lines.append(_row(label("payer", payer, lang), totals.payers[payer]))
    lines.append(_row(t("ui.reimbursed"), totals.reimbursed))
    lines.append(_row(t("ui.personal"), totals.personal, 0))
    lines.append("  " + t("ui.of_which"))
    for part, amount in (("self_paid", totals.self_paid), ("category_b_first", totals.category_b_first),
                         ("copay", totals.copay)):
        lines.append(_row(label("personal_part", part, lang), amount, 4))
    if totals.payers["backstop"]:
        lines.append(_row(t("ui.backstop_relief"), -totals.payers["backstop"], 4))
    if totals.allowance:
        lines.append(_row(t("ui.allowance"), totals.allowance, 0))
    return lines


def year_text(result: YearResult, lang: str = "zh", details: bool = False) -> str:
    t = lambda id, **kw: render(msg(id, **kw), lang)  # noqa: E731
    if not result.estimates:
        return t("year.none")
    lines = [t("year.heading", count=len(result.estimates)), ""]
    running = result.running_personal()
    year = result.estimates[0].case.date.year
    notes: dict[str, list[int]] = {}
    for number, (visit, est, so_far) in enumerate(zip(result.visits, result.estimates, running), 1):
        if est.case.date.year != year:
            year = est.case.date.year
            lines += [t("year.new_ledger", year=year), ""]
        head = f"{number}. {est.case.date.isoformat()}  {render(visit_words(est.case), lang)}"
        if visit.nth:
            head += t("year.repeat_of", visit=visit.number, nth=visit.nth)
        lines.append(head)
        if details:
            lines += ["    " + line if line else "" for line in estimate_text(est, lang).splitlines()]
        else:
            lines.append(_row(t("ui.total"), est.total, 4))
            lines.append(_row(t("ui.reimbursed"), est.reimbursed, 4))
            lines.append(_row(t("ui.personal"), est.personal, 4))
        lines.append(_row(t("year.so_far"), so_far, 4))
        lines.append("")
        for warning in est.warnings:
            notes.setdefault(render(warning, lang), []).append(number)
    years = "、".join(str(y) for y in result.by_year) if lang == "zh" else ", ".join(str(y) for y in result.by_year)
    lines.append(t("year.totals", years=years))
    lines.append(f"{t('year.visits_count')}  {result.totals.visits}")
    lines += totals_lines(result.totals, lang)
    if len(result.by_year) > 1:
        for y, totals in result.by_year.items():
            lines += ["", t("year.totals", years=y)] + totals_lines(totals, lang)
    last = result.estimates[-1]
    policy = last.policy
    lines += ["", t("year.remaining", year=last.case.date.year, date=last.case.date.isoformat(),
                    policy=policy.name if lang == "zh" else policy.name_en)]
    for limit in result.remaining:
        name, figures = limit_words(limit, lang)
        lines += [f"  {name}", f"      {figures}"]
    if notes:
        lines += ["", t("ui.warnings")]
        every = len(result.estimates)
        lines += [f"  ! {text}" + ("" if len(numbers) == every else f" ({_ranges(numbers)})") for text, numbers in notes.items()]
    assumed: dict[str, str] = {}
    for est in result.estimates:
        for use in est.assumed:
            text = _param_text(use, lang, est.policy, keys=False)
            assumed.setdefault(text, text)
    if assumed:
        lines += ["", t("ui.assumed")]
        lines += [f"  - {text}" for text in assumed]
    lines += ["", render(msg("disclaimer"), lang)]
    return "\n".join(lines)


def _ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 5] → "1–3, 5": which visits a note is about."""
    parts, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            parts.append(str(start) if start == n else f"{start}–{n}")
            start = None
    return ", ".join(parts)
