"""`benefitcalc-gui [--case CASE.toml] [--screenshot OUT.png] [--lang zh|en] [--large-text]`

Opens the main window, with a case file loaded if given. The policies and the case are loaded
before the window is shown, so its first paint already shows the estimate.
With `--screenshot` it saves a PNG of the window one event-loop turn after that first paint and
exits (0 when the PNG was written; 1, with the reason on stderr and no PNG, when the case could
not be opened).
On Linux without a display (and no Qt platform chosen) it says so in plain words and exits 1,
rather than letting Qt abort with a message about xcb libraries.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from . import chinese_font, error_dialog, i18n
from .settings import APPLICATION, ORGANIZATION, Settings

SCREENSHOT_SIZE = (1366, 768)
ICON = Path(__file__).with_name("benefitcalc.png")


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
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(ICON)))
    error_dialog.install()
    chinese_font.ensure_chinese_font()  # the bundled one, only where the system has no Chinese font

    settings = Settings()
    i18n.install(args.lang or settings.language)

    from ..core.locations import default_policy_dirs
    from ..core.policy_cache import load_registry
    from .main_window import MainWindow

    try:  # the checked policies of the last start when no file changed (no pydantic then)
        registry = load_registry(default_policy_dirs())
    except Exception:  # a bug (a broken file is reported, not raised): nothing can be estimated
        error_dialog.show(*sys.exc_info())
        return 1
    window = MainWindow(registry, settings)
    if args.lang and args.lang != settings.language:
        window.set_language(args.lang, remember=False)
    if args.large_text:
        window.use_large_text()
    problem = window.open_case_file(args.case) if args.case is not None else ""

    if args.screenshot is not None:
        window.remember_geometry = False
        if problem:  # no picture of a window that does not show the case asked for
            _say(problem)
            return 1
        outcome = {"code": 1}

        def shoot() -> None:
            outcome["code"] = 0 if window.grab().save(str(args.screenshot), "PNG") else 1
            if outcome["code"]:
                _say(f"benefitcalc-gui: cannot write {args.screenshot}")
            window.close()
            app.quit()

        window.first_painted.connect(shoot)  # one event-loop turn after the first paint
        window.resize(*_size(args.size))
        window.show()
        app.exec()
        return outcome["code"]

    window.show_window()
    if problem:
        QTimer.singleShot(0, lambda: _dialogs_warning(window, QCoreApplication.translate("MainWindow", "Open case"), problem))
    return app.exec()


def _dialogs_warning(parent, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


if __name__ == "__main__":
    sys.exit(main())
