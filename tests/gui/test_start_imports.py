"""The first screen imports no dialog: the features' dialogs, the policy browser and the sheet are
imported when first opened (their Qt classes and code were a few per cent of the start-up:
docs/packaging.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OPENED_LATER = ("slips_window", "policy_import_dialog", "history_dialog", "compare_dialog", "year_view_dialog",
                "policy_browser", "policy_correction", "sheet", "sheet_document")


def test_a_start_to_the_first_result_imports_no_dialog_module(tmp_path: Path):
    script = (
        "import sys\n"
        "from benefitcalc.gui.app import main\n"
        "code = main(sys.argv[1:])\n"
        "print(code, sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('benefitcalc.gui.')))\n"
    )
    case = ROOT / "tests" / "data" / "golden" / "linyi-dibao-resident-big-stay.toml"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "QT_QPA_PLATFORM": "offscreen",
           "BENEFITCALC_SETTINGS": str(tmp_path / "settings.ini")}
    done = subprocess.run([sys.executable, "-c", script, "--case", str(case), "--screenshot", str(tmp_path / "shot.png")],
                          env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    code, _, modules = done.stdout.strip().splitlines()[-1].partition(" ")
    imported = eval(modules)  # noqa: S307 - our own child's printed list
    assert code == "0" and "main_window" in imported and "slips_dialog" in imported
    assert [name for name in OPENED_LATER if name in imported] == []
