"""What every subcommand shares: the policy folder and language options, dates typed on the
command line.

Every command that reads policies takes the folder the same way (`--policies DIR`, with
`--dir` kept as an alias for old scripts) and the language the same way (`--lang zh|en`), so a
user learns one spelling for all of them.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ..core.case import CaseError
from ..core.locations import default_policy_dirs
from ..core.messages import msg
from ..core.registry import PolicyRegistry

POLICIES_HELP = (
    "read the policy files from this folder instead of the bundled ones; repeat to layer "
    "folders (a later folder's file replaces an earlier one for the same region and version) "
    "/ 从此文件夹读取政策文件，可重复"
)
LANG_HELP = "language of the output: zh = 简体中文 (default), en = English / 输出语言"


def add_policies_option(parser: argparse.ArgumentParser) -> None:
    """`--policies DIR` (alias `--dir`), repeatable; read back as `args.policies`."""
    parser.add_argument("--policies", "--dir", dest="policies", type=Path, action="append",
                        metavar="DIR", help=POLICIES_HELP)


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """`--lang zh|en`; read back as `args.lang`."""
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help=LANG_HELP)


def registry(folders: list[Path] | None) -> PolicyRegistry:
    """The policies from the folders the user named (each must exist), else the default ones."""
    for folder in folders or ():
        if not folder.is_dir():
            what = "error.folder.not_a_folder" if folder.exists() else "error.folder.missing"
            raise CaseError(msg(what, folder=str(folder)))
    return PolicyRegistry.load(folders or default_policy_dirs())


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def print_result(as_json: bool, data: Callable[[], Any], text: Callable[[], str]) -> None:
    """One JSON object (UTF-8 as is, indented) or the readable text: every command prints alike."""
    print(json.dumps(data(), ensure_ascii=False, indent=2) if as_json else text())
