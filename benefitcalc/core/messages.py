"""Every sentence the core says to a person, in 简体中文 and English, kept in one catalog.

The core cannot use Qt's translator (it imports nothing from Qt) and the CLI must speak
Chinese without Qt, so the engine hands out `Msg` objects (an id and its parameters) and each
face renders them in the user's language with `render`. Widget text in the GUI goes through
Qt's own translation files instead. The words are in `glossary`, the sentences in `catalog`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .catalog import CATALOG
from .glossary import LABELS
from .money import fmt_percent, fmt_plain, fmt_yuan

LANGS = ("zh", "en")


@dataclass(frozen=True)
class Label:
    """A vocabulary word (a level, a scheme, ...) rendered in the reader's language."""

    kind: str
    key: str


@dataclass(frozen=True)
class Yuan:
    amount: Decimal


@dataclass(frozen=True)
class Percent:
    rate: Decimal


@dataclass(frozen=True)
class Concat:
    """Several messages written one after another, with no separator."""

    parts: tuple


@dataclass(frozen=True)
class Msg:
    id: str
    params: dict[str, Any] = field(default_factory=dict)


def msg(id: str, **params: Any) -> Msg:
    if id not in CATALOG:
        raise KeyError(f"no message {id!r} in the catalog")
    return Msg(id, params)


@dataclass(frozen=True)
class Bilingual:
    """A name that has its own spelling in each language (a region's 济南市 / Jinan)."""

    zh: str
    en: str


class MessageError(ValueError):
    """A validator's complaint as a catalog message, at `key` below the value validated.

    pydantic keeps the exception in the error's context, so the message reaches the user in
    their language instead of as English validator text.
    """

    def __init__(self, what: Msg, key: str = ""):
        super().__init__(f"{key}: {what.id}" if key else what.id)
        self.what = what
        self.key = key




def label(kind: str, key: str, lang: str = "zh") -> str:
    zh, en = LABELS[kind][key]
    return zh if lang == "zh" else en


# Characters that would act on the terminal or reorder the line instead of being shown: C0 and C1
# controls (escape sequences, newlines), DEL, zero-width and bidirectional formatting marks.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def _visible(text: str) -> str:
    """User-supplied text as it may be shown: each unsafe character written as an escape (\\x1b)."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _format_value(value: Any, lang: str) -> str:
    if isinstance(value, str):
        return _visible(value)
    if isinstance(value, Bilingual):
        return _visible(value.zh if lang == "zh" else value.en)
    if isinstance(value, Label):
        return label(value.kind, value.key, lang)
    if isinstance(value, Yuan):
        return fmt_yuan(value.amount)
    if isinstance(value, Percent):
        return fmt_percent(value.rate)
    if isinstance(value, Msg):
        return render(value, lang)
    if isinstance(value, Concat):
        return "".join(_format_value(p, lang) for p in value.parts)
    if isinstance(value, Decimal):
        return fmt_plain(value)
    if isinstance(value, (list, tuple)):
        sep = "、" if lang == "zh" else ", "
        return sep.join(_format_value(v, lang) for v in value)
    render_in = getattr(value, "render", None)
    if callable(render_in):  # a PolicyProblem, or anything else that speaks both languages
        return render_in(lang)
    return _visible(str(value))


def render(message: Msg, lang: str = "zh") -> str:
    """The message in `lang`; text that came from outside (a case, a file) cannot act on a terminal."""
    zh, en = CATALOG[message.id]
    template = zh if lang == "zh" else en
    return template.format(**{k: _format_value(v, lang) for k, v in message.params.items()})
