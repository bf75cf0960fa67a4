"""A year of visits (SPEC §3.8): reading year files, repeats, the chained ledger, totals, limits."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benefitcalc.cli import main
from benefitcalc.core.case import CaseError, YearToDate, case_from_dict
from benefitcalc.core.engine import estimate
from benefitcalc.core.messages import render
from benefitcalc.core.toml_reader import loads
from benefitcalc.core.vocabulary import PAYERS
from benefitcalc.core.year import (
    MAX_VISITS,
    YearFile,
    add_months,
    plan,
    read_year_file,
    run_year,
    visit_from_case,
    year_from_dict,
    year_to_toml,
)

from .test_properties import REGISTRY, cases

CONTRACT = """
[person]
region = "jinan"
scheme = "resident"
[[visit]]
date = 2025-03-02
category = "inpatient"
level = "level3"
costs = { total = "50000", self_paid = "2000" }
[[visit]]
date = 2025-04-01
category = "chronic_outpatient"
level = "level2"
chronic = { disease = "dialysis" }
costs = { total = "8000" }
repeat = { times = 9, every = "month" }
"""


def year(text: str) -> YearFile:
    return year_from_dict(loads(text))


def error_of(text: str) -> str:
    with pytest.raises(CaseError) as info:
        run_year(year(text), REGISTRY)
    return render(info.value.message, "en")


def test_the_contract_example_runs_ten_visits_in_date_order_through_one_ledger():
    result = run_year(year(CONTRACT), REGISTRY)
    dates = [e.case.date for e in result.estimates]
    assert len(dates) == 10 and dates == sorted(dates)
    assert dates[1:] == [date(2025, m, 1) for m in range(4, 13)]
    for before, after in zip(result.estimates, result.estimates[1:]):
        assert after.case.year_to_date == before.year_to_date_after
    assert result.estimates[0].case.year_to_date == YearToDate()


def test_totals_are_the_sums_of_the_visits():
    result = run_year(year(CONTRACT), REGISTRY)
    for payer in PAYERS:
        assert result.totals.payers[payer] == sum(e.payers[payer] for e in result.estimates)
    assert result.totals.personal == sum(e.personal for e in result.estimates)
    assert result.totals.total == result.totals.reimbursed + result.totals.personal
    assert result.running_personal()[-1] == result.totals.personal


def test_remaining_limits_are_the_policy_limit_less_what_the_year_used():
    result = run_year(year(CONTRACT), REGISTRY)
    limits = {limit.key: limit for limit in result.remaining}
    cap = limits["basic_fund_cap"]
    policy = REGISTRY.policy_for("jinan", date(2025, 12, 1))
    assert cap.limit == policy.get("resident.inpatient_chronic_annual_cap")
    assert cap.used == result.totals.payers["basic_fund"]
    assert cap.left == cap.limit - cap.used
    assert limits["critical_illness_cap"].used == result.totals.payers["critical_illness"]
    assert {"outpatient_limit", "two_diseases_limit", "critical_illness_deductible"} <= set(limits)
    assert "large_expense_cap" not in limits and "assistance_limit" not in limits
    # an assumed deductible is marked unverified, a seed-sourced cap is not
    assert not limits["chronic_deductible"].verified and cap.verified


def test_an_employee_in_an_assistance_group_sees_the_large_expense_and_assistance_limits():
    text = CONTRACT.replace('scheme = "resident"', 'scheme = "employee"\ngroup = "dibao"')
    keys = {limit.key for limit in run_year(year(text), REGISTRY).remaining}
    assert {"large_expense_cap", "assistance_limit", "assistance_deductible"} <= keys
    assert "critical_illness_cap" not in keys


def test_person_year_to_date_starts_the_first_year_and_a_new_calendar_year_starts_from_zero():
    text = CONTRACT.replace("[[visit]]", "[person.year_to_date]\nadmissions = 1\nbasic_fund_paid = \"1000\"\n[[visit]]", 1)
    text = text.replace("times = 9", "times = 12")
    result = run_year(year(text), REGISTRY)
    first = result.estimates[0].case.year_to_date
    assert first.admissions == 1 and first.basic_fund_paid == Decimal(1000)
    jan = next(e for e in result.estimates if e.case.date == date(2026, 1, 1))
    assert jan.case.year_to_date == YearToDate()
    assert set(result.by_year) == {2025, 2026}
    assert sum(t.personal for t in result.by_year.values()) == result.totals.personal
    assert result.running_personal()[result.estimates.index(jan)] == jan.personal


@pytest.mark.parametrize(
    "day, months, expected",
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 1, 31), 2, date(2025, 3, 31)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2025, 4, 1), 0, date(2025, 4, 1)),
    ],
)
def test_a_monthly_repeat_keeps_the_day_of_month_clamped_to_the_months_last_day(day, months, expected):
    assert add_months(day, months) == expected


def test_weekly_and_daily_repeats_are_7_and_1_days_apart():
    text = CONTRACT.replace('every = "month"', 'every = "week"').replace("times = 9", "times = 3")
    dates = [v.case.date for v in plan(year(text))]
    assert dates[1:] == [date(2025, 4, 1), date(2025, 4, 8), date(2025, 4, 15)]


def test_visits_on_the_same_day_keep_file_order_and_later_visits_sort_after():
    text = CONTRACT.replace("date = 2025-03-02", "date = 2025-12-31")
    planned = plan(year(text))
    assert planned[-1].number == 1 and planned[0].number == 2


@pytest.mark.parametrize(
    "change, expected",
    [
        (('costs = { total = "8000" }', 'costs = { total = "-1" }'), "visit[2].costs.total: must not be negative (got -1)"),
        (('costs = { total = "8000" }', 'costs = { total = "abc" }'), "visit[2].costs.total: must be a number"),
        (('region = "jinan"', 'region = "nowhere"'), "person.region: No policy file for region 'nowhere'"),
        (('disease = "dialysis"', 'disease = "flu"'), "visit[2].chronic.disease: no such disease 'flu'"),
        (("times = 9", "times = 0"), "visit[2].repeat.times: must be ≥ 1"),
        (('every = "month"', 'every = "year"'), "visit[2].repeat.every:"),
        (("times = 9", "times = 9, when = 1"), "visit[2].repeat.when: unknown key"),
        (("times = 9", "times = true"), "visit[2].repeat.times:"),
        (('level = "level3"\n', 'level = "level3"\ncolour = "red"\n'), "visit[1].colour: unknown key"),
        (("[person]", "[person]\nyear_to_date = 3"), "person.year_to_date: must be a table"),
        (("[person]", "[person.year_to_date]\nadmissions = -1\n[person]"), "person.year_to_date.admissions"),
        (('category = "inpatient"', 'category = "inpatient"\nyear_to_date = { admissions = 2 }'), "visit[1].year_to_date: carried from the earlier visits"),
        (("date = 2025-03-02\n", ""), "visit[1].date: missing"),
        (("date = 2025-03-02", "date = 2001-03-02"), "visit[1].date: Region 'jinan' has no policy version in force on 2001-03-02"),
        (("[person]", "title = 1\n[person]"), "title: unknown key (a year file has only [person] and [[visit]])"),
        (("times = 9", f"times = {MAX_VISITS}"), f"visit: {MAX_VISITS + 1} visits with the repeats; at most {MAX_VISITS}"),
    ],
)
def test_a_bad_year_file_names_the_table_and_key(change, expected):
    old, new = change
    assert old in CONTRACT
    assert expected in error_of(CONTRACT.replace(old, new, 1))


def test_a_year_file_whose_visit_is_not_an_array_of_tables_says_so():
    assert "visit: must be a list" in error_of(CONTRACT.replace("[[visit]]", "[visit]", 1).split("[[visit]]")[0])


def test_at_most_max_visits_are_accepted_exactly_at_the_bound():
    text = CONTRACT.replace("times = 9", f"times = {MAX_VISITS - 1}").replace('every = "month"', 'every = "day"')
    assert len(plan(year(text))) == MAX_VISITS


def test_year_files_in_utf8_with_bom_gbk_and_crlf_under_a_chinese_path_are_read(tmp_path):
    folder = tmp_path / "年度"
    folder.mkdir()
    text = "# 张大爷的一年\n" + CONTRACT
    for name, data in (("bom.toml", "\ufeff" + text), ("crlf.toml", text.replace("\n", "\r\n"))):
        (folder / name).write_text(data, encoding="utf-8", newline="")
        assert len(plan(read_year_file(folder / name))) == 10
    (folder / "gbk.toml").write_bytes(text.encode("gbk"))
    assert len(plan(read_year_file(folder / "gbk.toml"))) == 10
    (folder / "utf16.toml").write_bytes(text.encode("utf-16"))
    assert len(plan(read_year_file(folder / "utf16.toml"))) == 10


def test_an_unreadable_year_file_names_the_file(tmp_path):
    with pytest.raises(CaseError) as info:
        read_year_file(tmp_path / "nope.toml")
    assert "nope.toml" in render(info.value.message)
    (tmp_path / "bad.toml").write_text("[[visit]\n", encoding="utf-8")
    with pytest.raises(CaseError) as info:
        read_year_file(tmp_path / "bad.toml")
    assert "bad.toml" in render(info.value.message)
    with pytest.raises(CaseError) as info:
        read_year_file(tmp_path)
    assert str(tmp_path) in render(info.value.message)


def test_a_year_file_written_and_read_back_is_the_same_year(tmp_path):
    original = year(CONTRACT.replace("[[visit]]", "[person.year_to_date]\ncritical_base = \"123.45\"\n[[visit]]", 1))
    path = tmp_path / "year.toml"
    path.write_text(year_to_toml(original), encoding="utf-8")
    again = read_year_file(path)
    assert again == original
    assert [v.case for v in plan(again)] == [v.case for v in plan(original)]


def test_a_case_added_to_a_year_keeps_only_what_the_person_does_not_already_say():
    case = run_year(year(CONTRACT), REGISTRY).estimates[0].case
    person = {"region": "jinan", "scheme": "resident"}
    visit = visit_from_case(case, person)
    assert "region" not in visit and "scheme" not in visit and "year_to_date" not in visit
    assert visit["costs"] == {"total": "50000", "self_paid": "2000"}
    rebuilt = year_from_dict({"person": person, "visit": [visit]})
    assert plan(rebuilt)[0].case == case


def test_the_cli_prints_the_contract_json_with_visits_exactly_as_estimate_prints_them(tmp_path, capsys):
    path = tmp_path / "year.toml"
    path.write_text(CONTRACT, encoding="utf-8")
    assert main(["year", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"visits", "totals", "remaining"}
    assert len(data["visits"]) == 10
    first = plan(year(CONTRACT))[0].case
    case_path = tmp_path / "case.toml"
    from benefitcalc.core.case import case_to_toml

    case_path.write_text(case_to_toml(first), encoding="utf-8")
    assert main(["estimate", str(case_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == data["visits"][0]
    assert data["totals"]["personal"] == format(sum(Decimal(v["personal"]) for v in data["visits"]), "f")
    assert data["remaining"]["basic_fund_cap"]["verified"] is True


def test_the_cli_text_shows_visits_totals_and_limits_and_a_bad_visit_exits_1(tmp_path, capsys):
    path = tmp_path / "year.toml"
    path.write_text(CONTRACT, encoding="utf-8")
    assert main(["year", str(path)]) == 0
    out = capsys.readouterr().out
    assert "本年度就诊（10 次）" in out and "本年累计个人支付" in out and "统筹基金年度最高支付限额" in out
    assert "（未核实）" in out
    path.write_text(CONTRACT.replace('total = "8000"', 'total = "x"'), encoding="utf-8")
    assert main(["year", str(path), "--lang", "en"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Cannot read the year file") and "visit[2].costs.total: must be a number" in err
    assert "Traceback" not in err


# ------------------------------------------------------------------------------ properties

ONE_REGION_CASES = cases()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ONE_REGION_CASES, min_size=1, max_size=6), st.sampled_from(["jinan", "qingdao", "linyi"]))
def test_each_visit_equals_the_same_case_estimated_alone_with_the_year_to_date_the_earlier_visits_produced(raw, region):
    visits = []
    for case in raw:
        case = dict(case, region=region)
        case.pop("year_to_date")
        visits.append(case)
    person = {"scheme": visits[0]["scheme"]}
    for visit in visits:
        visit.pop("scheme")
    try:
        result = run_year(year_from_dict({"person": person, "visit": visits}), REGISTRY)
    except CaseError as exc:  # a generated visit may lack a wage or a level: it must say which
        assert render(exc.message).startswith(("visit[", "person"))
        return
    ledger = YearToDate()
    for visit, est in zip(result.visits, result.estimates):
        alone = estimate(case_from_dict({**visit.case.model_dump(), "year_to_date": ledger.model_dump()}), REGISTRY)
        assert alone.payers == est.payers and alone.personal == est.personal and alone.steps[-1].formula == est.steps[-1].formula
        ledger = alone.year_to_date_after
    for payer in PAYERS:
        assert result.totals.payers[payer] == sum(e.payers[payer] for e in result.estimates)
    assert result.totals.personal == sum(e.personal for e in result.estimates)



@settings(max_examples=300, deadline=None)
@given(st.dates(date(2000, 1, 1), date(2099, 12, 31)), st.integers(0, MAX_VISITS))
def test_a_monthly_repeat_is_always_that_many_months_later_on_the_same_or_the_months_last_day(day, months):
    import calendar

    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day == min(day.day, calendar.monthrange(later.year, later.month)[1])


def test_a_year_file_without_visits_prints_that_there_are_none(tmp_path, capsys):
    path = tmp_path / "empty.toml"
    path.write_text('[person]\nregion = "jinan"\n', encoding="utf-8")
    assert main(["year", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "没有就诊记录"
    assert main(["year", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["visits"] == [] and data["remaining"] == {} and data["totals"]["visits"] == 0
