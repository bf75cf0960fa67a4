"""Chinese text needs a Simplified-Chinese font; without one Qt draws empty boxes.

This test fails on a machine without one (install fonts-wqy-microhei; Windows zh-CN has
Microsoft YaHei), even where another package happened to pull a fallback font in.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics


def test_a_simplified_chinese_font_is_installed(qapp):
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert families, "no Simplified-Chinese font: install fonts-wqy-microhei (Debian) or any CJK font"


def test_that_font_has_the_characters_the_window_shows(qapp):
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    text = "医保报销估算个人需支付元参保地区"
    complete = [f for f in families if all(QFontMetrics(QFont(f)).inFontUcs4(ord(c)) for c in text)]
    assert complete, f"no installed Chinese font has all of {text}"
