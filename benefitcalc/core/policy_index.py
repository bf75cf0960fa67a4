"""A quick list of the regions in the policy folders, read from the `[policy]` headers only.

The window's first screen needs only the region names; checking the policies with pydantic
(≈ 120 ms with its import) runs right after the first paint, through `PolicyRegistry.load`.
Nothing here validates: a region listed here may still turn out broken.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .locations import policy_paths
from .toml_reader import TOMLDecodeError, loads


@dataclass(frozen=True)
class RegionHeader:
    region: str
    name: str
    name_en: str
    kind: str
    extends: str | None = None


def scan_regions(folders: list[Path]) -> list[RegionHeader]:
    """One entry per region named in any readable file's `[policy]` table, in file order."""
    found: dict[str, RegionHeader] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path, why in policy_paths(folder):  # never opens a FIFO, a device or a huge file
            if why is not None:
                continue
            try:
                header = loads(_policy_table(path.read_text(encoding="utf-8"))).get("policy")
            except (OSError, UnicodeDecodeError, TOMLDecodeError):
                continue
            if not isinstance(header, dict) or not isinstance(header.get("region"), str):
                continue
            region = header["region"]
            found[region] = RegionHeader(
                region,
                str(header.get("name", region)),
                str(header.get("name_en", region)),
                str(header.get("kind", "")),
                header.get("extends") if isinstance(header.get("extends"), str) else None,
            )
    return list(found.values())


def _policy_table(text: str) -> str:
    """Only the `[policy]` table's lines: parsing the whole file is ten times slower."""
    lines = text.splitlines()
    for start, line in enumerate(lines):
        if line.strip() == "[policy]":
            end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
            return "\n".join(lines[start:end])
    return ""
