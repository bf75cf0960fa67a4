"""A start whose policies come from the cache and whose case is plainly valid imports no pydantic
(pydantic and its validators were about a third of the start-up: docs/packaging.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_starts_without_pydantic_once_the_policies_are_cached(tmp_path: Path):
    """The first start checks the policy files (pydantic); the next, with nothing changed, needs
    no pydantic at all to show the estimate of a case file."""
    script = (
        "import sys\n"
        "from benefitcalc.gui.app import main\n"
        "code = main(sys.argv[1:])\n"
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core')))\n"
    )
    case = ROOT / "tests" / "data" / "golden" / "linyi-dibao-resident-big-stay.toml"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "QT_QPA_PLATFORM": "offscreen",
           "BENEFITCALC_SETTINGS": str(tmp_path / "settings.ini")}
    outputs = []
    for run in range(2):
        done = subprocess.run([sys.executable, "-c", script, "--case", str(case), "--screenshot",
                               str(tmp_path / f"shot{run}.png")], env=env, capture_output=True, text=True,
                              timeout=120, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout.strip().splitlines()[-1])
    assert outputs[0].startswith("0 [") and "pydantic" in outputs[0]  # the first start checked the files
    assert outputs[1] == "0 []"
