"""The window's actions, menus and toolbar, and their words.

Every action is one line of `ACTIONS`: the window's attribute, the window's method it runs,
its shortcuts, its text and its status tip. Everything a clerk may do has a keyboard shortcut;
the features (`features.py`) add theirs to the same menus. Texts are Qt's, context MainWindow.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from . import i18n
from .common_words import PRINT_BUTTON, SAVE_PDF_BUTTON, word

LANGUAGE_NAMES = {"zh": "简体中文", "en": "English"}
_STD = QKeySequence.StandardKey

# (attribute, the window's method, shortcuts, text, status tip)
ACTIONS = (
    ("new_action", "new_case", [_STD.New],
     QT_TRANSLATE_NOOP("MainWindow", "&New case"), QT_TRANSLATE_NOOP("MainWindow", "Start again with an empty form")),
    ("open_action", "choose_case_file", [_STD.Open],
     QT_TRANSLATE_NOOP("MainWindow", "&Open case…"), QT_TRANSLATE_NOOP("MainWindow", "Open a saved case file (.toml)")),
    ("save_action", "choose_save_file", [_STD.Save],
     QT_TRANSLATE_NOOP("MainWindow", "&Save case…"), QT_TRANSLATE_NOOP("MainWindow", "Save this case to a file")),
    ("print_action", "print_sheet", [_STD.Print],
     PRINT_BUTTON, QT_TRANSLATE_NOOP("MainWindow", "Print the estimate sheet for the patient")),
    ("pdf_action", "save_pdf", ["Ctrl+Shift+P"],
     SAVE_PDF_BUTTON, QT_TRANSLATE_NOOP("MainWindow", "Save the estimate sheet as a PDF file")),
    ("station_action", "edit_station", [],
     QT_TRANSLATE_NOOP("MainWindow", "S&tation name…"),
     QT_TRANSLATE_NOOP("MainWindow", "The service station's name, printed on the sheet")),
    ("quit_action", "close", ["Ctrl+Q"], QT_TRANSLATE_NOOP("MainWindow", "&Quit"), ""),
    ("bigger_action", "bigger_text", ["Ctrl+=", "Ctrl++", _STD.ZoomIn],
     QT_TRANSLATE_NOOP("MainWindow", "&Larger text"), QT_TRANSLATE_NOOP("MainWindow", "Make all text larger (Ctrl +)")),
    ("smaller_action", "smaller_text", ["Ctrl+-", _STD.ZoomOut],
     QT_TRANSLATE_NOOP("MainWindow", "&Smaller text"), QT_TRANSLATE_NOOP("MainWindow", "Make all text smaller (Ctrl −)")),
    ("normal_action", "normal_text", ["Ctrl+0"], QT_TRANSLATE_NOOP("MainWindow", "&Normal text size"), ""),
    ("browser_action", "open_policy_browser", ["Ctrl+B"],
     QT_TRANSLATE_NOOP("MainWindow", "&Policy browser…"),
     QT_TRANSLATE_NOOP("MainWindow", "See every parameter of a region's policy and its source")),
    ("about_action", "about", [], QT_TRANSLATE_NOOP("MainWindow", "&About"), ""),
)
# (attribute, title, its entries: an action's attribute, "-" a separator, "language" the submenu)
MENUS = (
    ("file_menu", QT_TRANSLATE_NOOP("MainWindow", "&File"),
     ("new_action", "open_action", "save_action", "-", "print_action", "pdf_action", "-", "station_action", "-",
      "quit_action")),
    ("view_menu", QT_TRANSLATE_NOOP("MainWindow", "&View"),
     ("bigger_action", "smaller_action", "normal_action", "-", "language")),
    ("tools_menu", QT_TRANSLATE_NOOP("MainWindow", "&Tools"), ("browser_action",)),
    ("help_menu", QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("about_action",)),
)
TOOLBAR = ("new_action", "open_action", "save_action", "-", "print_action", "pdf_action", "-", "browser_action",
           "-", "bigger_action", "smaller_action")
LANGUAGE_MENU = QT_TRANSLATE_NOOP("MainWindow", "&Language")
TOOLBAR_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Toolbar")


def _tr(source: str) -> str:
    """The window's own words; the ones other windows say too are the common words'."""
    if source in (PRINT_BUTTON, SAVE_PDF_BUTTON):
        return word(source)
    return QCoreApplication.translate("MainWindow", source)


def _action(window: QMainWindow, slot, shortcuts) -> QAction:
    action = QAction(window)
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:  # a key given twice (Ctrl++ and ZoomIn) would be "ambiguous"
        key = QKeySequence(shortcut)
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    if keys:
        action.setShortcuts(keys)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build(window) -> None:
    """The actions (`window.new_action`, …), the language choices, the menus and the toolbar."""
    for name, slot, shortcuts, _text, _tip in ACTIONS:
        setattr(window, name, _action(window, getattr(window, slot), shortcuts))
    window.language_actions = QActionGroup(window)
    window.language_actions.setExclusive(True)
    window.language_action = {}
    for lang, name in LANGUAGE_NAMES.items():
        action = QAction(name, window)
        action.setCheckable(True)
        action.setChecked(lang == i18n.current_language())
        action.triggered.connect(lambda _checked=False, lang=lang: window.set_language(lang))
        window.language_actions.addAction(action)
        window.language_action[lang] = action

    bar = window.menuBar()
    for attribute, _title, entries in MENUS:
        menu = bar.addMenu("")
        setattr(window, attribute, menu)
        for entry in entries:
            if entry == "-":
                menu.addSeparator()
            elif entry == "language":
                window.language_menu = menu.addMenu("")
                for action in window.language_action.values():
                    window.language_menu.addAction(action)
            else:
                menu.addAction(getattr(window, entry))
    window.toolbar = QToolBar()
    window.toolbar.setObjectName("main_toolbar")
    window.toolbar.setMovable(False)
    window.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for entry in TOOLBAR:
        if entry == "-":
            window.toolbar.addSeparator()
        else:
            window.toolbar.addAction(getattr(window, entry))
    window.addToolBar(window.toolbar)


def retranslate(window) -> None:
    """The menus' titles and every action's text, toolbar text, tooltip and status tip."""
    for attribute, title, _entries in MENUS:
        getattr(window, attribute).setTitle(_tr(title))
    window.language_menu.setTitle(_tr(LANGUAGE_MENU))
    window.toolbar.setWindowTitle(_tr(TOOLBAR_TITLE))
    for name, _slot, _shortcuts, text, tip in ACTIONS:
        action = getattr(window, name)
        text, tip = _tr(text), _tr(tip) if tip else ""
        action.setText(text)
        action.setIconText(re.sub(r"\(&\w\)|&|…", "", text))
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.setStatusTip(tip)
