"""The window's words are translated once: one catalogue, each source string in one context,
and no word of the domain's glossary translated again by Qt (it is the core's, shared with the
CLI and the sheet). A payer's name, a "Close" button or a file filter cannot drift apart."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest

from benefitcalc.core.glossary import LABELS
from benefitcalc.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = i18n.TRANSLATIONS / "app_zh_CN.ts"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts file."""
    root = ET.parse(path).getroot()
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


def bare(text: str) -> str:
    """A label without its keyboard mnemonic and colon: 参保地区(&R)： → 参保地区; &Region: → region."""
    for mark in ("(&", "（&"):
        if mark in text:
            text = text[: text.index(mark)] + text[text.index(mark) + 4:]
    return text.replace("&", "").rstrip(":：").strip().lower()


def test_the_window_has_one_catalogue_compiled():
    assert sorted(p.name for p in i18n.TRANSLATIONS.glob("*.ts")) == ["app_zh_CN.ts"]
    assert sorted(p.name for p in i18n.TRANSLATIONS.glob("*.qm")) == ["app_zh_CN.qm"]
    assert (i18n.TRANSLATIONS / "app_zh_CN.qm").stat().st_mtime >= CATALOGUE.stat().st_mtime - 1


def test_every_string_is_translated():
    def texts(translation: ET.Element) -> list[str]:  # a plural has one form per number
        forms = translation.findall("numerusform")
        return [(form.text or "").strip() for form in forms] if forms else [(translation.text or "").strip()]

    unfinished = [source for _, source, translation in messages(CATALOGUE)
                  if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts(translation))]
    assert not unfinished


def test_each_source_string_is_translated_in_one_context_only():
    contexts: dict[str, list[str]] = defaultdict(list)
    for context, source, _ in messages(CATALOGUE):
        contexts[source].append(context)
    twice = {source: where for source, where in contexts.items() if len(where) > 1}
    assert not twice, f"say these once, in gui/common_words.py: {twice}"


def test_no_word_of_the_glossary_is_translated_again_by_qt():
    words = {bare(text): (kind, key) for kind, entries in LABELS.items()
             for key, pair in entries.items() for text in pair}
    again = [(context, source) for context, source, translation in messages(CATALOGUE)
             if bare(source) in words or bare(translation.text or "") in words]
    assert not again, f"use the core's glossary (messages.label) for: {again}"


def test_the_catalogue_holds_every_string_of_the_window(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    probe = tmp_path / "probe.ts"
    sources = sorted(str(p) for p in (ROOT / "benefitcalc" / "gui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(probe)], capture_output=True, check=True)
    wanted = {(context, source) for context, source, _ in messages(probe)}
    held = {(context, source) for context, source, _ in messages(CATALOGUE)}
    assert not wanted - held, "run scripts/update-translations and translate"
    assert not held - wanted, "strings no module says any more: run scripts/update-translations"
