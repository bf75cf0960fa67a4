"""The command-line face of the core: `benefitcalc estimate|policies|gui|…`.

A thin layer: it reads arguments, calls the core, prints. Bad input exits 1 with one clear
line naming the field; nothing the user types produces a traceback. Each subcommand lives in
its own module with a `register(subparsers)` function, listed in `COMMANDS`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

# Each module registers its subcommand(s); keep one per line (parallel work adds lines here).
COMMANDS = [
    "estimate_cmd",
    "policies_cmd",

    # issue 9 adds its module here
    "slips_cmd",

    # issue 11 adds its modules here
    "year_cmd",
    "compare_cmd",

]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] == "gui":
        from ..gui.app import main as gui_main

        return gui_main(argv[1:])
    args = _parser().parse_args(argv)
    _utf8_stdout()
    from ..core.case import CaseError
    from ..core.messages import msg, render

    lang = getattr(args, "lang", "zh")
    try:
        return args.run(args)
    except CaseError as exc:
        print(render(exc.message, lang), file=sys.stderr)
        return 1
    except BrokenPipeError:  # `benefitcalc ... | head`: stop quietly, even at exit's flush
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # never a traceback for the user
        print(render(msg("ui.internal_error", what=f"{type(exc).__name__}: {exc}"), lang), file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="benefitcalc", description="山东医保报销估算 / Shandong medical insurance estimate")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    sub.add_parser("gui", help="open the window (the default)")
    return parser


def _utf8_stdout() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass


if __name__ == "__main__":
    sys.exit(main())
