"""TOML reading with exact decimals that never takes the rest of the app down.

Every TOML float becomes a `Decimal`, never a float. Whatever the text, `loads` either returns
the data or raises `TomlError` carrying a catalog message and the line: the reader's own
`ValueError` (an integer of more than 4,300 digits), `RecursionError` (arrays nested 2,000 deep)
and anything else it can raise are caught. Sizes are bounded before parsing: the text's length,
the nesting of brackets and braces, and the number of parts of a dotted key or table header
(which the reader handles in quadratic time, and which later code walks recursively).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib

from .messages import Msg, msg

# A policy file is a few dozen kB and a case file one kB; 1 MiB is far above either.
MAX_TEXT_CHARS = 1 << 20
# The deepest real file nests about 6 levels (header parts + dotted keys + inline tables).
MAX_DEPTH = 40


class TomlError(tomllib.TOMLDecodeError):
    """A text that is not usable TOML: `what` says why in the user's language, `line` where."""

    def __init__(self, what: Msg, line: int | None = None, column: int | None = None):
        ValueError.__init__(self, what.id)
        self.what = what
        self.line = line
        self.column = column

    def __str__(self) -> str:
        from .messages import render

        return render(self.message_with_position(), "en")

    def message_with_position(self) -> Msg:
        """The message with its line and column, for places that show no line of their own."""
        if self.line is None:
            return self.what
        if self.column is None:
            return msg("toml.at_line", what=self.what, line=self.line)
        return msg("toml.at", what=self.what, line=self.line, column=self.column)


# Kept for callers that catch the reader's error by its old name: every error is a TomlError.
TOMLDecodeError = TomlError


def loads(text: str) -> dict[str, Any]:
    if len(text) > MAX_TEXT_CHARS:
        raise TomlError(msg("toml.too_big", size=len(text), limit=MAX_TEXT_CHARS))
    _check_shape(text)
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise _translated(str(exc)) from None
    except RecursionError:
        raise TomlError(msg("toml.too_deep", limit=MAX_DEPTH)) from None
    except ValueError as exc:
        if "digits" in str(exc):
            raise TomlError(msg("toml.long_number"), _line_of(text, re.search(_LONG_NUMBER, text))) from None
        raise TomlError(msg("what.toml", text=str(exc))) from None
    except Exception as exc:  # noqa: BLE001 - whatever the reader raises is a broken file, not a crash
        raise TomlError(msg("what.toml", text=f"{type(exc).__name__}: {exc}")) from None
    _check_depth(data)
    return data


# --- bounds checked before parsing -------------------------------------------------------

_BARE = r"[A-Za-z0-9_-]++"
_QUOTED = r'"(?:[^"\\\n]|\\.)*+"|' + r"'[^'\n]*+'"
_PART = rf"(?:{_BARE}|{_QUOTED})"
_TOKEN = (
    r'(?P<ml>"""(?:[^"\\]|\\.|"(?!""))*+"""|' + r"'''(?:[^']|'(?!''))*+''')"
    + rf"|(?P<key>(?<![A-Za-z0-9_-]){_PART}(?:[ \t]*+\.[ \t]*+{_PART})++)"
    + rf"|(?P<str>{_QUOTED})"
    + r"|(?P<comment>#[^\n]*+)"
    + r"|(?P<open>[\[{])|(?P<close>[\]}])"
)
_KEY_PART = _PART
_LONG_NUMBER = r"[0-9_]{4000,}"
# The patterns are compiled on first use (`re` keeps them): most starts read only good files.


def _check_shape(text: str) -> None:
    """Refuse brackets nested deeper than MAX_DEPTH and dotted keys of more parts, unparsed."""
    if text.count("[") + text.count("{") <= MAX_DEPTH and text.count(".") <= MAX_DEPTH:
        return  # cannot exceed either bound
    depth = 0
    for token in re.finditer(_TOKEN, text, re.S):
        kind = token.lastgroup
        if kind == "open":
            depth += 1
            if depth > MAX_DEPTH:
                raise TomlError(msg("toml.too_deep", limit=MAX_DEPTH), _line_of(text, token))
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "key" and token.group().count(".") > MAX_DEPTH:
            if len(re.findall(_KEY_PART, token.group())) > MAX_DEPTH:
                raise TomlError(msg("toml.long_key", limit=MAX_DEPTH), _line_of(text, token))


def _check_depth(data: dict[str, Any]) -> None:
    """The parsed data nests at most MAX_DEPTH tables and lists (later code walks it recursively)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise TomlError(msg("toml.too_deep", limit=MAX_DEPTH))
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))


def _line_of(text: str, match: re.Match | None) -> int | None:
    return None if match is None else text.count("\n", 0, match.start()) + 1


# --- the reader's messages in the user's language ----------------------------------------

_POSITION = r"^(?P<what>.*) \(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)$"
# tomllib's messages (3.11–3.13), each with the catalog message that says it.
_KNOWN = [
    (r"Invalid statement", "toml.invalid_statement"),
    (r"Expected '=' after a key in a key/value pair", "toml.expected_equals"),
    (r"Invalid initial character for a key part", "toml.invalid_key"),
    (r"Invalid value", "toml.invalid_value"),
    (r"Unclosed array", "toml.unclosed_array"),
    (r"Unclosed inline table", "toml.unclosed_inline_table"),
    (r"Unterminated string", "toml.unterminated_string"),
    (r"Unescaped '\\' in a string", "toml.unescaped_backslash"),
    (r"Invalid hex value|Escaped character is not a Unicode scalar value", "toml.bad_escape"),
    (r"Invalid date or datetime", "toml.bad_date"),
    (r"Expected '\]' at the end of a table declaration", "toml.expected_bracket"),
    (r"Expected '\]\]' at the end of an array declaration", "toml.expected_double_bracket"),
    (r"Cannot overwrite a value|Cannot declare (?P<key>.*) twice|Cannot redefine namespace (?P<key2>.*)"
     r"|Cannot mutate immutable namespace (?P<key3>.*)|Duplicate inline table key (?P<key4>.*)", "toml.twice"),
    (r"(?:Illegal|Found invalid) character (?P<char>.*)", "toml.bad_character"),
    (r"Expected (?P<expect>.*)", "toml.expected"),
]


def _translated(text: str) -> TomlError:
    found = re.match(_POSITION, text, re.S)
    what_en = found.group("what") if found else text
    line = int(found.group("line")) if found and found.group("line") else None
    column = int(found.group("column")) if found and found.group("column") else None
    for pattern, id in _KNOWN:
        hit = re.fullmatch(pattern, what_en)
        if hit:
            params = {k: v for k, v in hit.groupdict().items() if v is not None}
            if id == "toml.twice" and params:
                id, params = "toml.twice_key", {"key": next(iter(params.values()))}
            return TomlError(msg("what.toml", text=msg(id, **params)), line, column)
    return TomlError(msg("what.toml", text=what_en), line, column)
