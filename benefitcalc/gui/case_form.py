"""The input side: one encounter, as the `[case]` table of the golden files.

`CaseForm.read()` turns the widgets into a case dict (amounts as exact Decimal) plus the
problems found in the text fields; `set_case_data()` fills the widgets from a case dict (a
`Case.model_dump()` or a raw `[case]` table). Only the fields that apply to the chosen scheme
and category are shown (`core.case_fields`), and only shown fields go into the case: what the
clerk sees is what is computed. Hidden fields keep their values, so switching back restores them.

The form lays out its parts: the patient, the visit and the bill here; the details of some kinds
of care (`case_form_details`), the year-to-date block (`case_form_year`), the field widgets and
their grid (`case_form_fields`), the region list (`case_form_regions`), the marks on wrong
fields (`case_form_problems`) and the rows' words (`case_form_texts`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDateEdit, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ..core.case_fields import DETAIL_CATEGORIES, fields_that_apply, is_layered, relevant_year_to_date
from ..core.vocabulary import GROUPS, LEVELS, LOCATIONS, SCHEMES
from . import case_form_texts as texts
from .case_form_details import DetailsSection
from .case_form_fields import AmountError, FormGrid, amount_edit, choice_combo, parse_amount
from .case_form_problems import YEAR_BLOCK, ProblemMarks
from .case_form_regions import RegionCombo, region_items
from .case_form_year import YearBlock
from .case_loading import DETAIL_FIELDS, FIRST_DAY, LAST_DAY, YEAR_FIELDS, FormCase, case_fills, form_case

if TYPE_CHECKING:  # pragma: no cover
    from ..core.policy_index import RegionHeader
    from ..core.registry import PolicyRegistry

CATEGORY_ORDER = ("inpatient", "chronic_outpatient", "general_outpatient", "two_diseases", "maternity")


@dataclass
class Reading:
    """What the form says: the case dict, problems in text fields, and whether the bill is still empty."""

    data: dict[str, Any]
    problems: list[tuple[str, str]] = field(default_factory=list)
    total_missing: bool = False


class _Built:
    """A widget of a section built on first use (`form.disease`): reading it builds the section.

    Two sections are hidden on the first screen (a hospital stay, the year block closed): what a
    chronic disease, the two diseases or a birth needs, and "so far this year". Their 21 rows are
    built when first shown or used, which is a tenth of the window's start-up.
    """

    def __init__(self, section: str):
        self.section = section

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, form, owner=None):
        if form is None:
            return self
        getattr(form, f"_build_{self.section}")()
        return getattr(getattr(form, self.section), self.name)


class CaseForm(QWidget):
    changed = Signal()
    submitted = Signal()
    region_changed = Signal(str)

    disease = _Built("details")
    conditions = _Built("details")
    child_order = _Built("details")
    caesarean = _Built("details")
    difficult = _Built("details")
    babies = _Built("details")
    monthly_wage = _Built("details")
    ytd = _Built("year")
    known = _Built("year")

    def __init__(self, registry: PolicyRegistry | None, parent: QWidget | None = None,
                 regions: list[RegionHeader] | None = None):
        """`registry` may come later (`set_registry`): until then the region list is built from
        `regions`, the `[policy]` headers (`core.policy_index.scan_regions`), and no policy is known."""
        super().__init__(parent)
        self.registry = registry
        self.region_headers = list(regions or [])
        self._loading = False
        self._shown: dict[str, bool] = {}
        self._updating = False
        self._build()
        self.retranslate()
        self._update_visibility()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 12)
        # One form for every section, so that labels and fields line up all the way down.
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        outer.addLayout(form)
        outer.addStretch(1)
        grid = self.grid = FormGrid(form)
        self.rows = grid.rows
        row = grid.add

        # --- the patient and the visit
        self.visit_header = grid.header()
        self.region = RegionCombo()  # filled by retranslate()
        row("region", self.region)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        self.date.setDate(QDate.currentDate())
        row("date", self.date)
        self.scheme = choice_combo(SCHEMES)
        row("scheme", self.scheme)
        self.scheme.setCurrentIndex(self.scheme.findData("resident"))
        self.retired = QCheckBox()
        row("retired", self.retired, label=False)
        self.category = choice_combo(CATEGORY_ORDER)
        row("category", self.category)
        self.level = choice_combo(LEVELS)
        self.level.setCurrentIndex(self.level.findData("level2"))
        row("level", self.level)
        self.location = choice_combo(LOCATIONS)
        row("location", self.location, hint=True)
        self.day_ward = QCheckBox()
        row("day_ward", self.day_ward, label=False, hint=True)
        self.group = choice_combo(GROUPS)
        row("group", self.group, hint=True)

        # --- the bill
        self.bill_header = grid.header()
        self.total = amount_edit(self._changed)
        row("costs.total", self.total, hint=True, unit=True)
        self.only_total = QCheckBox()
        row("only_total", self.only_total, label=False, hint=True)
        self.self_paid = amount_edit(self._changed)
        row("costs.self_paid", self.self_paid, hint=True, unit=True)
        self.category_b_first = amount_edit(self._changed)
        row("costs.category_b_first", self.category_b_first, hint=True, unit=True)

        # --- what the category needs, and so far this year: their rows are built when first needed
        self.details_header = grid.header()
        self.details = DetailsSection(grid, self.details_header, self._changed, self.current_policy)
        self.year = YearBlock(grid, self._changed)
        self.year_toggle, self.year_note = self.year.toggle, self.year.note
        self.year_toggle.toggled.connect(self._update_visibility)
        self.problems = ProblemMarks(grid, self._visible, self.year.open)  # marks on wrong fields

        for combo in (self.scheme, self.category, self.level, self.location, self.group):
            combo.currentIndexChanged.connect(self._changed)
        self.region.currentIndexChanged.connect(self._region_index_changed)
        for check in (self.retired, self.day_ward, self.only_total):
            check.toggled.connect(self._changed)
        self.date.dateChanged.connect(self._date_changed)
        self._set_tab_order()

    def _build_details(self) -> None:
        if not self.details.built:
            self.details.build()
            self._new_rows_built()

    def _build_year(self) -> None:
        if not self.year.built:
            self.year.build()
            self._new_rows_built()

    def _new_rows_built(self) -> None:
        """A section's rows are in: their texts, their place in the tab order; and the rows
        shown or hidden as the case says (unless the caller is doing that already)."""
        texts.retranslate_rows(self.grid)
        self.details.retranslate()
        self._set_tab_order()
        if not self._updating:
            self._update_visibility()

    def build_all(self) -> None:
        """Every section, e.g. before a whole case is loaded into the form."""
        self._build_details()
        self._build_year()

    def _set_tab_order(self) -> None:
        chain = [self.region, self.date, self.scheme, self.retired, self.category, self.level,
                 self.location, self.day_ward, self.group, self.total, self.only_total, self.self_paid,
                 self.category_b_first, *self.details.tab_chain(), self.year_toggle, *self.year.tab_chain()]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ policies and regions
    def set_registry(self, registry: PolicyRegistry) -> None:
        """The validated policies have arrived: regions with broken files are marked, the
        disease list is filled. The chosen region and every typed value stay."""
        self.registry = registry
        self.region.fill(region_items(registry, self.region_headers))
        self.details.refresh_diseases()

    def current_policy(self):
        """The policy in force for the chosen region and date; None when there is none (yet)."""
        if self.registry is None:
            return None
        from ..core.registry import PolicyLookupError  # already imported with the registry

        try:
            return self.registry.policy_for(self.region_id(), self.date.date().toPython())
        except PolicyLookupError:
            return None

    def _region_index_changed(self) -> None:
        self.details.refresh_diseases()
        if not self._loading:
            self.region_changed.emit(self.region_id())
        self._changed()

    def _date_changed(self) -> None:
        self.details.refresh_diseases()
        self._changed()

    def region_id(self) -> str:
        return self.region.region_id()

    def region_ids(self) -> list[str]:
        """The regions the form offers, by id."""
        return self.region.region_ids()

    def set_region(self, region: str) -> bool:
        return self.region.set_region(region)

    # ------------------------------------------------------------------ which rows show
    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._update_visibility()
        self.changed.emit()

    def _visible(self, key: str) -> bool:
        return self._shown.get(key, True)

    def _update_visibility(self, *_args) -> None:
        category = self.category.currentData()
        scheme, group = self.scheme.currentData(), self.group.currentData()
        only_total = self.only_total.isChecked()
        shown = fields_that_apply(scheme, category, group)
        shown["costs.self_paid"] = shown["costs.category_b_first"] = not only_total
        self._shown = shown
        has_year = bool(relevant_year_to_date(category, scheme, group)) or is_layered(category)
        expanded = has_year and self.year.expanded
        self._updating = True
        try:
            if category in DETAIL_CATEGORIES:
                self._build_details()
            if expanded:
                self._build_year()
        finally:
            self._updating = False
        rows: dict[QWidget, bool] = {
            self.rows[key].box: visible and (expanded or not key.startswith(YEAR_BLOCK))
            for key, visible in shown.items()
            if key in self.rows  # a section not built yet is not in the form
        }
        rows[self.details_header] = category in DETAIL_CATEGORIES
        rows[self.year_toggle] = has_year
        rows[self.year_note] = expanded
        self.grid.set_visible(rows)
        self.details_header.setText(texts.section_title(category))
        self._update_year_title()
        self.rows["only_total"].hint.setVisible(only_total)

    def _update_year_title(self) -> None:
        count = self.year.filled(self._visible)
        if count:
            filled = self.tr("%n filled in", "", count)
            self.year_toggle.setText(self.tr("So far this year (optional, %1)").replace("%1", filled))
        else:
            self.year_toggle.setText(self.tr("So far this year (optional)"))

    # ------------------------------------------------------------------ values
    def read(self) -> Reading:
        """The case the form describes, as a dict for `case_from_dict`, and the problems found."""
        reading = Reading({})
        data = reading.data
        data["region"] = self.region_id()
        data["date"] = self.date.date().toPython()
        data["scheme"] = self.scheme.currentData()
        data["category"] = category = self.category.currentData()
        for key, combo in (("level", self.level), ("location", self.location), ("group", self.group)):
            if self._visible(key):
                data[key] = combo.currentData()
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
        self.year.read(data, self._visible, amount)
        if category in DETAIL_CATEGORIES:
            self._build_details()
            self.details.read(data, category, self._visible, amount)
        return reading

    def set_case_data(self, data: dict[str, Any]) -> None:
        """Fill the widgets from a `[case]` table or a `Case.model_dump()`, checked whole first:
        raises `case_loading.CaseRefused` (naming every wrong key) and changes nothing then."""
        self.show_case(form_case(data, self.region_ids()))

    def show_case(self, case: FormCase) -> None:
        """Every widget from one `FormCase` in one go (hidden ones too, so nothing of the
        previous case stays behind), then one `changed`. A section not built yet is built only
        when the case fills it: unbuilt, it holds its defaults, which is what the case says."""
        if case_fills(case, DETAIL_FIELDS):
            self._build_details()
        if case_fills(case, YEAR_FIELDS):
            self._build_year()
        self._loading = True
        try:
            self._show(case)
        finally:
            self._loading = False
        self.details.refresh_diseases()
        self._update_visibility()
        self.changed.emit()

    def _show(self, case: FormCase) -> None:
        def pick(combo: QComboBox, value: str) -> None:
            index = combo.findData(value)
            if index >= 0:  # form_case let through only what the form offers
                combo.setCurrentIndex(index)

        pick(self.region, case.region)
        self.date.setDate(QDate(case.date))
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
        self.year.show(case)
        self.details.show(case)

    def reset(self) -> None:
        """A new, empty case for the same region and today."""
        self.show_case(FormCase(region=self.region_id(), date=date.today(), scheme="resident", category="inpatient"))

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
        self.grid.apply_fonts(base)
        self.year.apply_fonts(base)

    def retranslate(self) -> None:
        """Every text in the current language; also fills the region and disease lists."""
        self.visit_header.setText(texts.section_title("visit"))
        self.bill_header.setText(texts.section_title("bill"))
        texts.retranslate_rows(self.grid)
        self.year.retranslate()
        self.region.fill(region_items(self.registry, self.region_headers))
        self.details.retranslate()
        self.details_header.setText(texts.section_title(self.category.currentData()))
        self._update_year_title()
