"""`benefitcalc year FILE`: a patient's year of visits, their totals and what is left of each limit.

The words are the core's (`core.year_presentation`, `core.estimate_json`); this module lays
them out in text columns like `estimate`.
"""

from __future__ import annotations

from pathlib import Path

from ..core.estimate_json import year_json
from ..core.messages import msg, render
from ..core.presentation import notes, say
from ..core.year import YearResult, read_year_file, run_year
from ..core import year_presentation as year_words
from .common import add_lang_option, add_policies_option, print_result, registry
from .estimate_cmd import breakdown_lines, estimate_text, row_line


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
    print_result(args.json, lambda: year_json(result, args.lang),
                 lambda: year_text(result, args.lang, details=args.details))
    return 0


def year_text(result: YearResult, lang: str = "zh", details: bool = False) -> str:
    if not result.estimates:
        return say("year.none", lang)
    lines = [say("year.heading", lang, count=len(result.estimates)), ""]
    year = result.estimates[0].case.date.year
    visit_notes: dict[str, list[int]] = {}
    columns = year_words.visit_columns(lang)
    for row, est in zip(year_words.visit_rows(result, lang), result.estimates):
        if est.case.date.year != year:
            year = est.case.date.year
            lines += [say("year.new_ledger", lang, year=year), ""]
        lines.append(f"{row.number}. {row.date}  {row.words}{row.repeat}")
        if details:
            lines += ["    " + line if line else "" for line in estimate_text(est, lang).splitlines()]
        else:
            lines += [row_line(columns[0], row.total, 4), row_line(columns[1], row.reimbursed, 4),
                      row_line(columns[2], row.personal, 4)]
        lines.append(row_line(columns[3], row.so_far, 4))
        lines.append("")
        for text in notes(est, lang):
            visit_notes.setdefault(text, []).append(row.number)
    lines.append(year_words.totals_title(result, lang))
    lines.append(f"{say('year.visits_count', lang)}  {result.totals.visits}")
    lines += breakdown_lines(year_words.totals_rows(result.totals, result, lang), lang, gaps=False)
    if len(result.by_year) > 1:
        for y, totals in result.by_year.items():
            lines += ["", year_words.totals_title(result, lang, y)] + breakdown_lines(year_words.totals_rows(totals, result, lang), lang, gaps=False)
    lines += ["", year_words.remaining_title(result, lang)]
    for limit in year_words.limit_views(result, lang):
        lines += [f"  {limit.name}", f"      {limit.figures}"]
    if visit_notes:
        lines += ["", say("ui.warnings", lang)]
        every = len(result.estimates)
        lines += [f"  ! {text}" + ("" if len(numbers) == every else f" ({_ranges(numbers)})")
                  for text, numbers in visit_notes.items()]
    assumed = year_words.assumed_lines(result, lang)
    if assumed:
        lines += ["", say("ui.assumed", lang)]
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
