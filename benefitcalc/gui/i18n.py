"""Widget text goes through Qt's translators; the core's sentences through `messages.render`.

Source strings in the code are English. For 简体中文 this loads the window's one catalogue,
`translations/app_zh_CN.qm` (words several windows say are its context "Words",
`common_words`; the domain's words are the core's glossary), and Qt's own `qtbase_zh_CN.qm`, so standard buttons say 确定/取消. Installing or removing translators
sends every widget a LanguageChange event; widgets retranslate themselves on it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
QT_LANGUAGE = {"zh": "zh_CN"}

_installed: list[QTranslator] = []
_lang = "zh"


def current_language() -> str:
    """The language the core's messages are rendered in: "zh" or "en"."""
    return _lang


def heading(text: str) -> str:
    """A core label used on its own (a combo item, a line title): capitalised in English."""
    return text[:1].upper() + text[1:] if _lang == "en" else text


def locale_for(lang: str) -> QLocale:
    if lang == "zh":
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def qm_files(lang: str) -> list[Path]:
    """The compiled translation files for `lang`: ours first, then Qt's own."""
    suffix = QT_LANGUAGE.get(lang)
    if suffix is None:
        return []
    files = sorted(TRANSLATIONS.glob(f"*_{suffix}.qm"))
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qtbase = qt_dir / f"qtbase_{suffix}.qm"
    if qtbase.is_file():
        files.append(qtbase)
    return files


def install(lang: str) -> list[Path]:
    """Switch the running application to `lang` ("zh" or "en"); returns the files loaded."""
    global _lang
    app = QCoreApplication.instance()
    # The translators belong to `_installed` alone (no Qt parent): removed from the application
    # and dropped from the list, each is freed at once, so no switch leaves one behind.
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _lang = lang if lang in ("zh", "en") else "zh"
    QLocale.setDefault(locale_for(_lang))
    loaded = []
    if app is None:
        return loaded
    for path in qm_files(_lang):
        translator = QTranslator()
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path)
    return loaded
