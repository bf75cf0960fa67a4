"""Printed pages' own words in a language of their choosing (Qt glue only).

The printed sheet, the printed year and the policy browser speak the language asked for,
whatever language the window is in (a clerk can print a Chinese sheet from an English window),
so they look their English source strings up in the compiled translations directly. Domain
words are not here: they are the core's (`core.messages`, `core.param_labels`), the same in the
CLI.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
QM_FILE = TRANSLATIONS / "app_zh_CN.qm"  # the window's one catalogue

_translators: dict[str, list[QTranslator]] = {}


def _translators_for(lang: str) -> list[QTranslator]:
    """The compiled catalogue of `lang` (app_zh_CN.qm); none for English, the source language."""
    if lang != "zh":
        return []
    found = _translators.get(lang)
    if found is None:
        found = []
        translator = QTranslator()
        if translator.load(str(QM_FILE)):
            found.append(translator)
        _translators[lang] = found
    return found


class Words:
    """A page's own words in one language: `Words("zh", "Sheet")(QT_TRANSLATE_NOOP(...))`.

    English is the source language; Chinese comes from the compiled translations, or failing
    that from whatever translator the application installed.
    """

    def __init__(self, lang: str, context: str):
        self.lang = lang
        self.context = context

    def __call__(self, source: str) -> str:
        if self.lang != "zh":
            return source
        for translator in _translators_for(self.lang):
            text = translator.translate(self.context, source)
            if text:
                return text
        return QCoreApplication.translate(self.context, source)
