"""What every rule needs while it runs: the case, the policy in force, and the record it writes.

Rules read parameters only through `trace` (typed attributes of the validated policy, see
tracing.py), so every value used is recorded with its source on the step that uses it and the
estimate can list each unverified one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..case import Case
from ..estimate import ParamUse, Step
from ..messages import Msg, Yuan, msg
from ..money import ZERO, fmt_percent, fmt_plain, fmt_yuan, positive_part, to_fen
from ..registry import EffectivePolicy
from .tracing import Trace


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

    def trace(self, hint: str = "error.hint.none") -> Trace:
        """A view of the policy that records each value read; pass it to the step that uses them."""
        return Trace(self.policy, hint)

    def peek(self, hint: str = "error.hint.none") -> Trace:
        """The same view, recording nothing: for deciding whether a step is made at all."""
        return Trace(self.policy, hint, record=False)

    def step(self, layer: str, text: Msg, formula: str = "", params=(), amount: Decimal | None = None) -> None:
        """Append a finished step; `params` are ParamUses or traces (their reads, in order)."""
        uses: list[ParamUse] = []
        for item in params:
            uses.extend(item.uses if isinstance(item, Trace) else [item])
        self.steps.append(Step(layer, text, formula, uses, amount))

    def within_annual_limit(self, layer, message_id, cap, cap_trace, paid_before, wanted) -> Decimal:
        """Pay `wanted`, but no more than what is left of an annual limit; say so in a step."""
        left = positive_part(cap - paid_before)
        paid = to_fen(min(wanted, left))
        self.step(
            layer,
            msg(message_id, cap=Yuan(cap), paid=Yuan(paid_before), left=Yuan(left)),
            F("min({}, {}) = {}", wanted, left, paid),
            [cap_trace],
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
