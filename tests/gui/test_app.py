"""`benefitcalc-gui`: command line, --screenshot, and a start-up that loads only the first screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from benefitcalc.gui.app import main, parse_args

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"


def run(code: str, tmp_path: Path, timeout: int = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENEFITCALC_SETTINGS=str(tmp_path / "settings.ini"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=timeout, env=env)


def screenshot(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path / "window.png"
    code = f"""
        import sys
        from benefitcalc.gui.app import main
        sys.exit(main({[*args, '--screenshot', str(out)]!r}))
    """
    return run(code, tmp_path), out


@pytest.mark.parametrize("args", [
    ["--case", str(GOLDEN / "linyi-dibao-resident-big-stay.toml")],
    ["--case", str(GOLDEN / "weifang-employee-maternity-caesarean.toml"), "--lang", "en"],
    ["--case", str(GOLDEN / "binhai-two-diseases-level2-both.toml"), "--large-text"],
    [],
])
def test_screenshot_writes_a_png_and_exits_0(tmp_path, args):
    proc, out = screenshot(tmp_path, *args)
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1366, 768)


def test_screenshot_of_an_unreadable_case_says_why(tmp_path):
    proc, out = screenshot(tmp_path, "--case", str(tmp_path / "nowhere.toml"))
    assert proc.returncode == 0 and out.exists()  # the window opens anyway, empty
    assert "nowhere.toml" in proc.stderr


def test_start_up_imports_only_the_first_screen(tmp_path):
    out = tmp_path / "x.png"
    proc = run(f"""
        import json, sys
        from benefitcalc.gui.app import main
        code = main(["--screenshot", {str(out)!r}])
        late = ["benefitcalc.gui.sheet", "benefitcalc.gui.policy_browser", "PySide6.QtPrintSupport",
                "benefitcalc.cli", "PySide6.QtSvg", "PySide6.QtNetwork"]
        print(json.dumps({{"code": code, "loaded": [m for m in late if m in sys.modules]}}))
    """, tmp_path)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"code": 0, "loaded": []}


def test_help_and_wrong_options_do_not_raise(capsys):
    assert main(["--help"]) == 0
    assert "--screenshot" in capsys.readouterr().out
    assert main(["--lang", "fr"]) == 2


def test_arguments():
    args = parse_args(["--case", "a.toml", "--lang", "en", "--large-text"])
    assert args.case == Path("a.toml") and args.lang == "en" and args.large_text and args.screenshot is None


def test_cli_routes_gui_to_this_main(tmp_path):
    out = tmp_path / "cli.png"
    proc = run(f"""
        import sys
        from benefitcalc.cli import main
        sys.exit(main(["gui", "--screenshot", {str(out)!r}, "--lang", "en"]))
    """, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert out.exists()
