"""`benefitcalc estimate`: one case file, as readable text or one JSON object."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..core.case import read_case_file
from ..core.engine import estimate
from ..core.estimate import Estimate, ParamUse
from ..core.messages import Msg, label, msg, render
from ..core.money import fmt_fen, fmt_plain, fmt_yuan
from ..core.param_labels import param_label, source_text, use_line
from ..core.vocabulary import PAYERS
from .common import add_lang_option, add_policies_option, registry


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
    if args.json:
        print(json.dumps(estimate_json(result, args.lang), ensure_ascii=False, indent=2))
    else:
        print(estimate_text(result, args.lang, keys=args.keys))
    return 0


def _money(amount: Decimal | None) -> str | None:
    return None if amount is None else fmt_fen(amount)


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


def _param_json(use: ParamUse, lang: str, policy=None) -> dict[str, Any]:
    source = use.provenance.source
    return {
        "path": use.path,
        "label": param_label(use.path, lang, policy),
        "cited": source_text(source, lang),
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
                "params": [_param_json(u, lang, policy) for u in step.params],
            }
            for step in result.steps
        ],
        "assumed": [_param_json(u, lang, policy) for u in result.assumed],
        "unverified": [_param_json(u, lang, policy) for u in result.unverified],  # + floor, ceiling, slips
        "warnings": [render(_json_warning(w), lang) for w in result.warnings],
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


def _json_warning(warning: Msg) -> Msg:
    """JSON has no list "below": the unverified-parameters warning points at the `assumed` key."""
    return msg("warn.assumed_json") if warning.id == "warn.assumed" else warning


def _row(name: str, amount: Decimal, indent: int = 2, width: int = 48) -> str:
    """A label and an amount, the amounts right-aligned in one column (CJK counts double)."""
    pad = width - indent - _display_width(name)
    return " " * indent + name + " " * max(pad, 1) + f"{fmt_yuan(amount):>14}"


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _param_text(use: ParamUse, lang: str, policy, keys: bool) -> str:
    """居民医保 · 住院 · 报销比例 · 三级医院：60%（未核实）, with ` [resident.inpatient.rate.level3]` if asked."""
    return use_line(use, lang, policy) + (f" [{use.path}]" if keys else "")


def estimate_text(result: Estimate, lang: str = "zh", keys: bool = False) -> str:
    """The readable breakdown: parameters in words; their dotted keys only with `keys`."""
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
            lines.append(f"     {t('ui.param')}: {_param_text(use, lang, policy, keys)}")
            if use.provenance.source.kind != "assumed":  # an assumed one is listed at the end
                lines.append(f"       {t('ui.source')}: {source_text(use.provenance.source, lang, status=False)}")
    if result.warnings:
        lines += ["", t("ui.warnings")]
        lines += [f"  ! {render(w, lang)}" for w in result.warnings]
    if result.assumed:
        lines += ["", t("ui.assumed")]
        lines += [f"  - {_param_text(u, lang, policy, keys)}" for u in result.assumed]
    lines += ["", render(msg("disclaimer"), lang)]
    return "\n".join(lines)
