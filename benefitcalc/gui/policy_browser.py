"""The policy browser: every parameter in force for a region on a date, with where it comes from.

A clerk (or whoever maintains the policy files) picks a region and a date and sees each value
in plain words (`core.param_labels`, the same words as the CLI and the sheet), its source as a
person can look it up (title, issuer, date, number, quoted sentence; or 未核实), and the file
and folder it was read from: the app reads a bundled `policies` folder, then one beside the
executable, then the user's own folder, and a later file overrides an earlier one. Values
from the user's own files are marked. The dotted keys are shown on request. A second tab lists
the problems of every policy file that could not be used.

This module lays the browser out; its data are `policy_browser_models`, the texts above the
lists `policy_browser_text`, and 更正… is `policy_correction`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.messages import label, render
from ..core.registry import PolicyLookupError
from . import common_words
from .param_words import Words
from .policy_browser_models import CONTEXT, ParameterFilter, ParameterTableModel, ProblemListModel, default_user_dir
from .policy_browser_text import info_html, problems_text

if TYPE_CHECKING:  # pragma: no cover
    from ..core.registry import EffectivePolicy, PolicyRegistry, RegionEntry

def _region_order(entry: "RegionEntry") -> tuple:
    """Each province first, then its cities and counties, by id."""
    province = entry.region
    if entry.versions:
        province = entry.versions[0].files[0].region
    return (province, entry.kind != "province", entry.region)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PolicyBrowser(QDialog):
    """Shows the parameters in force for a region on a date, and every broken policy file.

    更正… on a parameter opens `policy_correction.PolicyCorrection`; once a correction is
    written the browser reads the policies again and says so with `registry_changed`.
    """

    registry_changed = Signal(object)  # the PolicyRegistry read again after a correction

    def __init__(self, registry: "PolicyRegistry", region: str, day: date, lang: str = "zh", parent: QWidget | None = None,
                 user_dir: Path | None = None):
        super().__init__(parent)
        self.registry = registry
        self.lang = lang
        self.user_dir = user_dir if user_dir is not None else default_user_dir()
        w = self._w = Words(lang, CONTEXT)
        common = Words(lang, common_words.CONTEXT)
        self.policy: EffectivePolicy | None = None
        self.setWindowTitle(w(QT_TRANSLATE_NOOP("PolicyBrowser", "Policy parameters")))
        self.resize(1180, 720)

        # --- region and date
        self.region_box = QComboBox()
        self.region_box.setAccessibleName(label("input", "region", lang))
        entries = sorted(registry.regions.values(), key=_region_order)
        broken = w(QT_TRANSLATE_NOOP("PolicyBrowser", " (has problems)"))
        for entry in entries:
            name = entry.name if lang == "zh" else entry.name_en
            text = f"{name}（{entry.region}）" if lang == "zh" else f"{name} ({entry.region})"
            if entry.problems:
                text += broken
            self.region_box.addItem(text, entry.region)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(common(common_words.DATE))
        self.date_edit.setDate(_qdate(day))
        picker = QHBoxLayout()
        region_label = QLabel(common_words.field_label(label("input", "region", lang), "r", lang, common(common_words.COLON)))
        region_label.setBuddy(self.region_box)
        date_label = QLabel(w(QT_TRANSLATE_NOOP("PolicyBrowser", "&Date:")))
        date_label.setBuddy(self.date_edit)
        picker.addWidget(region_label)
        picker.addWidget(self.region_box, 1)
        picker.addSpacing(16)
        picker.addWidget(date_label)
        picker.addWidget(self.date_edit)
        picker.addStretch(1)

        # --- what is in force: version, files, folders, notes
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # --- the parameter table
        self.model = ParameterTableModel(lang, self, self.user_dir)
        self.proxy = ParameterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            w(QT_TRANSLATE_NOOP("PolicyBrowser", "Filter: type part of a key, a word, a value or a file name")))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.only_unverified = QCheckBox(w(QT_TRANSLATE_NOOP("PolicyBrowser", "Only &unverified values")))
        self.only_unverified.toggled.connect(self.proxy.set_only_unverified)
        self.show_keys = QCheckBox(w(QT_TRANSLATE_NOOP("PolicyBrowser", "Show &keys")))
        self.show_keys.setToolTip(w(QT_TRANSLATE_NOOP(
            "PolicyBrowser", "The dotted key of each value, as written in the policy files")))
        self.count_label = QLabel()
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.only_unverified)
        filter_row.addWidget(self.show_keys)
        filter_row.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ParameterTableModel.KEY_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((300, 250, 110, 100, 420, 230, 200)):
            self.table.setColumnWidth(column, width)
        self.table.setColumnHidden(ParameterTableModel.KEY_COLUMN, True)  # plain words first
        self.show_keys.toggled.connect(
            lambda shown: self.table.setColumnHidden(ParameterTableModel.KEY_COLUMN, not shown))

        self.correct_button = QPushButton(w(QT_TRANSLATE_NOOP("PolicyBrowser", "&Correct…")))
        self.correct_button.setToolTip(w(QT_TRANSLATE_NOOP(
            "PolicyBrowser", "Correct the selected value from a date, with its source (saved in your own policy folder)")))
        self.correct_button.clicked.connect(lambda: self.open_correction())
        self.table.doubleClicked.connect(lambda index: self.open_correction())
        self.table.selectionModel().selectionChanged.connect(self._update_correct_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.correction = None  # the open 更正… dialog
        action_row = QHBoxLayout()
        action_row.addWidget(self.correct_button)
        action_row.addWidget(self.status, 1)

        params_page = QWidget()
        params_layout = QVBoxLayout(params_page)
        params_layout.addWidget(self.info)
        params_layout.addLayout(filter_row)
        params_layout.addWidget(self.table, 1)
        params_layout.addLayout(action_row)

        # --- the problems of every broken policy file
        self.problems_model = ProblemListModel(registry.problems, lang, self)
        self.problems_summary = QLabel()
        self.problems_summary.setWordWrap(True)
        self.problems_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_view = QListView()
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setWordWrap(True)
        self.problems_view.setAlternatingRowColors(True)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        problems_page = QWidget()
        problems_layout = QVBoxLayout(problems_page)
        problems_layout.addWidget(self.problems_summary)
        problems_layout.addWidget(self.problems_view, 1)
        self.problems_summary.setText(problems_text(registry, lang))

        self.tabs = QTabWidget()
        self.tabs.addTab(params_page, w(QT_TRANSLATE_NOOP("PolicyBrowser", "Parameters in force")))
        problems_title = w(QT_TRANSLATE_NOOP("PolicyBrowser", "Problems in policy files"))
        if registry.problems:
            problems_title += f" ({len(registry.problems)})"
        self.tabs.addTab(problems_page, problems_title)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(Words(lang, common_words.CONTEXT)(common_words.CLOSE))

        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        index = self.region_box.findData(region)
        if index < 0 and self.region_box.count():
            index = 0
        self.region_box.setCurrentIndex(index)
        self.region_box.currentIndexChanged.connect(self.refresh)
        self.date_edit.dateChanged.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ state
    @property
    def region(self) -> str:
        return self.region_box.currentData() or ""

    @property
    def day(self) -> date:
        return self.date_edit.date().toPython()

    def set_region(self, region: str) -> None:
        index = self.region_box.findData(region)
        if index >= 0:
            self.region_box.setCurrentIndex(index)

    def set_day(self, day: date) -> None:
        self.date_edit.setDate(_qdate(day))

    def refresh(self) -> None:
        """Look up the version in force for the chosen region and date and show it."""
        w = self._w
        self.policy = None
        error = ""
        try:
            self.policy = self.registry.policy_for(self.region, self.day)
        except PolicyLookupError as exc:
            error = render(exc.message, self.lang)
        self.model.set_policy(self.policy)
        self.info.setText(info_html(self.registry, self.region, self.policy, self.model, self.lang, error))
        self._update_count()
        self.filter_edit.setEnabled(self.policy is not None)
        self.only_unverified.setEnabled(self.policy is not None)
        self.table.setEnabled(self.policy is not None)
        self._update_correct_button()
        title = w(QT_TRANSLATE_NOOP("PolicyBrowser", "Policy parameters"))
        if self.policy is not None:
            name = self.policy.name if self.lang == "zh" else self.policy.name_en
            title += f" — {name}"
        self.setWindowTitle(title)

    # ------------------------------------------------------------------ 更正…
    def selected_key(self) -> str | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not indexes:
            return None
        return self.proxy.data(indexes[0], ParameterTableModel.KeyRole)

    def select_key(self, key: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ParameterTableModel.KeyRole) == key:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def _update_correct_button(self, *args) -> None:
        self.correct_button.setEnabled(self.policy is not None and self.selected_key() is not None)

    def open_correction(self, key: str | None = None):
        """Open 更正… on `key` (default: the selected row), window-modal; returns the dialog."""
        key = key or self.selected_key()
        if self.policy is None or key is None or self.correction is not None:
            return None
        from .policy_correction import PolicyCorrection

        dialog = PolicyCorrection(self.registry, self.policy, key, self.lang, self.user_dir, self, day=self.day)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._correction_done(dialog, key))
        self.correction = dialog
        dialog.open()
        return dialog

    def _correction_done(self, dialog, key: str) -> None:
        self.correction = None
        written = list(dialog.written)
        if not written:
            return
        from ..core.registry import PolicyRegistry

        folders = list(self.registry.folders)
        if self.user_dir is not None and all(Path(f).resolve() != self.user_dir.resolve() for f in folders):
            folders.append(self.user_dir)
        self.registry = PolicyRegistry.load(folders)
        self.refresh()
        self.select_key(key)
        text = self._w(QT_TRANSLATE_NOOP("PolicyBrowser", "Correction written to %1. “policies undo” takes it back."))
        self.status.setText(text.replace("%1", "; ".join(str(p) for p in written)))
        self.registry_changed.emit(self.registry)
        owner = self.parent()  # the main window estimates with the corrected policies at once
        if owner is not None and hasattr(owner, "set_registry"):
            owner.set_registry(self.registry)

    def _update_count(self, *args) -> None:
        if self.policy is None:
            self.count_label.setText("")
            return
        text = self._w(QT_TRANSLATE_NOOP("PolicyBrowser", "%1 of %2 shown"))
        self.count_label.setText(text.replace("%1", str(self.proxy.rowCount())).replace("%2", str(self.model.rowCount())))


def show_policy_browser(registry: "PolicyRegistry", region: str, day: date, lang: str = "zh",
                        parent: QWidget | None = None) -> int:
    """Open the browser modally; returns when it is closed."""
    return PolicyBrowser(registry, region, day, lang, parent).exec()
