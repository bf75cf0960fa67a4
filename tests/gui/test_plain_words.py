"""The same plain words for a parameter in the CLI, on screen and on the printed sheet (issue 8 item 5)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from benefitcalc.cli.estimate_cmd import estimate_text
from benefitcalc.core.param_labels import param_line, source_text
from benefitcalc.gui.sheet import sheet_html

CASES = sorted((Path(__file__).resolve().parents[1] / "data" / "golden").glob("*.toml"))
DOTTED = re.compile(r"\b[a-z_]+\.[a-z_]+(?:\.[a-z_0-9]+)*\b")


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_a_parameter_reads_the_same_in_the_cli_on_screen_and_on_the_sheet(qtbot, window, path):
    assert window.open_case_file(path) == ""
    est = window.current_estimate
    screen = window.result.steps.text()
    cli = estimate_text(est, "zh")
    sheet = sheet_html(est, "", "zh", date(2025, 6, 2))
    banner = "\n".join(window.result.assumed_texts())
    for step in est.steps:
        for use in step.params:
            words = param_line(use.path, use.value, "zh", est.policy)
            assert words in cli and words in screen, words
            assert use.path not in screen and use.path not in cli
            if not use.verified and use.provenance.source.kind == "assumed":
                assert words in banner and words in sheet, words
            else:
                assert source_text(use.provenance.source, "zh", status=False) in screen
    assert not DOTTED.search(re.sub(r"https?://[^\s<]+", "", banner + screen))  # a source's URL is no key
