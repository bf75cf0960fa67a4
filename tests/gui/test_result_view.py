"""The result side: the 未核实 banner in words, the steps laid out with the amounts before the
next paint, and the form touching only the rows whose visibility changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

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
    tips = window.result.assumed_lines.rowToolTips()
    assert len(tips) == len(est.assumed)
    assert any(tip.startswith("resident.inpatient.rate.level3 = 60%\n未核实：") for tip in tips)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen, a tooltip's window
def test_each_banner_line_shows_its_own_tooltip_under_the_mouse(qtbot, window, gui):
    window.open_case_file(gui.golden_dir / LINYI)
    banner = window.result.assumed_lines
    window.result_scroll.ensureWidgetVisible(banner)
    qtbot.wait(10)
    tips = banner.rowToolTips()
    document = banner.document()
    block = document.begin()
    shown = []
    while block.isValid():  # the text cell of each row: every other block after the bullet's
        if block.text() not in ("", "•"):
            box = document.documentLayout().blockBoundingRect(block)
            where = QPoint(int(box.left()) + 3, int(box.center().y()))
            QApplication.sendEvent(banner.viewport(), QHelpEvent(QEvent.Type.ToolTip, where, banner.viewport().mapToGlobal(where)))
            shown.append(QToolTip.text())
        block = block.next()
    QToolTip.hideText()
    assert shown == tips


def test_the_banner_is_one_text_whose_lines_follow_the_estimate(window, gui):
    """One document for all the lines (a label and a bullet a line cost two layouts and two
    paints each, on every key)."""
    window.open_case_file(gui.golden_dir / LINYI)
    count = len(window.current_estimate.assumed)
    assert [label.objectName() for label in window.result.assumed_box.findChildren(QLabel)] == ["assumed_title"]
    gui.choose(window.form.group, "none")  # no assistance: fewer unverified parameters
    window.recompute()
    fewer = len(window.current_estimate.assumed)
    assert 0 < fewer < count
    assert len(window.result.assumed_texts()) == len(window.result.assumed_lines.rowToolTips()) == fewer
    assert window.result.assumed_lines.toPlainText().count("•") == fewer


@pytest.mark.parametrize("total", ["300000", "2500000", "210000"])
def test_the_steps_change_with_the_amounts_and_are_laid_out_before_the_next_paint(qtbot, window, gui, total):
    """One estimate, one paint: the steps' text and every layout are final when recompute
    returns, so nothing moves or grows afterwards (it used to repaint up to three times)."""
    window.open_case_file(gui.golden_dir / LINYI)
    qtbot.wait(20)
    gui.type_into(window.form.total, total)
    window.recompute()
    shown = f"{int(total):,}.00"
    assert shown in window.result.steps.text()
    widgets = [window.result, window.result.steps, window.result.policy, window.result.assumed_box,
               window.result.assumed_lines]
    settled = [w.geometry() for w in widgets]
    qtbot.wait(50)  # every posted layout request and paint
    assert [w.geometry() for w in widgets] == settled


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
    recorder = form.grid.layout = RecordingForm(form.grid.layout)
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

    from benefitcalc.gui.rich_label import RichLabel

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
