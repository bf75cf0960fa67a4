"""The amendment file a slip fit makes (the policy-data contract, SPEC §4): only the fitted leaves.

`[policy]` says which region it amends and that it is valid from the earliest fitted slip's
date; one `[sources.fit_YYYY]` entry of kind `slips` records how many slips were fitted, their
date range and the largest residual; each fitted block names that source. Only exact fits are
written, and both of a fit's leaves are written even when one equals the value in force: its
source changes from what it was (often `assumed`) to the slips that confirm it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from .amendments import amendment_text
from .calibrate import Calibration
from .messages import Msg, msg, render
from .money import FEN


class AmendmentError(Exception):
    def __init__(self, message: Msg):
        super().__init__(message.id)
        self.message = message


@dataclass(frozen=True)
class Amendment:
    """What `core.amendments.amendment_text` writes: values maps a dotted key to (value, source)."""

    amends: str
    valid_from: date
    sources: dict[str, dict[str, Any]]
    values: dict[str, tuple[Decimal, str]]
    title: str


def amendment_data(calibration: Calibration, lang: str = "zh") -> Amendment:
    """The fit as an amendment; `AmendmentError` if there is no single region and version to amend."""
    groups = calibration.exact
    if not groups:
        raise AmendmentError(msg("error.fit.nothing_exact"))
    regions = sorted({g.region for g in groups})
    if len(regions) > 1:
        raise AmendmentError(msg("error.fit.several_regions", regions=", ".join(regions)))
    versions = sorted({g.policy.valid_from for g in groups})
    if len(versions) > 1:
        raise AmendmentError(msg("error.fit.several_versions", versions=", ".join(v.isoformat() for v in versions)))
    slips = [s for g in groups for s in g.fitted_slips]
    first = min(s.case.date for s in slips)
    last = max(s.case.date for s in slips)
    largest = max(g.largest_residual for g in groups)
    source_id = f"fit_{first.year}"
    source = {
        "kind": "slips",
        "slips": len(slips),
        "first_date": first,
        "last_date": last,
        "largest_residual": format(largest.quantize(FEN), "f"),
        "note": render(msg("fit.source_note", count=len(slips)), "zh"),
        "note_en": render(msg("fit.source_note", count=len(slips)), "en"),
    }
    values: dict[str, tuple[Decimal, str]] = {}
    for group in groups:
        values[group.deductible_path] = (_plain(group.deductible), source_id)
        values[group.rate_path] = (_plain(group.rate), source_id)
    title = render(msg("fit.amendment_title", first=first.isoformat(), last=last.isoformat()), lang)
    return Amendment(regions[0], first, {source_id: source}, values, title)


def amendment_toml(calibration: Calibration, lang: str = "zh") -> str:
    """The amendment's text, written by the registry's own writer (core.amendments)."""
    a = amendment_data(calibration, lang)
    return amendment_text(a.amends, a.valid_from, a.sources, a.values, title=a.title)


def _plain(value: Decimal) -> Decimal:
    """As a person writes it: 800, not 8E+2 or 800.00; 0.62, not 0.620."""
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()
