"""Batch estimates: every row of a table through `estimate`, a bad row reported in its own row.

The output row is the input row plus every payer, `personal`, `allowance`, `unverified` (how
many unverified parameters the estimate used) and `error` (empty, or the message naming the
column). Large tables are split over several processes, each loading the policies once; the
rows come back in their order.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .case import CaseError
from .engine import estimate
from .messages import msg, render
from .money import to_fen
from .registry import PolicyRegistry
from .rows import RowError, row_error, row_to_case
from .vocabulary import PAYERS

RESULT_COLUMNS = (*PAYERS, "personal", "allowance", "unverified", "error")
# Below this many rows one process is quicker than starting others (each loads the policies).
PARALLEL_FROM = 4000
CHUNK = 500


def output_columns(columns: list[str]) -> list[str]:
    """The input's columns, then the result's (an input column of the same name is replaced)."""
    return [c for c in columns if c not in RESULT_COLUMNS] + list(RESULT_COLUMNS)


def estimate_row(row: dict[str, Any], policies: PolicyRegistry, lang: str = "zh") -> dict[str, Any]:
    """One row's results (payers, personal, allowance, unverified, error) as text cells."""
    out: dict[str, Any] = {c: "" for c in RESULT_COLUMNS}
    try:
        result = estimate(row_to_case(row), policies)
    except RowError as exc:
        out["error"] = render(exc.message, lang)
        return out
    except CaseError as exc:  # the engine's own checks (a region, a date no version covers)
        out["error"] = render(row_error(exc).message, lang)
        return out
    except Exception as exc:  # a defect must not cost the other rows: it is reported in this one
        out["error"] = render(msg("ui.internal_error", what=f"{type(exc).__name__}: {exc}"), lang)
        return out
    # Amounts to the fen (0.00, not 0): a .csv shows them as text, an .xlsx stores numbers.
    for payer in PAYERS:
        out[payer] = to_fen(result.payers[payer])
    out["personal"] = to_fen(result.personal)
    out["allowance"] = to_fen(result.allowance)
    out["unverified"] = len(result.unverified)  # not from a seed or official document
    return out


def run_batch(
    rows: list[dict[str, Any]],
    folders: list[Path],
    lang: str = "zh",
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
    policies: PolicyRegistry | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield each row's results in order; `progress(n)` is told after every n rows done.

    `policies`, if the caller has them loaded from `folders` already, spare one process a reload.
    """
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(rows) < PARALLEL_FROM:
        policies = policies or PolicyRegistry.load(folders)
        for row in rows:
            yield estimate_row(row, policies, lang)
            if progress:
                progress(1)
        return
    chunks = [rows[i : i + CHUNK] for i in range(0, len(rows), CHUNK)]
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(folders, lang)) as pool:
        for done in pool.map(_chunk, chunks):
            yield from done
            if progress:
                progress(len(done))


_WORKER: dict[str, Any] = {}


def _init_worker(folders: list[Path], lang: str) -> None:
    _WORKER["policies"] = PolicyRegistry.load(folders)
    _WORKER["lang"] = lang


def _chunk(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [estimate_row(row, _WORKER["policies"], _WORKER["lang"]) for row in rows]
