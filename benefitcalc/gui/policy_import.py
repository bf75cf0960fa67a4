"""文件 › 导入政策文件… and 撤销导入: install policy files (amendments, corrections) into the
user's policy folder, after showing what they change, as `policies import` / `policies undo`.

The checking, the difference and the installing are the core's (`core.policy_install`); this
module only asks. A refused file changes nothing; after an install or an undo the window's
policies are read again, so the next estimate uses them.

Here: the menu entries; the question (`policy_import_dialog`) and the standard dialogs are
imported when first used, not at start-up.
"""

from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from ..core.messages import msg, render
from . import i18n
from .common_words import POLICY_FILES, word
from .main_window_files import standard_dialogs

if TYPE_CHECKING:  # pragma: no cover
    from .policy_import_dialog import ImportDialog




class PolicyImportFeature:
    """The two menu entries; each opens its question on top of the window."""

    def __init__(self, window):
        self.window = window
        self.dialog: ImportDialog | None = None
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self.choose_files)
        self.undo_action = QAction(window)
        self.undo_action.triggered.connect(self.undo_last)
        menu = window.file_menu
        first_separator = next((a for a in menu.actions() if a.isSeparator()), None)
        # After the case entries: 打开… 保存… | 导入政策文件… 撤销导入 | 打印…
        after = menu.actions()[menu.actions().index(first_separator) + 1] if first_separator else None
        menu.insertAction(after, self.import_action)
        menu.insertAction(after, self.undo_action)
        menu.insertSeparator(after)
        self.retranslate()

    def retranslate(self) -> None:
        self.import_action.setText(QCoreApplication.translate("PolicyImport", "&Import policy files…"))
        self.import_action.setStatusTip(QCoreApplication.translate("PolicyImport", "Install a correction or a new policy version from a file"))
        self.undo_action.setText(QCoreApplication.translate("PolicyImport", "Undo the last policy import"))
        if self.dialog is not None:
            self.dialog.retranslate()

    @staticmethod
    def folders() -> tuple[list[Path], Path]:
        """The policy folders to check against, and the user's folder (installed into)."""
        from ..core.locations import context_policy_dirs, user_policy_dir

        user = user_policy_dir()
        return context_policy_dirs(user), user

    def choose_files(self) -> None:
        paths, _ = standard_dialogs()[0].getOpenFileNames(
            self.window, QCoreApplication.translate("PolicyImport", "Import policy files"), str(Path.home()), word(POLICY_FILES)
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> "ImportDialog":
        """Check the files and show what they change; they are installed if the user agrees."""
        from ..core.policy_install import plan_import
        from .policy_import_dialog import ImportDialog

        folders, user = self.folders()
        plan = plan_import(paths, folders, user)
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ImportDialog(plan, i18n.current_language(), self.window)
        self.dialog.accepted.connect(self._install)
        self.dialog.finished.connect(self._forget)
        self.dialog.open()
        return self.dialog

    def _forget(self) -> None:
        self.dialog = None

    def _install(self) -> None:
        from ..core.policy_install import install

        plan = self.dialog.plan if self.dialog is not None else None
        if plan is None:
            return
        try:
            installed = install(plan)
        except OSError as exc:
            standard_dialogs()[2].warning(self.window, QCoreApplication.translate("PolicyImport", "Import policy files"), QCoreApplication.translate("PolicyImport", "Nothing was installed: %1").replace("%1", str(exc)))
            return
        self._reload()
        names = ", ".join(p.name for p in installed)
        self.window.statusBar().showMessage(QCoreApplication.translate("PolicyImport", "Installed: %1").replace("%1", names), 8000)

    def undo_last(self) -> None:
        from ..core.policy_install import undo

        _, user = self.folders()
        lang = i18n.current_language()
        try:
            done = undo(user)
        except OSError as exc:
            standard_dialogs()[2].warning(self.window, QCoreApplication.translate("PolicyImport", "Undo the last policy import"), str(exc))
            return
        if done is None:
            text = render(msg("ui.undo_nothing", folder=str(user)), lang)
        else:
            none = render(msg("ui.none"), lang)
            text = render(msg("ui.undo_done", folder=str(user), removed=", ".join(done.removed) or none,
                              restored=", ".join(done.restored) or none), lang)
            self._reload()
        standard_dialogs()[2].information(self.window, QCoreApplication.translate("PolicyImport", "Undo the last policy import"), text)

    def _reload(self) -> None:
        from ..core.locations import default_policy_dirs
        from ..core.registry import PolicyRegistry

        self.window.set_registry(PolicyRegistry.load(default_policy_dirs()))


def install(window) -> PolicyImportFeature:
    return PolicyImportFeature(window)
