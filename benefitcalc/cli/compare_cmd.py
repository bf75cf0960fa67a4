"""`benefitcalc compare CASE --vary level,location[,scheme]`: the case at every combination."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core.case import read_case_file
from ..core.compare import Comparison, Scenario, advice, compare, describe, difference_words, parse_vary
from ..core.messages import msg, render
from ..core.money import fmt_yuan
from .common import add_lang_option, add_policies_option, print_result, registry
from ..core.estimate_json import estimate_json, money as _money
from .estimate_cmd import display_width as _display_width


def register(sub) -> None:
    cmd = sub.add_parser("compare", help="the case at other levels, places, schemes / 比较不同选择")
    cmd.add_argument("case", type=Path, help="a TOML file with a [case] table")
    cmd.add_argument("--vary", required=True, help="fields to vary: level,location[,scheme]")
    cmd.add_argument("--json", action="store_true", help="print one JSON object")
    add_policies_option(cmd)
    add_lang_option(cmd)
    cmd.set_defaults(run=_compare)


def _compare(args) -> int:
    fields = parse_vary(args.vary)
    result = compare(read_case_file(args.case), fields, registry(args.policies))
    print_result(args.json, lambda: compare_json(result, args.lang), lambda: compare_text(result, args.lang))
    return 0


def scenario_json(scenario: Scenario, lang: str) -> dict[str, Any]:
    head: dict[str, Any] = {
        "vary": dict(scenario.vary),
        "available": scenario.available,
        "reason": render(scenario.reason, lang) if scenario.reason is not None else None,
        "as_entered": scenario.as_entered,
        "difference": _money(scenario.difference),
    }
    if scenario.estimate is not None:
        head.update(estimate_json(scenario.estimate, lang))
    return head


def compare_json(result: Comparison, lang: str = "zh") -> dict[str, Any]:
    """`{"scenarios": [{"vary": {…}, <estimate JSON keys>…}…]}` (the issue's contract), plus advice."""
    return {
        "scenarios": [scenario_json(s, lang) for s in result.scenarios],
        "advice": [render(m, lang) for m in advice(result)],
        "notes": [render(m, lang) for m in result.notes],
    }


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - _display_width(text), 0)


def compare_text(result: Comparison, lang: str = "zh") -> str:
    t = lambda id, **kw: render(msg(id, **kw), lang)  # noqa: E731
    case = result.entered.case
    rows = []
    for number, s in enumerate(result.scenarios, 1):
        words = render(describe(case, s, result.fields), lang)
        if s.as_entered:
            words = "* " + words
        personal = fmt_yuan(s.estimate.personal) if s.estimate is not None else "—"
        reimbursed = fmt_yuan(s.estimate.reimbursed) if s.estimate is not None else "—"
        rows.append((f"{number:>2}", words, personal, reimbursed, render(difference_words(s), lang)))
    head = ("", t("compare.col.scenario"), t("compare.col.personal"), t("compare.col.reimbursed"),
            t("compare.col.difference"))
    width = max(_display_width(r[1]) for r in rows + [head])
    lines = [t("compare.heading"), ""]
    for r in [head] + rows:
        lines.append(f"{r[0]:>2} {_pad(r[1], width)} {' ' * (14 - _display_width(r[2]))}{r[2]}"
                     f" {' ' * (14 - _display_width(r[3]))}{r[3]}  {r[4]}")
    said = advice(result) + result.notes
    if said:
        lines.append("")
        lines += [render(m, lang) for m in said]
    lines += ["", render(msg("disclaimer"), lang)]
    return "\n".join(lines)
