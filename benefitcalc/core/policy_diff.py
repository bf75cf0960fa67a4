"""What differs between two policies in force: every leaf whose value or source changed.

Used by `policies diff` (two dates, or another folder), by `policies import` and the window's
import dialog (what a file would change, before it is installed). Each leaf is said in plain words
(`param_labels`); the dotted keys and file names only when asked for (`keys=True`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .messages import Msg, msg, render
from .param_labels import param_label, param_value, source_text
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


def diff_lines(changes: list[LeafChange], lang: str = "zh", keys: bool = False) -> list[str]:
    """Each change as three lines: `label: old → new`, then the old and the new source."""
    absent = render(msg("diff.absent"), lang)
    lines: list[str] = []
    for change in changes:
        old = absent if change.old_source is None else param_value(change.key, change.old, lang)
        new = absent if change.new_source is None else param_value(change.key, change.new, lang)
        name = param_label(change.key, lang) + (f" [{change.key}]" if keys else "")
        lines.append(render(msg("diff.line", key=name, old=old, new=new), lang))
        lines.append(render(msg("diff.old_source", source=_source(change.old_source, lang, keys)), lang))
        lines.append(render(msg("diff.new_source", source=_source(change.new_source, lang, keys)), lang))
    return lines


def _source(prov: Provenance | None, lang: str, keys: bool) -> str:
    if prov is None:
        return render(msg("diff.absent"), lang)
    text = source_text(prov.source, lang)
    return f"{text} ({prov.file})" if keys else text


def diff_title(region_name: str, region: str, old: str, new: str, count: int) -> Msg:
    return msg("diff.title", name=region_name, region=region, old=old, new=new, count=count)
