"""Installing policy files into the user's folder: checked alone and in context, shown as the
difference they make, written atomically, and undone (`policies import`, `policies undo`,
文件 › 导入政策文件…, and the policy browser's 更正…).

Each install keeps what it replaced in `USER/.undo/STAMP/` with a `manifest.json`; `undo`
restores the newest one. The registry never reads hidden folders, so kept copies are inert.
A plan with any problem installs nothing.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .amendments import amendment_text
from .locations import MAX_POLICY_BYTES
from .messages import msg
from .policy_diff import LeafChange, diff_policies
from .policy_files import PolicyFile, PolicyProblem, read_policy_file
from .registry import PolicyLookupError, PolicyRegistry

UNDO = ".undo"
MANIFEST = "manifest.json"


@dataclass
class RegionChange:
    """What the files change in one region's policy in force on one day."""

    region: str
    name: str
    name_en: str
    day: date
    changes: list[LeafChange]


@dataclass
class ImportPlan:
    user_dir: Path
    files: dict[str, bytes]  # name in the user's folder -> contents
    displays: dict[str, str]  # name -> how the user named the file
    problems: list[PolicyProblem] = field(default_factory=list)
    regions: list[RegionChange] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # names already installed as they are

    @property
    def ok(self) -> bool:
        return not self.problems


def plan_import(paths: list[Path], folders: list[Path], user_dir: Path, today: date | None = None) -> ImportPlan:
    """Read the files the user named and check them as `check_files` does."""
    files: dict[str, bytes] = {}
    displays: dict[str, str] = {}
    problems: list[PolicyProblem] = []
    for path in paths:
        name = install_name(path.name)
        if not path.exists():
            problems.append(PolicyProblem(str(path), "-", msg("what.no_file")))
            continue
        if not path.is_file():
            problems.append(PolicyProblem(str(path), "-", msg("what.not_regular")))
            continue
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_POLICY_BYTES + 1)
        except OSError as exc:
            problems.append(PolicyProblem(str(path), "-", msg("what.unreadable", text=exc.strerror or str(exc))))
            continue
        if len(data) > MAX_POLICY_BYTES:
            problems.append(PolicyProblem(str(path), "-", msg("what.too_large")))
            continue
        if name in files:
            problems.append(PolicyProblem(str(path), "-", msg("what.same_name", other=displays[name])))
            continue
        files[name] = data
        displays[name] = str(path)
    plan = check_files(files, folders, user_dir, today, displays)
    plan.problems[:0] = problems
    return plan


def check_files(
    files: dict[str, bytes],
    folders: list[Path],
    user_dir: Path,
    today: date | None = None,
    displays: dict[str, str] | None = None,
) -> ImportPlan:
    """Check `files` (name -> bytes) alone and among the policies, as if in `user_dir`.

    Alone: each must read as a policy file. In context: the policies with them installed may
    have no problem the policies without them lack. The plan lists what they change in each
    region they reach, today and on each later date one of them takes effect.
    """
    today = today or date.today()
    displays = displays or {name: name for name in files}
    plan = ImportPlan(user_dir, dict(files), dict(displays))
    for name, data in files.items():
        result = read_policy_file(user_dir / name, displays[name], str(user_dir), data)
        if isinstance(result, list):
            plan.problems.extend(result)
    if plan.problems:
        return plan
    for name, data in list(files.items()):
        if _installed(user_dir / name) == data:
            plan.unchanged.append(name)
            del plan.files[name]
    folders = [f for f in folders if f.resolve() != user_dir.resolve()] + [user_dir]
    before = PolicyRegistry.load(folders)
    staged = {user_dir: {name: (data, displays[name]) for name, data in plan.files.items()}}
    after = PolicyRegistry.load(folders, staged=staged)
    plan.problems.extend(p for p in after.problems if p not in before.problems)
    if plan.problems or not plan.files:
        return plan
    shown = set(displays[name] for name in plan.files)
    touched = [f for f in after.files if f.display in shown]
    days = sorted({today} | {f.header.valid_from for f in touched if f.header.valid_from > today})
    regions: list[str] = []
    for pfile in touched:
        for region in after.dependents(pfile.region):
            if region not in regions:
                regions.append(region)
    for region in regions:
        entry = after.regions[region]
        for day in days:
            changes = diff_policies(_policy(before, region, day), _policy(after, region, day))
            if changes:
                plan.regions.append(RegionChange(region, entry.name, entry.name_en, day, changes))
    return plan


def _policy(registry: PolicyRegistry, region: str, day: date):
    try:
        return registry.policy_for(region, day)
    except PolicyLookupError:
        return None


def _installed(path: Path) -> bytes | None:
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None


def install_name(name: str) -> str:
    """The file's name in the user's folder: its own, ending in `.toml`, never hidden."""
    stem = name[:-5] if name.lower().endswith(".toml") else name
    stem = stem.lstrip(".").replace("/", "_").replace("\\", "_") or "policy"
    return stem + ".toml"


def install(plan: ImportPlan) -> list[Path]:
    """Write the plan's files into its folder, atomically, keeping what they replace for `undo`.

    Refuses (ValueError) a plan with problems. On any error the folder is left as it was.
    """
    if not plan.ok:
        raise ValueError("a plan with problems cannot be installed")
    if not plan.files:
        return []
    user_dir = plan.user_dir
    user_dir.mkdir(parents=True, exist_ok=True)
    journal = _new_journal(user_dir)
    replaced = [name for name in plan.files if (user_dir / name).exists()]
    written: list[str] = []
    try:
        for name in replaced:
            shutil.copy2(user_dir / name, journal / name)
        _write_atomic(journal / MANIFEST, json.dumps({"installed": sorted(plan.files), "replaced": replaced}, ensure_ascii=False).encode("utf-8"))
        for name, data in plan.files.items():
            _write_atomic(user_dir / name, data)
            written.append(name)
    except BaseException:
        _restore(user_dir, journal, written, replaced)
        shutil.rmtree(journal, ignore_errors=True)
        raise
    return [user_dir / name for name in plan.files]


@dataclass
class Undone:
    removed: list[str]
    restored: list[str]


def undo(user_dir: Path) -> Undone | None:
    """Undo the newest install: remove the files it added, restore those it replaced. None if
    there is nothing to undo."""
    journals = sorted((user_dir / UNDO).glob("*/" + MANIFEST)) if (user_dir / UNDO).is_dir() else []
    if not journals:
        return None
    journal = journals[-1].parent
    manifest: dict[str, Any] = json.loads(journals[-1].read_text(encoding="utf-8"))
    installed, replaced = list(manifest["installed"]), list(manifest["replaced"])
    _restore(user_dir, journal, installed, replaced)
    shutil.rmtree(journal)
    return Undone([n for n in installed if n not in replaced], replaced)


def _restore(user_dir: Path, journal: Path, written: list[str], replaced: list[str]) -> None:
    for name in written:
        if name in replaced:
            _write_atomic(user_dir / name, (journal / name).read_bytes())
        else:
            (user_dir / name).unlink(missing_ok=True)


def _new_journal(user_dir: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    for n in range(1000):
        journal = user_dir / UNDO / f"{stamp}-{n:03d}"
        try:
            journal.mkdir(parents=True)
            return journal
        except FileExistsError:
            continue
    raise OSError("cannot make an undo folder")


def _write_atomic(path: Path, data: bytes) -> None:
    """Write beside the target and rename over it: a reader sees the old file or the new one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_amendment(
    amends: str,
    valid_from: date,
    sources: dict[str, dict[str, Any]],
    values: dict[str, tuple[Any, str]],
    folders: list[Path],
    user_dir: Path,
    *,
    name: str | None = None,
    today: date | None = None,
    **header: Any,
) -> ImportPlan:
    """A correction as an amendment file in the user's folder (the browser's 更正…).

    `values`: dotted key -> (value, source id); `sources`: id -> Source fields; `header`:
    valid_until, title, note, reviewed. Checks it like an import; installs it only when the
    plan has no problem (`plan.ok`), else returns the plan with its problems and writes nothing.
    """
    header.setdefault("reviewed", today or date.today())  # the person just checked the source
    text = amendment_text(amends, valid_from, sources, values, **header)
    if name is None:  # amendments of one date apply in name order: the time written decides
        stamp = f"{amends}-{valid_from.isoformat()}-{datetime.now():%Y%m%d-%H%M%S}"
        name = next(f"{stamp}-{n:03d}.toml" for n in range(1, 1000) if not (user_dir / f"{stamp}-{n:03d}.toml").exists())
    name = install_name(name)
    plan = check_files({name: text.encode("utf-8")}, folders, user_dir, today)
    if plan.ok:
        install(plan)
    return plan
