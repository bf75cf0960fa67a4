"""The desktop face of benefitcalc (PySide6): a case form on the left, the estimate on the right.

Start-up imports only what the first screen needs; printing (`sheet`), the policy browser and
the dialogs are imported when they are first used.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (first: both fixes below need it loaded)


def _guard_none_refcount() -> bool:
    """Work around shiboken6 6.12.0 on Python < 3.12: every call of a Qt method returning
    void hands back None without a reference, so None's count falls by one per call and the
    process aborts ("none_dealloc") after a few thousand calls, i.e. within seconds of use.
    PySide6 6.11.3 does not do it; Python 3.12+ is immune (None is immortal there).

    The fault is detected, not assumed: when a void call is seen to drop None's count, None is
    given a count it can never use up, which is what Python 3.12 does for it. Returns True
    when the guard was applied.
    """
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("")
    if sys.getrefcount(None) >= before:
        return False
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
    return True


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


NONE_REFCOUNT_GUARD = _guard_none_refcount()
QUICK_PYSIDE_CHECK = _quick_pyside_check()
