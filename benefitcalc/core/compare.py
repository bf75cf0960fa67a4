"""Compare choices: the same case at every combination of level, location and scheme.

"Where should I go?": each combination of the named fields' values is a full estimate of the
case with those values changed, sorted by what the patient pays, with the difference to the
case as entered in plain words (在参保地二级医院住院约少付 3,210 元). A combination that does not
exist (a resident's general outpatient visit at a level-3 hospital) or that the case cannot be
estimated at (an employee birth without the wage) stays in the list, marked, with the reason.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .case import Case, CaseError, Known
from .engine import estimate
from .estimate import Estimate
from .messages import Label, Msg, msg
from .money import fmt_yuan
from .registry import PolicyRegistry
from .vocabulary import LEVELS, LOCATIONS, SCHEMES

VALUES: dict[str, tuple[str, ...]] = {"level": LEVELS, "location": LOCATIONS, "scheme": SCHEMES}
# The basic fund's sentences for a benefit that does not exist at this scheme or level.
NOT_AVAILABLE_STEPS = ("step.basic_fund.not_available", "step.basic_fund.not_covered_level")
FILED = ("national_resident", "national_temporary")


@dataclass(frozen=True)
class Scenario:
    vary: dict[str, str]
    estimate: Estimate | None  # None when the case cannot be estimated this way
    reason: Msg | None  # why the combination does not exist; None when it does
    as_entered: bool
    difference: Decimal | None  # personal − personal as entered; None without an estimate

    @property
    def available(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class Comparison:
    entered: Estimate
    fields: tuple[str, ...]
    scenarios: list[Scenario]  # sorted: available by what the patient pays, then the others
    notes: list[Msg]


def parse_vary(text: str) -> tuple[str, ...]:
    """`level,location[,scheme]` → the fields, in the order given, each once."""
    fields: list[str] = []
    for part in text.split(","):
        name = part.strip()
        if name not in VALUES:
            what = msg("what.choice", got=name, choices=", ".join(VALUES))
            raise CaseError(msg("error.case.field", field="--vary", what=what), "--vary")
        if name not in fields:
            fields.append(name)
    return tuple(fields)


def compare(case: Case, fields: tuple[str, ...], policies: PolicyRegistry) -> Comparison:
    """Every combination of the fields' values, each a full estimate; bad input raises `CaseError`."""
    entered = estimate(case, policies)  # the case as entered must itself be valid
    notes = [msg("compare.known_dropped")] if case.known.basic_fund is not None else []
    scenarios = []
    for values in itertools.product(*(VALUES[f] for f in fields)):
        vary = dict(zip(fields, values))
        as_entered = all(getattr(case, f) == v for f, v in vary.items())
        scenarios.append(_scenario(case, vary, as_entered, entered, policies))
    order = {f: {v: i for i, v in enumerate(VALUES[f])} for f in fields}
    scenarios.sort(key=lambda s: (
        not s.available,
        s.estimate.personal if s.estimate is not None else Decimal(0),
        [order[f][s.vary[f]] for f in fields],
    ))
    return Comparison(entered, fields, scenarios, notes)


def _scenario(case: Case, vary: dict[str, str], as_entered: bool, entered: Estimate, policies) -> Scenario:
    if as_entered:
        est = entered
    else:
        # A settlement slip's figure holds only for the case as entered.
        changed = case.model_copy(update={**vary, "known": Known()})
        try:
            est = estimate(changed, policies)
        except CaseError as exc:
            return Scenario(vary, None, exc.message, False, None)
    reason = next((step.text for step in est.steps if step.text.id in NOT_AVAILABLE_STEPS), None)
    return Scenario(vary, est, reason, as_entered, est.personal - entered.personal)


# ------------------------------------------------------------------------------ plain words

def describe(case: Case, scenario: Scenario, fields: tuple[str, ...]) -> Msg:
    """在参保地二级医院住院 / hospital stay at a level-2 hospital, in the insured area."""
    location = scenario.vary.get("location", case.location)
    level = scenario.vary.get("level", case.level)
    scheme = scenario.vary.get("scheme") if "scheme" in fields else None
    return msg(
        "compare.scenario" if level else "compare.scenario_no_level",
        place=msg(f"compare.place.{location}"),
        level=Label("level", level) if level else "",
        category=Label("category", case.category),
        scheme=msg("compare.scheme", scheme=Label("scheme_short", scheme)) if scheme else "",
    )


def about(amount: Decimal) -> str:
    """A difference as a person says it: whole yuan with separators (3,210); under 1 yuan, to the fen."""
    amount = abs(amount)
    if amount < 1:
        return fmt_yuan(amount)
    return format(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP), ",")


def difference_words(scenario: Scenario) -> Msg:
    """约少付 3,210 元 / 约多付 … / 个人支付相同 / 不适用：…"""
    if scenario.estimate is None or not scenario.available:
        return msg("compare.not_available", reason=scenario.reason)
    if scenario.as_entered:
        return msg("compare.entered")
    diff = scenario.difference
    if diff == 0:
        return msg("compare.same")
    return msg("compare.less" if diff < 0 else "compare.more", amount=about(diff))


def advice(comparison: Comparison) -> list[Msg]:
    """The sentences a clerk would say: the cheapest choice, and what filing out-of-area care saves."""
    case = comparison.entered.case
    out: list[Msg] = []
    best = next((s for s in comparison.scenarios if s.available), None)
    if best is not None and best.difference is not None and best.difference < 0:
        out.append(msg("compare.cheapest", scenario=describe(case, best, comparison.fields),
                       difference=difference_words(best)))
    if "location" in comparison.fields and case.location == "national_unfiled":
        for s in comparison.scenarios:
            others_same = all(s.vary[f] == getattr(case, f) for f in comparison.fields if f != "location")
            if s.available and others_same and s.vary["location"] in FILED and s.difference < 0:
                out.append(msg(f"compare.filing.{s.vary['location']}", amount=about(s.difference)))
    return out
