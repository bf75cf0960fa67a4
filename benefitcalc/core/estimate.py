"""The result of an estimate: who pays what, the patient's share, and every step that explains it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .case import Case, YearToDate
from .messages import Msg
from .registry import EffectivePolicy, Provenance
from .vocabulary import PAYERS


@dataclass(frozen=True)
class ParamUse:
    """A policy value the calculation used, with where it comes from."""

    path: str
    value: Any
    provenance: Provenance

    @property
    def verified(self) -> bool:
        return self.provenance.source.verified


@dataclass
class Step:
    """One line of the explanation: a sentence, the formula with its numbers, the parameters."""

    layer: str
    text: Msg
    formula_source: Any = ""  # a str, or a lazily formatted formula (rules.context.F)
    params: list[ParamUse] = field(default_factory=list)
    amount: Decimal | None = None

    @property
    def formula(self) -> str:
        return str(self.formula_source)


@dataclass
class Estimate:
    case: Case
    policy: EffectivePolicy
    eligible: Decimal
    payers: dict[str, Decimal]
    copay: Decimal
    allowance: Decimal
    steps: list[Step]
    warnings: list[Msg]
    year_to_date_after: YearToDate
    known_basic_fund: Decimal | None = None
    computed_basic_fund: Decimal | None = None

    @property
    def total(self) -> Decimal:
        return self.case.costs.total

    @property
    def self_paid(self) -> Decimal:
        return self.case.costs.self_paid

    @property
    def category_b_first(self) -> Decimal:
        return self.case.costs.category_b_first

    @property
    def reimbursed(self) -> Decimal:
        return sum((self.payers[p] for p in PAYERS), Decimal(0))

    @property
    def personal(self) -> Decimal:
        return self.total - self.reimbursed

    def _used(self, keep) -> list[ParamUse]:
        seen: dict[str, ParamUse] = {}
        for step in self.steps:
            for use in step.params:
                if keep(use) and use.path not in seen:
                    seen[use.path] = use
        return list(seen.values())

    @property
    def unverified(self) -> list[ParamUse]:
        """Every parameter not from a seed or official document (assumed, at a published floor or
        ceiling, fitted from slips), once each, in order of use."""
        return self._used(lambda use: not use.verified)

    @property
    def assumed(self) -> list[ParamUse]:
        """The placeholders (`assumed`, shown as 未核实) among them: a value at a published floor
        or ceiling, or fitted from slips, has a source and is shown as what it is instead."""
        return self._used(lambda use: use.provenance.source.kind == "assumed")

    @property
    def bounded(self) -> list[ParamUse]:
        """Values at a published floor or ceiling (按政策下限/上限估算)."""
        return self._used(lambda use: use.provenance.source.kind in ("floor", "ceiling"))
