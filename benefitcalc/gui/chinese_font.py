"""A Simplified-Chinese font for machines that have none, so no text shows as empty boxes.

The app ships a subset of WenQuanYi Micro Hei (`fonts/`, made by scripts/make-font-subset.py:
every character the app can show and the 3,755 most common ones). It is registered only when
the system offers no Simplified-Chinese font; then it is added behind the application font's own
family, so Latin text keeps the system's look and Chinese comes from the bundled font, in the
window and on the printed sheet alike.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

BUNDLED = Path(__file__).resolve().parent / "fonts" / "wqy-microhei-subset.ttf"
PROBE = "医"  # a character every Chinese font has
FAMILY = "WenQuanYi Micro Hei Subset"  # the bundled font's family (its own name: no clash with the full font)

_registered: list[str] = []


def system_has_chinese_font() -> bool:
    """Whether the system's fonts draw Chinese, directly or through Qt's fallback. Asked of a
    glyph rather than of the font list: the answer costs what the first paint would spend on
    finding a Chinese font anyway (listing fonts by writing system costs ≈ 20 ms more)."""
    return QFontMetrics(QApplication.font()).inFontUcs4(ord(PROBE))


def bundled_families() -> list[str]:
    """The bundled font's families once registered, else []."""
    return list(_registered)


def ensure_chinese_font() -> str:
    """Register the bundled font when the system has no Chinese one, and put it behind the
    application font. Returns the family used for Chinese ("" when the system's is used or
    the bundled file is missing, e.g. a broken installation: then Qt's fallback is all there is)."""
    if _registered:
        return _registered[0]
    if system_has_chinese_font():
        return ""
    font_id = QFontDatabase.addApplicationFont(str(BUNDLED)) if BUNDLED.is_file() else -1
    if font_id < 0:
        return ""
    _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    if not _registered:
        return ""
    family = _registered[0]
    font = QFont(QApplication.font())
    font.setFamilies([*(font.families() or [font.family()]), family])
    QApplication.setFont(font)
    return family
