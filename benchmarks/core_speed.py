"""Prints how fast the core is: loading and validating every shipped policy file, and estimates
per second over a mixed set of cases (the golden cases and the project's worked cases).

    .venv/bin/python benchmarks/core_speed.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benefitcalc.core.case import case_from_dict  # noqa: E402
from benefitcalc.core.engine import estimate  # noqa: E402
from benefitcalc.core.registry import PolicyRegistry  # noqa: E402
from benefitcalc.core.toml_reader import loads  # noqa: E402


def mixed_cases() -> list:
    tables = []
    for path in sorted((ROOT / "tests" / "data" / "golden").glob("*.toml")):
        tables.append(loads(path.read_text(encoding="utf-8"))["case"])
    for path in sorted((ROOT / "tests" / "data" / "cases").glob("*.toml")):
        tables += [entry["case"] for entry in loads(path.read_text(encoding="utf-8"))["cases"]]
    return [case_from_dict(t) for t in tables]


def main() -> None:
    folder = ROOT / "policies"
    PolicyRegistry.load(folder)  # warm the imports and pydantic's validators
    loads_ms = []
    for _ in range(30):
        start = time.perf_counter()
        registry = PolicyRegistry.load(folder)
        loads_ms.append((time.perf_counter() - start) * 1000)
    files = len(registry.files)
    print(f"policy load + validate, {files} files: median {statistics.median(loads_ms):.1f} ms "
          f"(min {min(loads_ms):.1f}, max {max(loads_ms):.1f}, 30 runs)")

    cases = mixed_cases()
    # The worked cases run on the fixture policies (tests/data/policies), the golden ones on the shipped.
    registry = PolicyRegistry.load([folder, ROOT / "tests" / "data" / "policies"])
    for case in cases:
        estimate(case, registry)
    rounds = []
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(20):
            for case in cases:
                estimate(case, registry)
        rounds.append((time.perf_counter() - start) / (20 * len(cases)))
    per = statistics.median(rounds)
    print(f"estimate, {len(cases)} mixed cases: median {per * 1e6:.1f} µs per estimate, "
          f"{1 / per:,.0f} estimates per second (target: under 50 µs)")


if __name__ == "__main__":
    main()
