"""The result side: the 未核实 banner in words, the steps one turn after the amounts, and the
form touching only the rows whose visibility changes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from benefitcalc.gui import main_window
from benefitcalc.core.param_labels import use_line

LINYI = "linyi-dibao-resident-big-stay.toml"


def test_recompute_follows_the_next_event_loop_turn(window):
    assert main_window.RECOMPUTE_DELAY_MS == 0
    assert window.timer.interval() == 0 and window.timer.isSingleShot()


def test_unverified_banner_reads_in_words_with_the_key_as_tooltip(window, gui):
    assert window.open_case_file(gui.golden_dir / LINYI) == ""
    est = window.current_estimate
    assert est.assumed
    lines = window.result.assumed_texts()
    assert len(lines) == len(est.assumed)
    assert "• 居民医保 · 住院 · 报销比例 · 三级医院：60%" in lines
    for line, use in zip(lines, est.assumed):
        assert line == f"• {use_line(use, 'zh', est.policy, mark_assumed=False)}"  # a floor says so
        assert use.path not in line
    tips = [item.toolTip() for item in window.result.assumed_items[: len(est.assumed)]]
    assert any(tip.startswith("resident.inpatient.rate.level3 = 60%\n未核实：") for tip in tips)


def test_unverified_banner_in_english(window, gui):
    window.set_language("en", remember=False)
    window.open_case_file(gui.golden_dir / LINYI)
    assert "• Resident · hospital stay · rate · level-3 hospital: 60%" in window.result.assumed_texts()


def test_banner_lines_are_reused_not_hidden(window, gui):
    window.open_case_file(gui.golden_dir / LINYI)
    count = len(window.current_estimate.assumed)
    items = list(window.result.assumed_items)
    gui.choose(window.form.group, "none")  # no assistance: fewer unverified parameters
    window.recompute()
    fewer = len(window.current_estimate.assumed)
    assert 0 < fewer < count
    assert window.result.assumed_items == items
    assert len(window.result.assumed_texts()) == fewer
    assert all(not item.isHidden() for item in items)  # emptied and flattened instead
    assert all(item.maximumHeight() == 0 for item in items[fewer:])


def test_steps_follow_one_turn_after_the_amounts(qtbot, window, gui):
    window.open_case_file(gui.golden_dir / LINYI)
    qtbot.waitUntil(lambda: not window.result.steps_pending)
    before = window.result.steps.text()
    gui.type_into(window.form.total, "300000")
    window.recompute()
    assert window.result.headline.text() != "24,295.50 元"  # the amounts at once
    assert window.result.steps_pending and window.result.steps.text() == before
    qtbot.waitUntil(lambda: not window.result.steps_pending)
    assert window.result.steps.text() != before and "300,000.00" in window.result.steps.text()


def test_a_message_cancels_the_pending_steps(qtbot, window, gui):
    window.open_case_file(gui.golden_dir / LINYI)
    qtbot.waitUntil(lambda: not window.result.steps_pending)
    before = window.result.steps.text()
    gui.type_into(window.form.total, "300000")
    window.recompute()
    assert window.result.steps_pending
    window.form.total.setText("abc")
    window.recompute()  # a problem: no estimate, and no steps of the estimate before it
    assert not window.result.steps_pending
    qtbot.wait(20)
    assert window.result.steps.text() == before


class RecordingForm:
    """Stands in for the form's QFormLayout and counts setRowVisible calls."""

    def __init__(self, layout):
        self.layout = layout
        self.calls = []

    def setRowVisible(self, widget, visible):  # noqa: N802 (Qt name)
        self.calls.append((widget, visible))
        self.layout.setRowVisible(widget, visible)

    def __getattr__(self, name):
        return getattr(self.layout, name)


def test_typing_an_amount_touches_no_row(qtbot, window, gui):
    form = window.form
    recorder = form.layout_form = RecordingForm(form.layout_form)
    qtbot.keyClicks(form.total, "1234")
    assert recorder.calls == []
    gui.choose(form.category, "maternity")
    assert recorder.calls  # the rows that change, only
    assert len(recorder.calls) < len(form.rows)
    recorder.calls.clear()
    gui.choose(form.category, "maternity")
    qtbot.keyClick(form.total, Qt.Key.Key_Backspace)
    assert recorder.calls == []


def test_rich_label_remembers_sizes_only_while_they_hold(qapp):
    from PySide6.QtGui import QFont

    from benefitcalc.gui.result_view import RichLabel

    label = RichLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText("<p>one line</p>")
    one = label.heightForWidth(300)
    label.setText("<p>one line</p><p>and another</p>")
    two = label.heightForWidth(300)
    assert two > one
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.heightForWidth(300) > two
    label.setText("<p>a 123</p>")
    narrow = label.minimumSizeHint().width()
    label.setText("<p>a 456789</p>")  # only a number changed: the hints are kept
    assert label.minimumSizeHint().width() == narrow
    label.setText("<p>a unbreakablewordthatislong</p>")
    assert label.minimumSizeHint().width() > narrow
