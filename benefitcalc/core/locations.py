"""Where the policy files are, and which files in a policy folder are policy files.

The shipped folders come first: beside the source tree, or (frozen, PyInstaller) the bundled
copy and then `policies/` beside the executable, so a file placed there overrides the bundled
one for the same region and version. The user's own folder comes last: `policies import`
installs amendments there (beside the executable when frozen; the platform's user data folder
when run from source). `BENEFITCALC_POLICIES` replaces all of them (tests, other data sets);
`BENEFITCALC_USER_POLICIES` moves only the user's folder.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

APP_NAME = "benefitcalc"
# A policy file is a few dozen kB; anything far larger is refused unread.
MAX_POLICY_BYTES = 1_000_000


def shipped_policy_dirs() -> list[Path]:
    if getattr(sys, "frozen", False):
        bundled = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "policies"
        beside = Path(sys.executable).resolve().parent / "policies"
        return [bundled] if beside == bundled.resolve() or not beside.is_dir() else [bundled, beside]
    return [Path(__file__).resolve().parents[2] / "policies"]


def user_policy_dir() -> Path:
    """Where the user's own policy files (imports, corrections) go; it may not exist yet."""
    override = os.environ.get("BENEFITCALC_USER_POLICIES")
    if override:
        return Path(override)
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / "policies"
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "policies"


def default_policy_dirs() -> list[Path]:
    override = os.environ.get("BENEFITCALC_POLICIES")
    if override:
        return [Path(override)]
    folders = shipped_policy_dirs()
    user = user_policy_dir()
    # The user's folder is read once it exists (the first `policies import` makes it).
    if user.is_dir() and all(user.resolve() != folder.resolve() for folder in folders):
        folders.append(user)
    return folders


def context_policy_dirs(user: Path | None = None) -> list[Path]:
    """The folders a file to install into `user` (default: the user's folder) is checked
    among: the policies in use, that folder last."""
    user = user if user is not None else user_policy_dir()
    mine = user_policy_dir().resolve()
    return [f for f in default_policy_dirs() if f.resolve() not in (mine, user.resolve())] + [user]


def policy_paths(folder: Path) -> Iterator[tuple[Path, str | None]]:
    """Every `*.toml` under `folder`, sorted, with why it cannot be read (None if it can).

    Never opens a file: a FIFO, a device or a folder named `x.toml` would block or fail, so
    only regular files (symbolic links to them included) are read. Hidden files and folders
    (`.undo/`, where `policies import` keeps what it replaced) are not policy files.
    """
    found: list[Path] = []
    for top, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(top) / name for name in files if name.endswith(".toml") and not name.startswith("."))
        found.extend(Path(top) / name for name in dirs if name.endswith(".toml"))
    for path in sorted(found):
        try:
            info = path.stat()
        except OSError as exc:
            yield path, exc.strerror or str(exc)
            continue
        if not stat.S_ISREG(info.st_mode):
            yield path, "not_regular"
        elif info.st_size > MAX_POLICY_BYTES:
            yield path, "too_large"
        else:
            yield path, None
