"""Frozen data classes that pydantic checks only when data is read, not when they are used.

The policies and the case are plain frozen dataclasses (`@model`): the engine and the window use
them without pydantic, so a start whose policies come from the cache (`policy_cache`) and whose
case comes from the form imports no pydantic at all (importing it and building its validators
for the ~40 classes cost about a third of the start-up). `Model.model_validate(data)` checks a
file's table: pydantic builds a validator for the class on first use (`TypeAdapter`, which
validates stdlib dataclasses field by field, `extra="forbid"`, then runs `__post_init__`, where
the cross-field checks live). A field type says its checks with `Check(...)`, which pydantic
turns into its own `BeforeValidator` and `Field` constraints only when it builds a validator.

`model_copy`, `model_dump`, `model_dump_json` and `model_fields` behave as pydantic's do for
these classes (no validation on copy; defaults left out on request; decimals as text in JSON),
so the code that uses the classes is the same whether they are dataclasses or pydantic models.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Callable

_ADAPTERS: dict[type, Any] = {}


class Check:
    """pydantic's checks of a field type, made when pydantic builds a validator:
    `Annotated[Decimal, Check(before=amount)]`, `Annotated[int, Check(before=count, ge=0)]`,
    `Annotated[list[Band], Check(min_length=1)]` (keywords as `pydantic.Field` takes them)."""

    __slots__ = ("before", "constraints")

    def __init__(self, before: Callable[[Any], Any] | None = None, **constraints: Any):
        self.before = before
        self.constraints = constraints

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic import BeforeValidator, Field

        metadata: list[Any] = []
        if self.before is not None:
            metadata.append(BeforeValidator(self.before))
        if self.constraints:
            metadata.append(Field(**self.constraints))
        return handler.generate_schema(Annotated[(source, *metadata)])


class Model:
    """The base of the policy and case classes; subclasses are made with `@model`.

    Frozen, compared, hashed and shown field by field as a frozen dataclass is, by these methods
    written once here: `dataclasses` would compile five of them for each of ~50 classes at every
    start (about a tenth of the core's import time).
    """

    __slots__ = ()
    __pydantic_config__ = {"extra": "forbid"}  # pydantic reads this from a stdlib dataclass
    _defaults: dict[str, Any] = {}  # set by @model: each field's default, or its factory
    _factories: frozenset[str] = frozenset()
    _required: frozenset[str] = frozenset()

    def __init__(self, **values: Any):
        cls = type(self)
        unknown = values.keys() - cls.model_fields.keys()
        if unknown:
            raise TypeError(f"{cls.__qualname__}.__init__() got an unexpected keyword argument {sorted(unknown)[0]!r}")
        missing = cls._required - values.keys()
        if missing:
            raise TypeError(f"{cls.__qualname__}.__init__() missing required keyword argument {sorted(missing)[0]!r}")
        state = self.__dict__
        for name in cls.model_fields:
            if name in values:
                state[name] = values[name]
            elif name in cls._factories:
                state[name] = cls._defaults[name]()
            else:
                state[name] = cls._defaults[name]
        post_init = getattr(self, "__post_init__", None)
        if post_init is not None:
            post_init()

    def __setattr__(self, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash(tuple(self.__dict__.values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__qualname__}({fields})"

    @classmethod
    def model_validate(cls, data: Any) -> Any:
        """The checked instance for `data` (a table), or pydantic's `ValidationError`."""
        adapter = _ADAPTERS.get(cls)
        if adapter is None:
            from pydantic import TypeAdapter

            adapter = _ADAPTERS[cls] = TypeAdapter(cls)
        return adapter.validate_python(data)

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Any:
        """A copy with some fields replaced, not checked again (as pydantic's)."""
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.__dict__.update(update or {})
        return new

    def model_dump(self, *, mode: str = "python", exclude: set[str] | None = None,
                   exclude_defaults: bool = False, exclude_none: bool = False) -> dict[str, Any]:
        """The fields as a dict, nested classes as dicts; `mode="json"`: decimals and dates as text."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if exclude and f.name in exclude:
                continue
            value = getattr(self, f.name)
            if exclude_none and value is None:
                continue
            if exclude_defaults and _is_default(f, value):
                continue
            out[f.name] = _dumped(value, mode, exclude_defaults, exclude_none)
        return out

    def model_dump_json(self) -> str:
        import json

        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))


def model(cls: type) -> type:
    """Make `cls` (a `Model` subclass) a keyword-only dataclass whose methods are `Model`'s:
    `dataclasses` only collects the fields (which pydantic reads), it compiles no methods."""
    cls = dataclasses.dataclass(init=False, repr=False, eq=False, kw_only=True)(cls)
    fields = dataclasses.fields(cls)
    cls.model_fields = {f.name: f for f in fields}
    cls._defaults = {f.name: f.default_factory if f.default is dataclasses.MISSING else f.default
                     for f in fields if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING}
    cls._factories = frozenset(f.name for f in fields if f.default_factory is not dataclasses.MISSING)
    cls._required = frozenset(f.name for f in fields if f.name not in cls._defaults)
    return cls


def _is_default(f: dataclasses.Field, value: Any) -> bool:
    if f.default is not dataclasses.MISSING:
        return value == f.default
    if f.default_factory is not dataclasses.MISSING:
        return value == f.default_factory()
    return False


def _dumped(value: Any, mode: str, exclude_defaults: bool, exclude_none: bool) -> Any:
    if isinstance(value, Model):
        return value.model_dump(mode=mode, exclude_defaults=exclude_defaults, exclude_none=exclude_none)
    if isinstance(value, list):
        return [_dumped(v, mode, exclude_defaults, exclude_none) for v in value]
    if isinstance(value, dict):
        return {k: _dumped(v, mode, exclude_defaults, exclude_none) for k, v in value.items()}
    if mode == "json":
        if isinstance(value, Decimal):
            return str(value)
        if isinstance(value, date):
            return value.isoformat()
    return value
