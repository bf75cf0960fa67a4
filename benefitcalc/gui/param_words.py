"""The dialogs' own words in a language of their choosing (Qt glue only).

The printed sheet and the policy browser speak the language asked for, whatever language the
window is in (a clerk can print a Chinese sheet from an English window), so they look their
English source strings up in `translations/dialogs_zh_CN.qm` directly. The parameters' words
are not here: they are the core's (`core.param_labels`), the same in the CLI.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
QM_FILE = TRANSLATIONS / "dialogs_zh_CN.qm"

_translators: dict[str, QTranslator] = {}


def _translator(lang: str) -> QTranslator | None:
    if lang != "zh":
        return None
    found = _translators.get(lang)
    if found is None:
        found = QTranslator()
        found.load(str(QM_FILE))
        _translators[lang] = found
    return found


class Words:
    """The dialogs' own words in one language: `Words("zh", "Sheet")(QT_TRANSLATE_NOOP(...))`.

    English is the source language; Chinese comes from dialogs_zh_CN.qm, or failing that from
    whatever translator the application installed.
    """

    def __init__(self, lang: str, context: str):
        self.lang = lang
        self.context = context

    def __call__(self, source: str) -> str:
        if self.lang != "zh":
            return source
        translator = _translator(self.lang)
        text = translator.translate(self.context, source) if translator is not None else ""
        return text or QCoreApplication.translate(self.context, source)
