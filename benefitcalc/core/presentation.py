"""An estimate in words, once for every face: the CLI, the window and the printed sheet.

The faces only lay these out (text columns, widgets, HTML): which rows the breakdown has and
what they are called, which inputs a sheet lists, each step's sentence, formula and parameters
in words with their sources, the policy line. So a payer, a part of the patient's share or a
year-to-date figure reads the same on screen, on paper and in a terminal, and which payers are
listed is decided here only (docs/decisions.md: the payers that apply to the case, and any
other that pays). The JSON form is `core.estimate_json`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Iterable

from .case_fields import COUNTS, YEAR_TO_DATE, fields_that_apply, payers_that_apply
from .messages import LABELS, label, msg, render
from .money import fmt_yuan
from .param_labels import param_label, param_value, source_status, source_text, use_line
from .vocabulary import PAYERS

if TYPE_CHECKING:  # pragma: no cover
    from .estimate import Estimate, ParamUse
    from .registry import EffectivePolicy

PARTS = ("self_paid", "category_b_first", "copay")  # the patient's share, in the order shown
# Roles of the breakdown's rows, for the faces' layout (indents, bold, the large figure).
ROLES = ("total", "eligible", "payer", "reimbursed", "personal", "part", "relief", "allowance")


def say(id: str, lang: str, **params: Any) -> str:
    """A catalog message in `lang`."""
    return render(msg(id, **params), lang)


def colon(lang: str) -> str:
    return "：" if lang == "zh" else ": "


def in_brackets(text: str, lang: str) -> str:
    """（未核实） / (unverified): a status after a name."""
    return f"（{text}）" if lang == "zh" else f" ({text})"


def listing(items: Iterable[str], lang: str) -> str:
    """Words listed in a sentence: 高血压、糖尿病 / hypertension, diabetes."""
    return ("、" if lang == "zh" else ", ").join(items)


def policy_name(policy: "EffectivePolicy", lang: str) -> str:
    return policy.name if lang == "zh" else policy.name_en


# ------------------------------------------------------------------------------ the breakdown

@dataclass(frozen=True)
class Row:
    """One line of who pays what. `amount` is signed: the guarantee's relief is negative."""

    key: str  # total, eligible, a payer, reimbursed, personal, a part, backstop_relief, allowance
    label: str
    amount: Decimal
    role: str  # one of ROLES


def estimate_payers(est: "Estimate") -> tuple[str, ...]:
    """The payers that apply to the estimate's case (`case_fields.payers_that_apply`)."""
    case = est.case
    return payers_that_apply(case.scheme, case.category, case.group)


def breakdown(figures: Any, lang: str, applies: Iterable[str] | None = None) -> list[Row]:
    """The rows of who pays what, for an `Estimate` or a year's `Totals` (same attributes).

    A payer is listed when it applies (`applies`; by default those of the estimate's case) or
    when it pays anything. The three parts of the patient's share are always listed; the
    guarantee's relief and the maternity allowance only when not zero."""
    if applies is None:
        applies = estimate_payers(figures)
    listed = set(applies)
    rows = [Row("total", say("ui.total", lang), figures.total, "total"),
            Row("eligible", say("ui.eligible", lang), figures.eligible, "eligible")]
    rows += [Row(p, label("payer", p, lang), figures.payers[p], "payer")
             for p in PAYERS if p in listed or figures.payers[p]]
    rows.append(Row("reimbursed", say("ui.reimbursed", lang), figures.reimbursed, "reimbursed"))
    rows.append(Row("personal", say("ui.personal", lang), figures.personal, "personal"))
    rows += [Row(part, label("personal_part", part, lang), getattr(figures, part), "part") for part in PARTS]
    if figures.payers["backstop"]:
        rows.append(Row("backstop_relief", say("ui.backstop_relief", lang), -figures.payers["backstop"], "relief"))
    if figures.allowance:
        rows.append(Row("allowance", say("ui.allowance", lang), figures.allowance, "allowance"))
    return rows


def signed_yuan(amount: Decimal) -> str:
    """12,345.60, or −1,000.00 for a relief (a true minus sign, not a hyphen)."""
    return "−" + fmt_yuan(-amount) if amount < 0 else fmt_yuan(amount)


def known_line(est: "Estimate", lang: str) -> str:
    """The slip's basic-fund figure beside this policy's, when the case gives one; else ""."""
    if est.known_basic_fund is None or est.computed_basic_fund is None:
        return ""
    return say("ui.known", lang, known=fmt_yuan(est.known_basic_fund), computed=fmt_yuan(est.computed_basic_fund))


def notes(est: "Estimate", lang: str, banner: bool = False) -> list[str]:
    """The warnings in words. `banner`: the face shows the 未核实 banner, which says the
    unverified-parameters warning itself."""
    return [render(w, lang) for w in est.warnings if not (banner and w.id == "warn.assumed" and est.assumed)]


def policy_line(policy: "EffectivePolicy", lang: str) -> str:
    """政策版本：济南市…，2024-01-01 起施行（policies/…toml），有效期至 …"""
    text = say("ui.policy_version", lang, name=policy_name(policy, lang), valid_from=policy.valid_from.isoformat(),
             files=listing((f.display for f in policy.files), lang))
    if policy.valid_until is not None:
        text += say("ui.valid_until", lang, date=policy.valid_until.isoformat())
    return text


# ------------------------------------------------------------------------------ the steps

@dataclass(frozen=True)
class ParamView:
    """A parameter a step used, in words."""

    path: str  # the dotted key (a tooltip, `--keys`), never the words
    label: str  # 居民医保 · 住院 · 报销比例 · 三级医院
    value: str  # 60%
    line: str  # label：value, with its status unless verified (（未核实）)
    source: str  # where it comes from, without the status
    cited: str  # the same with the status in front (未核实：…)
    status: str  # 未核实, 按政策下限估算, …; "" when verified
    verified: bool
    kind: str  # the source's kind: seed, official, floor, ceiling, slips, assumed

    @property
    def assumed(self) -> bool:
        """A placeholder: listed in the 未核实 banner or at the end, so no source is given inline."""
        return self.kind == "assumed"


@dataclass(frozen=True)
class StepView:
    number: int  # from 1
    layer: str
    layer_title: str
    sentence: str
    formula: str
    status: str  # the step's mark: 未核实 if it uses a placeholder, else the first other status, else ""
    params: tuple[ParamView, ...]


def param_view(use: "ParamUse", lang: str, policy: "EffectivePolicy | None" = None) -> ParamView:
    source = use.provenance.source
    return ParamView(
        path=use.path, label=param_label(use.path, lang, policy), value=param_value(use.path, use.value, lang),
        line=use_line(use, lang, policy), source=source_text(source, lang, status=False),
        cited=source_text(source, lang), status="" if use.verified else source_status(source, lang),
        verified=use.verified, kind=source.kind,
    )


def layer_title(layer: str, lang: str) -> str:
    """A layer of the explanation: a payer's name, or the bill, the allowance, the patient."""
    if layer in PAYERS:
        return label("payer", layer, lang)
    return label("layer", layer, lang) if layer in LABELS["layer"] else layer


def step_views(est: "Estimate", lang: str) -> list[StepView]:
    views = []
    for number, step in enumerate(est.steps, 1):
        params = tuple(param_view(use, lang, est.policy) for use in step.params)
        marks = [p for p in params if not p.verified]
        status = ""
        if marks:  # a placeholder above all; a floor is no placeholder and is said as such
            status = label("source_kind", "assumed", lang) if any(p.assumed for p in marks) else marks[0].status
        views.append(StepView(number, step.layer, layer_title(step.layer, lang), render(step.text, lang),
                              step.formula, status, params))
    return views


def assumed_lines(est: "Estimate", lang: str, mark: bool = True) -> list[str]:
    """The placeholders the estimate used, one line each (`mark=False` under a 未核实 banner)."""
    return [use_line(use, lang, est.policy, mark_assumed=mark) for use in est.assumed]


# ------------------------------------------------------------------------------ the inputs

@dataclass(frozen=True)
class InputRow:
    key: str  # the case file's dotted key (maternity.birth for caesarean and difficult)
    label: str
    value: str


def _disease_name(est: "Estimate", lang: str) -> str:
    key = est.case.chronic.disease
    disease = est.policy.params.chronic_diseases.get(key)
    return (disease.name if lang == "zh" else disease.name_en) if disease else key


def input_rows(est: "Estimate", lang: str) -> list[InputRow]:
    """What was typed in, for the fields that apply to the case (`case_fields`); year-to-date
    figures only when not zero."""
    case = est.case
    applies = fields_that_apply(case.scheme, case.category, case.group)
    word = lambda key: label("input", key, lang)  # noqa: E731
    rows = [InputRow("region", word("region"), policy_name(est.policy, lang)),
            InputRow("date", word("date"), case.date.isoformat()),
            InputRow("scheme", word("scheme"), label("scheme", case.scheme, lang))]
    if applies["retired"]:
        rows.append(InputRow("retired", word("retired"), label("employment", "retired" if case.retired else "in_service", lang)))
    category = label("category", case.category, lang)
    if case.day_ward and applies["day_ward"]:
        category = say("input.day_ward", lang, category=category)
    rows.append(InputRow("category", word("category"), category))
    if applies["level"]:
        rows.append(InputRow("level", word("level"), label("level", case.level, lang) if case.level else "—"))
    if applies["location"]:
        rows.append(InputRow("location", word("location"), label("location", case.location, lang)))
    if applies["group"]:
        rows.append(InputRow("group", word("group"), label("group", case.group, lang)))
    if case.chronic is not None and applies["chronic.disease"]:
        rows.append(InputRow("chronic.disease", word("chronic.disease"), _disease_name(est, lang)))
    if case.two_diseases is not None and applies["two_diseases.conditions"]:
        rows.append(InputRow("two_diseases.conditions", word("two_diseases.conditions"),
                             listing((label("condition", c, lang) for c in case.two_diseases.conditions), lang)))
    rows += _birth_rows(est, lang, applies)
    rows += [InputRow("costs.total", say("ui.total", lang), fmt_yuan(case.costs.total)),
             InputRow("costs.self_paid", label("personal_part", "self_paid", lang), fmt_yuan(case.costs.self_paid)),
             InputRow("costs.category_b_first", label("personal_part", "category_b_first", lang),
                      fmt_yuan(case.costs.category_b_first))]
    for field in YEAR_TO_DATE:
        value = getattr(case.year_to_date, field)
        if value and applies[f"year_to_date.{field}"]:
            rows.append(InputRow(f"year_to_date.{field}", label("year_to_date", field, lang),
                                 str(value) if field in COUNTS else fmt_yuan(value)))
    if case.known.basic_fund is not None and applies["known.basic_fund"]:
        rows.append(InputRow("known.basic_fund", label("known", "basic_fund", lang), fmt_yuan(case.known.basic_fund)))
    return rows


def _birth_rows(est: "Estimate", lang: str, applies: dict[str, bool]) -> list[InputRow]:
    m = est.case.maternity
    if m is None:
        return []
    word = lambda key: label("input", key, lang)  # noqa: E731
    rows = []
    if m.child_order is not None and applies["maternity.child_order"]:
        rows.append(InputRow("maternity.child_order", word("maternity.child_order"), say("input.child_no", lang, n=m.child_order)))
    birth = [label("birth", key, lang) for key in ("caesarean", "difficult") if getattr(m, key) and applies[f"maternity.{key}"]]
    if birth:
        rows.append(InputRow("maternity.birth", word("maternity.birth"), listing(birth, lang)))
    if m.babies > 1 and applies["maternity.babies"]:
        rows.append(InputRow("maternity.babies", word("maternity.babies"), str(m.babies)))
    if m.monthly_wage is not None and applies["maternity.monthly_wage"]:
        rows.append(InputRow("maternity.monthly_wage", word("maternity.monthly_wage"), fmt_yuan(m.monthly_wage)))
    return rows
