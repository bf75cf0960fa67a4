"""Every golden case, typed into the form through its widgets, shows the expected amounts."""

from __future__ import annotations

from benefitcalc.gui.main_window import MainWindow


def test_golden_case_through_the_form(window: MainWindow, gui, golden):
    name, case, expect = golden
    gui.fill(window, case)
    assert window.current_estimate is not None, window.result.message.text()
    gui.assert_amounts(window, expect)


def test_golden_case_in_english(window: MainWindow, gui, golden):
    name, case, expect = golden
    window.set_language("en")
    gui.fill(window, case)
    gui.assert_amounts(window, expect, lang="en")
