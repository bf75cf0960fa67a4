"""Chinese text never shows as empty boxes: the system's Chinese font where there is one, else
the bundled subset of WenQuanYi Micro Hei (benefitcalc/gui/fonts), in the window and the sheet."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from benefitcalc.gui import chinese_font as fonts

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "golden"


def subset_script():
    spec = importlib.util.spec_from_file_location("make_font_subset", ROOT / "scripts" / "make-font-subset.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def test_the_bundled_font_has_every_chinese_character_the_app_can_show():
    """Fails when new text brings a character the subset lacks: run scripts/make-font-subset.py."""
    from fontTools.ttLib import TTFont

    cmap = TTFont(str(fonts.BUNDLED)).getBestCmap()
    wanted = {c for c in subset_script().app_characters() if wide(c)}
    missing = sorted(c for c in wanted if ord(c) not in cmap)
    assert not missing, f"not in the bundled font (run scripts/make-font-subset.py): {''.join(missing)}"
    assert len(wanted) > 3755  # the common characters as well as the app's own


def test_the_bundled_font_is_small_named_and_licensed():
    from fontTools.ttLib import TTFont

    assert fonts.BUNDLED.stat().st_size < 1_000_000
    names = {record.toUnicode() for record in TTFont(str(fonts.BUNDLED))["name"].names if record.nameID == 1}
    assert names == {fonts.FAMILY}
    folder = fonts.BUNDLED.parent
    assert "Apache License" in (folder / "LICENSE-Apache-2.0.txt").read_text(encoding="utf-8")
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert "fonts-wqy-microhei" in readme and "Apache" in readme


@pytest.fixture
def no_system_chinese_font(monkeypatch):
    """As on a machine without one: the check finds none; the bundled font is unregistered after."""
    monkeypatch.setattr(fonts, "system_has_chinese_font", lambda: False)
    monkeypatch.setattr(fonts, "_registered", [])
    font = QApplication.font()
    yield
    QApplication.setFont(font)
    QFontDatabase.removeAllApplicationFonts()


def test_without_a_system_chinese_font_the_bundled_one_is_used(no_system_chinese_font, make_window):
    family = fonts.ensure_chinese_font()
    assert family == fonts.FAMILY and family in QFontDatabase.families()
    assert QApplication.font().families()[-1] == family
    window = make_window()
    window.open_case_file(GOLDEN / "linyi-dibao-resident-big-stay.toml")
    texts = [window.windowTitle(), window.result.headline.text(), window.result.steps.text(),
             *(row.label.text() for row in window.form.rows.values())]
    chars = {c for text in texts for c in text if wide(c)}
    assert len(chars) > 50
    metrics = QFontMetrics(QFont(family))
    assert [c for c in chars if not metrics.inFontUcs4(ord(c))] == []
    assert all(QFontMetrics(QApplication.font()).inFontUcs4(ord(c)) for c in chars)
    from benefitcalc.gui.sheet_document import sheet_font as _sheet_font  # the printed sheet

    assert family in _sheet_font().families() or QFontMetrics(_sheet_font()).inFontUcs4(ord("医"))


def test_with_a_system_chinese_font_nothing_is_added(monkeypatch):
    monkeypatch.setattr(fonts, "system_has_chinese_font", lambda: True)
    monkeypatch.setattr(fonts, "_registered", [])
    before = QApplication.font().families()
    assert fonts.ensure_chinese_font() == ""
    assert QApplication.font().families() == before and fonts.FAMILY not in QFontDatabase.families()


def test_on_a_machine_with_no_chinese_font_at_all_the_window_still_shows_chinese(tmp_path):
    """A real machine without one: fontconfig is given only the DejaVu fonts (or none at all)."""
    config = tmp_path / "fonts.conf"
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    folders = f"<dir>{dejavu}</dir>" if dejavu.is_dir() else ""
    config.write_text(f'<?xml version="1.0"?><fontconfig>{folders}<cachedir>{tmp_path / "cache"}</cachedir>'
                      "</fontconfig>", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FONTCONFIG_FILE=str(config),
               BENEFITCALC_SETTINGS=str(tmp_path / "settings.ini"), XDG_DATA_HOME=str(tmp_path / "data"))
    out = tmp_path / "window.png"
    code = f"""
        import json
        from PySide6.QtGui import QFontDatabase, QFontMetrics
        from PySide6.QtWidgets import QApplication
        from benefitcalc.gui import chinese_font as fonts
        from benefitcalc.gui.app import main
        code = main(["--case", {str(GOLDEN / "linyi-dibao-resident-big-stay.toml")!r}, "--screenshot", {str(out)!r}])
        window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
        text = window.result.headline.text() + window.windowTitle() + window.form.rows["region"].label.text()
        metrics = QFontMetrics(QApplication.font())
        chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
        print(json.dumps({{"code": code, "system": [f for f in chinese if f != fonts.FAMILY],
                           "registered": fonts.bundled_families(),
                           "tofu": [c for c in text if not metrics.inFontUcs4(ord(c))]}}))
    """
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"code": 0, "system": [], "registered": [fonts.FAMILY], "tofu": []}
