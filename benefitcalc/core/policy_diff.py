"""What differs between two policies in force: every leaf whose value or source changed.

Used by `policies diff` (two dates, or another folder), by `policies import` and the window's
import dialog (what a file would change, before it is installed). Labels are the dotted keys
until the plain-word labels live in the core.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .messages import Msg, label, msg, render
from .money import fmt_plain
from .registry import EffectivePolicy, Provenance


@dataclass(frozen=True)
class LeafChange:
    key: str
    old: Any  # None: the leaf is not in the old policy
    new: Any  # None: the leaf is not in the new policy
    old_source: Provenance | None
    new_source: Provenance | None


def diff_policies(old: EffectivePolicy | None, new: EffectivePolicy | None) -> list[LeafChange]:
    """Every leaf whose value or source differs, sorted by key. A side may be None (no policy)."""
    old_leaves = old.leaves if old is not None else {}
    new_leaves = new.leaves if new is not None else {}
    changes: list[LeafChange] = []
    for key in sorted(set(old_leaves) | set(new_leaves)):
        dotted = ".".join(key)
        before, after = old_leaves.get(key), new_leaves.get(key)
        was = old.provenance(dotted) if key in old_leaves else None
        now = new.provenance(dotted) if key in new_leaves else None
        same_value = key in old_leaves and key in new_leaves and _same(before, after)
        same_source = was is not None and now is not None and was.source == now.source
        if not (same_value and same_source):
            changes.append(LeafChange(dotted, before, after, was, now))
    return changes


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        try:
            return Decimal(a) == Decimal(b) and type(a) is not bool and type(b) is not bool
        except (TypeError, ArithmeticError, ValueError):
            return False
    return a == b


def leaf_text(value: Any) -> str:
    """A parameter's value as written: 0.62, 650000, none, [1, 0.5]."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (Decimal, int)):
        return fmt_plain(Decimal(value))
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(leaf_text(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {leaf_text(v)}" for k, v in value.items()) + "}"
    return str(value)


def source_text(prov: Provenance | None, lang: str = "zh") -> str:
    """Where a value comes from, as a person looks it up: kind, title, issuer, number, date, quote."""
    if prov is None:
        return render(msg("diff.absent"), lang)
    source = prov.source
    parts = [f"[{label('source_kind', source.kind, lang)}]"]
    if source.title:
        parts.append(f"《{source.title}》" if lang == "zh" else f"“{source.title}”")
    parts.extend(p for p in (source.issuer, source.number, source.date) if p)
    if source.kind == "slips" and source.slips:
        parts.append(render(msg("diff.slips", slips=source.slips, first=str(source.first_date), last=str(source.last_date)), lang))
    if source.quote:
        parts.append(f"「{source.quote}」")
    if source.kind == "assumed" or (not source.title and not source.quote):
        note = source.note_in(lang)
        if note:
            parts.append(note)
    return " ".join(parts) + f" ({prov.file})"


def diff_lines(changes: list[LeafChange], lang: str = "zh") -> list[str]:
    """Each change as three lines: `key: old → new`, then the old and the new source."""
    absent = render(msg("diff.absent"), lang)
    lines: list[str] = []
    for change in changes:
        old = absent if change.old_source is None else leaf_text(change.old)
        new = absent if change.new_source is None else leaf_text(change.new)
        lines.append(render(msg("diff.line", key=change.key, old=old, new=new), lang))
        lines.append(render(msg("diff.old_source", source=source_text(change.old_source, lang)), lang))
        lines.append(render(msg("diff.new_source", source=source_text(change.new_source, lang)), lang))
    return lines


def diff_title(region_name: str, region: str, old: str, new: str, count: int) -> Msg:
    return msg("diff.title", name=region_name, region=region, old=old, new=new, count=count)
