"""Where the policy files are: beside the source tree, or bundled with the Windows app.

A frozen (PyInstaller) app reads its bundled copy first and then `policies/` beside the
executable, so a file placed there overrides the bundled one for the same region and version.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def default_policy_dirs() -> list[Path]:
    override = os.environ.get("BENEFITCALC_POLICIES")
    if override:
        return [Path(override)]
    if getattr(sys, "frozen", False):
        bundled = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "policies"
        beside = Path(sys.executable).resolve().parent / "policies"
        return [bundled] if beside == bundled.resolve() else [bundled, beside]
    return [Path(__file__).resolve().parents[2] / "policies"]
