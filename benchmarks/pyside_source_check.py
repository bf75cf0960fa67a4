"""What the quick PySide6 source check in benefitcalc/gui/__init__.py saves, in milliseconds.

PySide6 asks of every module imported after it whether its source mentions "PySide6". This
asks the same question of every module the window and the policies load, once with PySide6's
own check (inspect.getsource) and once with the byte search that replaces it, and prints both.

    .venv/bin/python benchmarks/pyside_source_check.py
"""

from __future__ import annotations

import linecache
import statistics
import sys
import time

import benefitcalc.gui as gui  # installs the quick check (PySide6's own is in its closure)

import benefitcalc.core.registry  # noqa: F401  (pydantic: many modules)
import benefitcalc.gui.main_window  # noqa: F401


def timed(check, modules) -> float:
    """Median of 5 runs, each as at start-up: every module asked once, nothing cached yet."""
    runs = []
    for _ in range(5):
        linecache.clearcache()
        start = time.perf_counter()
        for module in modules:
            check(module)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000


def main() -> None:
    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    original = quick.__closure__[0].cell_contents if gui.QUICK_PYSIDE_CHECK else quick
    modules = [m for m in list(sys.modules.values()) if getattr(m, "__file__", "") and m.__file__.endswith(".py")]
    print(f"modules loaded by the window and the policies: {len(modules)}")
    print(f"PySide6's own check:  {timed(original, modules):7.1f} ms")
    print(f"the quick check:      {timed(quick, modules):7.1f} ms")


if __name__ == "__main__":
    main()
