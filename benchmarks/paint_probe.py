"""Start a window program and note, from outside, when its main window has painted; then exit.

The benchmarks' own probe (benchmarks/startup.py runs it): the app carries no benchmark code.
It creates the QApplication, installs an application-wide event filter, then runs the program's
`main(args)`. When a top-level window has painted (and, with `--until-result`, the window's
`current_estimate` is set, i.e. the paint shows an estimate) it waits one event-loop turn, as
for a screenshot, writes the wall-clock time into STAMP and ends the process at once.

    python benchmarks/paint_probe.py STAMP app [APP ARGS...]             # benefitcalc.gui.app.main
    python benchmarks/paint_probe.py STAMP bare                          # benchmarks/bare_window.py
    python benchmarks/paint_probe.py STAMP --until-result app --case C.toml
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    until_result = "--until-result" in argv
    argv = [a for a in argv if a != "--until-result"]
    stamp, program, args = Path(argv[0]), argv[1], argv[2:]

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    def done() -> None:
        stamp.write_text(repr(time.time()), encoding="utf-8")
        sys.stdout.flush()
        os._exit(0)

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, obj, event):  # noqa: N802 (Qt name)
            if (not self.seen and event.type() == QEvent.Type.Paint and obj.isWidgetType()
                    and obj.isWindow() and obj.inherits("QMainWindow")
                    and (not until_result or getattr(obj, "current_estimate", None) is not None)):
                self.seen = True
                QTimer.singleShot(0, done)  # one turn after the paint, as a screenshot would be taken
            return False

    probe = FirstPaint()
    app.installEventFilter(probe)
    if program == "app":
        from benefitcalc.gui.app import main as run
    else:
        sys.path.insert(0, str(HERE))
        from bare_window import main as run
    code = run(args)
    return 2 if code == 0 else code  # the program ended without the paint asked for


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
