"""Explanation sentences state no policy figure of their own (issue 10 item 2).

Every figure, fraction word (减半) or yes/no choice (不设封顶线) a policy file decides must come
into a sentence as a placeholder filled from the parameter the rule used. These tests render
every step and warning of many cases on the fixture policies, whose figures differ from the
shipped ones, and look for shipped figures and policy words in the text.
"""

from __future__ import annotations

import ast
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from benefitcalc.core.case import case_from_dict
from benefitcalc.core.engine import estimate
from benefitcalc.core.messages import CATALOG, LANGS, Concat, Msg, render
from benefitcalc.core.money import fmt_percent, fmt_plain, fmt_yuan

from .conftest import ROOT, worked_cases

RULE_FILES = sorted((ROOT / "benefitcalc" / "core" / "rules").glob("*.py")) + [ROOT / "benefitcalc" / "core" / "engine.py"]
SENTENCE = re.compile(r"^(step|warn)\.")
# A number as a sentence shows it: 1,234.56 / 60% / 0.5 / 30.
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?%?")
# Words that state a fraction or a yes/no choice a policy file decides; each must come from a
# placeholder backed by the parameter that decides it (see test_policy_words_are_backed...).
FRACTION_WORDS = ("减半", "halved", "全额", "in full", "all in-policy")
NO_CAP_WORDS = ("不设封顶线", "不设年度封顶线", "no annual cap", "no cap")


def _case(region, scheme, category, total, level="level3", group="none", **extra):
    case = dict(
        region=region, date=date(2025, 6, 1), scheme=scheme, category=category, level=level,
        location="local", group=group, retired=False, costs={"total": total},
    )
    case.update(extra)
    return case


# Cases on Delta (a tilt that keeps the cap at factor 0.6, 21 days a month) and Epsilon (no
# critical illness cap) with odd amounts,
# so no figure the case itself brings looks like a shipped one.
DELTA_CASES = [
    ("a tilted resident whose burden stays under the tilted deductible",
     _case("delta", "resident", "inpatient", "21987.37", group="tekun")),
    ("a tilted resident whose burden crosses every band and the annual cap",
     _case("delta", "resident", "inpatient", "1987654.37", group="dibao",
           year_to_date={"critical_paid": "123456.78"})),
    ("an employee's caesarean birth of twins",
     _case("delta", "employee", "maternity", "8765.43", level=None,
           maternity={"child_order": 1, "caesarean": True, "babies": 2, "monthly_wage": "6543.21"})),
    ("a resident's second child",
     _case("delta", "resident", "maternity", "3456.78", level=None, maternity={"child_order": 2})),
    ("a slip's basic fund figure that differs from the policy's",
     _case("delta", "resident", "inpatient", "45678.91", known={"basic_fund": "12345.67"})),
    ("a slip's basic fund figure for a disease this policy does not list",
     _case("delta", "resident", "chronic_outpatient", "4567.89", chronic={"disease": "not_listed"},
           known={"basic_fund": "1234.56"})),
    ("a day-ward stay where no source says how it is settled",
     _case("delta", "resident", "inpatient", "7654.32", day_ward=True)),
    ("a resident's large stay where critical illness insurance has no annual cap",
     _case("epsilon", "resident", "inpatient", "987654.37")),
]


def _odd(case: dict) -> dict:
    """A worked case with 0.37 added to each amount, so that the figures the case brings (a bill,
    what was paid this year) cannot look like a shipped round figure."""
    case = dict(case)
    for table in ("costs", "year_to_date", "known", "maternity"):
        if table in case:
            case[table] = {
                k: str(Decimal(v) + Decimal("0.37")) if isinstance(v, str) and Decimal(v) > 0 else v
                for k, v in case[table].items()
            }
    return case


def _estimates(registry):
    cases = [(name, _odd(case)) for name, case, _ in worked_cases()] + DELTA_CASES
    return [(name, case["region"], estimate(case_from_dict(case), registry)) for name, case in cases]


def _messages(message) -> list[Msg]:
    """A message and every message inside it (sub-messages for optional clauses)."""
    found = []
    if isinstance(message, Msg):
        found.append(message)
        for value in message.params.values():
            found += _messages(value)
    elif isinstance(message, Concat):
        for part in message.parts:
            found += _messages(part)
    elif isinstance(message, (list, tuple)):
        for part in message:
            found += _messages(part)
    return found


def _numbers(value) -> set:
    if isinstance(value, bool):
        return set()
    if isinstance(value, (Decimal, int)):
        return {value}
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return set().union(*(_numbers(v) for v in value)) if value else set()
    return set()


def _leaf_values(policy) -> set:
    return _numbers(list(policy.leaves.values()))


def _shown(value) -> set[str]:
    """Every way a sentence could show a policy value."""
    if isinstance(value, int):
        return {str(value), fmt_yuan(Decimal(value))}
    forms = {fmt_plain(value), fmt_yuan(value)}
    if value <= 1:
        forms.add(fmt_percent(value))
    return forms


def rule_message_ids() -> set[str]:
    """The step and warning ids the rules and the engine can say (string literals in the code)."""
    ids = set()
    for path in RULE_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in CATALOG:
                if SENTENCE.match(node.value):
                    ids.add(node.value)
    return ids


@pytest.fixture(scope="module")
def estimates(fixture_registry):
    return _estimates(fixture_registry)


def test_the_fixture_policies_differ_from_the_shipped_ones_in_each_choice_the_sentences_state(fixture_registry):
    delta = fixture_registry.policy_for("delta", date(2025, 6, 1))
    assert delta.get("resident.critical_illness.tilt.deductible_factor") == Decimal("0.6")
    assert delta.get("resident.critical_illness.tilt.uncapped") is False
    assert delta.get("employee.maternity.allowance_days_per_month") == 21


@pytest.mark.parametrize("message_id", sorted(i for i in CATALOG if SENTENCE.match(i)))
def test_no_step_or_warning_template_writes_a_figure_of_its_own(message_id):
    for template in CATALOG[message_id]:
        # "0" is a fact (a fund that does not pay pays 0), not a policy figure.
        assert [n for n in NUMBER.findall(template) if n != "0"] == [], template


def test_every_step_and_warning_the_rules_can_say_is_reached_by_the_wording_cases(estimates):
    reached = set()
    for _, _, result in estimates:
        for item in [s.text for s in result.steps] + list(result.warnings):
            reached |= {m.id for m in _messages(item)}
    assert rule_message_ids() - reached == set()


def test_no_shipped_figure_appears_in_a_sentence_on_a_fixture_policy(estimates, registry, fixture_registry):
    shipped = set().union(*(_leaf_values(v) for e in registry.regions.values() for v in e.versions))
    problems = []
    for name, region, result in estimates:
        own = _leaf_values(result.policy)
        forbidden = set().union(*(_shown(v) for v in shipped - own)) - set().union(*(_shown(v) for v in own))
        for item in [s.text for s in result.steps] + list(result.warnings):
            for lang in LANGS:
                text = render(item, lang)
                bad = [n for n in NUMBER.findall(text) if n in forbidden]
                if bad:
                    problems.append(f"{name} ({region}, {item.id}, {lang}): {bad} in {text!r}")
    assert problems == []


def test_policy_words_are_backed_by_the_parameter_that_decides_them(estimates):
    problems = []
    for name, _, result in estimates:
        for step in result.steps:
            for lang in LANGS:
                text = render(step.text, lang)
                problems += [f"{name}: {w!r} in {text!r}" for w in FRACTION_WORDS if w in text]
                if any(w in text for w in NO_CAP_WORDS):
                    backed = any(p.value == "none" or (p.path.endswith(".uncapped") and p.value is True) for p in step.params)
                    if not backed:
                        problems.append(f"{name}: a cap that is not lifted is said to be: {text!r}")
    assert problems == []


def test_the_tilt_and_the_allowance_say_the_fixture_s_figures(fixture_registry):
    tilted = estimate(case_from_dict(DELTA_CASES[1][1]), fixture_registry)
    tilt = next(s for s in tilted.steps if s.text.id == "step.critical.tilt")
    assert "0.6" in render(tilt.text, "zh") and "0.6" in render(tilt.text, "en")
    assert not any(w in render(tilt.text, lang) for w in NO_CAP_WORDS for lang in LANGS)
    assert any(s.text.id == "step.critical.capped" for s in tilted.steps)
    birth = estimate(case_from_dict(DELTA_CASES[2][1]), fixture_registry)
    allowance = next(s for s in birth.steps if s.text.id == "step.allowance")
    assert "÷ 21 ×" in render(allowance.text, "zh") and "÷ 21 " in str(allowance.formula)
