"""`benefitcalc-gui [--case CASE.toml] [--screenshot OUT.png] [--lang zh|en] [--large-text]`

Opens the main window, with a case file loaded if given. With `--screenshot` it saves a PNG of
the window after the first paint and exits (0 when the PNG was written).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from . import error_dialog, i18n
from .settings import APPLICATION, ORGANIZATION, Settings

SCREENSHOT_SIZE = (1366, 768)
FIRST_PAINT_ENV = "BENEFITCALC_FIRST_PAINT_FILE"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="benefitcalc-gui",
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


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # --help or a wrong option
        return int(exc.code or 0)

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    error_dialog.install()

    settings = Settings()
    i18n.install(args.lang or settings.language)

    # The registry and the window are imported here, after Qt is up: the first screen needs them.
    from ..core.locations import default_policy_dirs
    from ..core.registry import PolicyRegistry
    from .main_window import MainWindow

    try:
        registry = PolicyRegistry.load(default_policy_dirs())
    except Exception:
        error_dialog.show(*sys.exc_info())
        return 1

    window = MainWindow(registry, settings)
    if args.lang and args.lang != settings.language:
        window.set_language(args.lang, remember=False)
    if args.large_text:
        window.use_large_text()

    problem = ""
    if args.case is not None:
        problem = window.open_case_file(args.case)

    if args.screenshot is not None:
        if problem:
            _say(problem)
        window.remember_geometry = False
        window.resize(*_size(args.size))
        window.show()
        result = {"code": 1}

        def shoot() -> None:
            ok = window.grab().save(str(args.screenshot), "PNG")
            if not ok:
                _say(f"benefitcalc-gui: cannot write {args.screenshot}")
            result["code"] = 0 if ok else 1
            window.close()
            app.quit()

        window.recompute()
        QTimer.singleShot(100, shoot)  # after the first paint and the layouts have settled
        app.exec()
        return result["code"]

    window.show_window()
    stamp = os.environ.get(FIRST_PAINT_ENV)
    if stamp:  # start-up probe for benchmarks/startup.py: time of the first painted window, then quit
        window.remember_geometry = False
        window.repaint()
        Path(stamp).write_text(repr(time.time()), encoding="utf-8")
        return 0
    if problem:
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "Open case"), problem)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
