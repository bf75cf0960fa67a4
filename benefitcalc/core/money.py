"""Money arithmetic: exact decimals, rounded to the fen half up where the spec says."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal("0")
FEN = Decimal("0.01")


def to_fen(amount: Decimal) -> Decimal:
    """Round to the fen, half up (SPEC §3: every payer's amount, as soon as it is computed)."""
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def clip(value: Decimal, low: Decimal, high: Decimal) -> Decimal:
    return max(low, min(high, value))


def positive_part(value: Decimal) -> Decimal:
    return value if value > ZERO else ZERO


def _shown(amount: Decimal) -> Decimal:
    """To the fen as shown; a zero is never shown as -0.00."""
    fen = amount.quantize(FEN, rounding=ROUND_HALF_UP)
    return abs(fen) if fen == 0 else fen


def fmt_yuan(amount: Decimal) -> str:
    """Amount with thousands separators and two decimals: 12,345.60."""
    return format(_shown(amount), ",")


def fmt_fen(amount: Decimal) -> str:
    """Amount with two decimals and no separators, for machines (JSON): 12345.60, 0.00."""
    return format(_shown(amount), "f")


def fmt_plain(amount: Decimal) -> str:
    """A parameter as written, without trailing zeros: 0.85, 1500, 0.5."""
    text = format(amount.normalize(), "f")
    return text


def fmt_percent(rate: Decimal) -> str:
    """0.85 -> 85%; 0.875 -> 87.5%."""
    return fmt_plain(rate * 100) + "%"
