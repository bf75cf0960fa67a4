"""The quick region list used for the first screen agrees with the full registry."""

from __future__ import annotations

from benefitcalc.core.policy_index import scan_regions

from .conftest import POLICIES


def test_the_quick_region_list_names_every_region_the_registry_loads(registry):
    quick = {h.region: h.name for h in scan_regions([POLICIES])}
    assert quick == {r: e.name for r, e in registry.regions.items()}


def test_an_identical_copy_in_a_later_folder_is_read_once(tmp_path, registry):
    import shutil

    from benefitcalc.core.registry import PolicyRegistry

    beside = tmp_path / "policies"
    shutil.copytree(POLICIES, beside)
    both = PolicyRegistry.load([POLICIES, beside])
    assert [f.display for f in both.files] == [f.display for f in registry.files]
