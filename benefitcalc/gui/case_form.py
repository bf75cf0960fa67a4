"""The input side: one encounter, as the `[case]` table of the golden files.

`CaseForm.read()` turns the widgets into a case dict (amounts as exact Decimal) plus the
problems found in the text fields; `set_case_data()` fills the widgets from a case dict (a
`Case.model_dump()` or a raw `[case]` table). Only the fields that apply to the chosen scheme
and category are shown, and only shown fields go into the case: what the clerk sees is what is
computed. Hidden fields keep their values, so switching back restores them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.messages import label, msg, render
from ..core.money import fmt_yuan
from ..core.vocabulary import CONDITIONS, GROUPS, LEVELS, LOCATIONS, SCHEMES
from ..core.case_fields import YEAR_TO_DATE, DETAIL_CATEGORIES, fields_that_apply, is_layered, relevant_year_to_date
from .case_loading import FormCase, form_case
from .i18n import current_language, heading
from .payer_bar import ERROR_COLOR, HINT_COLOR, set_text_color

if TYPE_CHECKING:  # pragma: no cover
    from ..core.policy_index import RegionHeader
    from ..core.registry import PolicyRegistry

CATEGORY_ORDER = ("inpatient", "chronic_outpatient", "general_outpatient", "two_diseases", "maternity")
# Shandong's cities in their official order; regions not listed follow, by id.
REGION_ORDER = (
    "jinan", "qingdao", "zibo", "zaozhuang", "dongying", "yantai", "weifang", "jining",
    "taian", "weihai", "rizhao", "linyi", "dezhou", "liaocheng", "binzhou", "heze",
)
TEMPLATE_ORDER = ("shandong",)
KIND_ORDER = {"province": 0, "city": 1, "county": 2}


# SPEC §3a: no amount is above this. Checked as the clerk types, before the core sees it.
LARGEST_AMOUNT = Decimal("10000000000")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，－", "0123456789.,-")
_PLAIN = re.compile(r"^-?(\d+\.?\d*|\.\d+)$")
_GROUPED = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d*)?$")


class AmountError(ValueError):
    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


def parse_amount(text: str) -> Decimal | None:
    """An amount typed by a person, as an exact Decimal; None when the field is empty.

    Accepts full-width digits, a leading ¥ and a trailing 元, and thousands separators in
    their proper places ("12,345.60"). Raises AmountError with a sentence for anything else.
    """
    raw = text.strip()
    cleaned = raw.translate(_FULL_WIDTH).replace(" ", "")
    cleaned = cleaned.lstrip("¥￥").rstrip("元")
    if not cleaned:
        return None
    if _GROUPED.match(cleaned):
        cleaned = cleaned.replace(",", "")
    if not _PLAIN.match(cleaned):
        raise AmountError(render(msg("what.number", got=raw), current_language()))
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise AmountError(render(msg("what.number", got=raw), current_language())) from None
    if value < 0:
        raise AmountError(render(msg("what.negative", got=raw), current_language()))
    if value.as_tuple().exponent < -2:
        raise AmountError(
            QApplication.translate("CaseForm", "At most two decimal places (yuan and fen), e.g. 1234.50")
        )
    if value > LARGEST_AMOUNT:
        raise AmountError(QApplication.translate("CaseForm", "At most 10,000,000,000 yuan"))
    return value


@dataclass
class Reading:
    """What the form says: the case dict, problems in text fields, and whether the bill is still empty."""

    data: dict[str, Any]
    problems: list[tuple[str, str]] = field(default_factory=list)
    total_missing: bool = False


class Combo(QComboBox):
    """A combo box as wide as its longest item when there is room, and able to shrink (eliding
    its text) when there is not, e.g. in large text on a 1366-pixel screen."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 12), hint.height())


class FieldFrame(QWidget):
    """Holds one editor with a thin margin, where a red frame is drawn while the field is wrong.

    Drawn by hand rather than with a style sheet: a style sheet changes the editor's own look
    and height, and a palette would spill into a check box's text.
    """

    def __init__(self, editor: QWidget):
        super().__init__()
        self.error = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(editor)

    def set_error(self, error: bool) -> None:
        if error != self.error:
            self.error = error
            self.update()

    def paintEvent(self, event) -> None:
        if self.error:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(ERROR_COLOR), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)


@dataclass
class Row:
    key: str
    label: QLabel
    editor: QWidget
    box: QWidget
    hint: QLabel | None
    error: QLabel
    frame: FieldFrame


class CaseForm(QWidget):
    changed = Signal()
    submitted = Signal()
    region_changed = Signal(str)

    def __init__(self, registry: PolicyRegistry | None, parent: QWidget | None = None,
                 regions: list[RegionHeader] | None = None):
        """`registry` may come later (`set_registry`): until then the region list is built from
        `regions`, the `[policy]` headers (`core.policy_index.scan_regions`), and no policy is known."""
        super().__init__(parent)
        self.registry = registry
        self.region_headers = list(regions or [])
        self.rows: dict[str, Row] = {}
        self._region_items: list[tuple[str, str, bool, str]] = []
        self._loading = False
        self._headers: list[QLabel] = []
        self._shown: dict[str, bool] = {}
        self._row_visible: dict[QWidget, bool] = {}  # what setRowVisible was last told, per row
        self._units: list[QLabel] = []
        self._details_built = False
        self._year_built = False
        self._updating = False
        self._build()
        self.retranslate()
        self._update_visibility()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 12)
        # One form for every section, so that labels and fields line up all the way down.
        form = self.layout_form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        outer.addLayout(form)
        outer.addStretch(1)

        # --- the patient and the visit
        self.visit_header = self._header(form)
        self.region = Combo()
        self.region.setEditable(True)
        self.region.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.region.setMaxVisibleItems(20)
        self.region.setMinimumContentsLength(14)
        self.region.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = self.region.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.region.lineEdit().editingFinished.connect(self._region_text_done)  # filled by retranslate()
        self._row("region", self.region)

        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31))
        self.date.setDate(QDate.currentDate())
        self._row("date", self.date)

        self.scheme = self._combo(SCHEMES)
        self._row("scheme", self.scheme)
        self.scheme.setCurrentIndex(self.scheme.findData("resident"))
        self.retired = QCheckBox()
        self._row("retired", self.retired, label=False)

        self.category = self._combo(CATEGORY_ORDER)
        self._row("category", self.category)
        self.level = self._combo(LEVELS)
        self.level.setCurrentIndex(self.level.findData("level2"))
        self._row("level", self.level)
        self.location = self._combo(LOCATIONS)
        self._row("location", self.location, hint=True)
        self.day_ward = QCheckBox()
        self._row("day_ward", self.day_ward, label=False, hint=True)
        self.group = self._combo(GROUPS)
        self._row("group", self.group, hint=True)

        # --- the bill
        self.bill_header = self._header(form)
        self.total = self._amount()
        self._row("costs.total", self.total, hint=True, unit=True)
        self.only_total = QCheckBox()
        self._row("only_total", self.only_total, label=False, hint=True)
        self.self_paid = self._amount()
        self._row("costs.self_paid", self.self_paid, hint=True, unit=True)
        self.category_b_first = self._amount()
        self._row("costs.category_b_first", self.category_b_first, hint=True, unit=True)

        # --- what the category needs: its rows are built when first needed (_build_details)
        self.details_header = self._header(form)

        # --- so far this year (collapsible)
        self.year_toggle = QToolButton()
        self.year_toggle.setCheckable(True)
        self.year_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.year_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.year_toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.year_toggle.setAutoRaise(True)
        self.year_toggle.toggled.connect(self._year_toggled)
        self.year_toggle.setContentsMargins(0, 8, 0, 0)
        form.addRow(self.year_toggle)
        self.year_note = QLabel()
        self.year_note.setWordWrap(True)
        set_text_color(self.year_note, HINT_COLOR)
        form.addRow(self.year_note)
        # (its rows are built when the block is first opened or filled: _build_year)

        for combo in (self.scheme, self.category, self.level, self.location, self.group):
            combo.currentIndexChanged.connect(self._changed)
        self.region.currentIndexChanged.connect(self._region_index_changed)
        for check in (self.retired, self.day_ward, self.only_total):
            check.toggled.connect(self._changed)
        self.date.dateChanged.connect(self._date_changed)
        self._set_tab_order()

    # Two sections are hidden on the first screen (a hospital stay, the year block closed):
    # what a chronic disease, the two diseases or a birth needs, and "so far this year". Their
    # 21 rows are built when first shown or used, which is a tenth of the window's start-up.
    # Reading one of their widgets through its attribute (self.disease, self.ytd, ...) builds
    # its section; the form's own code checks `_details_built` / `_year_built` first where the
    # section may be left unbuilt.
    def _build_details(self) -> None:
        if self._details_built:
            return
        at = self.layout_form.getWidgetPosition(self.details_header)[0] + 1
        self._disease = Combo()
        self._disease.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._row("chronic.disease", self._disease, hint=True, at=at)
        conditions = QWidget()
        box = QHBoxLayout(conditions)
        box.setContentsMargins(0, 0, 0, 0)
        self._conditions = {c: QCheckBox() for c in CONDITIONS}
        for check in self._conditions.values():
            box.addWidget(check)
        box.addStretch(1)
        self._row("two_diseases.conditions", conditions, at=at + 1)
        self._child_order = QSpinBox()
        self._child_order.setRange(0, 20)
        self._row("maternity.child_order", self._child_order, hint=True, at=at + 2)
        self._caesarean = QCheckBox()
        self._row("maternity.caesarean", self._caesarean, label=False, at=at + 3)
        self._difficult = QCheckBox()
        self._row("maternity.difficult", self._difficult, label=False, at=at + 4)
        self._babies = QSpinBox()
        self._babies.setRange(1, 9)
        self._row("maternity.babies", self._babies, at=at + 5)
        self._monthly_wage = self._amount()
        self._row("maternity.monthly_wage", self._monthly_wage, hint=True, unit=True, at=at + 6)

        self._disease.currentIndexChanged.connect(self._changed)
        for check in (self._caesarean, self._difficult, *self._conditions.values()):
            check.toggled.connect(self._changed)
        self._child_order.valueChanged.connect(self._changed)
        self._babies.valueChanged.connect(self._changed)
        self._details_built = True
        self._new_rows_built()
        self._refresh_diseases()

    def _build_year(self) -> None:
        if self._year_built:
            return
        self._ytd = {}
        for key in YEAR_TO_DATE:
            if key == "admissions":
                editor = QSpinBox()
                editor.setRange(0, 99)
                editor.valueChanged.connect(self._changed)
            else:
                editor = self._amount()
            self._ytd[key] = editor
            self._row(f"year_to_date.{key}", editor, unit=key != "admissions",
                      hint=key in ("critical_base", "basic_fund_paid"))
        self._known = self._amount()
        self._row("known.basic_fund", self._known, hint=True, unit=True)
        self._year_built = True
        self._new_rows_built()

    def _new_rows_built(self) -> None:
        """A section's rows are in: their texts, their place in the tab order; and the rows
        shown or hidden as the case says (unless the caller is doing that already)."""
        self._retranslate_rows()
        self._set_tab_order()
        if not self._updating:
            self._update_visibility()

    def build_all(self) -> None:
        """Every section, e.g. before a whole case is loaded into the form."""
        self._build_details()
        self._build_year()

    @property
    def disease(self) -> QComboBox:
        self._build_details()
        return self._disease

    @property
    def conditions(self) -> dict[str, QCheckBox]:
        self._build_details()
        return self._conditions

    @property
    def child_order(self) -> QSpinBox:
        self._build_details()
        return self._child_order

    @property
    def caesarean(self) -> QCheckBox:
        self._build_details()
        return self._caesarean

    @property
    def difficult(self) -> QCheckBox:
        self._build_details()
        return self._difficult

    @property
    def babies(self) -> QSpinBox:
        self._build_details()
        return self._babies

    @property
    def monthly_wage(self) -> QLineEdit:
        self._build_details()
        return self._monthly_wage

    @property
    def ytd(self) -> dict[str, QWidget]:
        self._build_year()
        return self._ytd

    @property
    def known(self) -> QLineEdit:
        self._build_year()
        return self._known

    def _header(self, form: QFormLayout) -> QLabel:
        header = QLabel()
        header.setContentsMargins(0, 10 if self._headers else 0, 0, 2)
        form.addRow(header)
        self._headers.append(header)
        return header

    def _combo(self, keys) -> QComboBox:
        combo = Combo()
        for key in keys:
            combo.addItem(key, key)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _amount(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.setPlaceholderText("0.00")
        edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 16))
        edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        edit.textEdited.connect(self._changed)
        return edit

    def _row(self, key: str, editor: QWidget, *, label: bool = True,
             hint: bool = False, unit: bool = False, at: int | None = None) -> Row:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        frame = FieldFrame(editor)
        line = QHBoxLayout()
        line.setSpacing(6)
        line.addWidget(frame)
        if unit:
            yuan = QLabel()
            self._units.append(yuan)
            line.addWidget(yuan)
        else:
            editor.setSizePolicy(QSizePolicy.Policy.Preferred, editor.sizePolicy().verticalPolicy())
        line.addStretch(1)
        column.addLayout(line)
        hint_label = None
        if hint:
            hint_label = QLabel()
            hint_label.setWordWrap(True)
            set_text_color(hint_label, HINT_COLOR)
            column.addWidget(hint_label)
        error = QLabel()
        error.setWordWrap(True)
        error.setObjectName("error")
        error.setTextFormat(Qt.TextFormat.PlainText)
        set_text_color(error, ERROR_COLOR)
        error.setVisible(False)
        column.addWidget(error)
        name = QLabel()  # empty for a check box, which carries its own text
        if label:
            name.setBuddy(editor)
        if at is None:
            self.layout_form.addRow(name, box)
        else:
            self.layout_form.insertRow(at, name, box)
        editor.setObjectName(key)
        row = Row(key, name, editor, box, hint_label, error, frame)
        self.rows[key] = row
        return row

    def _set_tab_order(self) -> None:
        chain = [self.region, self.date, self.scheme, self.retired, self.category, self.level,
                 self.location, self.day_ward, self.group, self.total, self.only_total, self.self_paid,
                 self.category_b_first]
        if self._details_built:
            chain += [self._disease, *self._conditions.values(), self._child_order, self._caesarean,
                      self._difficult, self._babies, self._monthly_wage]
        chain.append(self.year_toggle)
        if self._year_built:
            chain += [*self._ytd.values(), self._known]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ regions and diseases
    @staticmethod
    def _region_sort_key(region: str, kind: str, root: str | None):
        """Templates first (Shandong, then the others by id), each followed by the regions built
        on it: province, cities in official order, counties. `root` None: not known yet."""
        if root in TEMPLATE_ORDER:
            group = TEMPLATE_ORDER.index(root)
        else:
            group = len(TEMPLATE_ORDER) + (root is None)
        order = REGION_ORDER.index(region) if region in REGION_ORDER else len(REGION_ORDER)
        return (group, root or "", KIND_ORDER.get(kind, 3), order, region)

    @staticmethod
    def _header_root(header: RegionHeader) -> str | None:
        """The template a region is built on, as its header says: a province is its own."""
        if header.kind == "province":
            return header.region
        return header.extends

    def _region_list(self) -> list[tuple[str, str, bool, str]]:
        """(text, region id, usable, tooltip) per region, in the order shown."""
        lang = current_language()
        items = []
        if self.registry is None:  # the first screen: the `[policy]` headers only
            for header in sorted(self.region_headers,
                                 key=lambda h: self._region_sort_key(h.region, h.kind, self._header_root(h))):
                items.append((self._region_text(header, True), header.region, True, ""))
            return items

        def key(entry):
            root = entry.versions[-1].files[0].region if entry.versions else entry.region
            return self._region_sort_key(entry.region, entry.kind, root)

        for entry in sorted(self.registry.regions.values(), key=key):
            tip = entry.problems[0].render(lang) if entry.problems and not entry.usable else ""
            items.append((self._region_text(entry, entry.usable), entry.region, entry.usable, tip))
        return items

    def _fill_regions(self) -> None:
        """Fill the region list; left alone when nothing in it would change (no flicker, and
        text being typed into the region box stays)."""
        items = self._region_list()
        if items == self._region_items:
            return
        self._region_items = items
        combo = self.region
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        model = combo.model()
        for text, region, usable, tip in items:
            combo.addItem(text, region)
            if not usable:
                item = model.item(combo.count() - 1)
                item.setEnabled(False)
                if tip:
                    item.setToolTip(tip)
        if current is not None and combo.findData(current) >= 0:
            combo.setCurrentIndex(combo.findData(current))
        combo.setEditText(combo.itemText(combo.currentIndex()))
        combo.blockSignals(False)

    def _region_text(self, entry, usable: bool) -> str:
        if current_language() == "zh":
            name = entry.name
        else:
            name = entry.name_en if entry.name_en == entry.name else f"{entry.name_en} {entry.name}"
        if entry.kind == "province":
            name = self.tr("%1 (province-wide)").replace("%1", name)
        if not usable:
            name = self.tr("%1 — policy file has errors").replace("%1", name)
        return name

    def _region_text_done(self) -> None:
        """Typed text that names no region goes back to the chosen one."""
        index = self.region.findText(self.region.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0 and index != self.region.currentIndex():
            self.region.setCurrentIndex(index)
        elif index < 0:
            self.region.setEditText(self.region.itemText(self.region.currentIndex()))

    def _region_index_changed(self) -> None:
        self._refresh_diseases()
        if not self._loading:
            self.region_changed.emit(self.region_id())
        self._changed()

    def _date_changed(self) -> None:
        self._refresh_diseases()
        self._changed()

    def set_registry(self, registry: PolicyRegistry) -> None:
        """The validated policies have arrived: regions with broken files are marked, the
        disease list is filled. The chosen region and every typed value stay."""
        self.registry = registry
        self._fill_regions()
        self._refresh_diseases()

    def current_policy(self):
        """The policy in force for the chosen region and date; None when there is none (yet)."""
        if self.registry is None:
            return None
        from ..core.registry import PolicyLookupError  # already imported with the registry

        try:
            return self.registry.policy_for(self.region_id(), self.date.date().toPython())
        except PolicyLookupError:
            return None

    def _refresh_diseases(self) -> None:
        if not self._details_built:
            return
        combo = self._disease
        wanted = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        policy = self.current_policy()
        diseases = policy.params.chronic_diseases if policy is not None else {}
        for key, disease in diseases.items():
            combo.addItem(disease.name if current_language() == "zh" else f"{disease.name_en} {disease.name}", key)
        if wanted is not None:
            if combo.findData(wanted) < 0:
                combo.addItem(str(wanted), wanted)
            combo.setCurrentIndex(combo.findData(wanted))
        combo.setItemText(0, self.tr("— choose the disease —"))
        combo.blockSignals(False)
        self._update_disease_hint()

    def _update_disease_hint(self) -> None:
        if not self._details_built:
            return
        hint = self.rows["chronic.disease"].hint
        policy = self.current_policy()
        key = self._disease.currentData()
        disease = policy.params.chronic_diseases.get(key) if policy is not None and key else None
        if disease is None:
            hint.setText(self.tr("The list comes from the policy of the chosen region."))
        elif disease.annual_limit == "shared":
            hint.setText(self.tr("No limit of its own: shares the annual cap of hospital stays."))
        else:
            text = self.tr("Annual limit for this disease: %1 yuan").replace("%1", fmt_yuan(disease.annual_limit))
            if not policy.provenance(f"chronic_diseases.{key}.annual_limit").source.verified:
                text += " (" + label("source_kind", "assumed", current_language()) + ")"
            hint.setText(text)

    # ------------------------------------------------------------------ values
    def region_id(self) -> str:
        return self.region.currentData() or ""

    def set_region(self, region: str) -> bool:
        index = self.region.findData(region)
        if index < 0:
            return False
        self.region.setCurrentIndex(index)
        return True

    def value(self, combo: QComboBox) -> str:
        return combo.currentData()

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        if self._details_built and self.sender() is self._disease:
            self._update_disease_hint()
        self._update_visibility()
        self.changed.emit()

    def _visible(self, key: str) -> bool:
        return self._shown.get(key, True)

    def _update_visibility(self) -> None:
        scheme = self.value(self.scheme)
        category = self.value(self.category)
        group = self.value(self.group)
        only_total = self.only_total.isChecked()
        shown = fields_that_apply(scheme, category, group)
        shown["costs.self_paid"] = shown["costs.category_b_first"] = not only_total
        ytd = relevant_year_to_date(category, scheme, group)
        layered = is_layered(category)
        self._shown = shown
        has_year = bool(ytd) or layered
        expanded = has_year and self.year_toggle.isChecked()
        self._updating = True
        try:
            if category in DETAIL_CATEGORIES:
                self._build_details()
            if expanded:
                self._build_year()
        finally:
            self._updating = False
        rows: dict[QWidget, bool] = {
            self.rows[key].box: visible and (expanded or not key.startswith(("year_to_date.", "known.")))
            for key, visible in shown.items()
            if key in self.rows  # a section not built yet is not in the form
        }
        rows[self.details_header] = category in DETAIL_CATEGORIES
        rows[self.year_toggle] = has_year
        rows[self.year_note] = expanded
        # Only rows whose visibility changes: this runs on every key typed, and setRowVisible
        # invalidates the whole form's layout even when nothing changes.
        for widget, visible in rows.items():
            if self._row_visible.get(widget) != visible:
                self.layout_form.setRowVisible(widget, visible)
                self._row_visible[widget] = visible
        self.details_header.setText(self._details_title(category))
        self._update_year_title()
        self.rows["only_total"].hint.setVisible(only_total)

    def _details_title(self, category: str) -> str:
        return {
            "chronic_outpatient": self.tr("Chronic or special disease"),
            "two_diseases": self.tr("Hypertension / diabetes medication"),
            "maternity": self.tr("Childbirth"),
        }.get(category, "")

    def _year_toggled(self, on: bool) -> None:
        self.year_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self._update_visibility()

    def _filled_year_fields(self) -> int:
        if not self._year_built:
            return 0
        count = 0
        for key, editor in self._ytd.items():
            if not self._visible(f"year_to_date.{key}"):
                continue
            if isinstance(editor, QSpinBox):
                count += editor.value() > 0
            elif editor.text().strip() not in ("", "0"):
                count += 1
        if self._visible("known.basic_fund") and self._known.text().strip():
            count += 1
        return count

    def _update_year_title(self) -> None:
        count = self._filled_year_fields()
        if count:
            filled = self.tr("%n filled in", "", count)
            self.year_toggle.setText(self.tr("So far this year (optional, %1)").replace("%1", filled))
        else:
            self.year_toggle.setText(self.tr("So far this year (optional)"))

    def read(self) -> Reading:
        """The case the form describes, as a dict for `case_from_dict`, and the problems found."""
        reading = Reading({})
        data = reading.data
        data["region"] = self.region_id()
        data["date"] = self.date.date().toPython()
        data["scheme"] = self.value(self.scheme)
        data["category"] = category = self.value(self.category)
        for key, combo in (("level", self.level), ("location", self.location), ("group", self.group)):
            if self._visible(key):
                data[key] = self.value(combo)
        if self._visible("retired"):
            data["retired"] = self.retired.isChecked()
        if self._visible("day_ward") and self.day_ward.isChecked():
            data["day_ward"] = True

        def amount(key: str, edit: QLineEdit) -> Decimal | None:
            try:
                return parse_amount(edit.text())
            except AmountError as exc:
                reading.problems.append((key, exc.text))
                return None

        total = amount("costs.total", self.total)
        costs: dict[str, Decimal] = {}
        if total is None and not any(k == "costs.total" for k, _ in reading.problems):
            reading.total_missing = True
        costs["total"] = total if total is not None else Decimal(0)
        for key, edit in (("self_paid", self.self_paid), ("category_b_first", self.category_b_first)):
            if self._visible(f"costs.{key}"):
                value = amount(f"costs.{key}", edit)
                if value is not None:
                    costs[key] = value
        data["costs"] = costs

        ytd: dict[str, Any] = {}
        for key, editor in (self._ytd.items() if self._year_built else ()):
            if not self._visible(f"year_to_date.{key}"):
                continue
            if isinstance(editor, QSpinBox):
                if editor.value():
                    ytd[key] = editor.value()
            else:
                value = amount(f"year_to_date.{key}", editor)
                if value:
                    ytd[key] = value
        if ytd:
            data["year_to_date"] = ytd
        if self._year_built and self._visible("known.basic_fund"):
            known = amount("known.basic_fund", self._known)
            if known is not None:
                data["known"] = {"basic_fund": known}

        if category == "chronic_outpatient" and self.disease.currentData():
            data["chronic"] = {"disease": self.disease.currentData()}
        if category == "two_diseases":
            chosen = [c for c, check in self.conditions.items() if check.isChecked()]
            if chosen:
                data["two_diseases"] = {"conditions": chosen}
        if category == "maternity":
            maternity: dict[str, Any] = {}
            if self._visible("maternity.child_order") and self.child_order.value() > 0:
                maternity["child_order"] = self.child_order.value()
            if self._visible("maternity.caesarean"):
                maternity["caesarean"] = self.caesarean.isChecked()
                maternity["difficult"] = self.difficult.isChecked()
                maternity["babies"] = self.babies.value()
                wage = amount("maternity.monthly_wage", self.monthly_wage)
                if wage is not None:
                    maternity["monthly_wage"] = wage
            data["maternity"] = maternity
        return reading

    def region_ids(self) -> list[str]:
        """The regions the form offers, by id."""
        return [self.region.itemData(i) for i in range(self.region.count())]

    def set_case_data(self, data: dict[str, Any]) -> None:
        """Fill the widgets from a `[case]` table or a `Case.model_dump()`, checked whole first:
        raises `case_loading.CaseRefused` (naming every wrong key) and changes nothing then."""
        self.show_case(form_case(data, self.region_ids()))

    def show_case(self, case: FormCase) -> None:
        """Every widget from one `FormCase` in one go (hidden ones too, so nothing of the
        previous case stays behind), then one `changed`."""
        self.build_all()
        self._loading = True
        try:
            self._show(case)
        finally:
            self._loading = False
        self._refresh_diseases()
        self._update_visibility()
        self.changed.emit()

    def _show(self, case: FormCase) -> None:
        def pick(combo: QComboBox, value: str) -> None:
            index = combo.findData(value)
            if index >= 0:  # form_case let through only what the form offers
                combo.setCurrentIndex(index)

        pick(self.region, case.region)
        self.date.setDate(QDate(case.date.year, case.date.month, case.date.day))
        pick(self.scheme, case.scheme)
        pick(self.category, case.category)
        pick(self.level, case.level)
        pick(self.location, case.location)
        pick(self.group, case.group)
        self.retired.setChecked(case.retired)
        self.day_ward.setChecked(case.day_ward)

        self.total.setText(case.costs.get("total", ""))
        self.self_paid.setText(case.costs.get("self_paid", ""))
        self.category_b_first.setText(case.costs.get("category_b_first", ""))
        self.only_total.setChecked(
            bool(self.total.text()) and not self.self_paid.text() and not self.category_b_first.text()
        )

        for key, editor in self.ytd.items():
            if isinstance(editor, QSpinBox):
                editor.setValue(case.admissions)
            else:
                editor.setText(case.year_to_date.get(key, ""))
        self.known.setText(case.known)
        self.year_toggle.setChecked(
            bool(case.admissions or case.known or any(case.year_to_date.values()))
        )

        self._refresh_diseases()
        disease = self.disease
        if case.disease is None:
            disease.setCurrentIndex(0)
        else:
            if disease.findData(case.disease) < 0:  # not in this policy: shown, and marked by the estimate
                disease.addItem(case.disease, case.disease)
            disease.setCurrentIndex(disease.findData(case.disease))
        for key, check in self.conditions.items():
            check.setChecked(key in case.conditions)
        self.child_order.setValue(case.child_order)
        self.babies.setValue(case.babies)
        self.caesarean.setChecked(case.caesarean)
        self.difficult.setChecked(case.difficult)
        self.monthly_wage.setText(case.monthly_wage)

    def reset(self) -> None:
        """A new, empty case for the same region and today."""
        self.show_case(FormCase(region=self.region_id(), date=date.today(), scheme="resident", category="inpatient"))

    # ------------------------------------------------------------------ problems
    def clear_problems(self) -> None:
        for row in self.rows.values():
            if row.error.isVisible() or row.error.text():
                row.error.clear()
                row.error.setVisible(False)
                row.frame.set_error(False)
                row.editor.setAccessibleDescription("")

    def row_for(self, field_path: str) -> Row | None:
        """The row that shows a case field (`case.costs.total`, `costs.total`, `case.two_diseases.conditions.0`)."""
        key = field_path.removeprefix("case.").removeprefix("case")
        parts = key.split(".") if key else []
        while parts:
            row = self.rows.get(".".join(parts))
            if row is not None:
                return row
            parts.pop()
        return None

    def show_problem(self, field_path: str, text: str) -> bool:
        """Show `text` under the field's widget; False if no visible widget shows that field."""
        row = self.row_for(field_path)
        if row is None or not self._visible(row.key):
            return False
        if row.key.startswith(("year_to_date.", "known.")) and not self.year_toggle.isChecked():
            self.year_toggle.setChecked(True)
        row.error.setText("⚠ " + text)
        row.error.setVisible(True)
        row.editor.setAccessibleDescription(text)
        row.frame.set_error(True)
        return True

    def field_name(self, field_path: str) -> str:
        row = self.row_for(field_path)
        if row is None:
            return ""
        text = row.label.text() or (row.editor.text() if isinstance(row.editor, QCheckBox) else "")
        return re.sub(r"\(&\w\)|&", "", text).rstrip(":：")

    def keyPressEvent(self, event) -> None:
        """Enter anywhere in the form recomputes at once (typing recomputes after a short pause)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ language and fonts
    def apply_fonts(self) -> None:
        base = QApplication.font()
        header = QFont(base)
        header.setPointSizeF(base.pointSizeF() * 1.15)
        header.setBold(True)
        for label_ in self._headers:
            label_.setFont(header)
        year = QFont(base)
        year.setBold(True)
        self.year_toggle.setFont(year)
        width = QFontMetrics(base).horizontalAdvance("0" * 16)  # the app font reaches widgets later
        for row in self.rows.values():
            if isinstance(row.editor, QLineEdit):
                row.editor.setMaximumWidth(width)

    def retranslate(self) -> None:
        """Every text in the current language; also fills the region and disease lists."""
        lang = current_language()
        self.visit_header.setText(self.tr("Patient and visit"))
        self.bill_header.setText(self.tr("The bill"))
        self.retired.setText(self.tr("R&etired"))
        self.day_ward.setText(self.tr("Treated in a da&y ward"))
        self.only_total.setText(self.tr("I &only know the total"))
        self._retranslate_rows()
        self.year_note.setText(self.tr(
            "Fill these in only if the patient already had care paid for this calendar year; empty means 0."
        ))
        for combo, kind in ((self.scheme, "scheme"), (self.category, "category"), (self.level, "level"),
                            (self.location, "location"), (self.group, "group")):
            for index in range(combo.count()):
                combo.setItemText(index, heading(label(kind, combo.itemData(index), lang)))
        self._fill_regions()
        self._refresh_diseases()
        self.details_header.setText(self._details_title(self.value(self.category)))

    def _retranslate_rows(self) -> None:
        """The texts of the rows built so far (see _build_details, _build_year)."""
        lang = current_language()
        names = {
            "region": self.tr("&Region:"),
            "date": self.tr("Visit &date:"),
            "scheme": self.tr("&Insurance:"),
            "category": self.tr("&Kind of care:"),
            "level": self.tr("Hospital &level:"),
            "location": self.tr("&Where:"),
            "group": self.tr("Assistance &group:"),
            "costs.total": self.tr("Total &bill:"),
            "costs.self_paid": self.tr("Fully &self-paid:"),
            "costs.category_b_first": self.tr("Category-B first sh&are:"),
            "chronic.disease": self.tr("&Chronic disease:"),
            "two_diseases.conditions": self.tr("Medication for:"),
            "maternity.child_order": self.tr("Which &child:"),
            "maternity.babies": self.tr("&Number of babies:"),
            "maternity.monthly_wage": self.tr("Average monthly &wage:"),
            "year_to_date.admissions": self.tr("Earlier hospital stays:"),
            "year_to_date.basic_fund_paid": self.tr("Basic fund already paid:"),
            "year_to_date.chronic_deductible_met": self.tr("Chronic-care deductible met:"),
            "year_to_date.chronic_disease_paid": self.tr("Already paid for this disease:"),
            "year_to_date.outpatient_fund_paid": self.tr("Outpatient fund already paid:"),
            "year_to_date.outpatient_deductible_met": self.tr("Outpatient deductible met:"),
            "year_to_date.two_diseases_counted": self.tr("Medication already counted:"),
            "year_to_date.two_diseases_deductible_met": self.tr("Medication deductible met:"),
            "year_to_date.critical_base": self.tr("Own in-policy burden so far:"),
            "year_to_date.critical_paid": self.tr("Critical illness already paid:"),
            "year_to_date.large_expense_paid": self.tr("Large-expense subsidy paid:"),
            "year_to_date.assistance_paid": self.tr("Assistance already paid:"),
            "year_to_date.assistance_deductible_met": self.tr("Assistance deductible met:"),
            "known.basic_fund": self.tr("Basic fund on the sli&p:"),
        }
        for key, text in names.items():
            if key in self.rows:
                self.rows[key].label.setText(text)
        if self._details_built:
            self.caesarean.setText(self.tr("&Caesarean section"))
            self.difficult.setText(self.tr("Diffic&ult birth"))
            for key, check in self.conditions.items():
                check.setText(heading(label("condition", key, lang)))
            self.child_order.setSpecialValueText(self.tr("— choose —"))
            prefix, _, suffix = self.tr("child no. %1").partition("%1")
            self.child_order.setPrefix(prefix)
            self.child_order.setSuffix(suffix)
        hints = {
            "location": self.tr("Out-of-area care may be reimbursed at a lower rate."),
            "day_ward": self.tr("Day-ward care is settled as a hospital stay where the local policy says so."),
            "group": self.tr("Only for people entitled to medical assistance."),
            "costs.total": self.tr("The whole bill, as on the invoice or settlement slip."),
            "only_total": self.tr(
                "Self-paid and Category-B first share are taken as 0: the whole bill counts as in-policy, "
                "so the estimate may come out too high."
            ),
            "costs.self_paid": self.tr("Items outside the insurance lists and amounts above price limits: no fund pays them."),
            "costs.category_b_first": self.tr("The share of Category-B drugs and items the patient pays first."),
            "maternity.child_order": self.tr("The fund's amount for a birth depends on which child it is."),
            "maternity.monthly_wage": self.tr("The employer's average monthly wage last year, for the maternity allowance."),
            "year_to_date.basic_fund_paid": self.tr("Hospital stays and chronic-disease care together."),
            "year_to_date.critical_base": self.tr(
                "This year's in-policy cost minus what the basic fund paid, added up over earlier bills."
            ),
            "known.basic_fund": self.tr(
                "If there is a hospital settlement slip: its basic fund payment. The later layers are computed from it."
            ),
        }
        for key, text in hints.items():
            if key in self.rows:
                self.rows[key].hint.setText(text)
        for unit in self._units:
            unit.setText(self.tr("yuan"))
        self._update_year_title()
