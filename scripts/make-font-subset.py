#!/usr/bin/env python3
"""Regenerate the bundled Simplified-Chinese font: a subset of WenQuanYi Micro Hei.

    .venv/bin/python scripts/make-font-subset.py [--source /usr/share/fonts/truetype/wqy/wqy-microhei.ttc]

The app uses it only where the system has no Chinese font (`benefitcalc/gui/chinese_font.py`). It holds
every character the app can show: the window's translations (`gui/translations/*.ts`), every
string in the code (`benefitcalc/**/*.py`: core messages, labels, plain words), the policy files
(names, notes, sources), plus the 3,755 most common characters (GB 2312 level 1), so that a
station name or a disease typed by a clerk shows too, ASCII, and the CJK and full-width
punctuation. Run it again after adding text with a new character; `tests/gui/test_fonts.py`
fails until then.

Source: the Debian package fonts-wqy-microhei (Apache-2.0, or GPL-3+ with the font exception;
we use it under Apache-2.0: see benefitcalc/gui/fonts/README.txt). fontTools is needed here and
in the tests only, never at run time.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benefitcalc.gui.chinese_font import BUNDLED as TARGET, FAMILY  # noqa: E402  (renamed: a modified font, Apache-2.0 §4b)

SOURCE = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
# CJK and full-width punctuation any Chinese text may use (the font has these).
PUNCTUATION = "、。〃々〆〇〈〉《》「」『』【】〒〓〔〕〖〗〝〞〟・～" + "".join(chr(c) for c in range(0xFF01, 0xFF5F))
TEXT_FILES = ("benefitcalc/**/*.py", "benefitcalc/gui/translations/*.ts", "policies/**/*.toml")


def gb2312_level1() -> str:
    """The 3,755 most common characters: GB 2312 rows 16–55."""
    chars = []
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return "".join(chars)


def app_characters(root: Path = ROOT) -> set[str]:
    """Every non-ASCII printable character in the app's text, and what any text needs besides."""
    chars: set[str] = set()
    for pattern in TEXT_FILES:
        for path in sorted(root.glob(pattern)):
            chars.update(path.read_text(encoding="utf-8"))
    chars.update(chr(c) for c in range(0x20, 0x7F))  # ASCII
    chars.update(PUNCTUATION)
    chars.update("¥￥—–…·•×÷≤≥±‰％℃“”‘’")
    chars.update(gb2312_level1())
    return {c for c in chars if c.isprintable() and unicodedata.category(c) not in ("Co", "Cs", "Cn")}


def make(source: Path, target: Path) -> int:
    from fontTools import subset
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(source))
    font = collection.fonts[0]  # WenQuanYi Micro Hei (the second is its monospaced twin)
    wanted = app_characters()
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_bounds = True
    options.prune_codepage_ranges = False  # keep "GB 2312": Qt finds Simplified-Chinese fonts by it
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in wanted])
    subsetter.subset(font)
    _rename(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.recalcTimestamp = False  # the same file from the same input
    font.save(str(target))
    return len(wanted)


def _rename(font) -> None:
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 16, 18):  # family, full name, typographic family
            names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:  # PostScript name
            names.setName(FAMILY.replace(" ", ""), record.nameID, record.platformID, record.platEncID, record.langID)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help=f"the full font (default {SOURCE})")
    parser.add_argument("--out", type=Path, default=TARGET, help=f"where to write it (default {TARGET})")
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"make-font-subset: {args.source} not found: apt-get install fonts-wqy-microhei", file=sys.stderr)
        return 1
    count = make(args.source, args.out)
    print(f"{args.out}: {count} characters, {args.out.stat().st_size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
