"""The steps' DocumentLabel reads like the QLabel it replaced (sizes, colour, selection, focus,
scrolling) and is laid out at the width it is shown at, whatever widths a layout asked before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel

from benefitcalc.gui.document_label import DocumentLabel

TEXTS = {
    "one short line": "<p>一行</p>",
    "paragraphs with margins and colours": (
        "<p style='margin-top:10px; margin-bottom:2px'><b>基本医保统筹基金</b></p>"
        "<p style='margin-left:12px; margin-top:4px; margin-bottom:0'>起付线：三级医院每次住院 1,000.00 元，本年第 1 次住院按 1 倍计</p>"
        "<p style='margin-left:28px; margin-top:0; margin-bottom:0'><span style='font-family:monospace; "
        "background-color:#F0F0F0'>&nbsp;1,000.00 × 1 = 1,000.00&nbsp;</span></p>"
        "<p style='margin-left:28px; margin-top:0; margin-bottom:0; color:#8A5A00'>参数: 居民医保 · 住院 · 起付线 · 三级医院: 1,000 元</p>"
    ),
    "an unbreakable address": "<p>依据: 国务院办公厅 https://www.gov.cn/gongbao/content/2021/content_5659514.htm 全文</p>",
    "long English prose": "<p>" + "The fund pays its share of the eligible costs above the deductible. " * 12 + "</p>",
}


def rich_label(text: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_sizes_are_those_of_a_word_wrapped_rich_text_label(qtbot, text):
    label, view = rich_label(text), DocumentLabel()
    qtbot.addWidget(label)
    qtbot.addWidget(view)
    view.setText(text)
    assert view.text() == label.text()
    assert view.sizeHint() == label.sizeHint()
    assert view.minimumSizeHint() == label.minimumSizeHint()  # the widest word: no narrower than the address
    for width in (120, 300, 741, 755, 2000):
        assert view.heightForWidth(width) == label.heightForWidth(width), width
    assert view.focusPolicy() == label.focusPolicy()  # clicked into, never tabbed into


def test_sizes_follow_a_new_text_and_a_new_font(qtbot):
    view = DocumentLabel()
    qtbot.addWidget(view)
    view.setText(TEXTS["one short line"])
    one = view.heightForWidth(300)
    view.setText(TEXTS["paragraphs with margins and colours"])
    many = view.heightForWidth(300)
    assert many > one
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert view.heightForWidth(300) > many
    hint = view.minimumSizeHint()
    view.setText(TEXTS["an unbreakable address"])
    assert view.minimumSizeHint().width() > hint.width()


def test_text_is_painted_in_the_labels_colour(qtbot):
    from benefitcalc.gui.payer_bar import set_text_color

    view = DocumentLabel()
    qtbot.addWidget(view)
    set_text_color(view, "#8A5A00")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        assert view.palette().color(group, QPalette.ColorRole.Text).name() == "#8a5a00"
    assert not view.viewport().autoFillBackground()


def test_the_steps_are_laid_out_at_the_width_they_are_shown_at(window, gui):
    """A long case, then a short one: the page loses its scroll bar and the steps widen after
    the layouts asked the narrower width. The document must follow (it once kept the old
    width and broke lines earlier than a label would)."""
    steps = window.result.steps
    for path in sorted(gui.golden_dir.glob("*.toml")):
        assert window.open_case_file(path) == ""
        gui.qtbot.wait(10)
        assert steps.document().textWidth() == steps.viewport().width(), path.stem
        assert steps.height() == steps.heightForWidth(steps.width()), path.stem


def test_a_width_a_layout_only_asked_about_is_not_the_width_painted(qtbot):
    view = DocumentLabel()
    qtbot.addWidget(view)
    view.setText(TEXTS["long English prose"])
    view.resize(400, view.heightForWidth(400))
    view.show()
    qtbot.waitExposed(view)
    assert view.heightForWidth(300) > view.height()  # a layout trying a narrower width
    view.grab()
    assert view.document().textWidth() == 400


def test_the_steps_select_by_mouse_and_copy(qtbot, window, gui):
    window.open_case_file(gui.golden_dir / "linyi-dibao-resident-big-stay.toml")
    steps = window.result.steps
    window.result_scroll.ensureWidgetVisible(steps)
    qtbot.wait(10)
    viewport = steps.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(2, 5))
    qtbot.mouseMove(viewport, QPoint(200, 60))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(200, 60))
    selected = steps.textCursor().selection().toPlainText()
    assert selected.startswith("医疗费用\n") and len(selected) > 10  # from the first heading on
    steps.copy()
    assert QApplication.clipboard().text() == selected


def test_the_wheel_over_the_steps_is_left_to_the_page(qtbot, window, gui):
    """Ignored, so that Qt passes it on to the result's scroll area (as over a label); Ctrl+wheel
    does not zoom the steps alone."""
    window.open_case_file(gui.golden_dir / "linyi-dibao-resident-big-stay.toml")
    steps = window.result.steps
    font = QFont(steps.font())
    for modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
        where = QPointF(10, 10)
        event = QWheelEvent(where, QPointF(steps.viewport().mapToGlobal(where.toPoint())), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(steps.viewport(), event)
        assert not event.isAccepted()
        assert steps.font() == font
