"""Reading the text files people give the app (case files, policy files) as Windows writes them.

One function decodes both kinds, so a file that opens as a case also opens as a policy:
UTF-8 with or without the BOM Notepad and Excel write, UTF-16 with a BOM (Notepad's
"Unicode"), and GB18030 (a superset of GBK, what Notepad writes as "ANSI" on Chinese
Windows); CRLF line ends become LF. Anything else is refused with a message that says to save
it as UTF-8. A path is checked before it is opened: a FIFO or a device would block forever,
and a huge file is refused unread.
"""

from __future__ import annotations

import codecs
import stat
from pathlib import Path
from typing import Any

from .messages import Msg, msg
from .toml_reader import MAX_TEXT_CHARS, TomlError, loads

# UTF-8 takes up to 4 bytes a character; a file is refused past this many bytes, unread.
MAX_FILE_BYTES = MAX_TEXT_CHARS


class FileProblem(Exception):
    """A file that cannot be used: `what` says why in the user's language, `line` where."""

    def __init__(self, what: Msg, line: int | None = None):
        super().__init__(what.id)
        self.what = what
        self.line = line


def read_file_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; never opens anything else."""
    try:
        info = path.stat()
    except OSError as exc:
        raise FileProblem(_os_error(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise FileProblem(msg("file.is_folder"))
    if not stat.S_ISREG(info.st_mode):
        raise FileProblem(msg("file.not_regular"))
    if info.st_size > MAX_FILE_BYTES:
        raise FileProblem(msg("file.too_big", size=_size(info.st_size), limit=_size(MAX_FILE_BYTES)))
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise FileProblem(_os_error(exc)) from None
    if len(data) > MAX_FILE_BYTES:  # it grew after stat
        raise FileProblem(msg("file.too_big", size=_size(len(data)), limit=_size(MAX_FILE_BYTES)))
    return data


def decode_text(data: bytes) -> str:
    """The text of a file's bytes in any encoding Windows tools write (see the module's note)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(codecs.BOM_UTF32_LE):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            if encoding == "utf-8-sig" and _mostly_utf8(data):
                line = data.count(b"\n", 0, exc.start) + 1
                raise FileProblem(msg("file.damaged_utf8", line=line), line) from None
            continue
        return text.replace("\r\n", "\n")
    raise FileProblem(msg("file.encoding"))


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few damaged bytes, not GBK: read as GBK it would only be garbled."""
    high = sum(1 for byte in data if byte >= 0x80)
    bad = sum(1 for ch in data.decode("utf-8", "surrogateescape") if "\udc80" <= ch <= "\udcff")
    return high >= 8 and bad * 10 <= high


def read_text_file(path: Path) -> str:
    return decode_text(read_file_bytes(path))


def read_toml_file(path: Path) -> dict[str, Any]:
    """A TOML file's data; every way it can be unusable is a FileProblem with a message."""
    text = read_text_file(path)
    try:
        return loads(text)
    except TomlError as exc:
        raise FileProblem(exc.message_with_position(), exc.line) from None


def _os_error(exc: OSError) -> Msg:
    if isinstance(exc, FileNotFoundError):
        return msg("file.missing")
    if isinstance(exc, PermissionError):
        return msg("file.no_permission")
    return msg("file.os_error", text=exc.strerror or str(exc))


def _size(count: int) -> str:
    return f"{count / (1 << 20):.1f} MiB" if count >= (1 << 20) else f"{count / 1024:.0f} KiB"
