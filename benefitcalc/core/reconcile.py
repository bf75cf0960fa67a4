"""Reconcile a settlement slip with the estimate: each payer side by side, and where they part.

The estimate is made without the slip's figures (`known` cleared), so every payer is the
policy's own figure. To find where the estimate departs, the layers are taken in order: if the
basic fund differs, the departure is in the basic fund; otherwise the later layers are compared
with an estimate that starts from the slip's basic-fund figure (SPEC §3.6), so a difference in
one layer is not blamed on the layers after it. The step named is the first step of the departing
layer that uses a policy parameter: that parameter is the one to check (or to fit with
`calibrate`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .case import Case, CaseError, Known
from .engine import estimate
from .estimate import Estimate, ParamUse, Step
from .registry import PolicyRegistry
from .rows import SLIP_PAYERS, RowError, Slip, row_error, row_to_case, row_to_slip
from .money import ZERO


@dataclass(frozen=True)
class PayerLine:
    payer: str
    estimated: Decimal
    slip: Decimal

    @property
    def difference(self) -> Decimal:
        """What the slip says minus what the estimate says (positive: the slip paid more)."""
        return self.slip - self.estimated


@dataclass
class Departure:
    """The first layer whose figure departs from the slip, and its first step with a parameter."""

    payer: str
    step_number: int  # 1-based, in the estimate whose steps are shown
    step: Step
    estimate: Estimate

    @property
    def other_params(self) -> list[ParamUse]:
        """The layer's other parameters (the rate, a cap): one slip cannot tell which is off."""
        seen = {u.path for u in self.step.params}
        out = []
        for step in self.estimate.steps:
            if step.layer == self.payer:
                for use in step.params:
                    if use.path not in seen:
                        seen.add(use.path)
                        out.append(use)
        return out


@dataclass
class Reconciliation:
    case: Case
    slip: Slip
    estimate: Estimate
    lines: list[PayerLine] = field(default_factory=list)
    departure: Departure | None = None

    @property
    def matches(self) -> bool:
        return all(line.difference == ZERO for line in self.lines)


def payer_figure(result: Estimate, payer: str) -> Decimal:
    return result.personal if payer == "personal" else result.payers[payer]


def reconcile_case(case: Case, slip: Slip, policies: PolicyRegistry) -> Reconciliation:
    plain = estimate(case.model_copy(update={"known": Known()}), policies)
    given = slip.given()
    lines = [PayerLine(p, payer_figure(plain, p), given[p]) for p in SLIP_PAYERS if p in given]
    result = Reconciliation(case, slip, plain, lines)
    differing = [line.payer for line in lines if line.difference != ZERO]
    if not differing:
        return result
    if "basic_fund" in differing:
        result.departure = _departure("basic_fund", plain)
        return result
    anchored = plain
    if slip.basic_fund is not None:
        anchored = estimate(case.model_copy(update={"known": Known(basic_fund=slip.basic_fund)}), policies)
    for payer in SLIP_PAYERS[1:]:
        if payer in given and payer_figure(anchored, payer) != given[payer]:
            result.departure = _departure(payer, anchored)
            return result
    result.departure = _departure(differing[0], plain)
    return result


def reconcile_row(row: dict[str, Any], policies: PolicyRegistry) -> Reconciliation:
    """A slip row (case columns + `slip.*`); bad cells raise `RowError` naming the column."""
    return reconcile_case(row_to_case(row), row_to_slip(row), policies)


def _departure(payer: str, result: Estimate) -> Departure:
    layer = [(n, s) for n, s in enumerate(result.steps, 1) if s.layer == payer]
    with_params = [(n, s) for n, s in layer if s.params]
    number, step = (with_params or layer or [(len(result.steps), result.steps[-1])])[0]
    return Departure(payer, number, step, result)


def reconcile_rows(
    rows: list[dict[str, Any]], numbers: list[int], policies: PolicyRegistry
) -> list[tuple[int, Reconciliation | RowError]]:
    """Every slip row reconciled, in order; a bad row gives its `RowError` in its place."""
    out: list[tuple[int, Reconciliation | RowError]] = []
    for row, number in zip(rows, numbers):
        try:
            out.append((number, reconcile_row(row, policies)))
        except RowError as exc:
            out.append((number, exc))
        except CaseError as exc:  # the engine's own checks: a region or date no policy covers
            out.append((number, row_error(exc)))
    return out
