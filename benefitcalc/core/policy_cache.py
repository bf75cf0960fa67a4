"""A cache of validated policies, so that a start with unchanged policy files skips pydantic's
validation (and, with the models' deferred build, most of pydantic's schema building).

`load_registry(folders)` returns what `PolicyRegistry.load(folders)` returns. The cache file, in
the user's cache folder (platformdirs; `BENEFITCALC_CACHE` overrides), holds a key and the
pickled registry. The key is a digest of everything the registry is made from: each folder's
path, every file `registry` would read in it (relative name, why it cannot be read, its bytes),
so amendment files and the user's own policy folder are part of it, and the code that shapes
the registry (the core's modules as installed, Python's and pydantic's versions). Any
difference, or a cache that cannot be read or unpickled, means a full load, whose result is
written back (atomically; a cache that cannot be written is only slower).

The cache is the user's own file, like the settings: it is trusted as much as they are.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

from .locations import MAX_POLICY_BYTES, policy_paths

APP_NAME = "benefitcalc"
CACHE_ENV = "BENEFITCALC_CACHE"
FORMAT = b"benefitcalc-policy-cache 1\n"
# The modules whose classes the pickled registry holds, or whose code decides its contents.
SHAPING_MODULES = ("amendments", "locations", "messages", "money", "policy_files", "policy_model",
                   "registry", "toml_reader", "vocabulary")


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def load_registry(folders: list[Path]):
    """The registry of `folders`, from the cache when nothing it is made from has changed."""
    folders = [Path(f) for f in folders]
    key = cache_key(folders)
    path = cache_dir() / ("policies-" + hashlib.sha256(_folder_names(folders)).hexdigest()[:16] + ".pickle")
    registry = _read(path, key)
    if registry is not None:
        return registry
    from .registry import PolicyRegistry

    registry = PolicyRegistry.load(folders)
    _write(path, key, registry)
    return registry


def cache_key(folders: list[Path]) -> bytes:
    digest = hashlib.sha256(FORMAT)
    digest.update(_code_identity())
    for folder in folders:
        digest.update(b"\0folder\0" + os.fsencode(folder.resolve()))
        if not folder.is_dir():
            digest.update(b"\0missing")
            continue
        for file, why in policy_paths(folder):
            digest.update(b"\0file\0" + os.fsencode(file.relative_to(folder)) + b"\0" + (why or "").encode())
            if why is None:
                digest.update(hashlib.sha256(_read_bytes(file)).digest())
    return digest.digest()


def _folder_names(folders: list[Path]) -> bytes:
    return b"\0".join(os.fsencode(f.resolve()) for f in folders)


def _read_bytes(file: Path) -> bytes:
    try:
        with file.open("rb") as handle:
            return handle.read(MAX_POLICY_BYTES + 1)
    except OSError as exc:
        return f"\0unreadable {exc}".encode()


def _code_identity() -> bytes:
    """Python's and pydantic's versions and the core modules' bytes (from source), or the frozen
    program itself (a new build is a new program)."""
    import pydantic.version

    parts = [sys.version.encode(), pydantic.version.VERSION.encode()]
    if getattr(sys, "frozen", False):
        info = Path(sys.executable).stat()
        parts.append(f"{sys.executable} {info.st_size} {info.st_mtime_ns}".encode())
    here = Path(__file__).resolve().parent
    for name in SHAPING_MODULES:
        source = here / f"{name}.py"
        try:
            parts.append(hashlib.sha256(source.read_bytes()).digest())
        except OSError:
            parts.append(b"-")
    return b"\0".join(parts)


def _read(path: Path, key: bytes):
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = FORMAT + key
    if not data.startswith(head):
        return None
    try:
        registry = pickle.loads(data[len(head):])
    except Exception:  # noqa: BLE001 - a damaged or foreign cache is only a slower start
        return None
    from .registry import PolicyRegistry

    return registry if isinstance(registry, PolicyRegistry) else None


def _write(path: Path, key: bytes, registry) -> None:
    try:
        data = pickle.dumps(registry, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - something in it cannot be pickled: no cache, still correct
        return
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=".policies-", delete=False) as handle:
            temporary = handle.name
            handle.write(FORMAT + key + data)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
