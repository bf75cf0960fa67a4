"""What is left of every annual limit and deductible after a year's visits.

Read from the policy in force on the last visit's date, for that visit's scheme, group and
retirement; the amounts used come from its `year_to_date_after`. Each limit carries the
parameters it was read from, so a face can mark the unverified ones 未核实. Blocks a policy
version lacks, or benefits that do not exist for the scheme, are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .estimate import Estimate, ParamUse
from .messages import msg, render
from .money import positive_part
from .registry import EffectivePolicy, PolicyRegistry


@dataclass(frozen=True)
class Limit:
    key: str  # basic_fund_cap, outpatient_limit, … (the JSON's key)
    limit: Decimal | None  # None: no cap
    used: Decimal
    params: tuple[ParamUse, ...]
    disease: tuple[str, str] | None = None  # (中文, English) for a disease's own limit

    def label(self, lang: str = "zh") -> str:
        disease = "" if self.disease is None else self.disease[0 if lang == "zh" else 1]
        return render(msg(f"limit.{self.key}", disease=disease), lang)

    @property
    def left(self) -> Decimal | None:
        return None if self.limit is None else positive_part(self.limit - self.used)

    @property
    def verified(self) -> bool:
        return all(use.verified for use in self.params)


def status_of(limit: Limit, lang: str = "zh") -> str | None:
    """How the first unverified parameter of a limit is known (未核实, 按政策下限估算…); None if all are verified."""
    from .param_labels import source_status

    unverified = next((use for use in limit.params if not use.verified), None)
    return None if unverified is None else source_status(unverified.provenance.source, lang)


def _use(policy: EffectivePolicy, path: str) -> ParamUse:
    return ParamUse(path, policy.get(path), policy.provenance(path))


def remaining(last: Estimate, policies: PolicyRegistry) -> list[Limit]:
    """Every annual limit and deductible that applies to the person, with what is left of it."""
    case = last.case
    policy = policies.policy_for(case.region, case.date)
    ytd = last.year_to_date_after
    scheme = case.scheme
    out: list[Limit] = []

    def add(key: str, path: str, used: Decimal, disease: tuple[str, str] | None = None) -> None:
        value = policy.get(path)
        if value is None or isinstance(value, (bool, list)):
            return
        limit = None if value in ("none", "shared") else value
        out.append(Limit(key, limit, used, (_use(policy, path),), disease))

    def available(block: str) -> bool:
        return policy.get(block) is not None and policy.get(f"{block}.available") is not False

    add("basic_fund_cap", f"{scheme}.inpatient_chronic_annual_cap", ytd.basic_fund_paid)
    chronic = f"{scheme}.chronic_outpatient"
    if available(chronic):
        add("chronic_deductible", f"{chronic}.deductible", ytd.chronic_deductible_met)
        if case.chronic is not None and policy.params.chronic_diseases.get(case.chronic.disease) is not None:
            disease = case.chronic.disease
            path = f"chronic_diseases.{disease}.annual_limit"
            if policy.get(path) != "shared":
                names = policy.params.chronic_diseases[disease]
                add("chronic_disease_limit", path, ytd.chronic_disease_paid, (names.name, names.name_en))
    outpatient = f"{scheme}.general_outpatient"
    if available(outpatient):
        status = (".retired" if case.retired else ".in_service") if scheme == "employee" else ""
        add("outpatient_deductible", f"{outpatient}.deductible{status}", ytd.outpatient_deductible_met)
        add("outpatient_limit", f"{outpatient}.annual_limit{status}", ytd.outpatient_fund_paid)
    two = f"{scheme}.two_diseases"
    if available(two) and policy.get(f"{two}.counted_limit") is not None:
        both = case.two_diseases is not None and len(case.two_diseases.conditions) > 1
        add("two_diseases_limit", f"{two}.counted_limit.{'both' if both else 'one'}", ytd.two_diseases_counted)
    if scheme == "resident" and policy.get("resident.critical_illness") is not None:
        _critical(policy, case.group, ytd, out)
    if scheme == "employee":
        add("large_expense_cap", "employee.large_expense.annual_cap", ytd.large_expense_paid)
    if case.group != "none" and policy.get("assistance") is not None:
        add("assistance_deductible", f"assistance.groups.{case.group}.deductible", ytd.assistance_deductible_met)
        add("assistance_limit", "assistance.annual_limit", ytd.assistance_paid)
    return out


def _critical(policy: EffectivePolicy, group: str, ytd, out: list[Limit]) -> None:
    """The critical-illness deductible (on the cumulative burden) and cap, tilted for the groups."""
    block = "resident.critical_illness"
    ci = policy.get(block)
    deductible_uses = [_use(policy, f"{block}.deductible")]
    cap_uses = [_use(policy, f"{block}.annual_cap")]
    deductible = ci.deductible
    cap = None if ci.annual_cap == "none" else ci.annual_cap
    if ci.tilt is not None and group in ci.tilt.groups:
        deductible = deductible * ci.tilt.deductible_factor
        deductible_uses.append(_use(policy, f"{block}.tilt.deductible_factor"))
        if ci.tilt.uncapped:
            cap = None
            cap_uses = [_use(policy, f"{block}.tilt.uncapped")]
    out.append(Limit("critical_illness_deductible", deductible, ytd.critical_base, tuple(deductible_uses)))
    out.append(Limit("critical_illness_cap", cap, ytd.critical_paid, tuple(cap_uses)))

