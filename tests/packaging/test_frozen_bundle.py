"""The frozen app (build.spec) works as a clerk gets it: built once per test session with
scripts/build into a temporary folder (about half a minute), then run as separate processes.

- the window, frozen, opens a golden case and saves a screenshot that is not blank;
- the console twin, frozen, gives every golden case's amounts;
- a policy file placed in `policies/` beside the programs overrides the bundled one, and a
  broken one there is reported while every other region keeps working;
- the bundle holds what build.spec promises and nothing it leaves out.

No `__init__.py` in this folder: it would make the test package `packaging`, which would
shadow the `packaging` library pytest itself uses.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from shared_data import GOLDEN, PAYER_KEYS, ROOT, expected_amounts

import benefitcalc

pytestmark = pytest.mark.frozen

EXE = ".exe" if sys.platform == "win32" else ""
OUTPATIENT_CASE = GOLDEN / "jinan-resident-general-outpatient-limit.toml"
OUTPATIENT_LIMIT = "annual_limit = 500"  # in policies/shandong/jinan-2024.toml


@dataclass(frozen=True)
class Bundle:
    dir: Path   # dist/benefitcalc: the programs, _internal/, policies/
    work: Path  # build.spec's work folder (holds the filled-in version resources)


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Bundle:
    base = tmp_path_factory.mktemp("frozen")
    dist, work = base / "dist", base / "build"
    options = ["--distpath", str(dist), "--workpath", str(work)]
    # Built with the interpreter that runs the tests (PyInstaller is in the test extra).
    command = [sys.executable, "-m", "PyInstaller", "build.spec", "--noconfirm", "--log-level", "WARN"]
    done = subprocess.run(command + options, cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"the build failed:\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}"
    return Bundle(dist / "benefitcalc", work / "build")  # PyInstaller adds the spec's name


def _link_or_copy(src, dst):
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


@pytest.fixture
def own_bundle(bundle, tmp_path) -> Path:
    """A private copy of the bundle (hard links, so it is quick) whose policies/ may be changed:
    the policies/ folder itself is copied for real."""
    copy = tmp_path / "benefitcalc"
    shutil.copytree(bundle.dir, copy, symlinks=True, copy_function=_link_or_copy,
                    ignore=lambda folder, names: ["policies"] if Path(folder) == bundle.dir else [])
    shutil.copytree(bundle.dir / "policies", copy / "policies")
    return copy


def run(folder: Path, program: str, *args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("BENEFITCALC_POLICIES", "BENEFITCALC_FIRST_PAINT_FILE")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["BENEFITCALC_SETTINGS"] = str(tmp_path / "settings.ini")
    return subprocess.run([str(folder / f"{program}{EXE}"), *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def estimate(folder: Path, case: Path, tmp_path: Path) -> dict:
    done = run(folder, "benefitcalc-cli", "estimate", str(case), "--json", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def amounts(result: dict) -> dict[str, Decimal]:
    out = {p: Decimal(result["payers"][p]) for p in PAYER_KEYS}
    out["personal"] = Decimal(result["personal"])
    out["allowance"] = Decimal(result["allowance"])
    return out


def expected(case: Path) -> dict[str, Decimal]:
    """The golden file's [expect]; payers it does not name are 0, as is the allowance."""
    out = expected_amounts(tomllib.loads(case.read_text(encoding="utf-8"))["expect"])
    return {key: out[key] for key in PAYER_KEYS + ("personal", "allowance")}


# ------------------------------------------------------------------------------ the programs

@pytest.mark.parametrize("case", sorted(GOLDEN.glob("*.toml")), ids=lambda p: p.stem)
def test_frozen_cli_gives_every_golden_case(bundle, case, tmp_path):
    assert amounts(estimate(bundle.dir, case, tmp_path)) == expected(case)


def test_frozen_cli_batch_writes_an_xlsx_with_several_processes(bundle, tmp_path):
    """openpyxl and multiprocessing are in the bundle: 4,500 rows go to two processes (issue 9)."""
    from benefitcalc.core.batch import PARALLEL_FROM
    from benefitcalc.core.spreadsheets import read_table

    case = GOLDEN / "jinan-resident-level3-first-stay.toml"
    rows = "jinan,2025-06-01,resident,inpatient,level3,50000,3000,2000\r\n" * (PARALLEL_FROM + 500)
    source = tmp_path / "病例.csv"
    source.write_bytes(("region,date,scheme,category,level,costs.total,costs.self_paid,costs.category_b_first\r\n" + rows).encode("gbk"))
    done = run(bundle.dir, "benefitcalc-cli", "batch", str(source), "-o", "结果.xlsx", "--workers", "2", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    out = read_table(tmp_path / "结果.xlsx").rows
    assert len(out) == PARALLEL_FROM + 500 and not any(r["error"] for r in out)
    assert {Decimal(repr(r["basic_fund"])) for r in out} == {expected(case)["basic_fund"]}


def test_only_the_cli_starts_with_the_multiprocessing_hook(bundle):
    """The window never starts processes: its start does not import multiprocessing (sockets,
    subprocess; about 1 MB and 30 ms of CPU), the CLI's `batch` needs it (test above)."""
    packages = {path.name: path.read_text(encoding="utf-8") for path in bundle.work.glob("PKG-*.toc")}
    gui = next(text for text in packages.values() if "gui_entry" in text)
    cli = next(text for text in packages.values() if "cli_entry" in text)
    assert "pyi_rth_multiprocessing" not in gui
    assert "pyi_rth_multiprocessing" in cli


def test_frozen_window_opens_a_case_and_paints_it(bundle, tmp_path):
    from PySide6.QtGui import QImage

    shot = tmp_path / "out.png"
    case = GOLDEN / "jinan-resident-level3-first-stay.toml"
    done = run(bundle.dir, "benefitcalc", "--case", str(case), "--screenshot", str(shot), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50, "the screenshot is (nearly) blank"


# ------------------------------------------------------------------------------ policies beside

def test_a_policy_file_beside_the_programs_overrides_the_bundled_one(own_bundle, tmp_path):
    bundled = estimate(own_bundle, OUTPATIENT_CASE, tmp_path)
    assert amounts(bundled) == expected(OUTPATIENT_CASE)

    jinan = own_bundle / "policies" / "shandong" / "jinan-2024.toml"
    text = jinan.read_text(encoding="utf-8")
    assert OUTPATIENT_LIMIT in text, "the test edits this line of jinan-2024.toml; update the test"
    jinan.write_text(text.replace(OUTPATIENT_LIMIT, "annual_limit = 600"), encoding="utf-8")
    changed = estimate(own_bundle, OUTPATIENT_CASE, tmp_path)

    # The same folders from source give the same answer; and it is not the bundled one.
    source = subprocess.run(
        [sys.executable, "-m", "benefitcalc.cli", "estimate", str(OUTPATIENT_CASE), "--json",
         "--policies", str(ROOT / "policies"), "--policies", str(own_bundle / "policies")],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert source.returncode == 0, source.stderr
    assert amounts(changed) == amounts(json.loads(source.stdout))
    assert amounts(changed)["basic_fund"] > amounts(bundled)["basic_fund"]

    shutil.rmtree(own_bundle / "policies")  # no folder beside: the bundled copy still works
    assert amounts(estimate(own_bundle, OUTPATIENT_CASE, tmp_path)) == expected(OUTPATIENT_CASE)


def test_a_broken_policy_file_beside_is_reported_and_the_rest_works(own_bundle, tmp_path):
    broken = own_bundle / "policies" / "shandong" / "zibo-2024.toml"
    broken.write_text('[policy]\nregion = "zibo"\nvalid_from = 2024-01-01\nthis is not toml\n', encoding="utf-8")

    check = run(own_bundle, "benefitcalc-cli", "policies", "check", "--lang", "en", tmp_path=tmp_path)
    assert check.returncode == 1
    assert "zibo-2024.toml" in check.stdout + check.stderr

    for case in (GOLDEN / "qingdao-resident-general-outpatient-grassroots.toml", OUTPATIENT_CASE):
        assert amounts(estimate(own_bundle, case, tmp_path)) == expected(case)
    shot = tmp_path / "broken.png"
    window = run(own_bundle, "benefitcalc", "--case", str(OUTPATIENT_CASE), "--screenshot", str(shot), tmp_path=tmp_path)
    assert window.returncode == 0 and shot.stat().st_size > 0, window.stderr


# ------------------------------------------------------------------------------ what is inside

def test_the_bundle_holds_what_the_spec_promises(bundle):
    root = bundle.dir
    internal = root / "_internal"
    files = [p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()]

    for program in ("benefitcalc", "benefitcalc-cli"):
        assert (root / f"{program}{EXE}").is_file()
    shipped = sorted(p.relative_to(ROOT / "policies").as_posix() for p in (ROOT / "policies").rglob("*.toml"))
    for folder in (internal / "policies", root / "policies"):
        assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.toml")) == shipped
    assert (root / "policies" / "README.txt").is_file()

    assert not [f for f in files if f.lower().endswith("opengl32sw.dll")]
    translations = {Path(f).name for f in files if "/translations/" in f and f.endswith(".qm")}
    ours = {p.name for p in (ROOT / "benefitcalc" / "gui" / "translations").glob("*.qm")}
    assert translations == ours | {"qtbase_zh_CN.qm"}
    # the bundled Chinese font (for machines with none) and its licence travel with the app
    for name in ("wqy-microhei-subset.ttf", "LICENSE-Apache-2.0.txt", "README.txt"):
        assert f"benefitcalc/gui/fonts/{name}" in files, name
    plugin_folders = {f.split("/plugins/")[1].split("/")[0] for f in files if "/plugins/" in f}
    assert "platforms" in plugin_folders
    assert plugin_folders <= {"platforms", "printsupport", "styles", "imageformats", "iconengines"}
    for unused in ("QtNetwork", "QtQml", "QtQuick", "QtOpenGL", "QtSql", "QtDBus.", "QtTest", "tkinter", "hypothesis"):
        assert not [f for f in files if unused in f], unused


def test_every_module_of_the_app_is_bundled(bundle):
    """Also the ones imported by name at first use (printing, the policy browser)."""
    toc = (bundle.work / "PYZ-00.toc").read_text(encoding="utf-8")
    package = ROOT / "benefitcalc"
    for source in package.rglob("*.py"):
        parts = source.relative_to(ROOT).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        assert f"('{module}'," in toc, module


def test_the_version_resource_carries_the_package_version(bundle):
    """Filled from assets/version_info.txt.in on every platform (used only on Windows)."""
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo", "VarStruct")
    for program in ("benefitcalc", "benefitcalc-cli"):
        text = (bundle.work / f"version_info-{program}.txt").read_text(encoding="utf-8")
        info = eval(text, {name: (lambda *a, _n=name, **k: (_n, a, k)) for name in names})  # noqa: S307 (our own file)
        assert info[0] == "VSVersionInfo"
        assert f"StringStruct('FileVersion', '{benefitcalc.__version__}')" in text
        assert f"StringStruct('OriginalFilename', '{program}.exe')" in text
