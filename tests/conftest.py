"""Suite-wide setup: Qt draws offscreen (no display needed) unless told otherwise.

This must run before anything imports Qt: without a display pytest-qt aborts (exit 134).
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's own policy folder (policies import): never the developer's real one in tests.
os.environ.setdefault("BENEFITCALC_USER_POLICIES", os.path.join(os.path.dirname(__file__), ".no-user-policies"))


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory, monkeypatch):
    """No test reads or writes a real user's data, config or cache folder (platformdirs: XDG_*)."""
    base = tmp_path_factory.mktemp("user")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(base / name.lower()))
    return base


@pytest.fixture(scope="session")
def make_slips():
    """make_slips(values, count, seed=1, region="jinan", level="level3", **columns) -> slip rows:
    resident stays whose slip.basic_fund is what the engine pays with `values` (dotted key ->
    value) in force instead of the shipped ones; every fourth is the year's second stay."""
    import random
    from datetime import date
    from decimal import Decimal
    from pathlib import Path

    from benefitcalc.core.calibrate import with_values
    from benefitcalc.core.engine import estimate
    from benefitcalc.core.registry import PolicyRegistry
    from benefitcalc.core.rows import row_to_case

    registry = PolicyRegistry.load(Path(__file__).resolve().parents[1] / "policies")

    class One:
        def __init__(self, policy):
            self.policy = policy

        def policy_for(self, region, day):
            return self.policy

    def make(values: dict, count: int, seed: int = 1, region="jinan", level="level3", **extra) -> list[dict]:
        rnd = random.Random(seed)
        rows = []
        for i in range(count):
            total = Decimal(rnd.randrange(300_000, 9_000_000)) / 100
            day = date(2025, 7 + i % 3, 2 + i % 27)
            row = {
                "region": region, "date": day.isoformat(), "scheme": "resident", "category": "inpatient",
                "level": level, "costs.total": str(total),
                "costs.self_paid": str((total / 10).quantize(Decimal("0.01"))), **extra,
            }
            if i % 4 == 3:
                row["year_to_date.admissions"] = "1"  # a second stay: half the deductible
            case = row_to_case(row)
            policy = with_values(registry.policy_for(region, case.date), values)
            row["slip.basic_fund"] = str(estimate(case, One(policy)).payers["basic_fund"])
            rows.append(row)
        return rows

    return make


from hypothesis import settings as _hypothesis  # noqa: E402

# CI explores the same examples on every run (a red CI then means a change broke something, not
# that chance found an old edge); a developer's run explores new ones each time.
_hypothesis.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    _hypothesis.load_profile("ci")
