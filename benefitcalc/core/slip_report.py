"""Reconcile and calibrate results as readable lines and as JSON, the same for the CLI and window.

Money is shown with thousands separators in text and as plain decimal strings in JSON; every
sentence comes from the message catalog.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .calibrate import Calibration, GroupFit
from .estimate import ParamUse
from .messages import label, msg, render
from .money import fmt_plain, fmt_yuan
from .param_labels import param_label, param_value, use_line
from .reconcile import Reconciliation
from .rows import RowError


def _payer_word(payer: str, lang: str) -> str:
    return render(msg("ui.personal"), lang) if payer == "personal" else label("payer", payer, lang)


def _value(value: Any) -> str:
    if isinstance(value, Decimal):
        return fmt_plain(value)
    return "-" if value is None else str(value)


def _money(amount: Decimal | None) -> str | None:
    return None if amount is None else format(amount, "f")


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _cells(cells: list[str], widths: list[int]) -> str:
    first = cells[0] + " " * max(widths[0] - _width(cells[0]), 1)
    return "  " + first + "".join(" " * max(w - _width(c), 1) + c for c, w in zip(cells[1:], widths[1:]))


def _param_text(use: ParamUse, lang: str) -> str:
    """In plain words with its status, as the estimate shows it (dotted keys are in the JSON)."""
    return use_line(use, lang)


def _param_json(use: ParamUse) -> dict[str, Any]:
    return {"path": use.path, "value": _value(use.value), "source": use.provenance.source_id,
            "kind": use.provenance.source.kind, "verified": use.verified}


def _header(rec: Reconciliation, number: int, lang: str) -> str:
    case = rec.case
    policy = rec.estimate.policy
    return render(
        msg(
            "ui.slip.header",
            row=number,
            name=policy.name if lang == "zh" else policy.name_en,
            scheme=label("scheme_short", case.scheme, lang),
            category=label("category", case.category, lang),
            level=label("level", case.level, lang) if case.level else "-",
            date=case.date.isoformat(),
        ),
        lang,
    )


def reconcile_lines(results: list[tuple[int, Reconciliation | RowError]], lang: str = "zh") -> list[str]:
    t = lambda id, **kw: render(msg(id, **kw), lang)  # noqa: E731
    lines: list[str] = []
    widths = [18, 14, 14, 12]
    for number, rec in results:
        if isinstance(rec, RowError):
            lines += [t("error.row", row=number, what=rec.message), ""]
            continue
        lines.append(_header(rec, number, lang))
        heads = [t(f"ui.slip.col.{c}") for c in ("payer", "estimated", "slip", "difference")]
        lines.append(_cells(heads, widths))
        for line in rec.lines:
            diff = line.difference
            lines.append(_cells(
                [_payer_word(line.payer, lang), fmt_yuan(line.estimated), fmt_yuan(line.slip), ("+" if diff > 0 else "") + fmt_yuan(diff)],
                widths,
            ))
        if rec.departure is None:
            lines.append("  " + t("ui.slip.matches"))
        else:
            dep = rec.departure
            lines.append("  " + t("ui.slip.departs", number=dep.step_number, payer=_payer_word(dep.payer, lang), text=dep.step.text))
            if dep.step.formula:
                lines.append(f"     {dep.step.formula}")
            lines += [f"     {_param_text(u, lang)}" for u in dep.step.params]
            if dep.other_params:
                lines.append("     " + t("ui.slip.other_params"))
                lines += [f"       {_param_text(u, lang)}" for u in dep.other_params]
        lines.append("")
    recs = [r for _, r in results if not isinstance(r, RowError)]
    matching = sum(1 for r in recs if r.matches)
    lines.append(t("ui.slip.summary", count=len(results), matching=matching, differing=len(recs) - matching, errors=len(results) - len(recs)))
    return lines


def reconcile_json(results: list[tuple[int, Reconciliation | RowError]], lang: str = "zh") -> list[dict[str, Any]]:
    out = []
    for number, rec in results:
        if isinstance(rec, RowError):
            out.append({"row": number, "error": render(rec.message, lang), "column": rec.column})
            continue
        dep = rec.departure
        out.append({
            "row": number,
            "region": rec.case.region,
            "date": rec.case.date.isoformat(),
            "policy_valid_from": rec.estimate.policy.valid_from.isoformat(),
            "matches": rec.matches,
            "payers": [
                {"payer": line.payer, "estimated": _money(line.estimated), "slip": _money(line.slip), "difference": _money(line.difference)}
                for line in rec.lines
            ],
            "departure": None if dep is None else {
                "payer": dep.payer,
                "step": dep.step_number,
                "text": render(dep.step.text, lang),
                "formula": dep.step.formula,
                "params": [_param_json(u) for u in dep.step.params],
                "other_params": [_param_json(u) for u in dep.other_params],
            },
        })
    return out


def _group_line(group: GroupFit, lang: str) -> str:
    policy = group.policy
    return render(
        msg(
            "ui.fit.group",
            name=policy.name if lang == "zh" else policy.name_en,
            scheme=label("scheme_short", group.scheme, lang),
            category=label("category", group.category, lang),
            level=label("level", group.level, lang) if group.level else "-",
            version=policy.valid_from.isoformat(),
            status=msg(f"fit.status.{group.status}"),
        ),
        lang,
    )


def calibration_lines(cal: Calibration, lang: str = "zh") -> list[str]:
    t = lambda id, **kw: render(msg(id, **kw), lang)  # noqa: E731
    lines: list[str] = []
    for group in cal.groups:
        lines.append(_group_line(group, lang))
        if group.status in ("exact", "approximate"):
            for path, fitted, in_force in (
                (group.deductible_path, group.deductible, group.in_force_deductible),
                (group.rate_path, group.rate, group.in_force_rate),
            ):
                lines.append("  " + t(
                    "ui.fit.param", what=param_label(path, lang, group.policy),
                    fitted=param_value(path, fitted, lang), in_force=param_value(path, in_force, lang),
                ))
        for s in group.slips:
            if s.fitted is None:
                continue
            line = "  " + t("ui.fit.slip", row=s.number, date=s.case.date.isoformat(), slip=fmt_yuan(s.slip), fitted=fmt_yuan(s.fitted), fen=s.residual_fen)
            if s.outlier:
                line += ("；" if lang == "zh" else "; ") + t(f"fit.outlier.{s.outlier}")
            lines.append(line)
        lines.append("")
    for number, error in cal.errors:
        lines.append(t("error.row", row=number, what=error.message))
    return lines


def calibration_json(cal: Calibration, lang: str = "zh") -> dict[str, Any]:
    groups = []
    for g in cal.groups:
        groups.append({
            "region": g.region,
            "scheme": g.scheme,
            "category": g.category,
            "level": g.level,
            "policy_valid_from": g.policy.valid_from.isoformat(),
            "status": g.status,
            "exact": g.status == "exact",
            "deductible": {"path": g.deductible_path, "fitted": _money(g.deductible), "in_force": _value(g.in_force_deductible)},
            "rate": {"path": g.rate_path, "fitted": _money(g.rate), "in_force": _value(g.in_force_rate)},
            "largest_residual": _money(g.largest_residual) if g.status in ("exact", "approximate") else None,
            "slips": [
                {"row": s.number, "date": s.case.date.isoformat(), "slip": _money(s.slip), "fitted": _money(s.fitted), "residual_fen": s.residual_fen, "outlier": s.outlier or None}
                for s in g.slips
            ],
        })
    return {"groups": groups, "errors": [{"row": n, "error": render(e.message, lang), "column": e.column} for n, e in cal.errors]}
