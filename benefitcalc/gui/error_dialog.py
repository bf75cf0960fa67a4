"""An unexpected error never shows a traceback: it is logged and the user gets a friendly dialog.

`install()` replaces `sys.excepthook` (Qt calls it for exceptions raised in slots and event
handlers). The traceback goes to `benefitcalc.log` in the user's data folder
(QStandardPaths.AppDataLocation; on Windows %APPDATA%/benefitcalc/benefitcalc); the dialog
says what happened in plain words and where the log is.
"""

from __future__ import annotations

import datetime
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from .common_words import LOG_FILE, word

LOG_NAME = "benefitcalc.log"
MAX_LOG_BYTES = 1_000_000

_showing = False


def log_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not folder:
        folder = str(Path.home() / ".benefitcalc")
    return Path(folder) / LOG_NAME


def log_exception(exc_type, exc, tb) -> Path | None:
    """Append the traceback to the log file; returns its path, or None if it cannot be written."""
    path = log_path()
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    stamp = datetime.datetime.now().isoformat(timespec="seconds")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_suffix(".log.1"))
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {stamp}\n{text}\n")
    except OSError:
        return None
    return path


def friendly_text(path: Path | None) -> str:
    lines = [
        QCoreApplication.translate("ErrorDialog", "Something went wrong inside the program. Your input is still there; you can go on working."),
        QCoreApplication.translate("ErrorDialog", "If it happens again, please send the log file to whoever looks after this computer."),
    ]
    if path is not None:
        lines.append(word(LOG_FILE).replace("%1", str(path)))
    return "\n\n".join(lines)


def show(exc_type, exc, tb, parent=None) -> Path | None:
    """Log the exception and tell the user in a dialog (never the traceback itself)."""
    global _showing
    path = log_exception(exc_type, exc, tb)
    from PySide6.QtWidgets import QApplication, QMessageBox

    if _showing or QApplication.instance() is None:
        if sys.__stderr__ is not None:
            sys.__stderr__.write(friendly_text(path) + "\n")
        return path
    _showing = True
    try:
        box = QMessageBox(parent or QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Unexpected error"))
        box.setText(QCoreApplication.translate("ErrorDialog", "Sorry, an unexpected error occurred."))
        box.setInformativeText(friendly_text(path))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        box.deleteLater()  # a child of the window otherwise, kept until the window goes
    finally:
        _showing = False
    return path


def _hook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    show(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _hook
