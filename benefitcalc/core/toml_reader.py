"""TOML reading with exact decimals: every TOML float becomes a `Decimal`, never a float."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib

TOMLDecodeError = tomllib.TOMLDecodeError


def loads(text: str) -> dict[str, Any]:
    return tomllib.loads(text, parse_float=Decimal)
