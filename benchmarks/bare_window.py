"""The yardstick: a bare PySide6 main window that paints once and exits, like the app does.

It has the app's two exits (benefitcalc/gui/app.py), so `benchmarks/startup.py` and the bundle
size comparison measure the app against the least a PySide6 window costs:

    python benchmarks/bare_window.py --screenshot out.png
        # show, wait 100 ms in the event loop, grab the window into a PNG, quit (as the app does)
    BENEFITCALC_FIRST_PAINT_FILE=t.txt python benchmarks/bare_window.py
        # show, paint, write time.time() into t.txt, quit (the start-up probe)

One label with Chinese text (so font fallback is paid, as in the app), nothing else. Frozen with
`benchmarks/bare_window.spec`, which uses the same excludes and file filters as `build.spec`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

FIRST_PAINT_ENV = "BENEFITCALC_FIRST_PAINT_FILE"
SCREENSHOT_SIZE = (1366, 768)  # as the app's --screenshot


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="bare PySide6 window (benchmark yardstick)")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="save a PNG of the window and exit")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.setCentralWidget(QLabel("空白窗口 / bare window"))

    if args.screenshot is not None:
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        result = {"code": 1}

        def shoot() -> None:
            result["code"] = 0 if window.grab().save(str(args.screenshot), "PNG") else 1
            window.close()
            app.quit()

        QTimer.singleShot(100, shoot)  # as the app: after the first paint and the layouts have settled
        app.exec()
        return result["code"]

    window.show()
    stamp = os.environ.get(FIRST_PAINT_ENV)
    if stamp:  # the start-up probe: wall-clock time of the first painted window, then quit
        window.repaint()
        Path(stamp).write_text(repr(time.time()), encoding="utf-8")
        return 0
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
