"""Large text for elderly readers: Ctrl+= / Ctrl++ / Ctrl+- change every font, and it is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from benefitcalc.gui.settings import LARGE_STEP, Settings


def test_keyboard_makes_text_larger_and_smaller(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    normal = QApplication.font().pointSizeF()
    headline = window.result.headline.font().pointSizeF()
    qtbot.keyClick(window.form.total, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.text_step == 1
    larger = QApplication.font().pointSizeF()
    assert larger > normal
    qtbot.waitUntil(lambda: window.form.total.font().pointSizeF() == larger, timeout=2000)
    assert window.result.headline.font().pointSizeF() > headline
    qtbot.keyClick(window.form.total, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.text_step == 2
    qtbot.keyClick(window.form.total, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.form.total, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.text_step == 0
    assert QApplication.font().pointSizeF() == normal
    qtbot.keyClick(window.form.total, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.text_step == 0  # never below normal


def test_large_text_is_remembered(window, make_window):
    normal = QApplication.font().pointSizeF()
    window.bigger_action.trigger()
    window.bigger_action.trigger()
    assert Settings().text_step == 2 and Settings().large_text
    QApplication.setFont(window.font())  # whatever: the next window sets the size itself
    again = make_window()
    assert again.text_step == 2
    assert QApplication.font().pointSizeF() > normal


def test_large_text_from_the_command_line_is_not_remembered(window):
    window.use_large_text()
    assert window.text_step == LARGE_STEP
    assert Settings().text_step == 0


def test_large_text_still_fits_1366_by_768(qtbot, window, gui):
    """At the largest size the window keeps its size; the two sides scroll instead."""
    gui.fill(window, gui.golden_cases()[0][1])
    for _ in range(10):
        window.bigger_action.trigger()
    QApplication.processEvents()
    assert window.width() <= 1366 and window.height() <= 768
    assert window.form_scroll.width() > 200 and window.result_scroll.width() > 300


def test_window_size_and_splitter_are_remembered(qtbot, make_window, registry):
    from benefitcalc.gui.main_window import MainWindow

    first = make_window()
    first.resize(760, 560)  # within the offscreen screen (restoreGeometry keeps windows on screen)
    first.splitter.setSizes([300, 460])
    split = first.splitter.sizes()
    first.close()
    again = MainWindow(registry, Settings())
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 560)
    again.show()
    assert again.splitter.sizes() == split
