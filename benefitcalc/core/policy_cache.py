"""The checked policies of the last start, kept in the user's cache folder for the next.

Checking the policy files needs pydantic (importing it and building its validators cost about a
third of the window's start-up); the files rarely change between starts. `load_registry` gives
exactly what `PolicyRegistry.load(folders)` gives: from the cache when every input is the same as
when it was written, else by loading (and then writing the cache). The key is everything the
result depends on, kept whole and compared byte for byte (no digest that two inputs could share,
and no hashlib, whose OpenSSL costs 3.5 MB of memory at start): the folder list, each folder's
listing of policy files (with why a file cannot be read), every file's bytes, the core's code and
the Python version. So one byte changed in a policy file, a file added or removed, or another
version of the app reads the files again.
A cache that cannot be read, is corrupt or was written for other inputs is ignored (and
replaced); one that cannot be written leaves the start as it was without a cache.

The cache is a pickle: it is read only from the user's own cache folder, where anything able to
write could as well change the user's programs.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

from .locations import APP_NAME, MAX_POLICY_BYTES, policy_paths
from .registry import PolicyRegistry

FILE_NAME = "policies.pickle"
_LENGTH_BYTES = 8  # the file: the key's length, the key, the pickled registry


def cache_file() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False) / FILE_NAME


def load_registry(folders: list[Path], cache: Path | None = None) -> PolicyRegistry:
    """`PolicyRegistry.load(folders)`, from `cache` (default: `cache_file()`) when up to date."""
    cache = cache_file() if cache is None else cache
    key = inputs_key(folders)
    registry = _read(cache, key)
    if registry is None:
        registry = PolicyRegistry.load(folders)
        _write(cache, key, registry)
    return registry


def inputs_key(folders: list[Path]) -> bytes:
    """Everything `PolicyRegistry.load(folders)` depends on, as one byte string."""
    parts: list[bytes] = []

    def part(*items: object) -> None:
        for item in items:
            data = item if isinstance(item, bytes) else repr(item).encode("utf-8", "surrogatepass")
            parts.append(len(data).to_bytes(8, "little"))
            parts.append(data)

    part(sys.version, _code_key())
    for folder in folders:
        part("folder", str(folder), str(folder.resolve()), folder.is_dir())
        if not folder.is_dir():
            continue
        for path, why in policy_paths(folder):
            part("file", str(path), why)
            if why is None:
                try:
                    with path.open("rb") as handle:
                        part(handle.read(MAX_POLICY_BYTES + 1))
                except OSError as exc:
                    part("unreadable", str(exc))
    return b"".join(parts)


def _code_key() -> bytes:
    """The core's code: its source files' bytes, or (frozen, no sources) the executable's size and time."""
    sources = sorted(Path(__file__).resolve().parent.glob("*.py"))
    if not sources:
        info = os.stat(sys.executable)
        return f"{sys.executable}|{info.st_size}|{info.st_mtime_ns}".encode("utf-8", "surrogatepass")
    return b"\0".join(source.name.encode() + b"\0" + source.read_bytes() for source in sources)


def _read(cache: Path, key: bytes) -> PolicyRegistry | None:
    try:
        with cache.open("rb") as handle:
            length = int.from_bytes(handle.read(_LENGTH_BYTES), "little")
            if length != len(key) or handle.read(length) != key:
                return None
            registry = pickle.load(handle)
    except Exception:  # noqa: BLE001 - missing, unreadable or corrupt: load the files instead
        return None
    return registry if isinstance(registry, PolicyRegistry) else None


def _write(cache: Path, key: bytes, registry: PolicyRegistry) -> None:
    """Write atomically (a half-written cache is never read); any failure leaves no cache."""
    import tempfile

    temporary = None
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".policies-", dir=cache.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(len(key).to_bytes(_LENGTH_BYTES, "little"))
            out.write(key)
            pickle.dump(registry, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, cache)
        temporary = None
    except Exception:  # noqa: BLE001 - a read-only or full disk: start without a cache next time
        pass
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
