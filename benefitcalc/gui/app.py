"""`benefitcalc-gui [--case CASE.toml] [--screenshot OUT.png] [--lang zh|en] [--large-text]`

Opens the main window, with a case file loaded if given. The window is painted before the
policies are validated; they are loaded right after the first paint, then the case is opened.
With `--screenshot` it saves a PNG of the window once the estimate is shown and exits (0 when
the PNG was written; 1, with the reason on stderr and no PNG, when the case could not be opened).
On Linux without a display (and no Qt platform chosen) it says so in plain words and exits 1,
rather than letting Qt abort with a message about xcb libraries.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from . import error_dialog, i18n
from .settings import APPLICATION, ORGANIZATION, Settings

SCREENSHOT_SIZE = (1366, 768)
ICON = Path(__file__).with_name("benefitcalc.png")
# Start-up probes (benchmarks/startup.py): the time of the first paint, and the time the policies
# are validated and the first result painted, written into these files; the app then quits.
FIRST_PAINT_ENV = "BENEFITCALC_FIRST_PAINT_FILE"
READY_ENV = "BENEFITCALC_READY_FILE"
LOAD_FALLBACK_MS = 500


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="benefitcalc gui",
        description="Estimate what Shandong medical insurance pays on a bill (desktop window).",
    )
    parser.add_argument("--case", type=Path, help="open this case file (.toml with a [case] table)")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="save a PNG of the window and exit")
    parser.add_argument("--lang", choices=("zh", "en"), help="language for this run (default: the remembered one, 简体中文)")
    parser.add_argument("--large-text", action="store_true", help="large text for this run")
    parser.add_argument("--size", default=None, metavar="WxH",
                        help="window size for --screenshot (default %dx%d)" % SCREENSHOT_SIZE)
    return parser.parse_args(argv)


def _size(text: str | None) -> tuple[int, int]:
    if not text:
        return SCREENSHOT_SIZE
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        return SCREENSHOT_SIZE
    return max(200, width), max(200, height)


def _say(text: str) -> None:
    stream = sys.stderr or sys.__stderr__
    if stream is not None:
        stream.write(text + "\n")


def no_display(environ=None, platform: str | None = None) -> bool:
    """True on a Unix desktop platform with neither X11 nor Wayland and no Qt platform chosen
    (QT_QPA_PLATFORM): Qt would then abort with "xcb-cursor0 … is needed", which sends the
    user looking for a library that is installed. Windows and macOS always have a display."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "sunos")):
        return False
    if environ.get("QT_QPA_PLATFORM"):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # --help or a wrong option
        return int(exc.code or 0)
    if QApplication.instance() is None and no_display():
        from ..core.messages import msg, render

        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        _say(render(msg("ui.no_display"), args.lang or Settings().language))
        return 1
    # Start-up makes many objects and few cycles: no cyclic collection until the window is
    # ready (≈ 10 ms saved); then everything made so far is set aside for good (`gc.freeze`),
    # so that later collections, while the clerk types, do not walk the policies again.
    gc.disable()
    try:
        return _run(args)
    finally:
        gc.enable()


def _start_collecting() -> None:
    gc.freeze()
    gc.enable()


def _run(args: argparse.Namespace) -> int:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(ICON)))
    error_dialog.install()

    settings = Settings()
    i18n.install(args.lang or settings.language)

    # The first screen needs only the regions' names, read from the policy files' [policy]
    # headers (≈ 2 ms). The policies are validated (pydantic, ≈ 130 ms with its import) right
    # after the first paint, in `load_policies`; the window says so meanwhile.
    from ..core.locations import default_policy_dirs
    from ..core.policy_index import scan_regions
    from .main_window import MainWindow

    folders = default_policy_dirs()
    window = MainWindow(None, settings, regions=scan_regions(folders))
    if args.lang and args.lang != settings.language:
        window.set_language(args.lang, remember=False)
    if args.large_text:
        window.use_large_text()

    first_paint_stamp = os.environ.get(FIRST_PAINT_ENV)
    ready_stamp = os.environ.get(READY_ENV)
    probing = bool(first_paint_stamp or ready_stamp)
    loaded = []
    outcome: dict[str, int] = {}  # the exit code, when it is not the event loop's

    def finish(code: int) -> None:
        outcome["code"] = code  # closing the last window also asks the loop to quit, with 0
        window.close()
        app.quit()

    def shoot() -> None:
        ok = window.grab().save(str(args.screenshot), "PNG")
        if not ok:
            _say(f"benefitcalc-gui: cannot write {args.screenshot}")
        finish(0 if ok else 1)

    def load_policies() -> None:
        if loaded:  # the first paint and the fallback timer both ask
            return
        loaded.append(True)
        from ..core.registry import PolicyRegistry

        try:
            registry = PolicyRegistry.load(folders)
        except Exception:  # a bug (a broken file is reported, not raised): nothing can be estimated
            error_dialog.show(*sys.exc_info(), parent=window)
            window.remember_geometry = False
            finish(1)
            return
        window.set_registry(registry)
        problem = window.open_case_file(args.case) if args.case is not None else ""
        _start_collecting()
        if args.screenshot is not None:
            if problem:  # no picture of a window that does not show the case asked for
                _say(problem)
                window.remember_geometry = False
                finish(1)
                return
            QTimer.singleShot(100, shoot)  # the layouts settle, as a person would first see it
        elif ready_stamp:  # start-up probe: policies validated, the first result painted
            window.repaint()
            Path(ready_stamp).write_text(repr(time.time()), encoding="utf-8")
            finish(0)
        elif problem:
            _dialogs_warning(window, QCoreApplication.translate("MainWindow", "Open case"), problem)

    window.first_painted.connect(load_policies)
    if args.screenshot is not None:
        window.remember_geometry = False
        window.resize(*_size(args.size))
        window.show()
    else:
        if probing:
            window.remember_geometry = False
        window.show_window()
        if first_paint_stamp:  # start-up probe for benchmarks/startup.py: time of the first painted window
            window.repaint()
            Path(first_paint_stamp).write_text(repr(time.time()), encoding="utf-8")
            if not ready_stamp:
                return 0
    # Load after the first paint; should no paint come (a window started minimised), load anyway.
    QTimer.singleShot(LOAD_FALLBACK_MS, load_policies)
    code = app.exec()
    return outcome.get("code", code)


def _dialogs_warning(parent, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


if __name__ == "__main__":
    sys.exit(main())
