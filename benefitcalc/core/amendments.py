"""Amendment files: single values of a region or template changed from a date on (SPEC §4).

An amendment's `[policy]` says `amends = "jinan"` and `valid_from`; the rest of the file is
like a city file: sources and only the changed leaves, with the template's key paths. Here:
which amendments are in force over which days (`own_segments`), how leaves are laid over
each other (`overlay`), and how an amendment file is written (`amendment_text`).

An amendment amends the version of its region in force when it takes effect: a newer full
version (a file with a later `valid_from`) restates every value and so replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .policy_files import KeyPath, PolicyFile

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Segment:
    """Days over which one version of a region and one set of its amendments are in force."""

    start: date
    end: date | None
    base: "PolicyFile"
    amendments: tuple["PolicyFile", ...]


def in_force(pfile: "PolicyFile", day: date) -> bool:
    header = pfile.header
    return header.valid_from <= day and (header.valid_until is None or day <= header.valid_until)


def own_segments(bases: list["PolicyFile"], amendments: list["PolicyFile"]) -> list[Segment]:
    """A region's own chain, day by day: each version, cut wherever an amendment starts or ends.

    `bases` do not overlap; `amendments` are in the order they apply (date, then folder, name).
    """
    out: list[Segment] = []
    for base in sorted(bases, key=lambda f: f.header.valid_from):
        start, end = base.header.valid_from, base.header.valid_until
        relevant = [
            a for a in amendments
            if a.header.valid_from >= start
            and (end is None or a.header.valid_from <= end)
        ]
        cuts = {start}
        for a in relevant:
            cuts.add(a.header.valid_from)
            until = a.header.valid_until
            if until is not None and (end is None or until < end):
                cuts.add(until + ONE_DAY)
        ordered = sorted(cuts)
        for index, first in enumerate(ordered):
            last = ordered[index + 1] - ONE_DAY if index + 1 < len(ordered) else end
            applied = tuple(a for a in relevant if in_force(a, first))
            out.append(Segment(first, last, base, applied))
    return out


def overlay(
    leaves: dict["KeyPath", Any],
    origin: dict["KeyPath", Any],
    top_leaves: dict["KeyPath", Any],
    top_origin: dict["KeyPath", Any],
) -> tuple[dict["KeyPath", Any], dict["KeyPath", Any]]:
    """`top`'s leaves laid over the others'. A top leaf replaces whatever lies under it (a whole
    table or list) and whatever it lies under (a value `"inpatient"` where a table now goes)."""
    leaves, origin = dict(leaves), dict(origin)
    for key in top_leaves:
        n = len(key)
        for table in (leaves, origin):
            clash = [k for k in table if (k[:n] == key and len(k) >= n) or (len(k) < n and key[: len(k)] == k)]
            for k in clash:
                del table[k]
    leaves.update(top_leaves)
    origin.update(top_origin)
    return leaves, origin


def amendment_text(
    amends: str,
    valid_from: date,
    sources: dict[str, dict[str, Any]],
    values: dict[str, tuple[Any, str]],
    *,
    valid_until: date | None = None,
    title: str | None = None,
    note: str | None = None,
    reviewed: date | None = None,
) -> str:
    """The TOML text of an amendment: `values` maps a dotted key to (value, source id).

    Values are written as TOML numbers (exact decimals), text, booleans or lists; the caller
    validates the result with `policy_install.check_files` before installing it.
    """
    import tomli_w

    header: dict[str, Any] = {"amends": amends, "valid_from": valid_from}
    for name, value in (("valid_until", valid_until), ("title", title), ("note", note), ("reviewed", reviewed)):
        if value is not None:
            header[name] = value
    document: dict[str, Any] = {"policy": header, "sources": {sid: _plain(s) for sid, s in sources.items()}}
    by_table: dict[tuple[str, ...], dict[str, tuple[Any, str]]] = {}
    for dotted, (value, source_id) in sorted(values.items()):
        parts = tuple(dotted.split("."))
        by_table.setdefault(parts[:-1], {})[parts[-1]] = (value, source_id)
    for path, leaves in by_table.items():
        table = document
        for part in path:
            table = table.setdefault(part, {})
        ids = {sid for _, sid in leaves.values()}
        if len(ids) == 1:
            table["source"] = ids.pop()
        else:
            table["sources"] = {name: sid for name, (_, sid) in leaves.items()}
        for name, (value, _) in leaves.items():
            table[name] = _plain(value)
    return tomli_w.dumps(document)


def _plain(value: Any) -> Any:
    """Decimals stay exact (tomli-w writes them as TOML numbers); tables and lists recursively."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal) and value == value.to_integral_value() and value.as_tuple().exponent >= 0:
        return int(value)  # 650000, not 650000.0
    return value
