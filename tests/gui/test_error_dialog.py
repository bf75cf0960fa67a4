"""An unexpected error: logged to a file in the user's data folder, a friendly dialog, no traceback."""

from __future__ import annotations

import sys

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
