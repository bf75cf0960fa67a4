"""What the app relies on in PySide6's internals, checked so an upgrade that changes them fails here.

- A call of a Qt method that returns nothing must not use up a reference to None (shiboken6
  6.12.0 on Python 3.11 does; the process then aborts within seconds). This is why pyproject
  pins PySide6 below 6.12: raise the pin only to a release that passes this test.
- `benefitcalc.gui` replaces PySide6's per-import source check (`shibokensupport.feature.
  _mod_uses_pyside`, `inspect.getsource` on every module imported after PySide6) with a byte
  search of the file; the replacement must be installed, and must answer as the original does.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject

import benefitcalc.gui as gui


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_calls_returning_nothing_keep_none_alive():
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("")
    assert sys.getrefcount(None) >= before - 5, "this PySide6 leaks None: do not allow it in pyproject"


def test_the_quick_source_check_is_installed_and_agrees_with_pysides_own():
    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    assert gui.QUICK_PYSIDE_CHECK and getattr(quick, "quick", False)
    import benefitcalc.gui.main_window as uses_pyside
    import benefitcalc.core.money as does_not

    assert quick(uses_pyside) is True
    assert quick(does_not) is False
