"""The form's region list: every region in a clerk's order, searchable by typing part of a name.

Before the policies are validated the list comes from the files' `[policy]` headers
(`core.policy_index`), so the first screen shows the remembered region at once; with the
validated registry, a region whose files are broken stays in the list, greyed, with the
first problem as its tooltip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from .case_form_fields import Combo
from .i18n import current_language

if TYPE_CHECKING:  # pragma: no cover
    from ..core.policy_index import RegionHeader
    from ..core.registry import PolicyRegistry

# Shandong's cities in their official order; regions not listed follow, by id.
REGION_ORDER = (
    "jinan", "qingdao", "zibo", "zaozhuang", "dongying", "yantai", "weifang", "jining",
    "taian", "weihai", "rizhao", "linyi", "dezhou", "liaocheng", "binzhou", "heze",
)
TEMPLATE_ORDER = ("shandong",)
KIND_ORDER = {"province": 0, "city": 1, "county": 2}

Item = tuple[str, str, bool, str]  # (text, region id, usable, tooltip)


def region_sort_key(region: str, kind: str, root: str | None):
    """Templates first (Shandong, then the others by id), each followed by the regions built
    on it: province, cities in official order, counties. `root` None: not known yet."""
    if root in TEMPLATE_ORDER:
        group = TEMPLATE_ORDER.index(root)
    else:
        group = len(TEMPLATE_ORDER) + (root is None)
    order = REGION_ORDER.index(region) if region in REGION_ORDER else len(REGION_ORDER)
    return (group, root or "", KIND_ORDER.get(kind, 3), order, region)


def _header_root(header: RegionHeader) -> str | None:
    """The template a region is built on, as its header says: a province is its own."""
    if header.kind == "province":
        return header.region
    return header.extends


def region_text(entry, usable: bool) -> str:
    """A region's name in the current language, marked as province-wide or broken."""
    if current_language() == "zh":
        name = entry.name
    else:
        name = entry.name_en if entry.name_en == entry.name else f"{entry.name_en} {entry.name}"
    if entry.kind == "province":
        name = QCoreApplication.translate("CaseForm", "%1 (province-wide)").replace("%1", name)
    if not usable:
        name = QCoreApplication.translate("CaseForm", "%1 — policy file has errors").replace("%1", name)
    return name


def region_items(registry: PolicyRegistry | None, headers: list[RegionHeader]) -> list[Item]:
    """Each region as the list shows it, in the order shown: from the registry once it is
    there, before that from the `[policy]` headers."""
    if registry is None:
        ordered = sorted(headers, key=lambda h: region_sort_key(h.region, h.kind, _header_root(h)))
        return [(region_text(header, True), header.region, True, "") for header in ordered]

    def key(entry):
        root = entry.versions[-1].files[0].region if entry.versions else entry.region
        return region_sort_key(entry.region, entry.kind, root)

    lang = current_language()
    items = []
    for entry in sorted(registry.regions.values(), key=key):
        tip = entry.problems[0].render(lang) if entry.problems and not entry.usable else ""
        items.append((region_text(entry, entry.usable), entry.region, entry.usable, tip))
    return items


class RegionCombo(Combo):
    """The region box: choose from the list, or type part of a name and pick from the matches."""

    def __init__(self):
        super().__init__()
        self._items: list[Item] = []
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.lineEdit().editingFinished.connect(self._text_done)

    def fill(self, items: list[Item]) -> None:
        """The list; left alone when nothing in it would change (no flicker, and text being
        typed into the box stays). The chosen region stays chosen, without a signal."""
        if items == self._items:
            return
        self._items = items
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        model = self.model()
        for text, region, usable, tip in items:
            self.addItem(text, region)
            if not usable:
                item = model.item(self.count() - 1)
                item.setEnabled(False)
                if tip:
                    item.setToolTip(tip)
        if current is not None and self.findData(current) >= 0:
            self.setCurrentIndex(self.findData(current))
        self.setEditText(self.itemText(self.currentIndex()))
        self.blockSignals(False)

    def _text_done(self) -> None:
        """Typed text that names no region goes back to the chosen one."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
        elif index < 0:
            self.setEditText(self.itemText(self.currentIndex()))

    def region_id(self) -> str:
        return self.currentData() or ""

    def region_ids(self) -> list[str]:
        return [self.itemData(i) for i in range(self.count())]

    def set_region(self, region: str) -> bool:
        index = self.findData(region)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True
