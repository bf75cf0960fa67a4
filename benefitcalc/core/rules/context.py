"""What every rule needs while it runs: the case, the policy in force, and the record it writes.

Rules read parameters only through `param`, so every value used is recorded with its source
and the estimate can list each unverified one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..case import Case, CaseError
from ..estimate import ParamUse, Step
from ..messages import Bilingual, Msg, Yuan, msg
from ..money import ZERO, fmt_percent, fmt_plain, fmt_yuan, positive_part, to_fen
from ..registry import EffectivePolicy


@dataclass
class Context:
    case: Case
    policy: EffectivePolicy
    steps: list[Step] = field(default_factory=list)
    warnings: list[Msg] = field(default_factory=list)
    ledger: dict[str, Decimal | int] = field(default_factory=dict)

    @property
    def ytd(self):
        return self.case.year_to_date

    @property
    def eligible(self) -> Decimal:
        return self.case.eligible

    def has(self, path: str) -> bool:
        return self.policy.get(path) is not None

    def require(self, path: str, hint: str = "error.hint.none") -> Any:
        """A block the calculation cannot do without; its absence is a clear error, not a crash."""
        value = self.policy.get(path)
        if value is None:
            label = Bilingual(*(f"{name} {self.policy.valid_from.isoformat()}" for name in (self.policy.name, self.policy.name_en)))
            # Usually the date picks a version that lacks the block; the form marks the date.
            raise CaseError(msg("error.case.no_block", policy=label, block=path, hint=msg(hint)), "case.date")
        return value

    def param(self, path: str) -> tuple[Any, ParamUse]:
        value = self.require(path)
        return value, ParamUse(path, value, self.policy.provenance(path))

    def step(self, layer: str, text: Msg, formula: str = "", params=(), amount: Decimal | None = None) -> None:
        self.steps.append(Step(layer, text, formula, list(params), amount))

    def within_annual_limit(self, layer, message_id, cap, cap_use, paid_before, wanted) -> Decimal:
        """Pay `wanted`, but no more than what is left of an annual limit; say so in a step."""
        left = positive_part(cap - paid_before)
        paid = to_fen(min(wanted, left))
        self.step(
            layer,
            msg(message_id, cap=Yuan(cap), paid=Yuan(paid_before), left=Yuan(left)),
            F("min({}, {}) = {}", wanted, left, paid),
            [cap_use],
            paid,
        )
        return paid

    def add(self, key: str, amount: Decimal | int) -> None:
        """Add to this year's ledger (the case's `year_to_date` after this encounter)."""
        self.ledger[key] = self.ledger.get(key, ZERO if not isinstance(amount, int) else 0) + amount


class Pct:
    """A rate in a formula, shown as a percentage."""

    __slots__ = ("rate",)

    def __init__(self, rate: Decimal):
        self.rate = rate

    def __str__(self) -> str:
        return fmt_percent(self.rate)


class Num:
    """A plain number in a formula (a factor), shown as written."""

    __slots__ = ("value",)

    def __init__(self, value: Decimal):
        self.value = value

    def __str__(self) -> str:
        return fmt_plain(self.value)


class F:
    """A formula with its numbers, formatted only when someone reads it (estimates stay fast).

    `F("({} − {}) × {} = {}", base, applied, Pct(rate), paid)`: Decimals print as yuan.
    """

    __slots__ = ("template", "args")

    def __init__(self, template: str, *args):
        self.template = template
        self.args = args

    def __str__(self) -> str:
        return self.template.format(*(fmt_yuan(a) if isinstance(a, Decimal) else str(a) for a in self.args))


class Gap:
    """`a − b`, never below zero, with the clamp written out when it bites (SPEC §3.7).

    Shows `(a − b)` (or `a − b` with `bare=True`) when a ≥ b, else `max(0, a − b)`; `value` is
    the clamped difference, so the shown formula recomputes to the figure used.
    """

    __slots__ = ("a", "b", "bare")

    def __init__(self, a: Decimal, b: Decimal, bare: bool = False):
        self.a, self.b, self.bare = a, b, bare

    @property
    def value(self) -> Decimal:
        return positive_part(self.a - self.b)

    def __str__(self) -> str:
        inner = f"{fmt_yuan(self.a)} − {fmt_yuan(self.b)}"
        if self.a < self.b:
            return f"max(0, {inner})"
        return inner if self.bare else f"({inner})"


def Y(amount: Decimal) -> str:
    return fmt_yuan(amount)


def P(rate: Decimal) -> str:
    return fmt_percent(rate)
