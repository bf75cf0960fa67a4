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


UNKNOWN_REGION = """[case]
region = "atlantis"
date = 2025-06-01
scheme = "resident"
category = "inpatient"
level = "level2"
[case.costs]
total = "1000"
"""


@pytest.mark.parametrize("name, text, said", [
    ("a missing file", None, "nowhere.toml"),
    ("a region no policy knows", UNKNOWN_REGION, "atlantis"),
    ("a file that is not TOML", "[case\nregion = ", "无法读取案例文件"),
])
def test_a_screenshot_of_a_case_that_cannot_be_opened_exits_1_with_the_reason(tmp_path, name, text, said):
    case = tmp_path / "nowhere.toml"
    if text is not None:
        case.write_text(text, encoding="utf-8")
    proc, out = screenshot(tmp_path, "--case", str(case))
    assert proc.returncode == 1, proc.stderr
    assert said in proc.stderr
    assert not out.exists()  # no picture of a window showing some other case


@pytest.mark.parametrize("lang, words", [("zh", "没有可用的图形桌面"), ("en", "no graphical desktop")])
def test_without_a_display_the_window_says_so_and_exits_1(tmp_path, lang, words):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(BENEFITCALC_SETTINGS=str(tmp_path / "settings.ini"))
    proc = subprocess.run([sys.executable, "-m", "benefitcalc.cli", "gui", "--lang", lang], capture_output=True,
                          text=True, timeout=60, env=env)
    assert proc.returncode == 1
    assert words in proc.stderr and "DISPLAY" in proc.stderr
    assert "xcb" not in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("environ, platform, expected", [
    ({}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"DISPLAY": ""}, "linux", True),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_what_counts_as_no_display(environ, platform, expected):
    from benefitcalc.gui.app import no_display

    assert no_display(environ, platform) is expected


def test_start_up_imports_only_the_first_screen(tmp_path):
    out = tmp_path / "x.png"
    proc = run(f"""
        import json, sys
        from benefitcalc.gui.app import main
        code = main(["--screenshot", {str(out)!r}])
        late = ["benefitcalc.gui.sheet", "benefitcalc.gui.policy_browser", "benefitcalc.gui.policy_browser_models",
                "benefitcalc.gui.policy_browser_text", "PySide6.QtPrintSupport",
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


FIRST_PAINT = """
    import json, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from benefitcalc.gui.app import main
    app = QApplication(sys.argv[:1])
    seen = {{}}
    class FirstPaint(QObject):  # noted from outside, as benchmarks/paint_probe.py does
        def eventFilter(self, obj, event):
            if not seen and event.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow":
                seen.update(headline=obj.result.headline.text(), message=obj.result.message.text(),
                            steps=bool(obj.result.steps.text()))
                QTimer.singleShot(0, obj.close)
            return False
    probe = FirstPaint()
    app.installEventFilter(probe)
    code = main({args!r})
    print(json.dumps(dict(seen, code=code)))
"""


@pytest.mark.parametrize("args, shown", [
    ([], {"headline": "", "message": "请在左侧填写医疗费总额，估算结果会显示在这里。", "steps": False}),
    (["--case", str(GOLDEN / "linyi-dibao-resident-big-stay.toml")], {"headline": "24,295.50 元", "steps": True}),
])
def test_the_first_paint_shows_the_result_of_the_remembered_or_opened_case(tmp_path, args, shown):
    """The policies and the case are loaded before the window is shown: no "loading" paint."""
    proc = run(FIRST_PAINT.format(args=args), tmp_path)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["code"] == 0, proc.stderr
    assert {key: result[key] for key in shown} == shown


def test_screenshot_shows_the_estimate_and_the_window_has_its_icon(tmp_path):
    out = tmp_path / "x.png"
    proc = run(f"""
        import json
        from PySide6.QtWidgets import QApplication
        from benefitcalc.gui.app import main
        code = main(["--case", {str(GOLDEN / "linyi-dibao-resident-big-stay.toml")!r}, "--screenshot", {str(out)!r}])
        window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
        print(json.dumps({{"code": code, "headline": window.result.headline.text(),
                           "steps": bool(window.result.steps.text()),
                           "icon": not QApplication.windowIcon().isNull()}}))
    """, tmp_path)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"code": 0, "headline": "24,295.50 元", "steps": True, "icon": True}
    from benefitcalc.gui.app import ICON
    assert ICON.is_file() and ICON.parent.name == "gui"
