"""The yardstick: a bare PySide6 main window of the app's screenshot size, and nothing else.

    python benchmarks/bare_window.py --screenshot out.png
        # show at 1366×768; one event-loop turn after the first paint, grab the window into a
        # PNG and quit (as the app's --screenshot does with its first paint holding the result)
    python benchmarks/paint_probe.py STAMP bare
        # the start-up probe notes the first paint from outside (benchmarks/startup.py)

One label with Chinese text (so font fallback is paid, as in the app). Frozen with
`benchmarks/bare_window.spec`, which uses the same excludes and file filters as `build.spec`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

SCREENSHOT_SIZE = (1366, 768)  # as the app's --screenshot


class BareWindow(QMainWindow):
    first_painted = Signal()  # in the event-loop turn after the first paint

    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        self.setWindowTitle("bare window")
        self.setCentralWidget(QLabel("空白窗口 / bare window"))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="bare PySide6 window (benchmark yardstick)")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="save a PNG of the window and exit")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = BareWindow()
    window.resize(*SCREENSHOT_SIZE)
    result = {"code": 0}
    if args.screenshot is not None:
        def shoot() -> None:
            result["code"] = 0 if window.grab().save(str(args.screenshot), "PNG") else 1
            window.close()
            app.quit()

        window.first_painted.connect(shoot)
    window.show()
    app.exec()
    return result["code"]


if __name__ == "__main__":
    sys.exit(main())
