"""The CLI, the window and the printed sheet say the same words (issue 10 item 1): every row of
the core's breakdown, every step's sentence and the policy line appear in all three."""

from __future__ import annotations

from datetime import date
from html import escape

import pytest
from PySide6.QtWidgets import QLabel

from shared_data import GOLDEN

from benefitcalc.cli.estimate_cmd import estimate_text
from benefitcalc.core.money import fmt_yuan
from benefitcalc.core.presentation import breakdown, policy_line, signed_yuan, step_views
from benefitcalc.gui.sheet import sheet_html

CASES = sorted(GOLDEN.glob("*.toml"))


def screen_texts(window) -> str:
    """Every text the result side shows, as a clerk sees it."""
    result = window.result
    return "\n".join(label.text() for label in result.findChildren(QLabel) if label.isVisibleTo(result))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_row_step_and_the_policy_line_read_the_same_in_the_cli_on_the_sheet_and_on_screen(window, path):
    assert window.open_case_file(path) == ""
    est = window.current_estimate
    cli = estimate_text(est, "zh")
    sheet = sheet_html(est, "", "zh", date(2025, 6, 2))
    screen = screen_texts(window)
    rows = breakdown(est, "zh")
    assert {"total", "eligible", "reimbursed", "personal"} <= {row.key for row in rows}
    for row in rows:
        for face, text in (("cli", cli), ("sheet", sheet), ("screen", screen)):
            assert (escape(row.label, quote=False) if face == "sheet" else row.label) in text, (face, row.label)
            assert signed_yuan(row.amount) in text, (face, row.label, row.amount)
    for step in step_views(est, "zh"):
        assert step.sentence in cli
        assert escape(step.sentence, quote=False) in sheet
        assert escape(step.sentence, quote=False) in window.result.steps.text()
    line = policy_line(est.policy, "zh")
    assert line in cli and escape(line, quote=False) in sheet and line in screen


def test_a_payer_that_applies_is_listed_at_zero_in_every_face(window, gui):
    """A small stay: the critical illness insurance pays nothing, and all three faces still list
    it (the screen's rule, now everyone's); assistance does not apply and is not listed."""
    assert window.open_case_file(gui.golden_dir / "jinan-resident-level3-first-stay.toml") == ""
    gui.type_into(window.form.total, "20000")
    window.recompute()
    est = window.current_estimate
    assert est.payers["critical_illness"] == 0 and est.payers["basic_fund"] > 0
    cli = estimate_text(est, "zh")
    sheet = sheet_html(est, "", "zh", date(2025, 6, 2))
    screen = screen_texts(window)
    assert "居民大病保险" in cli and "居民大病保险" in sheet and "居民大病保险" in screen
    assert [row.key for row in breakdown(est, "zh") if row.role == "payer"] == ["basic_fund", "critical_illness"]
    assert "backstop" not in {row.key for row in breakdown(est, "zh")}  # it applies only where it pays
    assert fmt_yuan(est.personal) in cli and fmt_yuan(est.personal) in sheet


@pytest.mark.parametrize("path", CASES[:3] + CASES[-2:], ids=[p.stem for p in CASES[:3] + CASES[-2:]])
def test_in_english_too_the_faces_share_the_rows(window, path):
    """The screen capitalises a word standing alone (a payer's line): compared without case."""
    window.set_language("en", remember=False)
    assert window.open_case_file(path) == ""
    est = window.current_estimate
    cli = estimate_text(est, "en")
    sheet = sheet_html(est, "", "en", date(2025, 6, 2))
    screen = screen_texts(window).casefold()
    for row in breakdown(est, "en"):
        assert row.label in cli and escape(row.label, quote=False) in sheet, row.label
        assert row.label.casefold() in screen, row.label
    assert policy_line(est.policy, "en") in cli
