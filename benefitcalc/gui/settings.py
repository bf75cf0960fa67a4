"""What the app remembers between runs: last region, text size, language, station name, window.

A thin wrapper over QSettings. `BENEFITCALC_SETTINGS=/path/to/file.ini` puts the settings in
that file instead of the user's registry / config folder (tests use it, so they never touch a
real user's settings).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "benefitcalc"
APPLICATION = "benefitcalc"
LANGUAGES = ("zh", "en")

# Text size steps (factor of the normal font); step 0 is normal, LARGE_STEP is "large text".
TEXT_STEPS = (1.0, 1.2, 1.4, 1.65, 1.9)
LARGE_STEP = 2


def _qsettings() -> QSettings:
    path = os.environ.get("BENEFITCALC_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


class Settings:
    """Typed access to the few values the app remembers. Every getter tolerates junk."""

    def __init__(self, store: QSettings | None = None):
        self._store = store if store is not None else _qsettings()

    def _text(self, key: str, default: str = "") -> str:
        value = self._store.value(key, default)
        return value if isinstance(value, str) else default

    def _set(self, key: str, value) -> None:
        self._store.setValue(key, value)
        self._store.sync()

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    # -- last region -------------------------------------------------------------------
    @property
    def region(self) -> str:
        return self._text("case/region")

    @region.setter
    def region(self, value: str) -> None:
        self._set("case/region", value)

    # -- language ------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = self._text("ui/language", "zh")
        return value if value in LANGUAGES else "zh"

    @language.setter
    def language(self, value: str) -> None:
        if value in LANGUAGES:
            self._set("ui/language", value)

    # -- text size -----------------------------------------------------------------------
    @property
    def text_step(self) -> int:
        try:
            step = int(self._store.value("ui/text_step", 0))
        except (TypeError, ValueError):
            return 0
        return max(0, min(step, len(TEXT_STEPS) - 1))

    @text_step.setter
    def text_step(self, value: int) -> None:
        self._set("ui/text_step", max(0, min(int(value), len(TEXT_STEPS) - 1)))

    @property
    def large_text(self) -> bool:
        return self.text_step > 0

    # -- station name (printed on the estimate sheet) ---------------------------------------
    @property
    def station_name(self) -> str:
        return self._text("station/name").strip()

    @station_name.setter
    def station_name(self, value: str) -> None:
        self._set("station/name", value.strip())

    # -- last folder used for case files ------------------------------------------------------
    @property
    def case_folder(self) -> str:
        return self._text("case/folder")

    @case_folder.setter
    def case_folder(self, value: str) -> None:
        self._set("case/folder", value)

    # -- window ----------------------------------------------------------------------------
    def window_state(self, key: str) -> QByteArray | None:
        value = self._store.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, key: str, value: QByteArray) -> None:
        self._set(f"window/{key}", value)
