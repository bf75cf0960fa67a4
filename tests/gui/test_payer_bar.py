"""The stacked bar: widths in proportion to exact amounts, labels that fit, colours per payer."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QColor

from benefitcalc.gui.payer_bar import COLORS, Part, PayerBar, share_text, split_widths


def test_widths_add_up_and_follow_the_amounts():
    amounts = [Decimal("110400.00"), Decimal("43615.00"), Decimal("21689.50"), Decimal("24295.50")]
    widths = split_widths(amounts, 737)
    assert sum(widths) == 737
    assert widths[0] > widths[1] > widths[3] > widths[2]
    assert split_widths([Decimal(1)] * 3, 10) in ([3, 4, 3], [3, 3, 4], [4, 3, 3])
    assert split_widths([Decimal(0)], 100) == [0]


def test_share_text():
    assert share_text(Decimal("50"), Decimal("300")) == "16.7%"
    assert share_text(Decimal("1"), Decimal("0")) == ""


def test_bar_draws_each_part_in_its_colour(qtbot):
    bar = PayerBar()
    qtbot.addWidget(bar)
    bar.resize(400, 40)
    bar.set_parts([Part("basic_fund", "fund", Decimal("75")), Part("critical_illness", "ci", Decimal("0")),
                   Part("personal", "patient", Decimal("25"))])
    assert [p.key for p in bar.parts()] == ["basic_fund", "personal"]  # zero parts are left out
    assert "75.0%" in bar.toolTip() and "25.0%" in bar.accessibleDescription()
    image = bar.grab().toImage()
    assert image.pixelColor(20, 20) == QColor(COLORS["basic_fund"][0])
    assert image.pixelColor(380, 20) == QColor(COLORS["personal"][0])


def test_empty_bar_paints(qtbot):
    bar = PayerBar()
    qtbot.addWidget(bar)
    bar.set_parts([])
    assert not bar.grab().isNull()
