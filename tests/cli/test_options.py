"""The command line speaks one way everywhere: the same options, with help, and honest errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benefitcalc.cli import _parser, main as cli_main
from benefitcalc.gui.app import parse_args as gui_parse_args

ROOT = Path(__file__).resolve().parents[2]
POLICIES = ROOT / "policies"
CASE = ROOT / "tests" / "data" / "golden" / "jinan-resident-level3-first-stay.toml"

# Every command that reads policies, with the arguments it needs besides the options.
POLICY_COMMANDS = [
    ("estimate", [str(CASE)]),
    ("policies check", []),
    ("policies show", ["jinan", "--date", "2025-06-01"]),
]


def _help(capsys, words: list[str]) -> str:
    with pytest.raises(SystemExit) as exit_:
        cli_main(words + ["--help"])
    assert exit_.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(("command", "rest"), POLICY_COMMANDS, ids=[c for c, _ in POLICY_COMMANDS])
@pytest.mark.parametrize("spelling", ["--policies", "--dir"])
def test_every_command_takes_the_policy_folder_the_same_way(command, rest, spelling, capsys):
    assert cli_main(command.split() + rest + [spelling, str(POLICIES)]) == 0


def _actions():
    """(command words, argparse action) for every argument of every subcommand."""
    import argparse

    def walk(parser, words):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield from walk(sub, words + [name])
            elif not isinstance(action, argparse._HelpAction):
                yield " ".join(words), action

    return list(walk(_parser(), []))


def _help_of(command: str, dest: str) -> str:
    return next(a.help for c, a in _actions() if c == command and a.dest == dest)


@pytest.mark.parametrize(("command", "rest"), POLICY_COMMANDS, ids=[c for c, _ in POLICY_COMMANDS])
def test_every_command_explains_its_language_and_policy_options(command, rest, capsys):
    assert "language" in _help_of(command, "lang")
    assert "folder" in _help_of(command, "policies")
    text = _help(capsys, command.split())
    assert "--policies DIR, --dir DIR" in text  # the alias is shown, so old scripts stay understandable


def test_policies_show_explains_what_a_region_is():
    assert "jinan" in _help_of("policies show", "region")


def test_every_option_and_positional_of_every_command_has_help():
    """The whole kind: no argument anywhere in the CLI is left without a help text."""
    assert [f"{c} {a.dest}" for c, a in _actions() if not a.help] == []


@pytest.mark.parametrize(("command", "rest"), POLICY_COMMANDS, ids=[c for c, _ in POLICY_COMMANDS])
@pytest.mark.parametrize(("lang", "words"), [("zh", "不存在"), ("en", "does not exist")])
def test_a_missing_policy_folder_is_named_and_exits_1(command, rest, lang, words, tmp_path, capsys):
    missing = tmp_path / "no" / "such" / "folder"
    assert cli_main(command.split() + rest + ["--policies", str(missing), "--lang", lang]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and str(missing) in lines[0] and words in lines[0]


def test_a_file_given_as_policy_folder_is_refused(tmp_path, capsys):
    assert cli_main(["policies", "check", "--policies", str(CASE)]) == 1
    assert "不是文件夹" in capsys.readouterr().err


def test_gui_help_calls_itself_benefitcalc_gui(capsys):
    with pytest.raises(SystemExit):
        gui_parse_args(["--help"])
    assert capsys.readouterr().out.startswith("usage: benefitcalc gui ")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_json_warning_points_at_the_assumed_key_not_at_a_list_below(lang, capsys):
    assert cli_main(["estimate", str(CASE), "--json", "--lang", lang]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["assumed"], "this case uses unverified values; the test needs it to"
    joined = " ".join(data["warnings"])
    assert "assumed" in joined
    assert "见下方列表" not in joined and "listed below" not in joined


def test_the_text_output_still_lists_the_assumed_values_below(capsys):
    assert cli_main(["estimate", str(CASE)]) == 0
    out = capsys.readouterr().out
    assert "见下方列表" in out and "未核实参数" in out.split("见下方列表", 1)[1]
