"""Snapshot of the shipped policies' figures: every shipped region × a fixed set of cases.

Rule tests run on the fixture policies in tests/data/policies; the shipped values are checked
here, as data, so that correcting one is a reviewed diff rather than a broken test:

    scripts/snapshot-shipped          rewrite tests/data/snapshots/ and print what changed
                                      against the committed snapshot (git HEAD)
    scripts/snapshot-shipped --check  only print the differences; exit 1 if there are any

Each region's file holds, per case, the estimate JSON's payers, personal and allowance, and its
list of unverified parameters (`path = value (kind)`); a case the region's policy refuses (no
version on that date) is recorded as refused. `scripts/snapshot-shipped` runs this file with the
project's .venv; tests/core/test_snapshots.py imports it and compares with the committed files.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benefitcalc.core.estimate_json import estimate_json  # noqa: E402
from benefitcalc.core.case import CaseError, case_from_dict  # noqa: E402
from benefitcalc.core.engine import estimate  # noqa: E402
from benefitcalc.core.registry import PolicyLookupError, PolicyRegistry  # noqa: E402

POLICIES = ROOT / "policies"
SNAPSHOTS = ROOT / "tests" / "data" / "snapshots"
DAY = date(2025, 6, 1)


def _case(scheme, category, level, total, location="local", group="none", retired=False, day=DAY, **tables):
    costs = {k: Decimal(v) for k, v in tables.pop("costs", {}).items()}
    return {"date": day, "scheme": scheme, "category": category, "level": level, "location": location,
            "group": group, "retired": retired, "costs": {"total": Decimal(total), **costs}, **tables}


# The fixed cases: every level of every benefit at least once, the groups, the locations, and
# amounts and year-to-date ledgers that reach the deductibles, limits and caps.
CASES = {
    "resident, grassroots stay of 3,000": _case("resident", "inpatient", "grassroots", "3000"),
    "resident, level-1 stay of 8,000": _case("resident", "inpatient", "level1", "8000"),
    "resident, second level-2 stay of 12,000 this year":
        _case("resident", "inpatient", "level2", "12000", year_to_date={"admissions": 1}),
    "resident, level-3 stay of 50,000 with 5,000 self-paid or category B":
        _case("resident", "inpatient", "level3", "50000", costs={"self_paid": "3000", "category_b_first": "2000"}),
    "resident, level-3 stay of 30,000 with 240,000 already paid by the fund this year":
        _case("resident", "inpatient", "level3", "30000", year_to_date={"basic_fund_paid": Decimal("240000")}),
    "resident, day-ward treatment of 3,000 at level 2":
        _case("resident", "inpatient", "level2", "3000", day_ward=True),
    "dibao resident, level-3 stay of 300,000":
        _case("resident", "inpatient", "level3", "300000", group="dibao", costs={"self_paid": "20000"}),
    "monitored resident, level-3 stay of 100,000 elsewhere in the province":
        _case("resident", "inpatient", "level3", "100000", location="province", group="monitored"),
    "near-dibao resident, level-2 stay of 20,000 unfiled in another province":
        _case("resident", "inpatient", "level2", "20000", location="national_unfiled", group="dibao_edge",
              costs={"self_paid": "2000"}),
    "extremely poor resident, level-2 stay of 20,000 at home":
        _case("resident", "inpatient", "level2", "20000", group="tekun", costs={"self_paid": "2000"}),
    "employee in service, grassroots stay of 3,000": _case("employee", "inpatient", "grassroots", "3000"),
    "employee in service, level-1 stay of 8,000 living in another province":
        _case("employee", "inpatient", "level1", "8000", location="national_resident"),
    "employee in service, level-2 stay of 15,000 elsewhere in the province":
        _case("employee", "inpatient", "level2", "15000", location="province"),
    "employee in service, level-3 stay of 20,000 on a temporary trip":
        _case("employee", "inpatient", "level3", "20000", location="national_temporary"),
    "retired employee, level-3 stay of 600,000":
        _case("employee", "inpatient", "level3", "600000", retired=True),
    "resident, grassroots outpatient visit of 200 with 450 already paid this year":
        _case("resident", "general_outpatient", "grassroots", "200", year_to_date={"outpatient_fund_paid": Decimal("450")}),
    "resident, level-1 outpatient visit of 200": _case("resident", "general_outpatient", "level1", "200"),
    "resident, level-2 outpatient visit of 600": _case("resident", "general_outpatient", "level2", "600"),
    "resident, level-3 outpatient visit of 300": _case("resident", "general_outpatient", "level3", "300"),
    "retired employee, grassroots outpatient visit of 2,000":
        _case("employee", "general_outpatient", "grassroots", "2000", retired=True),
    "employee in service, level-1 outpatient visit of 1,500 after the deductible was met":
        _case("employee", "general_outpatient", "level1", "1500",
              year_to_date={"outpatient_deductible_met": Decimal("1000")}),
    "employee in service, level-2 outpatient visit of 3,000":
        _case("employee", "general_outpatient", "level2", "3000"),
    "employee in service, level-3 outpatient visit of 6,000 with 3,000 already paid this year":
        _case("employee", "general_outpatient", "level3", "6000", year_to_date={"outpatient_fund_paid": Decimal("3000")}),
    "resident on dialysis, grassroots chronic care of 30,000":
        _case("resident", "chronic_outpatient", "grassroots", "30000", chronic={"disease": "dialysis"}),
    "resident with chronic hepatitis, level-1 chronic care of 5,000":
        _case("resident", "chronic_outpatient", "level1", "5000", chronic={"disease": "chronic_viral_hepatitis"}),
    "resident with tuberculosis, level-2 chronic care of 5,000":
        _case("resident", "chronic_outpatient", "level2", "5000", chronic={"disease": "pulmonary_tb"}),
    "resident with high-risk hypertension, level-3 chronic care of 3,000":
        _case("resident", "chronic_outpatient", "level3", "3000", chronic={"disease": "hypertension_high_risk"}),
    "employee in service with type-2 diabetes, level-2 chronic care of 4,000":
        _case("employee", "chronic_outpatient", "level2", "4000", chronic={"disease": "diabetes_type2"}),
    "employee in service after an organ transplant, level-1 chronic care of 10,000":
        _case("employee", "chronic_outpatient", "level1", "10000", chronic={"disease": "organ_transplant"}),
    "employee in service with severe mental illness, grassroots chronic care of 6,000":
        _case("employee", "chronic_outpatient", "grassroots", "6000", chronic={"disease": "severe_mental_illness"}),
    "retired employee, outpatient cancer treatment of 20,000 at level 3":
        _case("employee", "chronic_outpatient", "level3", "20000", retired=True, chronic={"disease": "malignant_tumor"}),
    "resident with both diseases, 2,500 of medication at grassroots":
        _case("resident", "two_diseases", "grassroots", "2500", two_diseases={"conditions": ["hypertension", "diabetes"]}),
    "resident with diabetes, 1,000 of medication at level 1":
        _case("resident", "two_diseases", "level1", "1000", two_diseases={"conditions": ["diabetes"]}),
    "resident with hypertension, 2,000 of medication at level 2":
        _case("resident", "two_diseases", "level2", "2000", two_diseases={"conditions": ["hypertension"]}),
    "resident with diabetes, 500 of medication at level 3":
        _case("resident", "two_diseases", "level3", "500", two_diseases={"conditions": ["diabetes"]}),
    "employee in service with diabetes, 500 of medication at grassroots":
        _case("employee", "two_diseases", "grassroots", "500", two_diseases={"conditions": ["diabetes"]}),
    "resident's first child, 1,800 bill":
        _case("resident", "maternity", "level2", "1800", maternity={"child_order": 1}),
    "resident's second child, 5,000 bill":
        _case("resident", "maternity", "level2", "5000", maternity={"child_order": 2}),
    "resident's third child, 5,000 bill":
        _case("resident", "maternity", "level2", "5000", maternity={"child_order": 3}),
    "employee's caesarean birth of twins, 8,000 bill, wage 6,000":
        _case("employee", "maternity", "level3", "8000",
              maternity={"child_order": 1, "caesarean": True, "babies": 2, "monthly_wage": Decimal("6000")}),
    "2014: resident with a 300,000 bill, 270,000 in policy, slip 100,000":
        _case("resident", "inpatient", "level3", "300000", day=date(2014, 6, 1), costs={"self_paid": "30000"},
              known={"basic_fund": Decimal("100000")}),
}


def _entry(result) -> dict:
    out = estimate_json(result)
    return {
        "payers": out["payers"],
        "personal": out["personal"],
        "allowance": out["allowance"],
        "assumed": [f"{a['path']} = {a['value']} ({a['kind']})" for a in out["unverified"]],
    }


def _render(entries: dict) -> str:
    """JSON, one line per figure line and per unverified parameter, so that a diff reads line by line."""
    dump = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
    blocks = []
    for name, entry in entries.items():
        if entry == "refused":
            blocks.append(f" {dump(name)}: \"refused\"")
            continue
        assumed = ",\n".join(f"   {dump(a)}" for a in entry["assumed"])
        blocks.append(f" {dump(name)}: {{\n  \"payers\": {dump(entry['payers'])},\n"
                      f"  \"personal\": {dump(entry['personal'])}, \"allowance\": {dump(entry['allowance'])},\n"
                      f"  \"assumed\": [" + (f"\n{assumed}\n  ]" if assumed else "]") + "\n }")
    return "{\n" + ",\n".join(blocks) + "\n}\n"


def snapshot(policies: Path = POLICIES) -> dict[str, str]:
    """{file name: JSON text} for every shipped region, as tests/data/snapshots/ should hold it."""
    registry = PolicyRegistry.load(policies)
    files = {}
    for region in sorted(e.region for e in registry.usable_regions()):
        entries = {}
        for name, table in CASES.items():
            try:
                entries[name] = _entry(estimate(case_from_dict({"region": region, **table}), registry))
            except (CaseError, PolicyLookupError):
                entries[name] = "refused"
        files[f"{region}.json"] = _render(entries)
    return files


def committed(name: str) -> str:
    """The committed text of a snapshot file (git HEAD), else what is on disk, else ''."""
    rel = (SNAPSHOTS / name).relative_to(ROOT).as_posix()
    try:
        return subprocess.run(["git", "show", f"HEAD:{rel}"], cwd=ROOT, capture_output=True, text=True,
                              encoding="utf-8", check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        path = SNAPSHOTS / name
        return path.read_text(encoding="utf-8") if path.is_file() else ""


def on_disk() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SNAPSHOTS.glob("*.json"))}


def diff(old: dict[str, str], new: dict[str, str]) -> str:
    """A unified diff per file, old → new; '' when they are the same."""
    lines = []
    for name in sorted(old.keys() | new.keys()):
        a, b = old.get(name, ""), new.get(name, "")
        if a != b:
            lines += difflib.unified_diff(a.splitlines(keepends=True), b.splitlines(keepends=True),
                                          f"committed/{name}", f"current/{name}")
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only print the differences; exit 1 if any")
    args = parser.parse_args(argv)
    new = snapshot()
    old = {name: committed(name) for name in new.keys() | on_disk().keys()}
    old = {name: text for name, text in old.items() if text}
    changes = diff(old, new)
    if not args.check:
        SNAPSHOTS.mkdir(parents=True, exist_ok=True)
        for stale in on_disk().keys() - new.keys():
            (SNAPSHOTS / stale).unlink()
        for name, text in new.items():
            (SNAPSHOTS / name).write_text(text, encoding="utf-8", newline="\n")
    sys.stdout.write(changes or "The shipped figures are the same as the committed snapshot.\n")
    if changes and not args.check:
        print(f"\nWrote {SNAPSHOTS.relative_to(ROOT)}/. Review the diff above; commit it if every change is intended.")
    return 1 if changes and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
