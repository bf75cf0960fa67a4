"""Each kind of broken policy file is reported as `file › key: what (line N)`, and only its region
(and the regions that extend it) stop working; every other region stays usable."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from benefitcalc.cli import main as cli_main
from benefitcalc.core.registry import PolicyRegistry

DAY = date(2025, 6, 1)


def edit(folder: Path, name: str, old: str, new: str) -> Path:
    path = next(folder.rglob(name))
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def append(folder: Path, name: str, text: str) -> Path:
    path = next(folder.rglob(name))
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text + "\n", encoding="utf-8")
    return path


def line_of(path: Path, fragment: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if fragment in line:
            return number
    raise AssertionError(fragment)


def problems(folder: Path, lang: str = "en") -> tuple[PolicyRegistry, list[str]]:
    registry = PolicyRegistry.load(folder)
    return registry, [p.render(lang) for p in registry.problems]


def test_the_shipped_policy_files_have_no_problems(registry):
    assert registry.problems == []
    assert len(registry.usable_regions()) == 19  # 16 cities, Binhai, two province templates
    assert len(registry.files) == 20  # Shandong has a 2014 and a 2024 version


def test_a_rate_above_one_names_the_file_the_key_the_value_and_the_line(policies):
    path = edit(policies, "jinan-2024.toml", "source = \"s001_inpatient_cap\"\n", "source = \"s001_inpatient_cap\"\ninpatient = { rate = { level3 = 1.5 } }\n")
    registry, found = problems(policies)
    line = line_of(path, "level3 = 1.5")
    assert found == [f"policies/shandong/jinan-2024.toml › resident.inpatient.rate.level3: must be ≤ 1 (got 1.5) (line {line})"]
    assert not registry.regions["jinan"].usable
    assert registry.regions["qingdao"].usable
    assert registry.policy_for("binhai", DAY).region == "binhai"


def test_a_rate_above_one_is_reported_in_chinese_by_default(policies):
    edit(policies, "jinan-2024.toml", "annual_limit = 500", "annual_limit = 500\ndeductible = -5")
    _, found = problems(policies, "zh")
    assert len(found) == 1
    assert found[0].startswith("policies/shandong/jinan-2024.toml › resident.general_outpatient.deductible：")
    assert "≥ 0" in found[0] and "第" in found[0]


def test_a_typo_in_a_key_is_an_error_not_a_silent_default(policies):
    path = append(policies, "qingdao-2024.toml", '[sources.assumed]\nkind = "assumed"\nnote = "x"\n\n[resident.inpatient]\nsource = "assumed"\nrat = { level3 = 0.7 }')
    registry, found = problems(policies)
    assert found == [f"policies/shandong/qingdao-2024.toml › resident.inpatient.rat: unknown key (a typo?) (line {line_of(path, 'rat = ')})"]
    assert not registry.regions["qingdao"].usable and registry.regions["jinan"].usable


def test_a_toml_syntax_error_names_the_line(policies):
    path = edit(policies, "heze-2024.toml", 'kind = "city"', 'kind = "city\n')
    registry, found = problems(policies)
    assert len(found) == 1
    assert found[0].startswith("policies/shandong/heze-2024.toml › -: TOML syntax error")
    assert found[0].endswith(f"(line {line_of(path, 'kind = ')})")
    assert not registry.regions["heze"].usable
    assert registry.regions["linyi"].usable


def test_bands_out_of_order_are_reported(policies):
    edit(policies, "shandong-2024.toml", "up_to = 200000", "up_to = 90000")
    registry, found = problems(policies)
    assert any("resident.critical_illness.bands: edges must ascend (100000 then 90000)" in f for f in found)
    # The template is broken, so every city extending it is too, and says why; Jiangsu's regions still work.
    assert "policies/shandong/jinan-2024.toml › policy.extends: extends 'shandong', whose file policies/shandong/shandong-2024.toml is broken (line 10)" in found
    assert not registry.regions["jinan"].usable
    assert registry.policy_for("binhai", DAY).region == "binhai"


def test_a_missing_value_is_reported(policies):
    edit(policies, "jiangsu-2021.toml", "annual_cap = 400000\n", "")
    registry, found = problems(policies)
    assert any("resident.critical_illness.annual_cap: missing" in f for f in found)
    assert not registry.regions["binhai"].usable
    assert registry.regions["jinan"].usable


def test_a_value_that_is_not_a_number_is_reported(policies):
    edit(policies, "shandong-2024.toml", "inpatient_chronic_annual_cap = 250000", 'inpatient_chronic_annual_cap = "lots"')
    _, found = problems(policies)
    assert any("resident.inpatient_chronic_annual_cap: must be a number (got 'lots')" in f for f in found)


def test_overlapping_versions_of_a_region_are_reported(policies):
    src = next(policies.rglob("weihai-2024.toml"))
    later = src.with_name("weihai-2024b.toml")
    later.write_text(src.read_text(encoding="utf-8").replace("valid_from = 2024-01-01", "valid_from = 2024-06-01"), encoding="utf-8")
    registry, found = problems(policies)
    assert any("weihai-2024b.toml › policy.valid_from: its validity overlaps that of policies/shandong/weihai-2024.toml" in f for f in found)
    assert registry.policy_for("weihai", DAY).valid_from == date(2024, 1, 1)


def test_extending_an_unknown_template_is_reported(policies):
    edit(policies, "rizhao-2024.toml", 'extends = "shandong"', 'extends = "shangdong"')
    registry, found = problems(policies)
    assert any("rizhao-2024.toml › policy.extends: extends 'shangdong', which does not exist or is broken" in f for f in found)
    assert not registry.regions["rizhao"].usable


def test_a_value_without_a_source_is_reported(policies):
    append(policies, "taian-2024.toml", '[resident]\ninpatient_chronic_annual_cap = 300000')
    _, found = problems(policies)
    assert any("taian-2024.toml › resident.inpatient_chronic_annual_cap: no source" in f for f in found)


def test_a_source_that_is_not_defined_is_reported(policies):
    append(policies, "taian-2024.toml", '[resident]\nsource = "s999"\ninpatient_chronic_annual_cap = 300000')
    _, found = problems(policies)
    assert any("resident.inpatient_chronic_annual_cap: refers to source 's999'" in f for f in found)


def test_a_seed_source_without_a_quote_is_reported(policies):
    edit(policies, "shandong-2024.toml", 'quote = "纳入门诊慢特病保障范围，参照住院报销政策予以保障"\n', "")
    _, found = problems(policies)
    assert any("sources.s003_chronic_like_inpatient: a seed source needs title" in f for f in found)


def test_a_file_without_a_policy_header_is_reported(policies):
    (policies / "shandong" / "stray.toml").write_text("x = 1\n", encoding="utf-8")
    registry, found = problems(policies)
    assert found == ["policies/shandong/stray.toml › policy: missing"]
    assert len(registry.usable_regions()) == 19


def test_a_later_folder_overrides_the_same_region_and_version(policies, tmp_path):
    beside = tmp_path / "beside" / "policies"
    (beside / "shandong").mkdir(parents=True)
    src = next(policies.rglob("jinan-2024.toml"))
    text = src.read_text(encoding="utf-8").replace("annual_limit = 500", "annual_limit = 600")
    (beside / "shandong" / "jinan-2024.toml").write_text(text, encoding="utf-8")
    registry = PolicyRegistry.load([policies, beside])
    policy = registry.policy_for("jinan", DAY)
    assert policy.get("resident.general_outpatient.annual_limit") == 600
    assert policy.file.folder == str(beside)


def test_policies_check_exits_1_and_prints_each_problem(policies, capsys):
    edit(policies, "jinan-2024.toml", "annual_limit = 500", "annual_limit = -500")
    assert cli_main(["policies", "check", "--dir", str(policies), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "jinan-2024.toml › resident.general_outpatient.annual_limit: must not be negative" in out or "must be ≥ 0 (got -500)" in out


def test_policies_check_passes_on_the_shipped_files(capsys):
    assert cli_main(["policies", "check"]) == 0
    assert "20" in capsys.readouterr().out


def test_policies_show_lists_each_value_with_its_source(capsys):
    assert cli_main(["policies", "show", "jinan", "--date", "2025-06-01"]) == 0
    out = capsys.readouterr().out
    assert "居民医保 · 普通门诊 · 年度支付限额：500 元  [来源文件] " in out
    assert "「居民门诊报销限额由400元提高至500元」" in out
    assert "居民医保 · 住院 · 报销比例 · 三级医院：60%  [未核实]" in out