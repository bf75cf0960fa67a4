"""The desktop face of benefitcalc (PySide6): a case form on the left, the estimate on the right.

Start-up imports only what the first screen needs; printing (`sheet`), the policy browser and
the dialogs are imported when they are first used.

PySide6 is pinned below 6.12 (pyproject): shiboken6 6.12.0 on Python 3.11 drops a reference to
None on every call of a method that returns nothing, and the process aborts within seconds.
tests/gui/test_pyside_internals.py fails on any PySide6 that does that, so the pin is only moved
to a release that passes it. The one replacement of a PySide6 internal left here (the quick
source check: 121 ms → 29 ms for the 230 modules the window and the policies load, measured by
benchmarks/pyside_source_check.py) is checked by the same test file.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (first: the check below needs shiboken's support modules loaded)


def _quick_pyside_check() -> bool:
    """PySide6 asks of every module imported after it whether its source mentions "PySide6"
    (so that `from __feature__ import snake_case` can apply to it), with `inspect.getsource`:
    about 0.2 ms a module, 10–15 ms of the start-up before the first paint and 40 ms until
    the policies are read (pydantic is many modules). Same question, same answer, from the
    file's bytes. Returns True when PySide6's check was replaced; where it is missing or
    shaped otherwise (another PySide6 version) it is left alone.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original) or getattr(original, "quick", False):
        return False

    def _mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    _mod_uses_pyside.quick = True
    feature._mod_uses_pyside = _mod_uses_pyside
    return True


QUICK_PYSIDE_CHECK = _quick_pyside_check()
