"""All regions' policies, loaded from one or more folders, merged onto their templates, dated.

Folders are read in order; a later folder's file for the same region and `valid_from`
replaces an earlier one (the Windows app reads its bundled folder, then `policies/` beside the
executable). A broken file is reported and leaves every other region usable.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

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
        return self.files[-1]

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

    @property
    def usable(self) -> bool:
        return bool(self.versions)


@dataclass
class PolicyRegistry:
    regions: dict[str, RegionEntry]
    problems: list[PolicyProblem]
    files: list[PolicyFile]

    @classmethod
    def load(cls, folders: list[Path] | Path) -> "PolicyRegistry":
        if isinstance(folders, Path):
            folders = [folders]
        return _Loader(folders).run()

    def policy_for(self, region: str, day: date) -> EffectivePolicy:
        entry = self.regions.get(region)
        if entry is None:
            known = sorted(r for r, e in self.regions.items() if e.usable)
            raise PolicyLookupError(msg("error.case.unknown_region", region=region, known=", ".join(known)))
        if not entry.usable:
            first = entry.problems[0].render("zh") if entry.problems else ""
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


class _Loader:
    def __init__(self, folders: list[Path]):
        self.folders = folders
        self.problems: list[PolicyProblem] = []
        self.by_region: dict[str, dict[date, PolicyFile]] = {}
        self.broken_files: dict[str, list[PolicyProblem]] = {}
        self.built: dict[str, list[EffectivePolicy]] = {}
        self.building: set[str] = set()

    def run(self) -> PolicyRegistry:
        files: list[PolicyFile] = []
        contents: dict[str, bytes] = {}
        for index, folder in enumerate(self.folders):
            if not folder.is_dir():
                continue
            # The first folder's files are named "policies/…"; a later (overriding) folder's by
            # their full path, so the two copies of a file can be told apart.
            base = folder.name if index == 0 else folder.resolve().as_posix()
            seen_here: dict[tuple[str, date], PolicyFile] = {}
            for path in sorted(folder.rglob("*.toml")):
                relative = path.relative_to(folder).as_posix()
                try:
                    data = path.read_bytes()
                except OSError:
                    data = None
                if data is not None and contents.get(relative) == data:
                    continue  # an untouched copy of an earlier folder's file (policies/ beside the exe)
                if data is not None:
                    contents[relative] = data
                display = f"{base}/{relative}"
                result = read_policy_file(path, display, str(folder), data)
                if isinstance(result, list):
                    self.problems.extend(result)
                    region = _guess_region(path, data)
                    self.broken_files.setdefault(region, []).extend(result)
                    continue
                key = (result.region, result.header.valid_from)
                if key in seen_here:
                    self._broken(result, result.problem("policy.valid_from", msg("what.duplicate", other=seen_here[key].display)))
                    continue
                seen_here[key] = result
                self.by_region.setdefault(result.region, {})[result.header.valid_from] = result
                files.append(result)
        for region in sorted(self.by_region):
            self._check_overlaps(region)
        for region in sorted(self.by_region):
            self._build(region)
        regions: dict[str, RegionEntry] = {}
        for region, versions in sorted(self.by_region.items()):
            if not versions:
                continue
            head = max(versions.values(), key=lambda f: f.header.valid_from).header
            entry = RegionEntry(region, head.name, head.name_en, head.kind)
            entry.versions = sorted(self.built.get(region, []), key=lambda v: v.valid_from)
            entry.problems = self.broken_files.get(region, [])
            regions[region] = entry
        for region, problems in self.broken_files.items():
            if region not in regions:
                regions[region] = RegionEntry(region, region, region, "unknown", [], problems)
        return PolicyRegistry(regions, self.problems, files)

    def _broken(self, pfile: PolicyFile, problem: PolicyProblem) -> None:
        self.problems.append(problem)
        self.broken_files.setdefault(pfile.region, []).append(problem)

    def _check_overlaps(self, region: str) -> None:
        versions = sorted(self.by_region[region].values(), key=lambda f: f.header.valid_from)
        kept: list[PolicyFile] = []
        for pfile in versions:
            if kept:
                prev = kept[-1]
                until = prev.header.valid_until
                if until is None or until >= pfile.header.valid_from:
                    self._broken(pfile, pfile.problem("policy.valid_from", msg("what.overlap", other=prev.display)))
                    del self.by_region[region][pfile.header.valid_from]
                    continue
            kept.append(pfile)

    def _build(self, region: str) -> list[EffectivePolicy]:
        if region in self.built:
            return self.built[region]
        if region in self.building:  # a cycle of `extends`
            return []
        self.building.add(region)
        result: list[EffectivePolicy] = []
        for pfile in sorted(self.by_region.get(region, {}).values(), key=lambda f: f.header.valid_from):
            result.extend(self._effective(pfile))
        self.building.discard(region)
        self.built[region] = result
        return result

    def _effective(self, pfile: PolicyFile) -> list[EffectivePolicy]:
        header = pfile.header
        own_origin = {k: (sid, pfile) for k, sid in pfile.origin.items()}
        if header.extends is None:
            return self._validated(pfile, [pfile], header.valid_from, header.valid_until, dict(pfile.leaves), own_origin)
        parents = self._build(header.extends) if header.extends in self.by_region else []
        if not parents:
            self._broken(pfile, pfile.problem("policy.extends", msg("what.extends_unknown", parent=header.extends)))
            return []
        out: list[EffectivePolicy] = []
        overlapping = False
        for parent in parents:
            start = max(parent.valid_from, header.valid_from)
            ends = [d for d in (parent.valid_until, header.valid_until) if d is not None]
            end = min(ends) if ends else None
            if end is not None and end < start:
                continue
            overlapping = True
            leaves = dict(parent.leaves)
            origin = dict(parent.origin)
            for key in list(leaves):  # a city value that replaces a whole table of the template
                if key not in pfile.leaves and any(key[: len(own)] == own for own in pfile.leaves):
                    del leaves[key]
            leaves.update(pfile.leaves)
            origin.update(own_origin)
            out.extend(self._validated(pfile, parent.files + [pfile], start, end, leaves, origin))
        if not overlapping:
            broken = self.broken_files.get(header.extends)
            what = (
                msg("what.extends_broken", parent=header.extends, file=broken[0].file)
                if broken
                else msg("what.extends_no_version", parent=header.extends, date=header.valid_from.isoformat())
            )
            self._broken(pfile, pfile.problem("policy.extends", what))
        return out

    def _validated(self, pfile, files, start, end, leaves, origin) -> list[EffectivePolicy]:
        data = unflatten(leaves)
        data["policy"] = pfile.header.model_dump(exclude_none=True)
        try:
            params = PolicyParameters.model_validate(data)
        except ValidationError as exc:
            for key, what in describe_validation_error(exc):
                blamed = _file_of(key, origin) or pfile
                self._broken(pfile, blamed.problem(key, what))
            return []
        header = pfile.header
        return [EffectivePolicy(header.region, header.name, header.name_en, header.kind, start, end, files, params, leaves, origin)]


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
