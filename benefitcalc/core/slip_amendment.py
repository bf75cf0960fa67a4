"""The amendment file a slip fit makes (the policy-data contract, SPEC §4): only the fitted leaves.

`[policy]` says which region it amends and that it is valid from the earliest fitted slip's
date; one `[sources.fit_YYYY]` entry of kind `slips` records how many slips were fitted, their
date range and the largest residual; each fitted block names that source. Only exact fits are
written, and both of a fit's leaves are written even when one equals the value in force: its
source changes from what it was (often `assumed`) to the slips that confirm it.
"""

from __future__ import annotations

from typing import Any

import tomli_w

from .calibrate import Calibration
from .messages import Msg, msg, render
from .money import FEN


class AmendmentError(Exception):
    def __init__(self, message: Msg):
        super().__init__(message.id)
        self.message = message


def amendment_data(calibration: Calibration, lang: str = "zh") -> dict[str, Any]:
    """The amendment as a TOML table; `AmendmentError` if there is no single region to amend."""
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
    data: dict[str, Any] = {
        "policy": {
            "amends": regions[0],
            "valid_from": first,
            "title": render(msg("fit.amendment_title", first=first.isoformat(), last=last.isoformat()), lang),
        },
        "sources": {
            source_id: {
                "kind": "slips",
                "slips": len(slips),
                "first_date": first,
                "last_date": last,
                "largest_residual": format(largest.quantize(FEN), "f"),
                "note": render(msg("fit.source_note", count=len(slips)), "zh"),
                "note_en": render(msg("fit.source_note", count=len(slips)), "en"),
            }
        },
    }
    for group in sorted(groups, key=lambda g: (g.scheme, g.category, g.level or "")):
        _leaf(data, group.deductible_path, group.deductible, source_id)
        _leaf(data, group.rate_path, group.rate, source_id)
    return data


def amendment_toml(calibration: Calibration, lang: str = "zh") -> str:
    return tomli_w.dumps(amendment_data(calibration, lang))


def _leaf(data: dict[str, Any], path: str, value: Any, source_id: str) -> None:
    *tables, key = path.split(".")
    node = data
    for name in tables:
        node = node.setdefault(name, {})
    node.setdefault("source", source_id)
    # As a person writes it: 800, not 8E+2 or 800.00; 0.62, not 0.620.
    node[key] = int(value) if value == value.to_integral_value() else value.normalize()
