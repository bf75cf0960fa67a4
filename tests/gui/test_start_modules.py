"""What a start to the first result imports, run as the clerk's start is (a separate process):
no pydantic once the policies are cached (pydantic and its validators were about a third of the
start-up), and no dialog module (the features' dialogs, the policy browser and the sheet are
imported when first opened). docs/packaging.md says what each cost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "tests" / "data" / "golden" / "linyi-dibao-resident-big-stay.toml"
OPENED_LATER = ("slips_window", "policy_import_dialog", "history_dialog", "compare_dialog", "year_view_dialog",
                "policy_browser", "policy_correction", "sheet", "sheet_document")


def modules_after_start(tmp_path: Path, shot: str) -> tuple[str, list[str]]:
    """Start the window on the Linyi case with `--screenshot`; its exit code and the modules it
    imported. The settings and the cache folder are `tmp_path`'s, kept from one call to the next."""
    script = (
        "import sys\n"
        "from benefitcalc.gui.app import main\n"
        "code = main(sys.argv[1:])\n"
        "print(code, sorted(sys.modules))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "QT_QPA_PLATFORM": "offscreen",
           "BENEFITCALC_SETTINGS": str(tmp_path / "settings.ini")}
    done = subprocess.run([sys.executable, "-c", script, "--case", str(CASE), "--screenshot", str(tmp_path / shot)],
                          env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    code, _, modules = done.stdout.strip().splitlines()[-1].partition(" ")
    return code, eval(modules)  # noqa: S307 - our own child's printed list


def test_the_window_starts_without_pydantic_once_the_policies_are_cached(tmp_path: Path):
    """The first start checks the policy files (pydantic); the next, with nothing changed, needs
    no pydantic at all to show the estimate of a case file."""
    def pydantic(modules: list[str]) -> list[str]:
        return [m for m in modules if m.split(".")[0] in ("pydantic", "pydantic_core")]

    first_code, first = modules_after_start(tmp_path, "first.png")
    second_code, second = modules_after_start(tmp_path, "second.png")
    assert first_code == second_code == "0"
    assert pydantic(first)  # the first start checked the files
    assert pydantic(second) == []


def test_a_start_to_the_first_result_imports_no_dialog_module(tmp_path: Path):
    code, modules = modules_after_start(tmp_path, "shot.png")
    imported = [m.rsplit(".", 1)[1] for m in modules if m.startswith("benefitcalc.gui.")]
    assert code == "0" and "main_window" in imported and "slips_dialog" in imported
    assert [name for name in OPENED_LATER if name in imported] == []
