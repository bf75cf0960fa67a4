"""The command-line face of the core: `benefitcalc estimate|policies|gui`.

A thin layer: it reads arguments, calls the core, prints. Bad input exits 1 with one clear
line naming the field; nothing the user types produces a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from .core.case import CaseError, read_case_file
from .core.engine import estimate
from .core.estimate import Estimate, ParamUse
from .core.locations import default_policy_dirs
from .core.messages import label, msg, render
from .core.money import fmt_plain, fmt_yuan
from .core.registry import PolicyLookupError, PolicyRegistry
from .core.vocabulary import PAYERS


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] == "gui":
        from .gui.app import main as gui_main

        return gui_main(argv[1:])
    args = _parser().parse_args(argv)
    _utf8_stdout()
    try:
        return args.run(args)
    except CaseError as exc:
        print(render(exc.message, args.lang), file=sys.stderr)
        return 1
    except BrokenPipeError:  # `benefitcalc ... | head`: stop quietly, even at exit's flush
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # never a traceback for the user
        print(render(msg("ui.internal_error", what=f"{type(exc).__name__}: {exc}"), args.lang), file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="benefitcalc", description="山东医保报销估算 / Shandong medical insurance estimate")
    sub = parser.add_subparsers(required=True, metavar="{estimate,policies,gui}")

    est = sub.add_parser("estimate", help="estimate one case file / 估算一个案例文件")
    est.add_argument("case", type=Path, help="a TOML file with a [case] table")
    est.add_argument("--json", action="store_true", help="print one JSON object")
    est.add_argument("--policies", type=Path, action="append", help="read policies from this folder")
    est.add_argument("--lang", choices=("zh", "en"), default="zh")
    est.set_defaults(run=_estimate)

    pol = sub.add_parser("policies", help="check or show policy files / 检查或查看政策文件")
    pol_sub = pol.add_subparsers(required=True, metavar="{check,show}")
    check = pol_sub.add_parser("check", help="validate every policy file")
    check.add_argument("--dir", type=Path, action="append")
    check.add_argument("--lang", choices=("zh", "en"), default="zh")
    check.set_defaults(run=_check)
    show = pol_sub.add_parser("show", help="the parameters in force for a region")
    show.add_argument("region")
    show.add_argument("--date", type=_date, default=None, help="YYYY-MM-DD (default: today)")
    show.add_argument("--dir", type=Path, action="append")
    show.add_argument("--lang", choices=("zh", "en"), default="zh")
    show.set_defaults(run=_show)

    sub.add_parser("gui", help="open the window (the default)")
    return parser


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _utf8_stdout() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass


def _registry(folders: list[Path] | None) -> PolicyRegistry:
    return PolicyRegistry.load(folders or default_policy_dirs())


# ---------------------------------------------------------------- estimate

def _estimate(args) -> int:
    case = read_case_file(args.case)
    result = estimate(case, _registry(args.policies))
    if args.json:
        print(json.dumps(estimate_json(result, args.lang), ensure_ascii=False, indent=2))
    else:
        print(estimate_text(result, args.lang))
    return 0


def _money(amount: Decimal | None) -> str | None:
    return None if amount is None else format(amount, "f")


def value_text(value: Any) -> str:
    """A parameter's value as a person reads it: 0.85, 1500, [1, 0.5, 0]."""
    if isinstance(value, Decimal):
        return fmt_plain(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(value_text(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {value_text(v)}" for k, v in value.items()) + "}"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _param_json(use: ParamUse, lang: str) -> dict[str, Any]:
    source = use.provenance.source
    return {
        "path": use.path,
        "value": value_text(use.value),
        "source": use.provenance.source_id,
        "kind": source.kind,
        "verified": use.verified,
        "document": source.document,
        "quote": source.quote,
        "note": source.note_in(lang),
        "file": use.provenance.file,
    }


def estimate_json(result: Estimate, lang: str = "zh") -> dict[str, Any]:
    policy = result.policy
    return {
        "total": _money(result.total),
        "eligible": _money(result.eligible),
        "payers": {p: _money(result.payers[p]) for p in PAYERS},
        "reimbursed": _money(result.reimbursed),
        "personal": _money(result.personal),
        "personal_parts": {
            "self_paid": _money(result.self_paid),
            "category_b_first": _money(result.category_b_first),
            "copay": _money(result.copay),
            "backstop_relief": _money(result.payers["backstop"]),
        },
        "allowance": _money(result.allowance),
        "known_basic_fund": _money(result.known_basic_fund),
        "computed_basic_fund": _money(result.computed_basic_fund),
        "steps": [
            {
                "layer": step.layer,
                "text": render(step.text, lang),
                "formula": step.formula,
                "amount": _money(step.amount),
                "params": [_param_json(u, lang) for u in step.params],
            }
            for step in result.steps
        ],
        "assumed": [_param_json(u, lang) for u in result.assumed],
        "warnings": [render(w, lang) for w in result.warnings],
        "policy": {
            "region": policy.region,
            "name": policy.name if lang == "zh" else policy.name_en,
            "valid_from": policy.valid_from.isoformat(),
            "valid_until": policy.valid_until.isoformat() if policy.valid_until else None,
            "files": [f.display for f in policy.files],
        },
        "year_to_date_after": json.loads(result.year_to_date_after.model_dump_json()),
        "disclaimer": render(msg("disclaimer"), lang),
    }


def _row(name: str, amount: Decimal, indent: int = 2, width: int = 48) -> str:
    """A label and an amount, the amounts right-aligned in one column (CJK counts double)."""
    pad = width - indent - _display_width(name)
    return " " * indent + name + " " * max(pad, 1) + f"{fmt_yuan(amount):>14}"


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def estimate_text(result: Estimate, lang: str = "zh") -> str:
    t = lambda id, **kw: render(msg(id, **kw), lang)  # noqa: E731
    case = result.case
    policy = result.policy
    lines = [
        t("ui.policy_version", name=policy.name if lang == "zh" else policy.name_en,
          valid_from=policy.valid_from.isoformat(), files=", ".join(f.display for f in policy.files)),
        t(
            "ui.case_line",
            scheme=label("scheme_short", case.scheme, lang),
            category=label("category", case.category, lang),
            level=label("level", case.level, lang) if case.level else "-",
            location=label("location", case.location, lang),
        ),
        "",
        _row(t("ui.total"), result.total, 0),
        _row(t("ui.eligible"), result.eligible, 0),
        "",
        t("ui.payers"),
    ]
    for payer in PAYERS:
        if result.payers[payer] or payer == "basic_fund":
            lines.append(_row(label("payer", payer, lang), result.payers[payer]))
    lines.append(_row(t("ui.reimbursed"), result.reimbursed))
    lines.append(_row(t("ui.personal"), result.personal, 0))
    lines.append("  " + t("ui.of_which"))
    for part, amount in (("self_paid", result.self_paid), ("category_b_first", result.category_b_first), ("copay", result.copay)):
        lines.append(_row(label("personal_part", part, lang), amount, 4))
    if result.payers["backstop"]:
        lines.append(_row(t("ui.backstop_relief"), -result.payers["backstop"], 4))
    if result.allowance:
        lines += ["", _row(t("ui.allowance"), result.allowance, 0)]
    if result.known_basic_fund is not None and result.computed_basic_fund is not None:
        lines += ["", t("ui.known", known=fmt_yuan(result.known_basic_fund), computed=fmt_yuan(result.computed_basic_fund))]
    lines += ["", t("ui.steps")]
    for number, step in enumerate(result.steps, 1):
        lines.append(f"  {number}. {render(step.text, lang)}")
        if step.formula:
            lines.append(f"     {step.formula}")
        for use in step.params:
            mark = "" if use.verified else f"（{t('ui.unverified')}）" if lang == "zh" else f" ({t('ui.unverified')})"
            lines.append(f"     {t('ui.param')}: {use.path} = {value_text(use.value)}{mark}")
    if result.warnings:
        lines += ["", t("ui.warnings")]
        lines += [f"  ! {render(w, lang)}" for w in result.warnings]
    if result.assumed:
        lines += ["", t("ui.assumed")]
        lines += [f"  - {u.path} = {value_text(u.value)}" for u in result.assumed]
    lines += ["", render(msg("disclaimer"), lang)]
    return "\n".join(lines)


# ---------------------------------------------------------------- policies

def _check(args) -> int:
    registry = _registry(args.dir)
    if not registry.problems:
        print(render(msg("ui.policy_file_ok", count=len(registry.files)), args.lang))
        return 0
    print(render(msg("ui.policy_problems", count=len(registry.problems)), args.lang))
    for problem in registry.problems:
        print(problem.render(args.lang))
    return 1


def _show(args) -> int:
    registry = _registry(args.dir)
    day = args.date or date.today()
    try:
        policy = registry.policy_for(args.region, day)
    except PolicyLookupError as exc:
        print(render(exc.message, args.lang), file=sys.stderr)
        return 1
    print(render(msg(
        "ui.show_header",
        name=policy.name if args.lang == "zh" else policy.name_en,
        region=policy.region,
        valid_from=policy.valid_from.isoformat(),
        valid_until=policy.valid_until.isoformat() if policy.valid_until else "",
    ), args.lang))
    for key, value, prov in policy.all_provenance():
        source = prov.source
        status = label("source_kind", source.kind, args.lang)
        where = source.document or ""
        if source.quote:
            where += f"「{source.quote}」"
        if source.kind == "assumed":
            where = source.note_in(args.lang) or ""
        print(f"  {key} = {value_text(value)}  [{status}] {where}  ({prov.file})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
