"""The fixed vocabulary of the domain (SPEC §2): schemes, categories, levels, locations, groups.

Code names are the ones the case files and policy files use; labels live in `messages`.
"""

from __future__ import annotations

from typing import Literal, get_args

Scheme = Literal["employee", "resident"]
Category = Literal[
    "general_outpatient", "chronic_outpatient", "two_diseases", "inpatient", "maternity"
]
Level = Literal["grassroots", "level1", "level2", "level3"]
Location = Literal[
    "local", "province", "national_resident", "national_temporary", "national_unfiled"
]
Group = Literal["none", "tekun", "dibao", "dibao_edge", "monitored"]
Condition = Literal["hypertension", "diabetes"]
Payer = Literal["basic_fund", "critical_illness", "large_expense", "assistance", "backstop"]

SCHEMES: tuple[str, ...] = get_args(Scheme)
CATEGORIES: tuple[str, ...] = get_args(Category)
LEVELS: tuple[str, ...] = get_args(Level)
LOCATIONS: tuple[str, ...] = get_args(Location)
GROUPS: tuple[str, ...] = get_args(Group)
CONDITIONS: tuple[str, ...] = get_args(Condition)
PAYERS: tuple[str, ...] = get_args(Payer)

# SPEC §3.2: the second layer, assistance and guarantees apply only to these categories.
LAYERED_CATEGORIES = ("inpatient", "chronic_outpatient")
