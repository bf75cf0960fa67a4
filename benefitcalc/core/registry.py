"""All regions' policies, loaded from one or more folders, merged onto their templates, dated.

Folders are read in order; a later folder's file for the same region and `valid_from`
replaces an earlier one (the Windows app reads its bundled folder, then `policies/` beside the
executable; the user's own folder comes last). Amendment files (`amends = "…"`) change single
values from a date on (see `amendments`). A broken file is reported and leaves every other
region usable; a broken amendment is left out, so every region keeps its last good data.

(Over 400 lines: the loader reads, merges and tries amendments on one shared state; the
pieces that stand alone live in `amendments`, `policy_files` and `locations`.)
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .amendments import Segment, overlay, own_segments
from .locations import MAX_POLICY_BYTES, policy_paths
from .messages import Msg, msg
from .policy_files import KeyPath, PolicyFile, PolicyProblem, describe_validation_error, read_policy_file, unflatten
from .policy_model import PolicyParameters, Source


class PolicyLookupError(Exception):
    """A case names a region or date no usable policy covers."""

    def __init__(self, message: Msg):
        super().__init__(message.id)
        self.message = message


@dataclass(frozen=True)
class Provenance:
    path: str
    source_id: str
    source: Source
    file: str


@dataclass
class EffectivePolicy:
    """One region's parameters in force over one interval, after merging onto its template."""

    region: str
    name: str
    name_en: str
    kind: str
    valid_from: date
    valid_until: date | None
    files: list[PolicyFile]
    params: PolicyParameters
    leaves: dict[KeyPath, Any]
    origin: dict[KeyPath, tuple[str, PolicyFile]]

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    @property
    def file(self) -> PolicyFile:
        """The region's own version file (not an amendment)."""
        return next(f for f in reversed(self.files) if not f.header.is_amendment)

    @property
    def amendments(self) -> list[PolicyFile]:
        return [f for f in self.files if f.header.is_amendment]

    _values: dict[str, Any] = field(default_factory=dict, repr=False)
    _sources: dict[str, Provenance] = field(default_factory=dict, repr=False)

    def get(self, path: str) -> Any:
        """A validated value by dotted path (`resident.inpatient.rate.level3`), or None."""
        try:
            return self._values[path]
        except KeyError:
            value = self._values[path] = self._lookup(path)
            return value

    def _lookup(self, path: str) -> Any:
        node: Any = self.params
        for part in path.split("."):
            if node is None:
                return None
            if isinstance(node, dict):
                node = node.get(part)
            elif isinstance(node, list):
                node = node[int(part)] if part.isdigit() and int(part) < len(node) else None
            else:
                node = getattr(node, part, None)
        return node

    def provenance(self, path: str) -> Provenance:
        """Where the value at `path` comes from: its own source, or its nearest table's."""
        found = self._sources.get(path)
        if found is None:
            found = self._sources[path] = self._find_provenance(path)
        return found

    def _find_provenance(self, path: str) -> Provenance:
        parts = tuple(path.split("."))
        while parts:
            found = self.origin.get(parts)
            if found is not None:
                sid, pfile = found
                return Provenance(path, sid, pfile.sources[sid], pfile.display)
            parts = parts[:-1]
        raise KeyError(f"no source recorded for {path}")

    def all_provenance(self) -> list[tuple[str, Any, Provenance]]:
        """Every leaf in force, with its value and source, sorted by key (for `policies show`)."""
        rows = []
        for key in sorted(self.leaves):
            dotted = ".".join(key)
            rows.append((dotted, self.leaves[key], self.provenance(dotted)))
        return rows


@dataclass
class RegionEntry:
    region: str
    name: str
    name_en: str
    kind: str
    versions: list[EffectivePolicy] = field(default_factory=list)
    problems: list[PolicyProblem] = field(default_factory=list)
    # (left out, kept): a version whose dates overlap an older one's is left out; the older is used.
    overlaps: list[tuple[PolicyFile, PolicyFile]] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return bool(self.versions)


@dataclass
class PolicyRegistry:
    regions: dict[str, RegionEntry]
    problems: list[PolicyProblem]
    files: list[PolicyFile]  # every file in use: versions and accepted amendments
    folders: list[Path] = field(default_factory=list)
    missing_folders: list[Path] = field(default_factory=list)

    @classmethod
    def load(cls, folders: list[Path] | Path, staged: dict[Path, dict[str, tuple[bytes, str]]] | None = None) -> "PolicyRegistry":
        """Read and check every policy file in `folders`.

        `staged`: files to read as if they were in a folder, `{folder: {relative name: (bytes,
        display name)}}` (how `policies import` checks files in context before installing them).
        """
        if isinstance(folders, Path):
            folders = [folders]
        return _Loader(list(folders), staged or {}).run()

    def policy_for(self, region: str, day: date) -> EffectivePolicy:
        entry = self.regions.get(region)
        if entry is None:
            known = sorted(r for r, e in self.regions.items() if e.usable)
            raise PolicyLookupError(msg("error.case.unknown_region", region=region, known=", ".join(known)))
        if not entry.usable:
            first = entry.problems[0] if entry.problems else ""  # rendered in the reader's language
            raise PolicyLookupError(msg("error.case.broken_region", region=region, problem=first))
        for version in entry.versions:
            if version.covers(day):
                return version
        spans = ", ".join(
            f"{v.valid_from}–{v.valid_until or ''}" for v in entry.versions
        )
        raise PolicyLookupError(msg("error.case.no_version", region=region, date=day.isoformat(), versions=spans))

    def usable_regions(self) -> list[RegionEntry]:
        return [e for e in self.regions.values() if e.usable]

    def dependents(self, region: str) -> list[str]:
        """`region` and the regions whose values come partly from it (through `extends`)."""
        return [region] + [
            name for name, entry in sorted(self.regions.items())
            if name != region and any(region in {f.region for f in v.files} for v in entry.versions)
        ]


class _Loader:
    def __init__(self, folders: list[Path], staged: dict[Path, dict[str, tuple[bytes, str]]]):
        self.folders = folders
        self.staged = staged
        self.missing: list[Path] = []
        self.file_problems: list[tuple[str | None, PolicyProblem]] = []  # (region, problem) found reading files
        self.region_problems: dict[str, list[PolicyProblem]] = {}  # found merging, by region
        self.by_region: dict[str, dict[date, PolicyFile]] = {}
        self.amendment_files: list[tuple[tuple, PolicyFile]] = []
        self.accepted: dict[str, list[PolicyFile]] = {}
        self.overlaps: dict[str, list[tuple[PolicyFile, PolicyFile]]] = {}
        self.built: dict[str, list[EffectivePolicy]] = {}
        self.building: set[str] = set()
        self.validated: dict[tuple[int, ...], PolicyParameters | list[tuple[str, Msg]]] = {}

    def run(self) -> PolicyRegistry:
        files = self._read_all()
        for region in sorted(self.by_region):
            self._check_overlaps(region)
        for region in sorted(self.by_region):
            self._build(region)
        self._apply_amendments([a for _, a in sorted(self.amendment_files, key=lambda item: item[0])])
        regions: dict[str, RegionEntry] = {}
        problems = [p for _, p in self.file_problems]
        broken: dict[str, list[PolicyProblem]] = {}
        for region, problem in self.file_problems:
            if region is not None:
                broken.setdefault(region, []).append(problem)
        for region in sorted(self.region_problems):
            problems.extend(self.region_problems[region])
            broken.setdefault(region, []).extend(self.region_problems[region])
        for region, versions in sorted(self.by_region.items()):
            if not versions:
                continue
            head = max(versions.values(), key=lambda f: f.header.valid_from).header
            entry = RegionEntry(region, head.name or region, head.name_en or region, head.kind or "unknown")
            entry.versions = sorted(self.built.get(region, []), key=lambda v: v.valid_from)
            entry.problems = broken.get(region, [])
            entry.overlaps = self.overlaps.get(region, [])
            regions[region] = entry
        for region, region_problems in broken.items():
            if region not in regions:
                regions[region] = RegionEntry(region, region, region, "unknown", [], region_problems)
        used = [f for fs in self.accepted.values() for f in fs]
        return PolicyRegistry(regions, problems, files + used, self.folders, self.missing)

    # ------------------------------------------------------------------ reading

    def _entries(self, folder: Path) -> list[tuple[str, Path, str | None, bytes | None, str | None]]:
        """(relative name, path, why unreadable, staged bytes, staged display) for each file."""
        staged = self.staged.get(folder, {})
        out = {}
        if folder.is_dir():
            for path, why in policy_paths(folder):
                out[path.relative_to(folder).as_posix()] = (path, why, None, None)
        for relative, (data, display) in staged.items():
            out[relative] = (folder / relative, None, data, display)
        return [(rel, *out[rel]) for rel in sorted(out)]

    def _read_all(self) -> list[PolicyFile]:
        files: list[PolicyFile] = []
        contents: dict[str, bytes] = {}
        for index, folder in enumerate(self.folders):
            if not folder.is_dir() and folder not in self.staged:
                self.missing.append(folder)
                self.file_problems.append((None, PolicyProblem(str(folder), "-", msg("what.no_folder"))))
                continue
            # The first folder's files are named "policies/…"; a later (overriding) folder's by
            # their full path, so the two copies of a file can be told apart.
            base = folder.name if index == 0 else folder.resolve().as_posix()
            seen_here: dict[tuple[str, date], PolicyFile] = {}
            for relative, path, why, data, shown in self._entries(folder):
                display = shown or f"{base}/{relative}"
                if why is not None:
                    what = msg(f"what.{why}") if why in ("not_regular", "too_large") else msg("what.unreadable", text=why)
                    self.file_problems.append((_guess_region(path, None), PolicyProblem(display, "-", what)))
                    continue
                if data is None:
                    data = _read_bounded(path)
                if data is not None and len(data) > MAX_POLICY_BYTES:
                    self.file_problems.append((_guess_region(path, None), PolicyProblem(display, "-", msg("what.too_large"))))
                    continue
                if data is not None and contents.get(relative) == data:
                    continue  # an untouched copy of an earlier folder's file (policies/ beside the exe)
                if data is not None:
                    contents[relative] = data
                result = read_policy_file(path, display, str(folder), data)
                if isinstance(result, list):
                    region = _guess_region(path, data)
                    self.file_problems.extend((region, p) for p in result)
                    continue
                if result.header.is_amendment:
                    self.amendment_files.append(((result.header.valid_from, index, relative), result))
                    continue
                key = (result.region, result.header.valid_from)
                if key in seen_here:
                    self._file_problem(result, "policy.valid_from", msg("what.duplicate", other=seen_here[key].display))
                    continue
                seen_here[key] = result
                self.by_region.setdefault(result.region, {})[result.header.valid_from] = result
                files.append(result)
        return files

    def _file_problem(self, pfile: PolicyFile, key: str, what: Msg) -> None:
        self.file_problems.append((pfile.region, pfile.problem(key, what)))

    def _check_overlaps(self, region: str) -> None:
        versions = sorted(self.by_region[region].values(), key=lambda f: f.header.valid_from)
        kept: list[PolicyFile] = []
        for pfile in versions:
            if kept:
                prev = kept[-1]
                until = prev.header.valid_until
                if until is None or until >= pfile.header.valid_from:
                    self._file_problem(pfile, "policy.valid_from", msg("what.overlap", other=prev.display))
                    self.overlaps.setdefault(region, []).append((pfile, prev))
                    del self.by_region[region][pfile.header.valid_from]
                    continue
            kept.append(pfile)

    # ------------------------------------------------------------------ amendments

    def _apply_amendments(self, amendments: list[PolicyFile]) -> None:
        """All amendments at once if nothing breaks (the usual case: one rebuild); else one by
        one, in order, leaving out each that breaks a region or applies to no version."""
        amendments = [a for a in amendments if self._amendable(a)]
        if not amendments:
            return
        if not _masking(amendments) and self._trial(amendments) == ([], []):
            return
        for amendment in amendments:
            new, unused = self._trial([amendment])
            if not new and not unused:
                continue
            if not new:
                what = msg("what.amends_no_version", region=amendment.region, date=amendment.header.valid_from.isoformat())
                self._file_problem(amendment, "policy.valid_from", what)
            for problem in new:
                if problem.file == amendment.display:
                    self.file_problems.append((amendment.region, problem))
                else:
                    what = msg("what.amendment_breaks", problem=_as_msg(problem))
                    self.file_problems.append((amendment.region, PolicyProblem(amendment.display, "policy.amends", what)))

    def _amendable(self, amendment: PolicyFile) -> bool:
        target = amendment.region
        if target not in self.by_region:
            self._file_problem(amendment, "policy.amends", msg("what.amends_unknown", region=target))
            return False
        if not self.built.get(target):
            first = (self.region_problems.get(target) or [None])[0]
            where = first.file if first else target
            self._file_problem(amendment, "policy.amends", msg("what.amends_broken", region=target, file=where))
            return False
        return True

    def _trial(self, amendments: list[PolicyFile]) -> tuple[list[PolicyProblem], list[PolicyFile]]:
        """Rebuild the regions the amendments reach with them added. Kept if nothing new is
        wrong and each is used somewhere; else undone. Returns (new problems, unused ones)."""
        affected: list[str] = []
        for amendment in amendments:
            affected += [r for r in self._dependents(amendment.region) if r not in affected]
        saved_built = {r: self.built.pop(r, []) for r in affected}
        saved_problems = {r: self.region_problems.pop(r, []) for r in affected}
        for amendment in amendments:
            self.accepted.setdefault(amendment.region, []).append(amendment)
        for region in affected:
            self._build(region)
        new = [p for r in affected for p in self.region_problems.get(r, []) if p not in saved_problems[r]]
        unused = [
            a for a in amendments
            if not any(f is a for v in self.built.get(a.region, []) for f in v.files)
        ]
        if new or unused:
            for amendment in amendments:
                self.accepted[amendment.region].remove(amendment)
            self.built.update(saved_built)
            self.region_problems.update(saved_problems)
        return new, unused

    def _dependents(self, region: str) -> list[str]:
        """`region` and every region whose `extends` leads to it, parents before children."""
        out = [region]
        for current in out:
            for name in sorted(self.by_region):
                if name not in out and any(f.header.extends == current for f in self.by_region[name].values()):
                    out.append(name)
        return out

    # ------------------------------------------------------------------ merging

    def _build(self, region: str) -> list[EffectivePolicy]:
        if region in self.built:
            return self.built[region]
        if region in self.building:  # a cycle of `extends`: reported by `_effective`
            return []
        self.building.add(region)
        result: list[EffectivePolicy] = []
        bases = list(self.by_region.get(region, {}).values())
        for segment in own_segments(bases, self.accepted.get(region, [])):
            result.extend(self._effective(segment))
        self.building.discard(region)
        self.built[region] = result
        return result

    def _broken(self, pfile: PolicyFile, problem: PolicyProblem) -> None:
        found = self.region_problems.setdefault(pfile.region, [])
        if problem not in found:
            found.append(problem)

    def _effective(self, segment: Segment) -> list[EffectivePolicy]:
        pfile = segment.base
        header = pfile.header
        own_leaves, own_origin = dict(pfile.leaves), {k: (sid, pfile) for k, sid in pfile.origin.items()}
        for amendment in segment.amendments:
            own_leaves, own_origin = overlay(
                own_leaves, own_origin, amendment.leaves, {k: (sid, amendment) for k, sid in amendment.origin.items()}
            )
        own_files = [pfile, *segment.amendments]
        if header.extends is None:
            return self._validated(pfile, own_files, segment.start, segment.end, own_leaves, own_origin)
        cycle = self._cycle(pfile.region, header.extends)
        if cycle:
            self._broken(pfile, pfile.problem("policy.extends", msg("what.extends_cycle", cycle=" → ".join(cycle))))
            return []
        parents = self._build(header.extends) if header.extends in self.by_region else []
        if not parents:
            self._broken(pfile, pfile.problem("policy.extends", self._parent_trouble(header.extends, header.valid_from)))
            return []
        if not any(_overlaps(p.valid_from, p.valid_until, header.valid_from, header.valid_until) for p in parents):
            self._broken(pfile, pfile.problem("policy.extends", self._parent_trouble(header.extends, header.valid_from)))
            return []
        out: list[EffectivePolicy] = []
        for parent in parents:
            start = max(parent.valid_from, segment.start)
            ends = [d for d in (parent.valid_until, segment.end) if d is not None]
            end = min(ends) if ends else None
            if end is not None and end < start:
                continue
            leaves, origin = overlay(parent.leaves, parent.origin, own_leaves, own_origin)
            out.extend(self._validated(pfile, parent.files + own_files, start, end, leaves, origin))
        return out

    def _parent_trouble(self, parent: str, day: date) -> Msg:
        broken = self.region_problems.get(parent) or [p for r, p in self.file_problems if r == parent]
        if broken:
            return msg("what.extends_broken", parent=parent, file=broken[0].file)
        if parent in self.by_region:
            return msg("what.extends_no_version", parent=parent, date=day.isoformat())
        return msg("what.extends_unknown", parent=parent)

    def _cycle(self, region: str, parent: str) -> list[str] | None:
        """A path region → parent → … → region through `extends`, if there is one."""
        stack = [(parent, [region, parent])]
        seen: set[str] = set()
        while stack:
            node, path = stack.pop()
            if node == region:
                return path
            if node in seen:
                continue
            seen.add(node)
            for pfile in self.by_region.get(node, {}).values():
                if pfile.header.extends:
                    stack.append((pfile.header.extends, path + [pfile.header.extends]))
        return None

    def _validated(self, pfile, files, start, end, leaves, origin) -> list[EffectivePolicy]:
        key = tuple(id(f) for f in files)
        params = self.validated.get(key)
        if params is None:
            data = unflatten(leaves)
            data["policy"] = pfile.header.model_dump(exclude_none=True)
            from pydantic import ValidationError  # checking the merged tables (policy_model)

            try:
                params = PolicyParameters.model_validate(data)
            except ValidationError as exc:
                params = describe_validation_error(exc)
            self.validated[key] = params
        if isinstance(params, list):
            for dotted, what in params:
                blamed = _file_of(dotted, origin) or pfile
                self._broken(pfile, blamed.problem(dotted, what))
            return []
        header = pfile.header
        return [EffectivePolicy(header.region, header.name, header.name_en, header.kind, start, end, files, params, leaves, origin)]


def _masking(amendments: list[PolicyFile]) -> bool:
    """Whether two amendments of one region set the same value (or a table and a value in it):
    then the later one could hide a wrong value in the earlier, so each must be tried alone."""
    seen: dict[str, list[KeyPath]] = {}
    for amendment in amendments:
        keys = seen.setdefault(amendment.region, [])
        for key in amendment.leaves:
            if any(key[: len(k)] == k or k[: len(key)] == key for k in keys):
                return True
        keys.extend(amendment.leaves)
    return False


def _overlaps(start1: date, end1: date | None, start2: date, end2: date | None) -> bool:
    return (end1 is None or end1 >= start2) and (end2 is None or end2 >= start1)


def _as_msg(problem: PolicyProblem) -> Msg:
    line = msg("policy.problem.line", line=problem.line) if problem.line else ""
    return msg("policy.problem", file=problem.file, key=problem.key, what=problem.what, line=line)


def _read_bounded(path: Path) -> bytes | None:
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_POLICY_BYTES + 1)
    except OSError:
        return None


def _file_of(key: str, origin: dict[KeyPath, tuple[str, PolicyFile]]) -> PolicyFile | None:
    parts = tuple(key.split("."))
    while parts:
        if parts in origin:
            return origin[parts][1]
        parts = parts[:-1]
    for path, (_, pfile) in origin.items():
        if path[: len(key.split("."))] == tuple(key.split(".")):
            return pfile
    return None


def _guess_region(path: Path, data: bytes | None) -> str:
    """A broken file's region: its `region = "…"` line if one can be read, else its file name."""
    text = data.decode("utf-8", errors="replace") if data is not None else ""
    found = re.search(r'^\s*region\s*=\s*"([a-z][a-z0-9_]*)"', text, re.M)
    if found:
        return found.group(1)
    return path.stem.rsplit("-", 1)[0] if "-" in path.stem else path.stem
