"""The shipped policies' figures are snapshots: one script regenerates them and shows the diff.

Correcting a shipped value changes these files, never a rule test (the rule tests run on the
fixture policies in tests/data/policies). The snapshot code is `scripts/snapshot_shipped.py`,
the same the script runs.
"""

from __future__ import annotations

import importlib.util
import json
import shutil

from .conftest import DATA, POLICIES, ROOT

_spec = importlib.util.spec_from_file_location("snapshot_shipped", ROOT / "scripts" / "snapshot_shipped.py")
snapshot_shipped = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(snapshot_shipped)

HOW = ("The shipped policies' figures differ from the committed snapshot (tests/data/snapshots/). "
       "If you changed a policy value on purpose, run scripts/snapshot-shipped, review the diff it "
       "prints, and commit tests/data/snapshots/ with your change. Otherwise the change is a regression.\n")


def test_the_shipped_figures_are_the_committed_snapshot():
    current = snapshot_shipped.snapshot()
    committed = {p.name: p.read_text(encoding="utf-8") for p in sorted((DATA / "snapshots").glob("*.json"))}
    changes = snapshot_shipped.diff(committed, current)
    assert not changes, HOW + changes


def test_the_snapshot_covers_every_shipped_region_and_case():
    current = snapshot_shipped.snapshot()
    assert len(current) >= 19
    for name, text in current.items():
        entries = json.loads(text)
        assert list(entries) == list(snapshot_shipped.CASES), name
        estimated = [e for e in entries.values() if e != "refused"]
        assert len(estimated) >= len(entries) - 1, name  # only the 2014 case may be refused
        assert all(set(e) == {"payers", "personal", "allowance", "assumed"} for e in estimated), name


def test_correcting_a_shipped_value_shows_as_a_diff_of_that_region_and_its_cities(tmp_path):
    folder = tmp_path / "policies"
    shutil.copytree(POLICIES, folder)
    jinan = folder / "shandong" / "jinan-2024.toml"
    text = jinan.read_text(encoding="utf-8")
    jinan.write_text(text + '\n[resident.inpatient]\nsource = "s001_inpatient_cap"\nrate = { level3 = 0.62 }\n',
                     encoding="utf-8")
    before, after = snapshot_shipped.snapshot(POLICIES), snapshot_shipped.snapshot(folder)
    changes = snapshot_shipped.diff(before, after)
    changed_files = {line[len("+++ current/"):].strip() for line in changes.splitlines() if line.startswith("+++ ")}
    assert changed_files == {"jinan.json"}
    assert '-   "resident.inpatient.rate.level3 = 0.6 (assumed)",' in changes.splitlines()
    assert snapshot_shipped.diff(before, before) == ""
