"""Policy parameters and their sources in plain words, defined once for every face.

`resident.inpatient.rate.level3` = 0.60 reads 居民医保 · 住院 · 报销比例 · 三级医院 and 60%;
its source reads 鲁网，2021-12-18，《织密民生“保障网”…》：「…」, never a file name. The CLI,
the window, the printed sheet and the policy browser all call these functions, so the same
parameter reads the same everywhere. The words sit beside the schema (`policy_model`): a key
segment there has its words and, where it is an amount, a rate or a count, its unit here
(`tests/core/test_param_labels.py` checks every leaf of every shipped policy).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .messages import LABELS, Msg, label, msg, render
from .money import fmt_percent, fmt_plain

if TYPE_CHECKING:  # pragma: no cover
    from .estimate import ParamUse
    from .policy_model import Source
    from .registry import EffectivePolicy

# A key segment in words (简体中文, English). Schemes, levels, locations, groups, categories,
# conditions and child orders use the vocabulary's labels (`glossary.LABELS`) instead.
SEGMENTS: dict[str, tuple[str, str]] = {
    "inpatient_chronic_annual_cap": ("住院和门诊慢特病年度最高支付限额", "annual cap, hospital stays and chronic diseases"),
    "critical_illness": ("大病保险", "critical illness insurance"),
    "large_expense": ("大额医疗费用补助", "large-expense subsidy"),
    "assistance": ("医疗救助", "medical assistance"),
    "out_of_area": ("异地就医", "care outside the insured area"),
    "guarantees": ("托底保障", "local guarantees"),
    "day_ward": ("日间病房", "day ward"),
    "chronic_diseases": ("门诊慢特病病种", "chronic and special diseases"),
    "deductible": ("起付线", "deductible"),
    "rate": ("报销比例", "rate"),
    "annual_cap": ("年度最高支付限额", "annual cap"),
    "annual_limit": ("年度支付限额", "annual limit"),
    "admission_factors": ("多次住院起付线系数（第1、2、3次…）", "deductible factor by admission (1st, 2nd, 3rd…)"),
    "retiree_bonus": ("退休人员提高比例", "extra rate for retirees"),
    "counted_limit": ("年度计入药品费用限额", "yearly medication cost counted"),
    "quota": ("支付额度", "amount paid"),
    "leave_days": ("产假天数", "maternity leave days"),
    "allowance_days_per_month": ("津贴计算每月天数", "days per month for the allowance"),
    "extra_days_difficult_or_caesarean": ("难产或剖宫产增加天数", "extra days, difficult birth or caesarean"),
    "extra_days_per_extra_baby": ("多胞胎每多一婴增加天数", "extra days per extra baby"),
    "bands": ("分段", "bands"),
    "up_to": ("上限", "up to"),
    "tilt": ("倾斜政策", "tilted terms"),
    "groups": ("适用人群", "groups"),
    "deductible_factor": ("起付线系数", "deductible factor"),
    "rate_bonus": ("比例提高", "extra rate"),
    "uncapped": ("不设封顶线", "no cap"),
    "not_covered": ("不予支付的医疗机构级别", "levels not covered"),
    "available": ("是否设立该待遇", "benefit exists"),
    "reduction": ("报销比例降低", "rate reduction"),
    "personal_ceiling": ("个人负担上限", "ceiling on what the patient pays"),
    "guaranteed_rate": ("保底报销比例", "guaranteed rate"),
    "share": ("占医疗费总额比例", "share of the bill"),
    "threshold": ("起算金额", "threshold"),
    "categories": ("适用类别", "categories"),
    "locations": ("就医地", "where the care happens"),
    "settled_as_inpatient": ("按住院结算", "settled as a hospital stay"),
    "name": ("名称", "name"),
    "name_en": ("英文名称", "English name"),
    "in_service": ("在职", "in service"),
    "retired": ("退休", "retired"),
    "one": ("患一种病", "one of the two diseases"),
    "both": ("两种病均患", "both diseases"),
}

# Words for values that are words.
VALUE_WORDS: dict[str, tuple[str, str]] = {
    "inpatient": ("同住院报销比例", "same as a hospital stay"),
    "shared": ("与住院共用年度限额", "shares the annual cap of hospital stays"),
    "none": ("不设封顶线", "no cap"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
}

# The unit of a value, by the nearest key segment that has one (read from the end of the path).
# A factor (a multiplier of the deductible) has none: it is shown as written, 0.5.
UNIT_OF_SEGMENT: dict[str, str] = {
    **dict.fromkeys(("rate", "retiree_bonus", "rate_bonus", "reduction", "share"), "rate"),
    **dict.fromkeys(("deductible", "annual_cap", "annual_limit", "inpatient_chronic_annual_cap",
                     "counted_limit", "quota", "up_to", "threshold"), "amount"),
    **dict.fromkeys(("leave_days", "allowance_days_per_month", "extra_days_difficult_or_caesarean",
                     "extra_days_per_extra_baby"), "days"),
    **dict.fromkeys(("admission_factors", "deductible_factor"), "factor"),
}
# How a number with a unit is written (简体中文, English); "%1" is the number.
UNITS: dict[str, tuple[str, str]] = {
    "amount": ("%1 元", "%1 yuan"),
    "days": ("%1 天", "%1 days"),
    "count": ("%1 次", "%1 times"),
}

_VOCABULARY_KINDS = ("level", "location", "group", "category", "condition", "child_order")


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "zh" else pair[1]


def _vocabulary(word: str, lang: str) -> str | None:
    for kind in _VOCABULARY_KINDS:
        if word in LABELS[kind]:
            return label(kind, word, lang)
    return None


def _band(number: int, lang: str) -> str:
    return f"第{number}段" if lang == "zh" else f"band {number}"


# ------------------------------------------------------------------------------ labels

def param_words(path: str, lang: str = "zh", policy: "EffectivePolicy | None" = None) -> list[str]:
    """The words of `param_label`, one per key segment (a table keyed by band or group adds none).

    `policy` names the chronic diseases (they are data: `chronic_diseases.pulmonary_tb` reads 肺结核).
    """
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
            out.append(_band(int(part) + 1, lang))
        elif parent == "chronic_diseases" and policy is not None and part in policy.params.chronic_diseases:
            disease = policy.params.chronic_diseases[part]
            out.append(disease.name if lang == "zh" else disease.name_en)
        elif part in SEGMENTS:
            out.append(_pick(SEGMENTS[part], lang))
        else:
            out.append(_vocabulary(part, lang) or part)
    return out


def param_label(path: str, lang: str = "zh", policy: "EffectivePolicy | None" = None) -> str:
    """A dotted key in words: `resident.inpatient.rate.level3` -> 居民医保 · 住院 · 报销比例 · 三级医院."""
    return " · ".join(param_words(path, lang, policy))


def param_unit(path: str) -> str:
    """"rate", "amount", "days", "count", "factor" or "" (a word, a flag, a list of levels)."""
    for part in reversed(path.split(".")):
        unit = UNIT_OF_SEGMENT.get(part)
        if unit:
            return unit
    return ""


# ------------------------------------------------------------------------------ values

def param_value(path: str, value: Any, lang: str = "zh") -> str:
    """A parameter's value in words: 60%, 1,000 元, 158 天, 三级医院, 是/否, 不设封顶线."""
    return _value_text(value, param_unit(path), lang)


def _number(number: Decimal) -> str:
    if number == number.to_integral_value():
        return format(number.normalize(), ",f")
    return fmt_plain(number)


def _value_text(value: Any, unit: str, lang: str) -> str:
    sep = "、" if lang == "zh" else ", "
    if isinstance(value, bool):
        return _pick(VALUE_WORDS["yes" if value else "no"], lang)
    if isinstance(value, (Decimal, int)):
        number = Decimal(value)
        if unit == "rate":
            return fmt_percent(number)
        if unit == "factor":
            return fmt_plain(number)
        if unit in UNITS:
            return _pick(UNITS[unit], lang).replace("%1", _number(number))
        return _number(number)
    if isinstance(value, str):
        if value in ("inpatient", "shared") or (value == "none" and unit == "amount"):
            return _pick(VALUE_WORDS[value], lang)
        return _vocabulary(value, lang) or value
    if isinstance(value, dict):
        inner = "，" if lang == "zh" else ", "
        return inner.join(
            f"{_pick(SEGMENTS[k], lang) if k in SEGMENTS else k} {_value_text(v, param_unit(k) or unit, lang)}"
            for k, v in value.items()
        )
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, dict) for v in value):
            return ("；" if lang == "zh" else "; ").join(_value_text(v, unit, lang) for v in value)
        return sep.join(_value_text(v, unit, lang) for v in value)
    return str(value)


def param_line(path: str, value: Any, lang: str = "zh", policy: "EffectivePolicy | None" = None) -> str:
    """Label and value: 居民医保 · 住院 · 报销比例 · 三级医院：60%."""
    colon = "：" if lang == "zh" else ": "
    return f"{param_label(path, lang, policy)}{colon}{param_value(path, value, lang)}"


def use_line(use: "ParamUse", lang: str = "zh", policy: "EffectivePolicy | None" = None,
             mark_assumed: bool = True) -> str:
    """A parameter an estimate used, with its status unless verified:
    居民医保 · 住院 · 报销比例 · 三级医院：60%（未核实）, 医疗救助 · 低保对象 · 报销比例：70%（按政策下限估算）.

    `mark_assumed=False` where a 未核实 banner already says it (the window, the sheet).
    """
    text = param_line(use.path, use.value, lang, policy)
    source = use.provenance.source
    if source.verified or (source.kind == "assumed" and not mark_assumed):
        return text
    status = source_status(source, lang)
    return text + (f"（{status}）" if lang == "zh" else f" ({status})")


# ------------------------------------------------------------------------------ sources

def source_status(source: "Source", lang: str = "zh") -> str:
    """来源文件, 官方文件, 按政策下限估算, 按政策上限估算, 由结算单推算 or 未核实."""
    return label("source_kind", source.kind, lang)


def citation(source: "Source", lang: str = "zh") -> str:
    """The document as a person can look it up: issuer, date, 《title》, number: 「quote」 URL.

    Never the seed's file name (`document`), which only lets a test find the quote.
    """
    sep = "，" if lang == "zh" else ", "
    head = [p for p in (source.issuer, source.date) if p]
    if source.title:
        head.append(f"《{source.title}》" if lang == "zh" else f"“{source.title}”")
    if source.number:
        head.append(source.number)
    text = sep.join(head)
    if source.quote:
        quote = f"「{source.quote}」" if lang == "zh" else f"“{source.quote}”"
        text = f"{text}{'：' if lang == 'zh' else ': '}{quote}" if text else quote
    if source.url:
        text = f"{text} {source.url}" if text else source.url
    return text


def source_text(source: "Source", lang: str = "zh", status: bool = True) -> str:
    """Where a value comes from, in one line.

    seed / official: the citation. floor / ceiling: 按政策下限估算：the citation. slips: 由结算单推算
    with the count, the dates and the largest difference. assumed: 未核实：what it stands in for,
    and the nearest citation if there is one. `status=False` leaves out the leading status
    (where it is shown beside, as in the policy browser).
    """
    cited = citation(source, lang)
    if source.kind == "slips":
        body = render(msg("source.slips", count=source.slips, first=source.first_date.isoformat(),
                          last=source.last_date.isoformat(), residual=source.largest_residual), lang)
    elif source.kind == "assumed":
        note = source.note_in(lang) or ""
        if note and cited:  # 未核实：what it stands in for；the nearest citation
            body = note.rstrip("。.") + ("；" if lang == "zh" else "; ") + cited
        else:
            body = note or cited
    else:
        body = cited or (source.note_in(lang) or "")
    if not status or source.verified:
        return body
    colon = "：" if lang == "zh" else ": "
    return f"{source_status(source, lang)}{colon}{body}" if body else source_status(source, lang)


# ------------------------------------------------------------------------------ typed values

# The schema's bounds for a value typed by a person (SPEC §3a; `policy_model`): rates and
# factors 0…1, amounts 0…10,000,000,000 with at most two decimals, counts whole 0…1,000.
MAX_AMOUNT = Decimal("10000000000")
MAX_COUNT = 1000
_PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
# Words a value may be instead of a number (`policy_model.Cap`, `ChronicDisease.annual_limit`).
_WORDS_BY_SEGMENT = {"annual_cap": ("none",), "annual_limit": ("shared",)}
# Lists whose items are vocabulary words, by the list's key segment.
_CHOICES = {"not_covered": "level", "groups": "group", "locations": "location", "categories": "category"}


def param_words_allowed(path: str) -> tuple[str, ...]:
    """The words a value at `path` may be instead of a number: ("none",) for a cap, ("shared",)
    for a chronic disease's own limit."""
    parts = path.split(".")
    words = _WORDS_BY_SEGMENT.get(parts[-1], ())
    if words == ("shared",) and not (len(parts) == 3 and parts[0] == "chronic_diseases"):
        return ()
    return words


def param_choices(path: str) -> tuple[str, ...] | None:
    """The vocabulary a list at `path` picks from (levels, groups, locations, categories), or None."""
    kind = _CHOICES.get(path.split(".")[-1])
    if kind is None:
        return None
    return tuple(k for k in LABELS[kind] if not (kind == "group" and k == "none"))


def parse_param_value(path: str, text: str) -> tuple[Any, Msg | None]:
    """A number a person typed for the parameter at `path`, as the policy file holds it.

    A rate is typed as a percentage (62 or 62% -> 0.62); an amount in yuan (1,500.50); a
    count of days as a whole number; a list of factors separated by commas or 、. Returns
    (value, None), or (None, a message saying what is expected).
    """
    unit = param_unit(path)
    raw = text.strip().replace("，", ",").replace("、", ",")
    if not raw:
        return None, msg("input.empty")
    if unit == "factor" and "," in raw or path.endswith("admission_factors"):
        values = []
        for part in (p for p in raw.split(",") if p.strip()):
            value, problem = _parse_one(part, "factor")
            if problem is not None:
                return None, problem
            values.append(value)
        return (values, None) if values else (None, msg("input.empty"))
    return _parse_one(raw, unit)


def _parse_one(text: str, unit: str) -> tuple[Any, Msg | None]:
    text = unicodedata.normalize("NFKC", text).strip()  # full-width digits from a Chinese IME
    if unit == "rate":
        text = text.removesuffix("%").strip()
    elif unit == "amount":
        text = text.removesuffix("元").strip().replace(",", "")
    elif unit == "days":
        text = text.removesuffix("天").strip()
    number = Decimal(text) if _PLAIN_NUMBER.fullmatch(text) else None  # no 1e3, NaN, −1
    if unit == "rate":
        if number is None or not 0 <= number <= 100 or _places(number) > 2:
            return None, msg("input.rate")
        return (number / 100).normalize() if number else Decimal("0"), None
    if unit == "amount":
        if number is None or not 0 <= number <= MAX_AMOUNT or _places(number) > 2:
            return None, msg("input.amount", limit=f"{MAX_AMOUNT:,}")
        return number, None
    if unit in ("days", "count"):
        if number is None or number != number.to_integral_value() or not 0 <= number <= MAX_COUNT:
            return None, msg("input.count", limit=MAX_COUNT)
        return int(number), None
    if unit == "factor":
        if number is None or not 0 <= number <= 1 or _places(number) > 4:
            return None, msg("input.factor")
        return number, None
    return None, msg("input.unsupported")


def _places(number: Decimal) -> int:
    exponent = number.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0
