"""The form's words: each row's label and hint, in the language of the moment.

The strings are Qt's (`translations/app_zh_CN.ts`, context CaseForm), except the year-to-date
figures and the slip's payment, whose names are the core's glossary (`glossary.LABELS`): the
form asks for them in the words the printed sheet and the CLI use to show them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.case_fields import DETAIL_CATEGORIES
from ..core.messages import label
from . import common_words
from .case_form_fields import FormGrid
from .i18n import current_language, heading

CONTEXT = "CaseForm"

LABELS = {
    "costs.total": QT_TRANSLATE_NOOP("CaseForm", "Total &bill:"),
    "costs.self_paid": QT_TRANSLATE_NOOP("CaseForm", "Fully &self-paid:"),
    "two_diseases.conditions": QT_TRANSLATE_NOOP("CaseForm", "Medication for:"),
    "maternity.babies": QT_TRANSLATE_NOOP("CaseForm", "&Number of babies:"),
    "maternity.monthly_wage": QT_TRANSLATE_NOOP("CaseForm", "Average monthly &wage:"),
}
# Rows and check boxes named in the glossary's words (the sheet's and the CLI's), with the
# letter of their keyboard mnemonic: (kind, key, letter).
GLOSSARY_LABELS = {
    "region": ("input", "region", "r"),
    "date": ("input", "date", "d"),
    "scheme": ("input", "scheme", "i"),
    "category": ("input", "category", "k"),
    "level": ("input", "level", "l"),
    "location": ("input", "location", "w"),
    "group": ("input", "group", "g"),
    "costs.category_b_first": ("personal_part", "category_b_first", "a"),
    "chronic.disease": ("input", "chronic.disease", "c"),
    "maternity.child_order": ("input", "maternity.child_order", "c"),
    "known.basic_fund": ("known", "basic_fund", "p"),
}
GLOSSARY_CHECKS = {
    "retired": ("employment", "retired", "e"),
    "maternity.caesarean": ("birth", "caesarean", "c"),
    "maternity.difficult": ("birth", "difficult", "u"),
}
CHECKS = {  # check boxes carry their own text
    "day_ward": QT_TRANSLATE_NOOP("CaseForm", "Treated in a da&y ward"),
    "only_total": QT_TRANSLATE_NOOP("CaseForm", "I &only know the total"),
}
HINTS = {
    "location": QT_TRANSLATE_NOOP("CaseForm", "Out-of-area care may be reimbursed at a lower rate."),
    "day_ward": QT_TRANSLATE_NOOP(
        "CaseForm", "Day-ward care is settled as a hospital stay where the local policy says so."),
    "group": QT_TRANSLATE_NOOP("CaseForm", "Only for people entitled to medical assistance."),
    "costs.total": QT_TRANSLATE_NOOP("CaseForm", "The whole bill, as on the invoice or settlement slip."),
    "only_total": QT_TRANSLATE_NOOP(
        "CaseForm",
        "Self-paid and Category-B first share are taken as 0: the whole bill counts as in-policy, "
        "so the estimate may come out too high."),
    "costs.self_paid": QT_TRANSLATE_NOOP(
        "CaseForm", "Items outside the insurance lists and amounts above price limits: no fund pays them."),
    "costs.category_b_first": QT_TRANSLATE_NOOP(
        "CaseForm", "The share of Category-B drugs and items the patient pays first."),
    "maternity.child_order": QT_TRANSLATE_NOOP(
        "CaseForm", "The fund's amount for a birth depends on which child it is."),
    "maternity.monthly_wage": QT_TRANSLATE_NOOP(
        "CaseForm", "The employer's average monthly wage last year, for the maternity allowance."),
    "year_to_date.basic_fund_paid": QT_TRANSLATE_NOOP("CaseForm", "Hospital stays and chronic-disease care together."),
    "year_to_date.critical_base": QT_TRANSLATE_NOOP(
        "CaseForm", "This year's in-policy cost minus what the basic fund paid, added up over earlier bills."),
    "known.basic_fund": QT_TRANSLATE_NOOP(
        "CaseForm",
        "If there is a hospital settlement slip: its basic fund payment. The later layers are computed from it."),
}
SECTION_TITLES = {"visit": QT_TRANSLATE_NOOP("CaseForm", "Patient and visit")}
# The other sections are named in the glossary's words: the bill, and the kinds of care with details.
GLOSSARY_TITLES = {"bill": ("layer", "bill"), **{c: ("category", c) for c in DETAIL_CATEGORIES}}
YUAN = QT_TRANSLATE_NOOP("CaseForm", "yuan")


def tr(source: str) -> str:
    """A string of the tables above in the current language."""
    return QCoreApplication.translate(CONTEXT, source)


def row_label(key: str) -> str:
    """A row's label: the glossary's word with its mnemonic, or the form's own (Qt's) string."""
    lang = current_language()
    section, _, name = key.partition(".")
    if key in GLOSSARY_LABELS:
        kind, word_key, letter = GLOSSARY_LABELS[key]
    elif section == "year_to_date":  # no mnemonic: the year's figures are reached by Tab
        return common_words.word(common_words.COLON).replace("%1", heading(label(section, name, lang)))
    else:
        return tr(LABELS[key])
    return common_words.field_label(heading(label(kind, word_key, lang)), letter, lang,
                                    common_words.word(common_words.COLON))


def check_text(key: str) -> str:
    """A check box's text: the glossary's word with its mnemonic, or the form's own string."""
    if key in GLOSSARY_CHECKS:
        kind, word_key, letter = GLOSSARY_CHECKS[key]
        lang = current_language()
        return common_words.with_mnemonic(heading(label(kind, word_key, lang)), letter, lang)
    return tr(CHECKS[key])
def section_title(key: str) -> str:
    """A section's header: the visit, the bill, or the details of a kind of care ("" for none)."""
    if key in GLOSSARY_TITLES:
        return heading(label(*GLOSSARY_TITLES[key], current_language()))
    return tr(SECTION_TITLES[key]) if key in SECTION_TITLES else ""


CHOICES = ("scheme", "category", "level", "location", "group")  # combos of the glossary's words


def retranslate_rows(grid: FormGrid) -> None:
    """The labels, check-box texts, choices, hints and units of the rows built so far."""
    lang = current_language()
    for key, row in grid.rows.items():
        if key in CHOICES:
            for index in range(row.editor.count()):
                row.editor.setItemText(index, heading(label(key, row.editor.itemData(index), lang)))
        if key in CHECKS or key in GLOSSARY_CHECKS:
            row.editor.setText(check_text(key))
        elif key in LABELS or key in GLOSSARY_LABELS or key.startswith("year_to_date."):
            row.label.setText(row_label(key))
        if key in HINTS and row.hint is not None:
            row.hint.setText(tr(HINTS[key]))
    grid.set_unit_text(tr(YUAN))
