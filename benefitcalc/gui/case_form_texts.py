"""The form's words: each row's label and hint, in the language of the moment.

The strings are Qt's (`translations/app_zh_CN.ts`, context CaseForm), except the year-to-date
figures and the slip's payment, whose names are the core's glossary (`glossary.LABELS`): the
form asks for them in the words the printed sheet and the CLI use to show them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.messages import label
from .case_form_fields import FormGrid
from .i18n import current_language, heading

CONTEXT = "CaseForm"
SLIP_MNEMONIC = "p"  # 结算单统筹支付(&P)

LABELS = {
    "region": QT_TRANSLATE_NOOP("CaseForm", "&Region:"),
    "date": QT_TRANSLATE_NOOP("CaseForm", "Visit &date:"),
    "scheme": QT_TRANSLATE_NOOP("CaseForm", "&Insurance:"),
    "category": QT_TRANSLATE_NOOP("CaseForm", "&Kind of care:"),
    "level": QT_TRANSLATE_NOOP("CaseForm", "Hospital &level:"),
    "location": QT_TRANSLATE_NOOP("CaseForm", "&Where:"),
    "group": QT_TRANSLATE_NOOP("CaseForm", "Assistance &group:"),
    "costs.total": QT_TRANSLATE_NOOP("CaseForm", "Total &bill:"),
    "costs.self_paid": QT_TRANSLATE_NOOP("CaseForm", "Fully &self-paid:"),
    "costs.category_b_first": QT_TRANSLATE_NOOP("CaseForm", "Category-B first sh&are:"),
    "chronic.disease": QT_TRANSLATE_NOOP("CaseForm", "&Chronic disease:"),
    "two_diseases.conditions": QT_TRANSLATE_NOOP("CaseForm", "Medication for:"),
    "maternity.child_order": QT_TRANSLATE_NOOP("CaseForm", "Which &child:"),
    "maternity.babies": QT_TRANSLATE_NOOP("CaseForm", "&Number of babies:"),
    "maternity.monthly_wage": QT_TRANSLATE_NOOP("CaseForm", "Average monthly &wage:"),
}
CHECKS = {  # check boxes carry their own text
    "retired": QT_TRANSLATE_NOOP("CaseForm", "R&etired"),
    "day_ward": QT_TRANSLATE_NOOP("CaseForm", "Treated in a da&y ward"),
    "only_total": QT_TRANSLATE_NOOP("CaseForm", "I &only know the total"),
    "maternity.caesarean": QT_TRANSLATE_NOOP("CaseForm", "&Caesarean section"),
    "maternity.difficult": QT_TRANSLATE_NOOP("CaseForm", "Diffic&ult birth"),
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
SECTION_TITLES = {
    "visit": QT_TRANSLATE_NOOP("CaseForm", "Patient and visit"),
    "bill": QT_TRANSLATE_NOOP("CaseForm", "The bill"),
    "chronic_outpatient": QT_TRANSLATE_NOOP("CaseForm", "Chronic or special disease"),
    "two_diseases": QT_TRANSLATE_NOOP("CaseForm", "Hypertension / diabetes medication"),
    "maternity": QT_TRANSLATE_NOOP("CaseForm", "Childbirth"),
}
COLON = QT_TRANSLATE_NOOP("CaseForm", "%1:")  # the form's colon after a label: 参保地区：
YUAN = QT_TRANSLATE_NOOP("CaseForm", "yuan")


def tr(source: str) -> str:
    """A string of the tables above in the current language."""
    return QCoreApplication.translate(CONTEXT, source)


def with_mnemonic(text: str, letter: str, lang: str) -> str:
    """`text` with `letter` as its keyboard mnemonic: 结算单统筹支付(&P), basic fund on the sli&p."""
    text = text.replace("&", "&&")
    at = text.lower().find(letter.lower())
    if lang == "zh" or at < 0:
        return f"{text}(&{letter.upper()})"
    return f"{text[:at]}&{text[at:]}"


def row_label(key: str) -> str:
    """A row's label: Qt's string, or for the year's figures and the slip the core's words."""
    section, _, name = key.partition(".")
    if section not in ("year_to_date", "known"):
        return tr(LABELS[key])
    lang = current_language()
    text = heading(label(section, name, lang))
    if section == "known":
        text = with_mnemonic(text, SLIP_MNEMONIC, lang)
    return tr(COLON).replace("%1", text)


def section_title(key: str) -> str:
    """A section's header: the visit, the bill, or the details of a kind of care ("" for none)."""
    return tr(SECTION_TITLES[key]) if key in SECTION_TITLES else ""


CHOICES = ("scheme", "category", "level", "location", "group")  # combos of the glossary's words


def retranslate_rows(grid: FormGrid) -> None:
    """The labels, check-box texts, choices, hints and units of the rows built so far."""
    lang = current_language()
    for key, row in grid.rows.items():
        if key in CHOICES:
            for index in range(row.editor.count()):
                row.editor.setItemText(index, heading(label(key, row.editor.itemData(index), lang)))
        if key in CHECKS:
            row.editor.setText(tr(CHECKS[key]))
        elif key in LABELS or key.startswith(("year_to_date.", "known.")):
            row.label.setText(row_label(key))
        if key in HINTS and row.hint is not None:
            row.hint.setText(tr(HINTS[key]))
    grid.set_unit_text(tr(YUAN))
