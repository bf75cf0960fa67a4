"""Reading one policy TOML file: its header, its table of sources, and its values as leaves.

A file's values are flattened to leaves (`("resident", "inpatient", "rate", "level3") -> 0.60`)
so that a city file can override single values of its template; each leaf remembers the id of
its source: the `source` of the nearest table that names one, or an entry of a table's
`sources = { "rate.level3" = "id" }`. TOML numbers are read as exact decimals, never floats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .messages import MessageError, Msg, msg, render
from .policy_model import ID_PATTERN, PolicyHeader, Source
from .text_files import FileProblem, decode_text, read_file_bytes
from .toml_reader import TomlError, loads

if TYPE_CHECKING:
    from pydantic import ValidationError

KeyPath = tuple[str, ...]


@dataclass(frozen=True)
class PolicyProblem:
    """One thing wrong with a policy file, said as `file › key.path: what (line N)`."""

    file: str
    key: str
    what: Msg
    line: int | None = None

    def render(self, lang: str = "zh") -> str:
        line = msg("policy.problem.line", line=self.line) if self.line else ""
        return render(msg("policy.problem", file=self.file, key=self.key, what=self.what, line=line), lang)


@dataclass
class PolicyFile:
    path: Path
    display: str
    folder: str
    text: str
    header: PolicyHeader
    sources: dict[str, Source]
    leaves: dict[KeyPath, Any]
    origin: dict[KeyPath, str]
    problems: list[PolicyProblem] = field(default_factory=list)

    @property
    def region(self) -> str:
        return self.header.target

    def line_of(self, key: KeyPath | str) -> int | None:
        parts = key.split(".") if isinstance(key, str) else list(key)
        return find_line(self.text, [str(p) for p in parts])

    def problem(self, key: KeyPath | str, what: Msg) -> PolicyProblem:
        dotted = key if isinstance(key, str) else ".".join(str(p) for p in key)
        return PolicyProblem(self.display, dotted, what, self.line_of(key))


RESERVED = ("source", "sources")


def read_policy_file(path: Path, display: str, folder: str, data: bytes | None = None) -> PolicyFile | list[PolicyProblem]:
    """Parse and check one file on its own: TOML, header, sources. Values are checked after merging.

    `data`: the file's bytes, when the caller has already read them.
    """
    try:
        text = decode_text(read_file_bytes(path) if data is None else data)
    except FileProblem as exc:
        return [PolicyProblem(display, "-", exc.what)]
    try:
        data = loads(text)
    except TomlError as exc:
        return [PolicyProblem(display, "-", exc.what, exc.line)]

    problems: list[PolicyProblem] = []

    def problem(key: str, what: Msg) -> None:
        problems.append(PolicyProblem(display, key, what, find_line(text, key.split("."))))

    from pydantic import ValidationError  # checking a file's tables (policy_model)

    raw_header = data.pop("policy", None)
    header = None
    if not isinstance(raw_header, dict):
        problem("policy", msg("what.missing"))
        return problems
    else:
        try:
            header = PolicyHeader.model_validate(raw_header)
        except ValidationError as exc:
            for key, what in describe_validation_error(exc):
                problem("policy." + key if key else "policy", what)

    sources: dict[str, Source] = {}
    raw_sources = data.pop("sources", {})
    if not isinstance(raw_sources, dict):
        problem("sources", msg("what.table", got=raw_sources))
        raw_sources = {}
    for sid, raw in raw_sources.items():
        try:
            sources[sid] = Source.model_validate(raw)
        except ValidationError as exc:
            for key, what in describe_validation_error(exc):
                problem(f"sources.{sid}" + (f".{key}" if key else ""), what)

    leaves: dict[KeyPath, Any] = {}
    origin: dict[KeyPath, str] = {}
    _flatten(data, (), None, leaves, origin, lambda key, what: problem(".".join(key), what))
    for key in [*leaves, *(k for k in origin if k not in leaves)]:  # a list item's keys too
        sid = origin.get(key)
        dotted = ".".join(key)
        if sid is None:
            problem(dotted, msg("what.no_source"))
        elif sid not in sources:
            problem(dotted, msg("what.unknown_source", source_id=sid))
    if header is None or problems:
        return problems
    return PolicyFile(path, display, folder, text, header, sources, leaves, origin)


def _flatten(table, prefix, inherited, leaves, origin, problem) -> None:
    own = table.get("source", inherited)
    if own is not None and not isinstance(own, str):
        problem(prefix + ("source",), msg("what.text", got=own))
        own = inherited
    overrides = table.get("sources", {})
    if not isinstance(overrides, dict):
        problem(prefix + ("sources",), msg("what.table", got=overrides))
        overrides = {}
    for key, value in table.items():
        if key in RESERVED:
            continue
        path = prefix + (key,)
        if isinstance(value, dict):
            sub_overrides = {
                k[len(key) + 1:]: v for k, v in overrides.items() if k.startswith(key + ".")
            }
            if sub_overrides:
                value = dict(value)
                merged = dict(value.get("sources", {}))
                merged.update(sub_overrides)
                value["sources"] = merged
            _flatten(value, path, overrides.get(key, own), leaves, origin, problem)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            items, item_sources = [], set()
            for index, item in enumerate(value):
                item_source = item.get("source", overrides.get(key, own))
                item_sources.add(item_source)
                # An item's own `sources = { rate = "id" }` names the source of single keys.
                item_overrides = item.get("sources", {})
                if not isinstance(item_overrides, dict):
                    problem(path + (str(index), "sources"), msg("what.table", got=item_overrides))
                    item_overrides = {}
                items.append({k: v for k, v in item.items() if k not in RESERVED})
                for k in item:
                    if k not in RESERVED:
                        origin[path + (str(index), k)] = item_overrides.get(k, item_source)
            leaves[path] = items
            # The list as a whole: its items' common source, else the table's.
            origin[path] = item_sources.pop() if len(item_sources) == 1 else overrides.get(key, own)
        else:
            leaves[path] = value
            origin[path] = overrides.get(key, own)


def unflatten(leaves: dict[KeyPath, Any]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for path, value in leaves.items():
        node = root
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = value
    return root


def find_line(text: str, keypath: list[str]) -> int | None:
    """The line that best holds a dotted key: the table header or assignment matching most of it."""
    best_score, best_line = 0, None
    current: list[str] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        header = re.match(r"^\[\[?\s*([^\]]+?)\s*\]\]?", line)
        if header:
            current = [_unquote(p) for p in header.group(1).split(".")]
            score = _prefix_score(current, keypath)
        else:
            assign = re.match(r'^("[^"]*"|[\w-]+(?:\s*\.\s*[\w-]+)*)\s*=', line)
            if not assign:
                continue
            key = current + [_unquote(p) for p in assign.group(1).split(".")]
            score = _prefix_score(key, keypath)
            if score == len(key) and score < len(keypath):
                inner = keypath[score]
                if re.search(r"[{,]\s*" + re.escape(inner) + r"\s*=", line):
                    score += 1
        if score > best_score:
            best_score, best_line = score, number
    return best_line


def _prefix_score(key: list[str], keypath: list[str]) -> int:
    if len(key) > len(keypath) or key != keypath[: len(key)]:
        return 0
    return len(key)


def _unquote(part: str) -> str:
    return part.strip().strip('"').strip("'")


_WHAT_BY_TYPE = {
    "missing": lambda e: msg("what.missing"),
    "extra_forbidden": lambda e: msg("what.unknown_key"),
    "unexpected_keyword_argument": lambda e: msg("what.unknown_key"),  # the same, said of a dataclass
    "less_than_equal": lambda e: msg("what.le", limit=e["ctx"]["le"], got=_shown(e["input"])),
    "greater_than_equal": lambda e: msg("what.ge", limit=e["ctx"]["ge"], got=_shown(e["input"])),
    "decimal_parsing": lambda e: msg("what.number", got=_shown(e["input"])),
    "decimal_type": lambda e: msg("what.number", got=_shown(e["input"])),
    "decimal_max_places": lambda e: msg("what.decimals", places=e["ctx"]["decimal_places"], got=_shown(e["input"])),
    "literal_error": lambda e: msg("what.choice", got=_shown(e["input"]), choices=e["ctx"]["expected"]),
    "date_from_datetime_parsing": lambda e: msg("what.date", got=_shown(e["input"])),
    "date_parsing": lambda e: msg("what.date", got=_shown(e["input"])),
    "date_type": lambda e: msg("what.date", got=_shown(e["input"])),
    "bool_type": lambda e: msg("what.bool", got=_shown(e["input"])),
    "bool_parsing": lambda e: msg("what.bool", got=_shown(e["input"])),
    "int_type": lambda e: msg("what.integer", got=_shown(e["input"])),
    "int_parsing": lambda e: msg("what.integer", got=_shown(e["input"])),
    "int_from_float": lambda e: msg("what.integer", got=_shown(e["input"])),
    "list_type": lambda e: msg("what.list", got=_shown(e["input"])),
    "model_type": lambda e: msg("what.table", got=_shown(e["input"])),
    "model_attributes_type": lambda e: msg("what.table", got=_shown(e["input"])),
    "dataclass_type": lambda e: msg("what.table", got=_shown(e["input"])),
    "dataclass_exact_type": lambda e: msg("what.table", got=_shown(e["input"])),
    "dict_type": lambda e: msg("what.table", got=_shown(e["input"])),
    "string_type": lambda e: msg("what.text", got=_shown(e["input"])),
    "string_pattern_mismatch": lambda e: (
        msg("what.id_pattern", got=_shown(e["input"])) if e["ctx"]["pattern"] == ID_PATTERN else _invalid(e)
    ),
    "too_short": lambda e: msg("what.missing"),
    "finite_number": lambda e: msg("what.finite", got=_shown(e["input"])),
    "date_from_datetime_inexact": lambda e: msg("what.date_only", got=_shown(e["input"])),
    "datetime_type": lambda e: msg("what.date", got=_shown(e["input"])),
    "decimal_max_digits": lambda e: msg("what.max_digits", digits=e["ctx"]["max_digits"], got=_shown(e["input"])),
    "decimal_whole_digits": lambda e: msg("what.max_digits", digits=e["ctx"]["whole_digits"], got=_shown(e["input"])),
    "greater_than": lambda e: msg("what.gt", limit=e["ctx"]["gt"], got=_shown(e["input"])),
    "less_than": lambda e: msg("what.lt", limit=e["ctx"]["lt"], got=_shown(e["input"])),
    "int_parsing_size": lambda e: msg("what.integer", got=_shown(e["input"])),
    "float_type": lambda e: msg("what.number", got=_shown(e["input"])),
    "float_parsing": lambda e: msg("what.number", got=_shown(e["input"])),
    "string_too_short": lambda e: msg("what.empty"),
    "string_too_long": lambda e: msg("what.too_long", limit=e["ctx"]["max_length"]),
    "string_unicode": lambda e: msg("what.text", got=_shown(e["input"])),
    "too_long": lambda e: msg("what.too_many", limit=e["ctx"]["max_length"]),
    "enum": lambda e: msg("what.choice", got=_shown(e["input"]), choices=e["ctx"]["expected"]),
    "union_tag_invalid": lambda e: _invalid(e),
    "union_tag_not_found": lambda e: msg("what.missing"),
}


def _invalid(error: dict) -> Msg:
    """Any other complaint, in plain words (pydantic's text is kept as `text` for callers that look)."""
    return msg("what.invalid", text=str(error.get("msg", "")), got=_shown(error.get("input")))


def _shown(value: Any) -> str:
    if isinstance(value, Decimal):  # 1E-999999999 written out would be a gigabyte
        text = format(value, "f") if value.is_finite() and abs(value.adjusted()) < 30 else str(value)
    elif isinstance(value, dict):
        return "{…}"
    elif isinstance(value, int) and value.bit_length() > 128:  # str() refuses over 4,300 digits
        text = f"{'-' if value < 0 else ''}≈1e{round(value.bit_length() * 0.30103)}"
    else:
        text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def describe_validation_error(exc: ValidationError) -> list[tuple[str, Msg]]:
    """pydantic's errors as (dotted key, Msg) pairs, one per distinct key, in plain words.

    Where a value may be one of several kinds (a number or "none"), a text value is told the
    words it may be rather than that it is not a number.
    """
    by_key: dict[str, list[dict]] = {}
    for error in exc.errors():
        loc = [str(p) for p in error["loc"] if not _is_union_tag(p)]
        text = str(error.get("msg", ""))
        raised = (error.get("ctx") or {}).get("error")
        if isinstance(raised, MessageError):  # a validator's own catalog message
            loc += [part for part in raised.key.split(".") if part]
            by_key.setdefault(".".join(loc), []).append(dict(error, msg=text, what=raised.what))
            continue
        if error["type"] == "value_error":
            text = text.removeprefix("Value error, ")
            inner = re.match(r"^([\w.]+): (.*)$", text)
            if inner:
                loc += inner.group(1).split(".")
                text = inner.group(2)
        by_key.setdefault(".".join(loc), []).append(dict(error, msg=text))
    described: list[tuple[str, Msg]] = []
    for key, errors in by_key.items():
        error = errors[0]
        types = {e["type"] for e in errors}
        if isinstance(error.get("input"), str):
            error = next((e for e in errors if e["type"] == "literal_error"), error)
        if "what" in error:
            what = error["what"]
        elif error["type"] == "literal_error" and types & {"decimal_parsing", "decimal_type"}:
            what = msg("what.number_or", choices=error["ctx"]["expected"], got=_shown(error["input"]))
        elif error["type"] == "value_error":
            what = msg("what.missing") if error["msg"] == "missing" else _invalid(error)
        else:
            maker = _WHAT_BY_TYPE.get(error["type"])
            what = maker(error) if maker else _invalid(error)
        described.append((key, what))
    return described


def _is_union_tag(part: Any) -> bool:
    """pydantic names the union member it tried (`decimal`, `literal['none']`, `RatesByLevel`)."""
    text = str(part)
    return (
        text in ("decimal", "constrained-decimal", "function-after[...]")
        or text.startswith(("literal[", "function-", "constrained-"))
        or (text[:1].isupper() and not text.isupper())
    )
