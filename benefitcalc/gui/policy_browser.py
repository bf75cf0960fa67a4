"""The policy browser: every parameter in force for a region on a date, with where it comes from.

A clerk (or whoever maintains the policy files) picks a region and a date and sees each value
in plain words (`core.param_labels`, the same words as the CLI and the sheet), its source as a
person can look it up (title, issuer, date, number, quoted sentence; or 未核实), and the file
and folder it was read from: the app reads a bundled `policies` folder, then one beside the
executable, then the user's own folder, and a later file overrides an earlier one. Values
from the user's own files are marked. The dotted keys are shown on request. A second tab lists
the problems of every policy file that could not be used.

`ParameterTableModel` and `ProblemListModel` hold the data and are tested without widgets;
`PolicyBrowser` lays them out. (Longer than most modules: the two models and the dialog that
shows them belong together; the words are the core's and 更正… is its own module.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
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

from ..core.messages import msg, render
from ..core.param_labels import param_label, param_value, source_status, source_text
from ..core.registry import PolicyLookupError
from .param_words import Words

if TYPE_CHECKING:  # pragma: no cover
    from ..core.policy_files import PolicyFile, PolicyProblem
    from ..core.registry import EffectivePolicy, PolicyRegistry, RegionEntry

CONTEXT = "PolicyBrowser"

UNVERIFIED_BACKGROUND = QColor("#fff1c2")  # a pale amber: visible on screen, light when printed
UNVERIFIED_TEXT = QColor("#9a0000")
USER_TEXT = QColor("#0b4f8a")  # a value from the user's own files: blue, bold, marked ✎
USER_MARK = "✎ "


@dataclass(frozen=True)
class ParamRow:
    """One parameter in force, ready to show."""

    key: str  # dotted: resident.inpatient.rate.level3
    label: str  # in words: 居民医保 · 住院 · 报销比例 · 三级医院
    value: Any  # as validated (Decimal, str, list…)
    value_text: str  # in words: 60%
    kind: str  # seed | official | floor | ceiling | slips | assumed
    kind_text: str  # 来源文件 | 官方文件 | 按政策下限估算 | … | 未核实
    verified: bool
    source_id: str
    where: str  # the citation (issuer, date, title, number: quote, URL), or what a placeholder stands for
    file: str  # display name: policies/shandong/jinan-2024.toml
    path: str  # the file's full path
    folder: str  # the folder the file was loaded from
    user: bool = False  # read from the user's own folder (an import or a correction)


def _origin_file(policy: "EffectivePolicy", key: str) -> "PolicyFile | None":
    """The file a value was read from (the nearest table with a recorded source)."""
    parts = tuple(key.split("."))
    while parts:
        found = policy.origin.get(parts)
        if found is not None:
            return found[1]
        parts = parts[:-1]
    return None


def default_user_dir() -> Path | None:
    from ..core.locations import user_policy_dir

    try:
        return user_policy_dir()
    except Exception:  # noqa: BLE001 - no user folder is a normal state, not an error
        return None


def _same_folder(folder: str, user_dir: Path | None) -> bool:
    if user_dir is None:
        return False
    try:
        return Path(folder).resolve() == user_dir.resolve()
    except OSError:
        return False


def parameter_rows(policy: "EffectivePolicy", lang: str = "zh", user_dir: Path | None = None) -> list[ParamRow]:
    """Every value in force, in words; `user_dir`: the user's own folder, whose values are marked."""
    rows = []
    for key, value, prov in policy.all_provenance():
        source = prov.source
        pfile = _origin_file(policy, key)
        if pfile is None:
            pfile = next((f for f in policy.files if f.display == prov.file), None)
        rows.append(ParamRow(
            key=key,
            label=param_label(key, lang, policy),
            value=value,
            value_text=param_value(key, value, lang),
            kind=source.kind,
            kind_text=source_status(source, lang),
            verified=source.verified,
            source_id=prov.source_id,
            where=source_text(source, lang, status=False),
            file=prov.file,
            path=str(pfile.path) if pfile is not None else "",
            folder=str(pfile.folder) if pfile is not None else "",
            user=pfile is not None and _same_folder(str(pfile.folder), user_dir),
        ))
    return rows


class ParameterTableModel(QAbstractTableModel):
    """The parameters of one policy version: a row per value, a column per fact about it."""

    COLUMNS = (
        ("label", QT_TRANSLATE_NOOP("PolicyBrowser", "Parameter")),
        ("key", QT_TRANSLATE_NOOP("PolicyBrowser", "Key")),
        ("value_text", QT_TRANSLATE_NOOP("PolicyBrowser", "Value")),
        ("kind_text", QT_TRANSLATE_NOOP("PolicyBrowser", "Source kind")),
        ("where", QT_TRANSLATE_NOOP("PolicyBrowser", "Where it comes from")),
        ("file", QT_TRANSLATE_NOOP("PolicyBrowser", "File")),
        ("folder", QT_TRANSLATE_NOOP("PolicyBrowser", "Folder")),
    )
    KEY_COLUMN = 1
    VALUE_COLUMN = 2
    KIND_COLUMN = 3
    FILE_COLUMN = 5
    RowRole = Qt.ItemDataRole.UserRole + 1  # the ParamRow
    KeyRole = Qt.ItemDataRole.UserRole + 2  # the dotted key
    ValueRole = Qt.ItemDataRole.UserRole + 3  # the value as validated
    VerifiedRole = Qt.ItemDataRole.UserRole + 4  # False for 未核实
    UserRole = Qt.ItemDataRole.UserRole + 5  # True for a value from the user's own files

    def __init__(self, lang: str = "zh", parent=None, user_dir: Path | None = None):
        super().__init__(parent)
        self.lang = lang
        self.user_dir = user_dir
        self._words = Words(lang, CONTEXT)
        self._rows: list[ParamRow] = []
        self.policy: EffectivePolicy | None = None

    def set_policy(self, policy: "EffectivePolicy | None") -> None:
        self.beginResetModel()
        self.policy = policy
        self._rows = parameter_rows(policy, self.lang, self.user_dir) if policy is not None else []
        self.endResetModel()

    def user_count(self) -> int:
        return sum(1 for r in self._rows if r.user)

    @property
    def rows(self) -> list[ParamRow]:
        return list(self._rows)

    def row_for(self, key: str) -> ParamRow | None:
        return next((r for r in self._rows if r.key == key), None)

    def unverified_count(self) -> int:
        return sum(1 for r in self._rows if not r.verified)

    # --- Qt model interface
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._words(self.COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = getattr(row, self.COLUMNS[column][0])
            return USER_MARK + text if row.user and column == self.VALUE_COLUMN else text
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FILE_COLUMN:
                return row.path
            if column == self.VALUE_COLUMN:
                text = f"{row.key} = {row.value_text}"
                if row.user:
                    text += "\n" + self._words(QT_TRANSLATE_NOOP("PolicyBrowser", "From your own policy files"))
                return text
            return getattr(row, self.COLUMNS[column][0])
        if role == Qt.ItemDataRole.ForegroundRole and row.user and column == self.VALUE_COLUMN:
            return QBrush(USER_TEXT)
        if role == Qt.ItemDataRole.FontRole and row.user and column == self.VALUE_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and not row.verified:
            return QBrush(UNVERIFIED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and not row.verified and column == self.KIND_COLUMN:
            return QBrush(UNVERIFIED_TEXT)
        if role == Qt.ItemDataRole.FontRole and not row.verified and column == self.KIND_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.RowRole:
            return row
        if role == self.KeyRole:
            return row.key
        if role == self.ValueRole:
            return row.value
        if role == self.VerifiedRole:
            return row.verified
        if role == self.UserRole:
            return row.user
        return None


class ParameterFilter(QSortFilterProxyModel):
    """Filters the parameters by any text in any column, and optionally to the unverified ones."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.only_unverified = False
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_only_unverified(self, only: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.only_unverified = bool(only)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only_unverified = bool(only)
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if self.only_unverified:
            model = self.sourceModel()
            verified = model.data(model.index(source_row, 0, source_parent), ParameterTableModel.VerifiedRole)
            if verified:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class ProblemListModel(QAbstractListModel):
    """Every problem of every broken policy file, as `file › key: what (line N)`."""

    ProblemRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, problems: "list[PolicyProblem]", lang: str = "zh", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.problems = list(problems)
        self.lines = [p.render(lang) for p in self.problems]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.lines[index.row()]
        if role == self.ProblemRole:
            return self.problems[index.row()]
        return None


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
        self.policy: EffectivePolicy | None = None
        self.setWindowTitle(w(QT_TRANSLATE_NOOP("PolicyBrowser", "Policy parameters")))
        self.resize(1180, 720)

        # --- region and date
        self.region_box = QComboBox()
        self.region_box.setAccessibleName(w(QT_TRANSLATE_NOOP("PolicyBrowser", "Region")))
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
        self.date_edit.setAccessibleName(w(QT_TRANSLATE_NOOP("PolicyBrowser", "Date")))
        self.date_edit.setDate(_qdate(day))
        picker = QHBoxLayout()
        region_label = QLabel(w(QT_TRANSLATE_NOOP("PolicyBrowser", "&Region:")))
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
        self.problems_summary.setText(self.problems_text())

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
            close.setText(w(QT_TRANSLATE_NOOP("PolicyBrowser", "Close")))

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
        self.info.setText(self.info_html(error))
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

    # ------------------------------------------------------------------ text
    def info_html(self, error: str = "") -> str:
        """The version in force, its files with their folders, its notes; or why there is none."""
        from html import escape

        w = self._w
        lines: list[str] = []
        entry = self.registry.regions.get(self.region)
        if self.policy is None:
            lines.append(f'<p style="color:#9a0000;"><b>{escape(error)}</b></p>')
        else:
            policy = self.policy
            name = policy.name if self.lang == "zh" else policy.name_en
            if policy.valid_until is None:
                version = w(QT_TRANSLATE_NOOP("PolicyBrowser", "%1, in force from %2"))
            else:
                version = w(QT_TRANSLATE_NOOP("PolicyBrowser", "%1, in force %2 to %3"))
            version = version.replace("%1", name).replace("%2", policy.valid_from.isoformat())
            version = version.replace("%3", policy.valid_until.isoformat() if policy.valid_until else "")
            file_word = w(QT_TRANSLATE_NOOP("PolicyBrowser", "File"))
            folder_word = w(QT_TRANSLATE_NOOP("PolicyBrowser", "folder"))
            colon = "：" if self.lang == "zh" else ": "
            block = [f"<b>{escape(version)}</b>"]
            for pfile in policy.files:
                block.append(
                    f"{escape(file_word)}{colon}<b>{escape(pfile.display)}</b>"
                    f"&nbsp;&nbsp;({escape(folder_word)}{colon}{escape(str(pfile.folder))})"
                )
            notes = [note for pfile in policy.files for note in pfile.header.notes]
            if notes:
                notes_word = w(QT_TRANSLATE_NOOP("PolicyBrowser", "Notes"))
                block += [f"{escape(notes_word)}{colon}{escape(note)}" for note in notes]
            lines.append("<p>" + "<br/>".join(block) + "</p>")
            own = self.model.user_count()
            if own:
                text = w(QT_TRANSLATE_NOOP("PolicyBrowser", "%1 values come from your own policy files (marked ✎)."))
                lines.append(f'<p style="color:#0b4f8a;"><b>{escape(text.replace("%1", str(own)))}</b></p>')
            unverified = self.model.unverified_count()
            if unverified:
                text = w(QT_TRANSLATE_NOOP("PolicyBrowser", "%1 of %2 values are unverified placeholders (未核实), highlighted below."))
                text = text.replace("%1", str(unverified)).replace("%2", str(self.model.rowCount()))
                lines.append(f'<p style="color:#9a0000;"><b>{escape(text)}</b></p>')
        if entry is not None and entry.problems:
            text = w(QT_TRANSLATE_NOOP("PolicyBrowser", "Files of this region that could not be used:"))
            lines.append(f'<p style="color:#9a0000;">{escape(text)}</p><ul style="margin-top:0px;">'
                         + "".join(f"<li>{escape(p.render(self.lang))}</li>" for p in entry.problems) + "</ul>")
        return "".join(lines)

    def problems_text(self) -> str:
        """The summary above the problem list: how many problems, which folders were read."""
        w = self._w
        registry = self.registry
        if registry.problems:
            head = render(msg("ui.policy_problems", count=len(registry.problems)), self.lang)
            head += " " + w(QT_TRANSLATE_NOOP(
                "PolicyBrowser", "Each broken file is left out; every other region can still be used."))
        else:
            head = w(QT_TRANSLATE_NOOP("PolicyBrowser", "No problems.")) + " " + \
                render(msg("ui.policy_file_ok", count=len(registry.files)), self.lang)
        folders = sorted({str(f.folder) for f in registry.files})
        if folders:
            sep = "；" if self.lang == "zh" else "; "
            head += "\n" + w(QT_TRANSLATE_NOOP("PolicyBrowser", "Folders read:")) + " " + sep.join(folders)
        return head

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


__all__ = [
    "ParamRow",
    "ParameterFilter",
    "ParameterTableModel",
    "PolicyBrowser",
    "ProblemListModel",
    "parameter_rows",
    "show_policy_browser",
    "source_text",
]

