"""Typed parameter access that records itself, after OpenFisca's TracingParameterNodeAtInstant.

Rules read the validated policy by attribute (`t.employee.large_expense.rate`), never by a
dotted string: a misspelt attribute is an AttributeError the first time a test runs that rule on
the fixture policies, not an error at a clerk's desk. A `Trace` records every leaf it hands out
as a `ParamUse` (the dotted path the faces show, the value, its source); the rule passes the
trace to the one step it builds, so each step cites exactly the values it used and no step is
edited after it was made. `peek` gives the same view without recording, for the questions that
decide whether a step is made at all (is the block there, does a guarantee apply).
"""

from __future__ import annotations

from typing import Any

from ..case import CaseError
from ..estimate import ParamUse
from ..messages import Bilingual, msg
from ..plain_model import Model  # the policy's classes
from ..registry import EffectivePolicy


class Absent:
    """A block this policy version lacks. Falsy; reading through it is a clear error naming it."""

    __slots__ = ("_path", "_policy", "_hint")

    def __init__(self, path: str, policy: EffectivePolicy, hint: str):
        self._path, self._policy, self._hint = path, policy, hint

    def __bool__(self) -> bool:
        return False

    def fail(self):
        """Say which block this version lacks (error.case.no_block), with the view's hint."""
        self._fail()

    def _fail(self, *_):
        policy = self._policy
        label = Bilingual(*(f"{name} {policy.valid_from.isoformat()}" for name in (policy.name, policy.name_en)))
        # Usually the date picks a version that lacks the block; the form marks the date.
        raise CaseError(
            msg("error.case.no_block", policy=label, block=self._path, hint=msg(self._hint)), "case.date"
        )

    __getattr__ = __getitem__ = _fail


class Node:
    """A validated block (a policy class, a table or a list of tables) seen through a trace."""

    __slots__ = ("_value", "_path", "_policy", "_uses", "_hint")

    def __init__(self, value: Any, path: str, policy: EffectivePolicy, uses: list[ParamUse] | None, hint: str):
        self._value, self._path, self._policy, self._uses, self._hint = value, path, policy, uses, hint

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or not isinstance(self._value, Model):
            raise AttributeError(f"{self._path or 'policy'} has no parameter {name!r}")
        if name not in type(self._value).model_fields:
            raise AttributeError(f"{type(self._value).__name__} ({self._path or 'policy'}) has no parameter {name!r}")
        return self._child(getattr(self._value, name), name)

    def __getitem__(self, key: str | int) -> Any:
        """A level, a status, a group, a place or a band chosen by the case: `t.rate[case.level]`."""
        value = self._value
        if isinstance(value, Model):
            if key not in type(value).model_fields:
                raise KeyError(f"{self._path} has no {key!r}")
            child = getattr(value, str(key))
        elif isinstance(value, dict):
            child = value.get(key)
        else:
            child = value[key]
        return self._child(child, str(key))

    @property
    def raw(self) -> Any:
        """The validated object itself, untraced, for its own methods (`Quota.for_child`)."""
        return self._value

    def __iter__(self):
        """The entries of a list of tables (the bands), each as a traced node."""
        for index in range(len(self._value)):
            yield self[index]

    def __bool__(self) -> bool:
        return True  # a block that is there (Absent is the one that is not)

    def __len__(self) -> int:
        return len(self._value)

    def __contains__(self, key) -> bool:
        """Whether a table has an entry (a disease, a group): a question, not a use."""
        return isinstance(self._value, dict) and self._value.get(key) is not None

    def _child(self, child: Any, name: str) -> Any:
        path = f"{self._path}.{name}" if self._path else name
        if not _is_node(child):
            # A leaf's value comes through `get`, which honours values put in place of the
            # file's (calibrate.with_values runs the engine with fitted values that way).
            child = self._policy.get(path)
        if child is None:
            absent = Absent(path, self._policy, self._hint)
            if self._uses is not None:  # a value a step needs: say which block this version lacks
                absent.fail()
            return absent
        if _is_node(child):
            return Node(child, path, self._policy, self._uses, self._hint)
        if self._uses is not None:
            self._uses.append(ParamUse(path, child, self._policy.provenance(path)))
        return child


def _is_node(value: Any) -> bool:
    """A block, a table or a list of tables; anything else (a rate, a cap, a list of groups) is a leaf."""
    return isinstance(value, (Model, dict)) or (isinstance(value, list) and bool(value) and isinstance(value[0], Model))


class Trace(Node):
    """The policy's root, recording each value read into `uses` (the params of one step)."""

    __slots__ = ()

    def __init__(self, policy: EffectivePolicy, hint: str = "error.hint.none", record: bool = True):
        super().__init__(policy.params, "", policy, [] if record else None, hint)

    @property
    def uses(self) -> list[ParamUse]:
        return self._uses if self._uses is not None else []


def require(view: Any) -> Any:
    """A block or value the calculation cannot do without: its absence is a clear error, not a crash."""
    if isinstance(view, Absent):
        view.fail()
    return view
