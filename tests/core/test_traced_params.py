"""Rules read typed parameters that trace themselves (issue 10 item 3).

A misspelt parameter fails here, not at a desk; every value a rule reads is cited by the step
that uses it; no step is changed after it was made.
"""

from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal

import pytest

from benefitcalc.core.case import CaseError, case_from_dict
from benefitcalc.core.engine import estimate
from benefitcalc.core.rules.context import Context
from benefitcalc.core.rules.tracing import Trace, require

from .conftest import ROOT, worked_cases
from .test_step_wording import DELTA_CASES, RULE_FILES

DAY = date(2025, 6, 1)


def test_a_misspelt_parameter_is_an_attribute_error(fixture_registry):
    t = Trace(fixture_registry.policy_for("alpha", DAY))
    with pytest.raises(AttributeError, match="large_expnse"):
        t.employee.large_expnse
    with pytest.raises(KeyError, match="levle3"):
        t.employee.inpatient.rate["levle3"]
    assert t.uses == []


def test_a_traced_read_records_the_dotted_path_the_value_and_its_source(fixture_registry):
    policy = fixture_registry.policy_for("beta", DAY)
    t = Trace(policy)
    assert t.employee.large_expense.rate == Decimal("0.60")
    assert t.resident.critical_illness.bands[1].up_to == Decimal(150000)
    assert t.employee.large_expense.annual_cap == "none"
    assert [(u.path, u.value) for u in t.uses] == [
        ("employee.large_expense.rate", Decimal("0.60")),
        ("resident.critical_illness.bands.1.up_to", Decimal(150000)),
        ("employee.large_expense.annual_cap", "none"),
    ]
    assert [u.provenance for u in t.uses] == [policy.provenance(u.path) for u in t.uses]


def test_peeking_records_nothing_and_an_absent_block_is_falsy(fixture_registry):
    policy = fixture_registry.policy_for("alpha", DAY)
    peek = Trace(policy, record=False)
    assert peek.resident.critical_illness.deductible == Decimal(20000)
    assert not peek.guarantees and peek.uses == []


def test_a_block_the_version_lacks_is_a_case_error_naming_it(fixture_registry):
    policy = fixture_registry.policy_for("alpha", DAY)
    with pytest.raises(CaseError) as peeked:
        require(Trace(policy, record=False).guarantees)
    assert peeked.value.message.params["block"] == "guarantees"
    with pytest.raises(CaseError) as traced:
        Trace(policy).guarantees.personal_ceiling.share
    assert traced.value.message.params["block"] == "guarantees"


def _all_cases():
    return [case for _, case, _ in worked_cases()] + [case for _, case in DELTA_CASES]


def test_every_value_a_rule_reads_is_cited_by_a_step_and_no_step_changes_after_it_is_made(fixture_registry, monkeypatch):
    traces: list[tuple[Context, Trace]] = []
    made: list[tuple[object, tuple]] = []
    trace, step = Context.trace, Context.step

    def spy_trace(self, *args, **kwargs):
        traces.append((self, trace(self, *args, **kwargs)))
        return traces[-1][1]

    def spy_step(self, *args, **kwargs):
        step(self, *args, **kwargs)
        made.append((self.steps[-1], tuple(self.steps[-1].params)))

    monkeypatch.setattr(Context, "trace", spy_trace)
    monkeypatch.setattr(Context, "step", spy_step)
    for case in _all_cases():
        estimate(case_from_dict(case), fixture_registry)
    assert traces and made
    uncited = [
        use.path
        for ctx, t in traces
        for use in t.uses
        if not any(cited is use for s in ctx.steps for cited in s.params)
    ]
    assert uncited == []
    assert [s.text.id for s, params in made if tuple(s.params) != params] == []


def test_rules_read_parameters_by_attribute_not_by_dotted_string():
    """No rule reaches the policy by a dotted path (`policy.get("a.b")`, `ctx.param("a.b")`)."""
    found = []
    for path in RULE_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("get", "param", "require"):
                if isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "policy":
                    found.append(f"{path.name}:{node.lineno}")
                if node.func.attr == "param":
                    found.append(f"{path.name}:{node.lineno}")
    assert found == []
