"""Memory: what is opened again and again is freed, and a seeded, bounded monkey — random actions
on the window, as a hurried clerk would do them — breaks nothing and does not make the window grow.

Typing anything into any field, choosing options, switching language and text size, opening and
closing the policy browser, new case, saving and opening files. Fails on any exception (pytest-qt
catches those raised in slots), any Qt warning (pytest's `qt_log_level_fail`), any error dialog,
and on growth after a warm-up: the number of live QObjects and the process's memory must stay
within a bound, so a dialog or translator kept per action shows up within a few dozen actions.
"""

from __future__ import annotations

import gc
import random
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QFileDialog, QLineEdit, QMessageBox, QSpinBox

from benefitcalc.gui import error_dialog, i18n

GOLDEN = sorted((Path(__file__).resolve().parents[1] / "data" / "golden").glob("*.toml"))
SEED = 20260607
ACTIONS = 600
WARM_UP = 200
# After the warm-up, at most this much more. A policy browser never freed is ≈ 100 QObjects and
# ≈ 3.8 MB; a language switch keeping its translators 2–3 QObjects; the run does dozens of each.
MAX_MORE_OBJECTS = 40
MAX_MORE_MB = 20
TEXTS = ["1000", "1234.56", "0", "", "abc", "-5", "200.005", "1e30", "１２，３４５．６０", "¥1,234.50元",
         "9" * 60, "1_000", "汉字", "\u202e12", " 12 ", "0.1", "99999999999", "３", "NaN", "inf"]


def live_objects() -> int:
    def count(obj) -> int:
        return 1 + sum(count(child) for child in obj.children())

    app = QApplication.instance()
    return count(app) + sum(count(w) for w in QApplication.topLevelWidgets() if w.parent() is None)


def rss_mb() -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def settle() -> None:
    """What the event loop does between a person's actions: deferred deletes, then a collection."""
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    gc.collect()


class Monkey:
    def __init__(self, window, rng: random.Random, folder: Path):
        self.window = window
        self.rng = rng
        self.folder = folder
        self.saved: list[Path] = []

    def visible(self, kind) -> list:
        form = self.window.form
        return [row.editor for row in form.rows.values()
                if isinstance(row.editor, kind) and row.editor.isVisibleTo(self.window) and row.editor.isEnabled()]

    def type_text(self) -> None:
        edit = self.rng.choice(self.visible(QLineEdit))
        edit.setFocus()
        edit.selectAll()
        edit.insert(self.rng.choice(TEXTS))  # as typed: textEdited fires, as for a keystroke
        if self.rng.random() < 0.3:
            self.window.form.submitted.emit()

    def choose(self) -> None:
        combos = self.visible(QComboBox)
        combo = self.rng.choice(combos)
        if combo.count():
            combo.setCurrentIndex(self.rng.randrange(combo.count()))

    def tick(self) -> None:
        boxes = self.visible(QCheckBox) + [self.window.form.year_toggle]
        box = self.rng.choice(boxes)
        box.setChecked(not box.isChecked())

    def spin(self) -> None:
        spins = self.visible(QSpinBox)
        if spins:
            spin = self.rng.choice(spins)
            spin.setValue(self.rng.randint(spin.minimum(), spin.maximum()))

    def date(self) -> None:
        self.window.form.date.setDate(QDate(self.rng.randint(2000, 2030), self.rng.randint(1, 12), self.rng.randint(1, 28)))

    def language(self) -> None:
        self.window.language_action[self.rng.choice(["zh", "en"])].trigger()

    def text_size(self) -> None:
        self.rng.choice([self.window.bigger_action, self.window.smaller_action, self.window.normal_action]).trigger()

    def browser(self) -> None:
        self.window.browser_action.trigger()
        if self.rng.random() < 0.7:
            for widget in QApplication.topLevelWidgets():
                if type(widget).__name__ == "PolicyBrowser" and widget.isVisible():
                    widget.close()

    def new_case(self) -> None:
        self.window.new_action.trigger()

    def save(self, monkeypatch) -> None:
        path = self.folder / f"case-{self.rng.randrange(5)}.toml"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
        self.window.save_action.trigger()
        if path.exists():
            self.saved.append(path)

    def open(self, monkeypatch) -> None:
        choices = self.saved + GOLDEN
        path = self.rng.choice(choices)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
        self.window.open_action.trigger()


WEIGHTS = {"type_text": 30, "choose": 14, "tick": 8, "spin": 5, "date": 5, "language": 6, "text_size": 5,
           "browser": 6, "new_case": 3, "save": 4, "open": 6}


def test_a_random_clerk_breaks_nothing_and_the_window_does_not_grow(monkeypatch, make_window, tmp_path):
    messages = []
    errors = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: messages.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: messages.append(a[2]))
    monkeypatch.setattr(error_dialog, "show", lambda *a, **k: errors.append(a[1]))
    monkeypatch.setattr(error_dialog, "log_exception", lambda *a, **k: errors.append(a[1]))
    window = make_window()
    rng = random.Random(SEED)
    monkey = Monkey(window, rng, tmp_path)
    names = list(WEIGHTS)
    weights = [WEIGHTS[name] for name in names]
    done: dict[str, int] = dict.fromkeys(names, 0)
    start = None
    for step in range(ACTIONS):
        if step == WARM_UP:
            settle()
            start = live_objects(), rss_mb()
        name = rng.choices(names, weights)[0]
        action = getattr(monkey, name)
        action(monkeypatch) if name in ("save", "open") else action()
        done[name] += 1
        if step % 10 == 0:
            settle()
        assert not errors, f"step {step} ({name}): {errors[0]!r}"
    settle()
    end = live_objects(), rss_mb()
    assert all(count > 5 for count in done.values()), done  # every kind of action really ran
    assert any(m for m in messages), "the monkey never met a refused save or open"
    assert end[0] - start[0] <= MAX_MORE_OBJECTS, f"QObjects {start[0]} → {end[0]} ({done})"
    if start[1] is not None:
        assert end[1] - start[1] <= MAX_MORE_MB, f"memory {start[1]:.0f} → {end[1]:.0f} MB ({done})"
    window.close()


def test_the_policy_browser_is_freed_when_closed(window):
    for _ in range(5):  # warm-up: Qt makes a few objects once (gesture recognisers)
        window.browser_action.trigger()
        window._policy_browser.close()
        settle()
    before = live_objects()
    for _ in range(20):
        window.browser_action.trigger()
        assert window._policy_browser.isVisible()
        window._policy_browser.close()
        settle()
    assert live_objects() == before


def test_opening_the_browser_again_replaces_the_open_one(window):
    window.browser_action.trigger()
    first = window._policy_browser
    window.browser_action.trigger()
    settle()
    browsers = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "PolicyBrowser"]
    assert browsers == [window._policy_browser] and window._policy_browser is not first
    window._policy_browser.close()


def test_a_language_switch_leaves_no_translator_behind(window):
    app = QCoreApplication.instance()
    window.set_language("en")
    window.set_language("zh")
    settle()
    before = len(app.children()), live_objects()
    for n in range(100):
        window.set_language("zh" if n % 2 else "en")  # ends in zh, as before
    settle()
    assert (len(app.children()), live_objects()) == before
    assert len(i18n._installed) == len(i18n.qm_files("zh"))


def test_the_error_dialog_is_freed_after_it_is_closed(window, monkeypatch, tmp_path):
    monkeypatch.setattr(error_dialog, "log_exception", lambda *a: tmp_path / "log.txt")

    def close_box():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.accept()

    def fail_once():
        try:
            raise RuntimeError("printer on fire")
        except RuntimeError:
            QTimer.singleShot(0, close_box)
            error_dialog.show(*sys.exc_info(), parent=window)

    fail_once()
    settle()
    before = live_objects()
    for _ in range(5):
        fail_once()
    settle()
    assert live_objects() == before
