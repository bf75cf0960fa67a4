"""Prints how many rows per second `benefitcalc batch` estimates: 100,000 rows made of the golden
cases (every category, scheme and layer), read from a .csv and written to a .csv, end to end as
the command runs, with one process and with one per core.

    .venv/bin/python benchmarks/batch_speed.py            # 100,000 rows
    .venv/bin/python benchmarks/batch_speed.py 20000      # fewer, for a quick look
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benefitcalc.cli import main as cli_main  # noqa: E402
from benefitcalc.core import batch  # noqa: E402
from benefitcalc.core.case import case_from_dict  # noqa: E402
from benefitcalc.core.rows import COLUMNS, case_to_row  # noqa: E402
from benefitcalc.core.spreadsheets import read_table, write_table  # noqa: E402
from benefitcalc.core.toml_reader import loads  # noqa: E402


def mixed_rows() -> list[dict]:
    tables = [loads(p.read_text(encoding="utf-8"))["case"] for p in sorted((ROOT / "tests" / "data" / "golden").glob("*.toml"))]
    return [case_to_row(case_from_dict(t)) for t in tables]


def run(source: Path, target: Path, workers: int) -> float:
    start = time.perf_counter()
    code = cli_main(["batch", str(source), "-o", str(target), "--workers", str(workers)])
    seconds = time.perf_counter() - start
    assert code == 0
    assert not any(row["error"] for row in read_table(target).rows), "a row failed"
    return seconds


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    base = mixed_rows()
    rows = [base[i % len(base)] for i in range(count)]
    columns = [c for c in COLUMNS if any(c in r for r in base)]
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "rows.csv"
        write_table(source, columns, rows)
        print(f"{count:,} rows ({len(base)} distinct golden cases), {cores} cores")
        for workers in sorted({1, cores}):
            seconds = run(source, Path(tmp) / "out.csv", workers)
            how = "1 process" if workers == 1 else f"{workers} processes (from {batch.PARALLEL_FROM:,} rows)"
            print(f"  {how}: {seconds:.1f} s, {count / seconds:,.0f} rows per second")


if __name__ == "__main__":
    main()
