"""Words several windows say (buttons, file filters, column heads): each translated once.

They are the context "Words" of the window's one translation catalogue
(`translations/app_zh_CN.ts`). The domain's words (payers, levels, kinds of care, a case's
inputs) are not here: they are the core's glossary (`core.glossary`, through `messages.label`),
shared with the CLI and the printed sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Words"

CLOSE = QT_TRANSLATE_NOOP("Words", "Close")
DELETE = QT_TRANSLATE_NOOP("Words", "Delete")
DELETE_BUTTON = QT_TRANSLATE_NOOP("Words", "&Delete")
PRINT_BUTTON = QT_TRANSLATE_NOOP("Words", "&Print…")
SAVE_PDF_BUTTON = QT_TRANSLATE_NOOP("Words", "Save as P&DF…")
SAVE_PDF = QT_TRANSLATE_NOOP("Words", "Save as PDF")
PDF_FILES = QT_TRANSLATE_NOOP("Words", "PDF files (*.pdf)")
POLICY_FILES = QT_TRANSLATE_NOOP("Words", "Policy files (*.toml)")
COULD_NOT_SAVE = QT_TRANSLATE_NOOP("Words", "Could not save the file: %1")
LOG_FILE = QT_TRANSLATE_NOOP("Words", "Log file: %1")
LOADING_POLICIES = QT_TRANSLATE_NOOP("Words", "Loading the policies…")
NUMBER = QT_TRANSLATE_NOOP("Words", "No.")
DATE = QT_TRANSLATE_NOOP("Words", "Date")
VISIT = QT_TRANSLATE_NOOP("Words", "Visit")
LIMIT = QT_TRANSLATE_NOOP("Words", "Limit")
USED = QT_TRANSLATE_NOOP("Words", "Used")
LEFT = QT_TRANSLATE_NOOP("Words", "Left")
THIS_YEAR = QT_TRANSLATE_NOOP("Words", "This year")
HISTORY = QT_TRANSLATE_NOOP("Words", "History")
ENTER_THE_BILL = QT_TRANSLATE_NOOP("Words", "Enter the total bill on the left; the estimate appears here.")
NO_ESTIMATE_YET = QT_TRANSLATE_NOOP("Words", "There is no estimate yet: fill in the form first.")
FORM_HAS_MISTAKES = QT_TRANSLATE_NOOP(
    "Words", "The case on the form has mistakes or is incomplete; correct the marked fields first.")


COLON = QT_TRANSLATE_NOOP("Words", "%1:")  # a label's colon: 参保险种：


def word(source: str) -> str:
    """One of the words above in the window's language."""
    return QCoreApplication.translate(CONTEXT, source)


def with_mnemonic(text: str, letter: str, lang: str) -> str:
    """`text` with `letter` as its keyboard mnemonic: 病种(&C), &Chronic disease, Hospital &level."""
    text = text.replace("&", "&&")
    lower = text.lower()
    starts = [i for i, ch in enumerate(lower) if ch == letter.lower() and (i == 0 or not lower[i - 1].isalpha())]
    at = starts[0] if starts else lower.find(letter.lower())  # a word's first letter if there is one
    if lang == "zh" or at < 0:
        return f"{text}(&{letter.upper()})"
    return f"{text[:at]}&{text[at:]}"


def field_label(text: str, letter: str, lang: str, colon: str) -> str:
    """A glossary word as a form field's label: with its mnemonic and the language's colon
    (`colon`: COLON in the label's language)."""
    return colon.replace("%1", with_mnemonic(text, letter, lang))
