"""An unexpected error: logged to a file in the user's data folder, a friendly dialog, no traceback."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from benefitcalc.gui import error_dialog


def raise_and_catch():
    try:
        {}["missing"]
    except KeyError:
        return sys.exc_info()


def test_exception_is_logged_and_shown_without_traceback(qapp, monkeypatch):
    seen = []

    def fake_exec(box):
        seen.append((box.windowTitle(), box.text(), box.informativeText(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    path = error_dialog.show(*raise_and_catch())
    log = path.read_text(encoding="utf-8")
    assert "Traceback" in log and "KeyError: 'missing'" in log
    title, text, informative, details = seen[0]
    assert title == "意外错误"
    assert "Traceback" not in text + informative + details
    assert str(path) in informative


def test_the_hook_goes_through_the_dialog(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(error_dialog, "show", lambda *a, **k: shown.append(a[0]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_dialog.install()
    sys.excepthook(*raise_and_catch())
    assert shown == [KeyError]


def test_log_is_in_the_app_data_folder(qapp):
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert str(error_dialog.log_path()).startswith(folder)


def test_a_second_error_while_the_dialog_is_open_is_only_logged(qapp, monkeypatch):
    count = []

    def fake_exec(box):
        count.append(1)
        error_dialog.show(*raise_and_catch())  # re-entered: must not open a second box
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    error_dialog.show(*raise_and_catch())
    assert count == [1]


def test_an_exception_in_a_slot_reaches_the_dialog_and_the_log(tmp_path):
    """Qt hands exceptions raised in slots to sys.excepthook: the app's hook logs and tells."""
    import os
    import subprocess
    import textwrap

    code = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QCoreApplication, QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox
        from benefitcalc.gui import error_dialog
        QCoreApplication.setOrganizationName("benefitcalc")
        QCoreApplication.setApplicationName("benefitcalc")
        app = QApplication([])
        error_dialog.install()
        QMessageBox.exec = lambda box: print("DIALOG", box.text()) or 0
        def slot():
            raise ValueError("bad slot")
        QTimer.singleShot(0, slot)
        QTimer.singleShot(50, app.quit)
        app.exec()
        print("LOGFILE=" + str(error_dialog.log_path()))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path), HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert "DIALOG 抱歉" in proc.stdout or "DIALOG Sorry" in proc.stdout, proc.stdout + proc.stderr
    log = proc.stdout.split("LOGFILE=", 1)[1].strip()
    assert str(tmp_path) in log
    assert "ValueError: bad slot" in Path(log).read_text(encoding="utf-8")
    assert "Traceback" not in proc.stdout.split("LOGFILE=")[0]
