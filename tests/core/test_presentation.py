"""The one presentation of an estimate every face lays out (issue 10 item 1): which rows the
breakdown has, what they are called, the inputs, the steps in words, the JSON form."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings

from benefitcalc.cli import main as cli_main
from benefitcalc.core.case import CaseError, case_from_dict, read_case_file
from benefitcalc.core.case_fields import fields_that_apply, payers_that_apply
from benefitcalc.core.engine import estimate
from benefitcalc.core.estimate_json import estimate_json
from benefitcalc.core.messages import LABELS, label
from benefitcalc.core.money import fmt_fen, fmt_yuan
from benefitcalc.core.presentation import (
    ROLES,
    breakdown,
    input_rows,
    known_line,
    policy_line,
    step_views,
)
from benefitcalc.core.vocabulary import PAYERS

from shared_data import GOLDEN as GOLDEN_DIR

from .test_properties import REGISTRY, cases

GOLDEN = sorted(GOLDEN_DIR.glob("*.toml"))
IDS = [path.stem for path in GOLDEN]


def golden(stem: str):
    return estimate(read_case_file(GOLDEN_DIR / f"{stem}.toml"), REGISTRY)


def case(**changes) -> dict:
    base = {"region": "jinan", "date": date(2025, 6, 1), "scheme": "resident", "category": "inpatient",
            "level": "level3", "costs": {"total": Decimal("3000")}}
    base.update(changes)
    return base


def test_a_payer_is_listed_when_it_applies_even_at_zero_and_any_other_only_when_it_pays():
    est = estimate(case_from_dict(case(group="dibao")), REGISTRY)  # a small stay: only the fund pays
    payers = [row.key for row in breakdown(est, "zh") if row.role == "payer"]
    assert payers == list(payers_that_apply("resident", "inpatient", "dibao"))
    assert est.payers["critical_illness"] == 0 and "critical_illness" in payers
    assert "backstop" not in payers and "large_expense" not in payers


def test_the_rows_come_in_one_order_with_the_parts_always_and_relief_and_allowance_when_not_zero():
    est = golden("weifang-employee-maternity-caesarean")
    roles = [row.role for row in breakdown(est, "zh")]
    assert roles == ["total", "eligible", "payer", "reimbursed", "personal", "part", "part", "part", "allowance"]
    assert set(roles) <= set(ROLES)
    assert "allowance" not in [row.role for row in breakdown(golden("jinan-resident-level3-first-stay"), "zh")]


@pytest.mark.parametrize("path", GOLDEN, ids=IDS)
def test_every_row_has_its_words_in_both_languages_from_the_core_glossary(path):
    est = estimate(read_case_file(path), REGISTRY)
    zh, en = breakdown(est, "zh"), breakdown(est, "en")
    assert [r.key for r in zh] == [r.key for r in en]
    for a, b in zip(zh, en):
        assert a.label and b.label and a.label != b.label and a.amount == b.amount
    for row in zh:
        if row.role == "payer":
            assert row.label == label("payer", row.key, "zh")
        if row.role == "part":
            assert row.label == label("personal_part", row.key, "zh")


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(cases())
def test_the_breakdown_re_adds_for_any_case(data):
    """The payers' rows add up to the reimbursed row, the parts and the relief to the patient's
    row, and the patient's row and the reimbursed row to the total: whatever a face leaves out."""
    try:
        est = estimate(case_from_dict(data), REGISTRY)
    except CaseError:
        return
    rows = {row.key: row for row in breakdown(est, "zh")}
    by_role = lambda role: sum((r.amount for r in rows.values() if r.role == role), Decimal(0))  # noqa: E731
    assert by_role("payer") == rows["reimbursed"].amount
    assert by_role("part") + by_role("relief") == rows["personal"].amount
    assert rows["reimbursed"].amount + rows["personal"].amount == rows["total"].amount
    shown = {r.key for r in rows.values() if r.role == "payer"}
    assert shown == {p for p in PAYERS if p in payers_that_apply(data["scheme"], data["category"], data["group"]) or est.payers[p]}


@pytest.mark.parametrize("path", GOLDEN, ids=IDS)
def test_the_inputs_are_the_fields_that_apply_in_the_core_words(path):
    est = estimate(read_case_file(path), REGISTRY)
    applies = fields_that_apply(est.case.scheme, est.case.category, est.case.group)
    for lang in ("zh", "en"):
        rows = input_rows(est, lang)
        for row in rows:
            key = "maternity.caesarean" if row.key == "maternity.birth" else row.key
            assert applies.get(key, True), row.key
            if row.key.startswith("year_to_date."):
                assert row.label == label("year_to_date", row.key.split(".", 1)[1], lang)
                assert row.value not in ("0", "0.00")
            elif row.key in LABELS["input"]:
                assert row.label == label("input", row.key, lang)
        assert [r.key for r in rows][:3] == ["region", "date", "scheme"]


def test_the_day_ward_and_the_birth_read_in_words():
    est = estimate(case_from_dict(case(day_ward=True)), REGISTRY)
    assert next(r.value for r in input_rows(est, "zh") if r.key == "category") == "住院（日间病房）"
    est = golden("weifang-employee-maternity-caesarean")
    rows = {r.key: r.value for r in input_rows(est, "en")}
    assert rows["maternity.birth"] == "caesarean section" and rows["maternity.monthly_wage"] == "6,000.00"
    assert "level" not in rows and "group" not in rows  # no level, place or group for a birth


def test_each_step_is_marked_by_its_least_certain_parameter():
    est = golden("linyi-dibao-resident-big-stay")
    views = step_views(est, "zh")
    assert [v.number for v in views] == list(range(1, len(est.steps) + 1))
    for view, step in zip(views, est.steps):
        kinds = {u.provenance.source.kind for u in step.params if not u.verified}
        if "assumed" in kinds:
            assert view.status == "未核实"
        elif kinds:
            assert view.status == label("source_kind", next(u.provenance.source.kind for u in step.params if not u.verified), "zh")
        else:
            assert view.status == ""
        assert view.layer_title and view.layer_title != view.layer
    assert {"未核实", "按政策下限估算"} <= {v.status for v in views}


def test_a_parameter_view_holds_its_words_and_its_source():
    est = golden("jinan-employee-retired-level2")
    param = next(p for v in step_views(est, "zh") for p in v.params if p.path == "employee.inpatient.rate.level2")
    assert param.label == "职工医保 · 住院 · 报销比例 · 二级医院"
    assert param.line.startswith(param.label + "：" + param.value)
    assert param.cited.endswith(param.source)


def test_the_policy_line_names_the_files_and_when_the_version_ends():
    est = golden("shandong-2014-critical-illness")
    line = policy_line(est.policy, "zh")
    assert line.startswith("政策版本：") and all(f.display in line for f in est.policy.files)
    assert line.endswith("，有效期至 2014-12-31")
    assert policy_line(est.policy, "en").endswith(", valid until 2014-12-31")
    assert "有效期至" not in policy_line(golden("jinan-resident-level3-first-stay").policy, "zh")


def test_the_slip_line_stands_where_the_slip_and_this_policy_both_give_a_figure():
    slip = estimate(case_from_dict(case(known={"basic_fund": Decimal("1000")})), REGISTRY)
    assert known_line(slip, "zh") == f"结算单统筹基金支付 1,000.00，本政策测算 {fmt_yuan(slip.computed_basic_fund)}"
    assert known_line(golden("jinan-resident-level3-first-stay"), "zh") == ""
    assert known_line(golden("shandong-2014-critical-illness"), "zh") == ""  # no basic fund in 2014: nothing to compare


# ------------------------------------------------------------------------------ the JSON form

ESTIMATE_KEYS = ["total", "eligible", "payers", "reimbursed", "personal", "personal_parts", "allowance",
                 "known_basic_fund", "computed_basic_fund", "steps", "assumed", "unverified", "warnings", "policy",
                 "year_to_date_after", "disclaimer"]
PARAM_KEYS = ["path", "label", "cited", "value", "source", "kind", "verified", "document", "quote", "note", "file"]


@pytest.mark.parametrize("path", GOLDEN, ids=IDS)
def test_the_json_form_keeps_its_keys_and_figures_and_is_what_the_cli_prints(path):
    est = estimate(read_case_file(path), REGISTRY)
    data = estimate_json(est, "zh")
    assert list(data) == ESTIMATE_KEYS
    assert list(data["personal_parts"]) == ["self_paid", "category_b_first", "copay", "backstop_relief"]
    assert data["payers"] == {p: fmt_fen(est.payers[p]) for p in PAYERS}
    assert (data["total"], data["personal"], data["allowance"]) == (fmt_fen(est.total), fmt_fen(est.personal), fmt_fen(est.allowance))
    assert [list(s) for s in data["steps"]] == [["layer", "text", "formula", "amount", "params"]] * len(est.steps)
    for step in data["steps"]:
        for param in step["params"]:
            assert list(param) == PARAM_KEYS
    assert list(data["policy"]) == ["region", "name", "valid_from", "valid_until", "files"]
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main(["estimate", str(path), "--json"]) == 0
    assert json.loads(out.getvalue()) == json.loads(json.dumps(data, ensure_ascii=False))


def test_a_parameter_value_in_json_is_the_plain_policy_value():
    data = estimate_json(golden("linyi-dibao-resident-big-stay"), "en")
    values = {p["path"]: p["value"] for s in data["steps"] for p in s["params"]}
    assert values["resident.inpatient.rate.level3"] == "0.6"
    assert values["resident.inpatient.admission_factors"] == "[1, 0.5, 0]"
