"""The plain policy and case classes behave as frozen dataclasses (and as the pydantic models
they replaced) for everything the code does with them."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from benefitcalc.core.case import Case, Costs, Known, TwoDiseasesInput, YearToDate
from benefitcalc.core.messages import MessageError
from benefitcalc.core.policy_model import ChronicDisease, PolicyHeader, PolicyParameters, Source


def header(**changes) -> PolicyHeader:
    values = dict(region="jinan", name="济南市", name_en="Jinan", kind="city", valid_from=date(2025, 1, 1))
    return PolicyHeader(**{**values, **changes})


def test_an_instance_cannot_be_changed():
    costs = Costs(total=Decimal(1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        costs.total = Decimal(2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        del costs.total
    assert costs.total == Decimal(1)


def test_equal_fields_are_equal_and_hash_alike_and_other_classes_never_equal():
    assert Known() == Known() and hash(Known()) == hash(Known())
    assert Known(basic_fund=Decimal("1.0")) == Known(basic_fund=Decimal(1))
    assert Known() != Known(basic_fund=Decimal(1))
    assert YearToDate() != Known()
    assert {Costs(total=Decimal(5)): "a"}[Costs(total=Decimal(5))] == "a"
    with pytest.raises(TypeError):
        hash(TwoDiseasesInput(conditions=["diabetes"]))  # a list inside, as a frozen dataclass


def test_construction_takes_keywords_fills_defaults_and_runs_the_cross_field_checks():
    with pytest.raises(TypeError, match="unexpected keyword argument 'nope'"):
        Costs(total=Decimal(1), nope=1)
    with pytest.raises(TypeError, match="missing required keyword argument 'total'"):
        Costs()
    with pytest.raises(TypeError):
        Costs(Decimal(1))
    assert Costs(total=Decimal(3)).self_paid == Decimal(0)
    assert TwoDiseasesInput(conditions=["diabetes", "hypertension", "diabetes"]).conditions == ["diabetes", "hypertension"]
    with pytest.raises(MessageError):
        header(valid_until=date(2024, 1, 1))
    with pytest.raises(MessageError):
        Source(kind="assumed")


def test_default_lists_and_tables_are_not_shared_between_instances():
    first, second = header(), header()
    assert first.notes == [] and first.notes is not second.notes
    params = PolicyParameters(policy=first)
    assert params.chronic_diseases == {} and params.chronic_diseases is not PolicyParameters(policy=second).chronic_diseases


def test_shown_as_a_dataclass_shows_itself():
    assert repr(Known()) == "Known(basic_fund=None)"
    assert repr(ChronicDisease(name="透析", name_en="dialysis", annual_limit="shared")) == (
        "ChronicDisease(name='透析', name_en='dialysis', annual_limit='shared')")


def test_copies_dumps_and_fields_as_pydantic_gave_them():
    case = Case.model_validate({"region": "jinan", "date": date(2025, 6, 1), "scheme": "resident",
                                "category": "maternity", "costs": {"total": "100.50"}, "maternity": {}})
    assert case.model_copy(update={"region": "qingdao"}).region == "qingdao" and case.region == "jinan"
    assert case.model_dump(exclude_defaults=True) == {
        "region": "jinan", "date": date(2025, 6, 1), "scheme": "resident", "category": "maternity",
        "costs": {"total": Decimal("100.50")}, "maternity": {}}
    assert case.model_dump()["year_to_date"]["admissions"] == 0
    assert "known" not in case.model_dump(exclude={"known"})
    assert case.costs.model_dump_json() == '{"total":"100.50","self_paid":"0","category_b_first":"0"}'
    assert header().model_dump(exclude_none=True) == {
        "region": "jinan", "name": "济南市", "name_en": "Jinan", "kind": "city", "valid_from": date(2025, 1, 1), "notes": []}
    assert list(Costs.model_fields) == ["total", "self_paid", "category_b_first"]
    assert dataclasses.is_dataclass(Case) and [f.name for f in dataclasses.fields(Costs)] == list(Costs.model_fields)
