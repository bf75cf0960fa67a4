"""Policy parameters in plain words: `resident.inpatient.rate.level3` = 0.6 reads
"居民医保 · 住院 · 报销比例 · 三级医院" and "60%".

Used by the window's 未核实 banner (at the first estimate, so this module stays small: Qt Core
and the core's vocabulary only), the printed sheet and the policy browser. The words are in
`translations/dialogs_zh_CN.ts`, context "Params", and are looked up in the language asked
for, whatever language the window is in (`Words`).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from ..core.messages import LABELS, label
from ..core.money import fmt_percent, fmt_plain

if TYPE_CHECKING:  # pragma: no cover
    from ..core.registry import EffectivePolicy

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


# ------------------------------------------------------------------------------ parameters

# A segment of a dotted parameter key, in words. Levels, locations, groups, categories and
# schemes use the core's vocabulary instead.
_SEGMENTS = {
    "inpatient_chronic_annual_cap": QT_TRANSLATE_NOOP("Params", "annual cap, hospital stays and chronic diseases"),
    "critical_illness": QT_TRANSLATE_NOOP("Params", "critical illness insurance"),
    "large_expense": QT_TRANSLATE_NOOP("Params", "large-expense subsidy"),
    "assistance": QT_TRANSLATE_NOOP("Params", "medical assistance"),
    "out_of_area": QT_TRANSLATE_NOOP("Params", "care outside the insured area"),
    "guarantees": QT_TRANSLATE_NOOP("Params", "local guarantees"),
    "day_ward": QT_TRANSLATE_NOOP("Params", "day ward"),
    "chronic_diseases": QT_TRANSLATE_NOOP("Params", "chronic and special diseases"),
    "deductible": QT_TRANSLATE_NOOP("Params", "deductible"),
    "rate": QT_TRANSLATE_NOOP("Params", "rate"),
    "annual_cap": QT_TRANSLATE_NOOP("Params", "annual cap"),
    "annual_limit": QT_TRANSLATE_NOOP("Params", "annual limit"),
    "admission_factors": QT_TRANSLATE_NOOP("Params", "deductible factor by admission (1st, 2nd, 3rd…)"),
    "retiree_bonus": QT_TRANSLATE_NOOP("Params", "extra rate for retirees"),
    "counted_limit": QT_TRANSLATE_NOOP("Params", "yearly medication cost counted"),
    "quota": QT_TRANSLATE_NOOP("Params", "amount paid"),
    "leave_days": QT_TRANSLATE_NOOP("Params", "maternity leave days"),
    "allowance_days_per_month": QT_TRANSLATE_NOOP("Params", "days per month for the allowance"),
    "extra_days_difficult_or_caesarean": QT_TRANSLATE_NOOP("Params", "extra days, difficult birth or caesarean"),
    "extra_days_per_extra_baby": QT_TRANSLATE_NOOP("Params", "extra days per extra baby"),
    "bands": QT_TRANSLATE_NOOP("Params", "bands"),
    "up_to": QT_TRANSLATE_NOOP("Params", "up to"),
    "tilt": QT_TRANSLATE_NOOP("Params", "tilted terms"),
    "groups": QT_TRANSLATE_NOOP("Params", "groups"),
    "deductible_factor": QT_TRANSLATE_NOOP("Params", "deductible factor"),
    "rate_bonus": QT_TRANSLATE_NOOP("Params", "extra rate"),
    "uncapped": QT_TRANSLATE_NOOP("Params", "no cap"),
    "not_covered": QT_TRANSLATE_NOOP("Params", "levels not covered"),
    "available": QT_TRANSLATE_NOOP("Params", "benefit exists"),
    "reduction": QT_TRANSLATE_NOOP("Params", "rate reduction"),
    "personal_ceiling": QT_TRANSLATE_NOOP("Params", "ceiling on what the patient pays"),
    "guaranteed_rate": QT_TRANSLATE_NOOP("Params", "guaranteed rate"),
    "share": QT_TRANSLATE_NOOP("Params", "share of the bill"),
    "threshold": QT_TRANSLATE_NOOP("Params", "threshold"),
    "categories": QT_TRANSLATE_NOOP("Params", "categories"),
    "locations": QT_TRANSLATE_NOOP("Params", "where the care happens"),
    "settled_as_inpatient": QT_TRANSLATE_NOOP("Params", "settled as a hospital stay"),
    "name": QT_TRANSLATE_NOOP("Params", "name"),
    "name_en": QT_TRANSLATE_NOOP("Params", "English name"),
    "in_service": QT_TRANSLATE_NOOP("Params", "in service"),
    "retired": QT_TRANSLATE_NOOP("Params", "retired"),
    "one": QT_TRANSLATE_NOOP("Params", "one of the two diseases"),
    "both": QT_TRANSLATE_NOOP("Params", "both diseases"),
}
_VALUES = {
    "inpatient": QT_TRANSLATE_NOOP("Params", "same as a hospital stay"),
    "shared": QT_TRANSLATE_NOOP("Params", "shares the annual cap of hospital stays"),
    "none": QT_TRANSLATE_NOOP("Params", "no cap"),
    "yes": QT_TRANSLATE_NOOP("Params", "yes"),
    "no": QT_TRANSLATE_NOOP("Params", "no"),
    "band": QT_TRANSLATE_NOOP("Params", "band %1"),
    "yuan": QT_TRANSLATE_NOOP("Params", "%1 yuan"),
    "days": QT_TRANSLATE_NOOP("Params", "%1 days"),
}
_RATE_KEYS = {"rate", "retiree_bonus", "rate_bonus", "reduction", "share"}
_AMOUNT_KEYS = {"deductible", "annual_cap", "annual_limit", "inpatient_chronic_annual_cap",
                "counted_limit", "quota", "up_to", "threshold"}
_DAY_KEYS = {"leave_days", "allowance_days_per_month", "extra_days_difficult_or_caesarean",
             "extra_days_per_extra_baby"}
_VOCABULARY_KINDS = ("level", "location", "group", "category", "condition", "child_order")


def _vocabulary(word: str, lang: str) -> str | None:
    for kind in _VOCABULARY_KINDS:
        if word in LABELS[kind]:
            return label(kind, word, lang)
    return None


def param_label(path: str, lang: str = "zh", policy: "EffectivePolicy | None" = None) -> str:
    """A dotted parameter key in words: `resident.inpatient.rate.level3` -> 居民医保 · 住院 · 报销比例 · 三级医院."""
    return " · ".join(param_words(path, lang, policy))


def param_words(path: str, lang: str = "zh", policy: "EffectivePolicy | None" = None) -> list[str]:
    """The words of `param_label`, one per key segment (tables keyed by band or group skip a word)."""
    words = Words(lang, "Params")
    parts = path.split(".")
    out: list[str] = []
    for index, part in enumerate(parts):
        parent = parts[index - 1] if index else ""
        following = parts[index + 1] if index + 1 < len(parts) else ""
        if part in ("bands", "groups") and following:  # a table keyed by band number or group
            continue
        if index == 0 and part in LABELS["scheme_short"]:
            out.append(label("scheme_short", part, lang))
        elif part.isdigit():
            out.append(words(_VALUES["band"]).replace("%1", str(int(part) + 1)))
        elif parent == "chronic_diseases" and policy is not None and part in policy.params.chronic_diseases:
            disease = policy.params.chronic_diseases[part]
            out.append(disease.name if lang == "zh" else disease.name_en)
        elif part in _SEGMENTS:
            out.append(words(_SEGMENTS[part]))
        else:
            out.append(_vocabulary(part, lang) or part)
    return out


def _unit(path: str) -> str:
    for part in reversed(path.split(".")):
        if part in _RATE_KEYS:
            return "rate"
        if part in _AMOUNT_KEYS:
            return "amount"
        if part in _DAY_KEYS:
            return "days"
    return ""


def param_value(path: str, value: Any, lang: str = "zh") -> str:
    """A parameter's value in words: 60%, 1,000 元, 158 天, 三级医院, 是/否."""
    return _value_text(value, _unit(path), lang)


def _value_text(value: Any, unit: str, lang: str) -> str:
    words = Words(lang, "Params")
    sep = "、" if lang == "zh" else ", "
    if isinstance(value, bool):
        return words(_VALUES["yes"] if value else _VALUES["no"])
    if isinstance(value, (Decimal, int)):
        number = Decimal(value)
        if unit == "rate":
            return fmt_percent(number)
        text = format(number.normalize(), ",f") if number == number.to_integral_value() else fmt_plain(number)
        if unit == "amount":
            return words(_VALUES["yuan"]).replace("%1", text)
        if unit == "days":
            return words(_VALUES["days"]).replace("%1", text)
        return text
    if isinstance(value, str):
        if value in ("inpatient", "shared") or (value == "none" and unit == "amount"):
            return words(_VALUES[value])
        return _vocabulary(value, lang) or value
    if isinstance(value, dict):
        inner = "，" if lang == "zh" else ", "
        return inner.join(
            f"{words(_SEGMENTS.get(k, k))} {_value_text(v, _unit(k) or unit, lang)}" for k, v in value.items()
        )
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, dict) for v in value):
            return ("；" if lang == "zh" else "; ").join(_value_text(v, unit, lang) for v in value)
        return sep.join(_value_text(v, unit, lang) for v in value)
    return str(value)
