"""`benefitcalc estimate`: one case file, as readable text or one JSON object.

The words are the core's (`core.presentation`, `core.estimate_json`); this module only lays
them out in text columns.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ..core.case import read_case_file
from ..core.engine import estimate
from ..core.estimate import Estimate
from ..core.estimate_json import estimate_json
from ..core.messages import label, msg, render
from ..core.presentation import Row, assumed_lines, breakdown, known_line, notes, policy_line, say, signed_yuan, step_views
from .common import add_lang_option, add_policies_option, print_result, registry

__all__ = ["estimate_json", "estimate_text", "register"]

# How deep each role of the breakdown is indented; a heading goes before the first payer and
# before the first part of the patient's share.
INDENT = {"total": 0, "eligible": 0, "payer": 2, "reimbursed": 2, "personal": 0, "part": 4, "relief": 4, "allowance": 0}
HEADING = {"payer": "ui.payers", "part": "ui.of_which"}


def register(sub) -> None:
    est = sub.add_parser("estimate", help="estimate one case file / 估算一个案例文件",
                         description="Estimate what each payer covers for one case file.")
    est.add_argument("case", type=Path, metavar="CASE.toml",
                     help="a TOML file with a [case] table (the format of tests/data/golden/) / 案例文件")
    est.add_argument("--json", action="store_true", help="print one JSON object / 输出 JSON")
    add_policies_option(est)
    add_lang_option(est)
    est.add_argument("--keys", action="store_true", help="show each parameter's dotted key too")
    est.set_defaults(run=_estimate)


def _estimate(args) -> int:
    case = read_case_file(args.case)
    result = estimate(case, registry(args.policies))
    print_result(args.json, lambda: estimate_json(result, args.lang),
                 lambda: estimate_text(result, args.lang, keys=args.keys))
    return 0


def display_width(text: str) -> int:
    """Columns a text takes in a terminal: CJK characters count double."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def row_line(name: str, amount: Decimal, indent: int = 2, width: int = 48) -> str:
    """A label and an amount, the amounts right-aligned in one column."""
    pad = width - indent - display_width(name)
    return " " * indent + name + " " * max(pad, 1) + f"{signed_yuan(amount):>14}"


def breakdown_lines(rows: list[Row], lang: str, gaps: bool = True) -> list[str]:
    """The breakdown as text: the payers under 各方支付, the parts of the patient's share under 其中
    (`gaps`: a blank line before the payers and before the allowance)."""
    lines: list[str] = []
    headed: set[str] = set()
    for row in rows:
        heading = HEADING.get(row.role)
        if heading and heading not in headed:
            headed.add(heading)
            if row.role == "payer" and gaps:
                lines.append("")
            lines.append(" " * (INDENT[row.role] - 2) + say(heading, lang))
        if row.role == "allowance" and gaps:
            lines.append("")
        lines.append(row_line(row.label, row.amount, INDENT[row.role]))
    return lines


def estimate_text(result: Estimate, lang: str = "zh", keys: bool = False) -> str:
    """The readable breakdown: parameters in words; their dotted keys only with `keys`."""
    case = result.case
    lines = [
        policy_line(result.policy, lang),
        say("ui.case_line", lang, scheme=label("scheme_short", case.scheme, lang),
            category=label("category", case.category, lang),
            level=label("level", case.level, lang) if case.level else "-",
            location=label("location", case.location, lang)),
        "",
        *breakdown_lines(breakdown(result, lang), lang),
    ]
    known = known_line(result, lang)
    if known:
        lines += ["", known]
    lines += ["", say("ui.steps", lang)]
    for step in step_views(result, lang):
        lines.append(f"  {step.number}. {step.sentence}")
        if step.formula:
            lines.append(f"     {step.formula}")
        for param in step.params:
            lines.append(f"     {say('ui.param', lang)}: {param.line}" + (f" [{param.path}]" if keys else ""))
            if not param.assumed:  # an assumed one is listed at the end
                lines.append(f"       {say('ui.source', lang)}: {param.source}")
    warnings = notes(result, lang)
    if warnings:
        lines += ["", say("ui.warnings", lang)]
        lines += [f"  ! {text}" for text in warnings]
    if result.assumed:
        lines += ["", say("ui.assumed", lang)]
        texts = assumed_lines(result, lang)
        if keys:
            texts = [f"{text} [{use.path}]" for text, use in zip(texts, result.assumed)]
        lines += [f"  - {text}" for text in texts]
    lines += ["", render(msg("disclaimer"), lang)]
    return "\n".join(lines)
