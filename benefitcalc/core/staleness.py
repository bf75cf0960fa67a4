"""Notices about the policy data behind an estimate: files not reviewed for a year, and a
newer version left out because its dates overlap an older one's.

Each policy file says in `[policy] reviewed = DATE` when it was last checked against its
sources. An estimate for a day more than a year after the newest review of the files it used
warns that the rules may have changed since; `policies check` lists files whose review is more
than a year old today (or that do not say).
"""

from __future__ import annotations

from datetime import date

from .messages import Msg, msg
from .policy_files import PolicyFile
from .registry import EffectivePolicy, PolicyRegistry


def a_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def stale_files(files: list[PolicyFile], today: date) -> list[PolicyFile]:
    """Files not reviewed within the year before `today`, or that do not say when they were."""
    return [f for f in files if f.header.reviewed is None or today > a_year_after(f.header.reviewed)]


def estimate_notices(registry: PolicyRegistry, policy: EffectivePolicy, day: date) -> list[Msg]:
    """What an estimate on `day` with `policy` should say about the data it used."""
    notices: list[Msg] = []
    reviews = [f.header.reviewed for f in policy.files if f.header.reviewed is not None]
    if reviews and day > a_year_after(max(reviews)):
        notices.append(msg("warn.stale", reviewed=max(reviews).isoformat(), date=day.isoformat()))
    # A stand-in registry holding one policy (calibrate, reconcile) has no regions to look in.
    entry = getattr(registry, "regions", {}).get(policy.region)
    for left_out, kept in entry.overlaps if entry is not None else ():
        header = left_out.header
        if header.valid_from <= day and (header.valid_until is None or day <= header.valid_until):
            notices.append(msg("warn.overlap", left_out=left_out.display, used=kept.display))
    return notices
