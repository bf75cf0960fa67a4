"""The policy browser's data: each parameter in force as a row, filtered, and the broken files.

`parameter_rows` turns a policy version into rows in the core's words (`core.param_labels`:
the label, the value and the source as the CLI and the sheet say them), with the file and folder
each value was read from; values from the user's own folder are marked. The models are tested
without widgets; `policy_browser.PolicyBrowser` lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..core.param_labels import param_label, param_value, source_status, source_text
from .param_words import Words

if TYPE_CHECKING:  # pragma: no cover
    from ..core.policy_files import PolicyFile, PolicyProblem
    from ..core.registry import EffectivePolicy

CONTEXT = "PolicyBrowser"

UNVERIFIED_BACKGROUND = QColor("#fff1c2")  # a pale amber: visible on screen, light when printed
UNVERIFIED_TEXT = QColor("#9a0000")
USER_TEXT = QColor("#0b4f8a")  # a value from the user's own files: blue, bold, marked ✎
USER_MARK = "✎ "


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


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
            return _bold()
        if role == Qt.ItemDataRole.BackgroundRole and not row.verified:
            return QBrush(UNVERIFIED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and not row.verified and column == self.KIND_COLUMN:
            return QBrush(UNVERIFIED_TEXT)
        if role == Qt.ItemDataRole.FontRole and not row.verified and column == self.KIND_COLUMN:
            return _bold()
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
