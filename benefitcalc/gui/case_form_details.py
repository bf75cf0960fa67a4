"""What some kinds of care need besides the bill: the chronic disease, the two diseases' medication,
a birth. Its rows are built when first shown or used (most cases are hospital stays).

The disease list and its hint come from the policy in force for the region and date on the form.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from ..core.messages import label
from ..core.money import fmt_yuan
from ..core.vocabulary import CONDITIONS
from .case_form_fields import Combo, FormGrid, amount_edit
from .case_loading import BABIES, CHILD_ORDER, FormCase
from .i18n import current_language, heading


class DetailsSection:
    """The rows of the details section, under `header` in the form's grid."""

    def __init__(self, grid: FormGrid, header: QWidget, changed: Callable, policy: Callable):
        self.grid = grid
        self.header = header
        self.changed = changed  # the form's slot for any edit
        self.policy = policy  # the policy in force for the form's region and date, or None
        self.built = False

    def build(self) -> None:
        if self.built:
            return
        add, at = self.grid.add, self.grid.row_after(self.header)
        self.disease = Combo()
        self.disease.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        add("chronic.disease", self.disease, hint=True, at=at)
        conditions = QWidget()
        box = QHBoxLayout(conditions)
        box.setContentsMargins(0, 0, 0, 0)
        self.conditions = {c: QCheckBox() for c in CONDITIONS}
        for check in self.conditions.values():
            box.addWidget(check)
        box.addStretch(1)
        add("two_diseases.conditions", conditions, at=at + 1)
        self.child_order = QSpinBox()
        self.child_order.setRange(0, CHILD_ORDER[1])  # 0: not chosen yet
        add("maternity.child_order", self.child_order, hint=True, at=at + 2)
        self.caesarean = QCheckBox()
        add("maternity.caesarean", self.caesarean, label=False, at=at + 3)
        self.difficult = QCheckBox()
        add("maternity.difficult", self.difficult, label=False, at=at + 4)
        self.babies = QSpinBox()
        self.babies.setRange(*BABIES)
        add("maternity.babies", self.babies, at=at + 5)
        self.monthly_wage = amount_edit(self.changed)
        add("maternity.monthly_wage", self.monthly_wage, hint=True, unit=True, at=at + 6)

        self.disease.currentIndexChanged.connect(self.update_disease_hint)
        self.disease.currentIndexChanged.connect(self.changed)
        for check in (self.caesarean, self.difficult, *self.conditions.values()):
            check.toggled.connect(self.changed)
        self.child_order.valueChanged.connect(self.changed)
        self.babies.valueChanged.connect(self.changed)
        self.built = True

    def tab_chain(self) -> list[QWidget]:
        if not self.built:
            return []
        return [self.disease, *self.conditions.values(), self.child_order, self.caesarean,
                self.difficult, self.babies, self.monthly_wage]

    def retranslate(self) -> None:
        if not self.built:
            return
        for key, check in self.conditions.items():
            check.setText(heading(label("condition", key, current_language())))
        self.child_order.setSpecialValueText(QCoreApplication.translate("CaseForm", "— choose —"))
        prefix, _, suffix = QCoreApplication.translate("CaseForm", "child no. %1").partition("%1")
        self.child_order.setPrefix(prefix)
        self.child_order.setSuffix(suffix)
        self.refresh_diseases()

    # ------------------------------------------------------------------ the disease list
    def refresh_diseases(self) -> None:
        """The diseases of the policy in force; the chosen one stays, even if this policy lacks it."""
        if not self.built:
            return
        combo = self.disease
        wanted = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        policy = self.policy()
        diseases = policy.params.chronic_diseases if policy is not None else {}
        for key, disease in diseases.items():
            combo.addItem(disease.name if current_language() == "zh" else f"{disease.name_en} {disease.name}", key)
        if wanted is not None:
            if combo.findData(wanted) < 0:
                combo.addItem(str(wanted), wanted)
            combo.setCurrentIndex(combo.findData(wanted))
        combo.setItemText(0, QCoreApplication.translate("CaseForm", "— choose the disease —"))
        combo.blockSignals(False)
        self.update_disease_hint()

    def update_disease_hint(self) -> None:
        """Under the disease: its own annual limit, or that it shares the cap of hospital stays."""
        if not self.built:
            return
        hint = self.grid.rows["chronic.disease"].hint
        policy = self.policy()
        key = self.disease.currentData()
        disease = policy.params.chronic_diseases.get(key) if policy is not None and key else None
        if disease is None:
            hint.setText(QCoreApplication.translate("CaseForm", "The list comes from the policy of the chosen region."))
        elif disease.annual_limit == "shared":
            hint.setText(QCoreApplication.translate(
                "CaseForm", "No limit of its own: shares the annual cap of hospital stays."))
        else:
            text = QCoreApplication.translate("CaseForm", "Annual limit for this disease: %1 yuan")
            text = text.replace("%1", fmt_yuan(disease.annual_limit))
            if not policy.provenance(f"chronic_diseases.{key}.annual_limit").source.verified:
                text += " (" + label("source_kind", "assumed", current_language()) + ")"
            hint.setText(text)

    # ------------------------------------------------------------------ values
    def read(self, data: dict[str, Any], category: str, visible: Callable[[str], bool],
             amount: Callable[[str, QLineEdit], Decimal | None]) -> None:
        """The section's part of the case dict, for the category on the form."""
        if category == "chronic_outpatient" and self.disease.currentData():
            data["chronic"] = {"disease": self.disease.currentData()}
        if category == "two_diseases":
            chosen = [c for c, check in self.conditions.items() if check.isChecked()]
            if chosen:
                data["two_diseases"] = {"conditions": chosen}
        if category == "maternity":
            maternity: dict[str, Any] = {}
            if visible("maternity.child_order") and self.child_order.value() > 0:
                maternity["child_order"] = self.child_order.value()
            if visible("maternity.caesarean"):
                maternity["caesarean"] = self.caesarean.isChecked()
                maternity["difficult"] = self.difficult.isChecked()
                maternity["babies"] = self.babies.value()
                wage = amount("maternity.monthly_wage", self.monthly_wage)
                if wage is not None:
                    maternity["monthly_wage"] = wage
            data["maternity"] = maternity

    def show(self, case: FormCase) -> None:
        if not self.built:  # holds the defaults, which is what this case says (`case_fills`)
            return
        self.refresh_diseases()
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
