"""An estimate, a year's totals and its limits as JSON objects (`estimate --json`, `year --json`).

Other programs read this form: its keys and values stay as they are. A parameter's `value`
here is its plain policy value (0.85, [1, 0.5, 0]); its words are `label` and `cited`.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .messages import Msg, msg, render
from .money import fmt_fen, fmt_plain
from .param_labels import param_label, source_text
from .presentation import policy_name
from .vocabulary import PAYERS

if TYPE_CHECKING:  # pragma: no cover
    from .estimate import Estimate, ParamUse
    from .year import Totals, YearResult
    from .year_limits import Limit


def money(amount: Decimal | None) -> str | None:
    return None if amount is None else fmt_fen(amount)


def value_text(value: Any) -> str:
    """A parameter's value as the policy file holds it: 0.85, 1500, [1, 0.5, 0]."""
    if isinstance(value, Decimal):
        return fmt_plain(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(value_text(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {value_text(v)}" for k, v in value.items()) + "}"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def param_json(use: "ParamUse", lang: str, policy=None) -> dict[str, Any]:
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


def figures_json(figures: Any) -> dict[str, Any]:
    """Who pays what, for an `Estimate` or a year's `Totals`."""
    return {
        "total": money(figures.total),
        "eligible": money(figures.eligible),
        "payers": {p: money(figures.payers[p]) for p in PAYERS},
        "reimbursed": money(figures.reimbursed),
        "personal": money(figures.personal),
        "personal_parts": {
            "self_paid": money(figures.self_paid),
            "category_b_first": money(figures.category_b_first),
            "copay": money(figures.copay),
            "backstop_relief": money(figures.payers["backstop"]),
        },
        "allowance": money(figures.allowance),
    }


def estimate_json(result: "Estimate", lang: str = "zh") -> dict[str, Any]:
    policy = result.policy
    return {
        **figures_json(result),
        "known_basic_fund": money(result.known_basic_fund),
        "computed_basic_fund": money(result.computed_basic_fund),
        "steps": [
            {
                "layer": step.layer,
                "text": render(step.text, lang),
                "formula": step.formula,
                "amount": money(step.amount),
                "params": [param_json(u, lang, policy) for u in step.params],
            }
            for step in result.steps
        ],
        "assumed": [param_json(u, lang, policy) for u in result.assumed],
        "unverified": [param_json(u, lang, policy) for u in result.unverified],  # + floor, ceiling, slips
        "warnings": [render(_json_warning(w), lang) for w in result.warnings],
        "policy": {
            "region": policy.region,
            "name": policy_name(policy, lang),
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


def totals_json(totals: "Totals") -> dict[str, Any]:
    return {"visits": totals.visits, **figures_json(totals)}


def limit_json(limit: "Limit", lang: str, policy=None) -> dict[str, Any]:
    return {
        "label": limit.label(lang),
        "limit": money(limit.limit),
        "used": money(limit.used),
        "left": money(limit.left),
        "verified": limit.verified,
        "params": [param_json(use, lang, policy) for use in limit.params],
    }


def year_json(result: "YearResult", lang: str = "zh") -> dict[str, Any]:
    """`{"visits": [<estimate JSON>…], "totals": {…}, "remaining": {…}}` (issue 11's contract)."""
    totals = totals_json(result.totals)
    policy = result.estimates[-1].policy if result.estimates else None
    totals["by_year"] = {str(year): totals_json(t) for year, t in result.by_year.items()}
    return {
        "visits": [estimate_json(est, lang) for est in result.estimates],
        "totals": totals,
        "remaining": {limit.key: limit_json(limit, lang, policy) for limit in result.remaining},
    }
