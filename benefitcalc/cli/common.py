"""What every subcommand shares: the policy folders, dates typed on the command line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..core.locations import default_policy_dirs
from ..core.registry import PolicyRegistry


def registry(folders: list[Path] | None) -> PolicyRegistry:
    return PolicyRegistry.load(folders or default_policy_dirs())


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None
