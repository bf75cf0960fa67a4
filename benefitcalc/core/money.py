"""Money: what an amount, a rate or a count may be (SPEC §3a, checked before any arithmetic),
exact decimal arithmetic rounded to the fen half up where the spec says, and how amounts show."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

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


# --- What an amount, a rate or a count may be (SPEC §3a), checked before any arithmetic ---

MAX_AMOUNT = Decimal("10000000000")
MAX_COUNT = 1000  # admissions, a child's order, leave days: whole numbers 0 to 1,000
_WHOLE = re.compile(r"-?[0-9]+", re.ASCII)
RATE_PLACES = 4  # a rate is a percentage with at most two decimals (87.25%)
_DIGITS = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)", re.ASCII)  # "-5" is told it is negative


def _refuse(kind: str, text: str, context: dict | None = None) -> Exception:
    """pydantic's error of a type whose plain words the message table knows (`decimal_parsing`,
    `less_than_equal`, …); pydantic is imported only when a value is validated, so that the
    window's first paint (which shows amounts) needs none."""
    from pydantic_core import PydanticCustomError as error

    return error(kind, text, context)


def _number(value: Any) -> Decimal:
    """An exact decimal from a TOML integer or decimal, a Decimal, or a string of ASCII digits
    with one optional dot; anything else (a bool, "1_000", "１２３", "1e5", NaN, inf) is refused."""
    if isinstance(value, bool):
        raise _refuse("decimal_type", "must be a number")
    if isinstance(value, float):  # a float from program code (never from TOML: it reads decimals)
        value = Decimal(repr(value))
    elif isinstance(value, int):
        value = Decimal(value)
    elif isinstance(value, str):
        if not _DIGITS.fullmatch(value):
            raise _refuse("decimal_parsing", "must be a number")
        value = Decimal(value)
    elif not isinstance(value, Decimal):
        raise _refuse("decimal_type", "must be a number")
    if not value.is_finite():
        raise _refuse("decimal_parsing", "must be a number")
    return value


def _bounded(value: Any, high: Decimal, places: int) -> Decimal:
    number = _number(value)
    if number < 0:
        raise _refuse("greater_than_equal", "must be ≥ 0", {"ge": 0})
    if number > high:
        raise _refuse("less_than_equal", "must be ≤ {le}", {"le": _grouped(high)})
    if number.as_tuple().exponent < -places:
        step = Decimal(1).scaleb(-places)
        if number != number.quantize(step):  # fast even for 1e-999999999: the value is bounded
            raise _refuse(
                "decimal_max_places", "at most {decimal_places} decimal places", {"decimal_places": places}
            )
        number = number.quantize(step)
    return number.copy_abs() if number == 0 else number  # -0 is 0


def amount(value: Any) -> Decimal:
    """An amount of money: 0 to 10,000,000,000 yuan, at most two decimals (SPEC §3a)."""
    return _bounded(value, MAX_AMOUNT, 2)


def rate(value: Any) -> Decimal:
    """A rate or factor: 0 to 1, at most four decimals (SPEC §3a)."""
    return _bounded(value, Decimal(1), RATE_PLACES)


def count(value: Any) -> int:
    """A whole number: a TOML integer, a string of ASCII digits (a spreadsheet cell) or a whole
    float from program code; never a bool, a decimal, "1_000" or "１２３". Bounds: by the field."""
    if isinstance(value, bool):
        raise _refuse("int_type", "must be a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _WHOLE.fullmatch(value):
        if len(value.lstrip("-")) > len(str(MAX_COUNT)) + 1:
            raise _refuse("less_than_equal", "must be ≤ {le}", {"le": MAX_COUNT})
        return int(value)
    raise _refuse("int_type", "must be a whole number")


def _grouped(value: Decimal) -> str:
    """A bound as a person reads it: 10,000,000,000; 1."""
    return format(value.normalize(), ",f")
