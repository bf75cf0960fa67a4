"""Menu entries that open a feature of their own (a dialog or a view), kept out of main_window.

Each entry names a module with `install(window) -> object`; the object's `retranslate()` is
called whenever the window retranslates. `install` only adds actions to the window's menus
(`window.file_menu`, `window.tools_menu`, …); the feature's heavy imports happen when its
action is first triggered, so start-up stays fast. One entry per line.
"""

from __future__ import annotations

import importlib

FEATURES: list[str] = [
    # issue 8 (import a policy file) adds its module here
    "policy_import",

    # issue 9 (check against settlement slips) adds its module here
    "slips_dialog",

    # issue 11 (a year, compare, history) adds its modules here
    "history_view",
    "year_view",
    "compare_view",

]


def install_all(window) -> list:
    installed = []
    for name in FEATURES:
        module = importlib.import_module(f"{__package__}.{name}")
        installed.append(module.install(window))
    return installed


class OneDialog:
    """A feature with one modeless dialog (`_dialog`): made on first use, brought to the front
    after, forgotten when Qt frees it, so opening and closing it leaves nothing behind."""

    _dialog = None

    def show_dialog(self, make, before_show=None) -> None:
        """Show the dialog, made by `make()` if there is none; `before_show()` then runs first."""
        if self._dialog is None:
            self._dialog = make()
            self._dialog.destroyed.connect(self._forget_dialog)
        if before_show is not None:
            before_show()
        self._dialog.show()
        self._dialog.activateWindow()

    def _forget_dialog(self, *_args) -> None:
        self._dialog = None
