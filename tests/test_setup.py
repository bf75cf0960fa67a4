"""scripts/setup.sh, ./run and ./run-tests, run in a temporary copy with fake apt-get, dpkg-query,
id and python3 in front of PATH: fast, offline, and nothing on the real system is touched.

Set-up degrades instead of stopping (offline, a package that cannot be installed, no
python3-venv), installs only what is asked for, and once set up never runs pip again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_PACKAGE = "libxcb-cursor0"

FAKES = {
    "apt-get": r"""
        echo "apt-get $*" >> "$FAKE_STATE/log"
        [ "$1" = update ] && { [ -e "$FAKE_STATE/offline" ] && exit 100; exit 0; }
        shift
        pkgs=""
        for a in "$@"; do case "$a" in -*) ;; *) pkgs="$pkgs $a" ;; esac; done
        for p in $pkgs; do grep -qx "$p" "$FAKE_STATE/unavailable" 2>/dev/null && { echo "E: Unable to locate package $p" >&2; exit 100; }; done
        for p in $pkgs; do echo "$p" >> "$FAKE_STATE/installed"; done
        """,
    "dpkg-query": r"""
        pkg="${@: -1}"
        grep -qx "$pkg" "$FAKE_STATE/installed" 2>/dev/null || exit 1
        printf 'install ok installed'
        """,
    "id": r"""echo "$FAKE_UID" """,
    "python3": r"""
        me="$0"
        log() { echo "$*" >> "$FAKE_STATE/log"; }
        in_venv=""; case "$me" in *.venv/bin/python) in_venv=1 ;; esac
        if [ "$1" = -c ]; then
          [ -e "$FAKE_STATE/ensurepip" ] || grep -qx python3-venv "$FAKE_STATE/installed" 2>/dev/null
          exit $?
        fi
        [ "$1" = -m ] || exit 3
        shift; module=$1; shift
        case "$module" in
          venv)
            dir="${@: -1}"; mkdir -p "$dir/bin"; cp "$me" "$dir/bin/python"
            printf '#!/usr/bin/env bash\necho "benefitcalc $*" >> "$FAKE_STATE/log"\n' > "$dir/bin/benefitcalc"
            chmod +x "$dir/bin/benefitcalc"
            case " $* " in *" --without-pip "*) touch "$dir/.nopip" ;; esac
            log "venv $*" ;;
          pip)
            if [ "$1" = --version ]; then
              if [ -n "$in_venv" ]; then [ ! -e "$(dirname "$me")/../.nopip" ]; exit $?; fi
              [ -e "$FAKE_STATE/system_pip" ]; exit $?
            fi
            log "pip $*"
            [ -e "$FAKE_STATE/offline" ] && exit 1
            exit 0 ;;
          compileall) log "compileall $*" ;;
          pytest) log "pytest $*" ;;
          *) exit 4 ;;
        esac
        """,
}


class Machine:
    """A temporary clone with fake system tools; `run` runs a script in it and says what happened."""

    def __init__(self, tmp_path: Path):
        self.root = tmp_path / "clone"
        (self.root / "scripts").mkdir(parents=True)
        (self.root / "benefitcalc").mkdir()
        for name in ("scripts/setup.sh", "run", "run-tests", "pyproject.toml"):
            shutil.copy2(ROOT / name, self.root / name)
        self.state = tmp_path / "state"
        self.state.mkdir()
        self.bin = tmp_path / "bin"
        self.bin.mkdir()
        for name, body in FAKES.items():
            path = self.bin / name
            path.write_text("#!/usr/bin/env bash\n" + textwrap.dedent(body))
            path.chmod(0o755)
        self.uid = "0"
        self.set("ensurepip")

    def set(self, flag: str, lines: list[str] | None = None) -> None:
        (self.state / flag).write_text("".join(f"{line}\n" for line in lines or []))

    def unset(self, flag: str) -> None:
        (self.state / flag).unlink(missing_ok=True)

    def run(self, script: str = "scripts/setup.sh", *args: str) -> subprocess.CompletedProcess:
        (self.state / "log").write_text("")
        env = {
            "PATH": f"{self.bin}:/usr/bin:/bin",
            "HOME": str(self.root),
            "FAKE_STATE": str(self.state),
            "FAKE_UID": self.uid,
            "PYTHON": str(self.bin / "python3"),
        }
        return subprocess.run(["bash", str(self.root / script), *args], env=env, capture_output=True,
                              text=True, timeout=60, cwd=self.root)

    @property
    def log(self) -> list[str]:
        return (self.state / "log").read_text().splitlines()

    def calls(self, word: str) -> list[str]:
        return [line for line in self.log if line.startswith(word)]

    @property
    def installed(self) -> set[str]:
        path = self.state / "installed"
        return set(path.read_text().split()) if path.exists() else set()


@pytest.fixture
def machine(tmp_path) -> Machine:
    if shutil.which("bash") is None:
        pytest.skip("needs bash")
    return Machine(tmp_path)


def test_a_first_setup_offline_installs_what_it_can_and_says_pip_needs_the_network(machine):
    machine.set("offline")  # apt-get update and pip fail; the package lists known locally still install
    done = machine.run()
    assert "apt-get update failed" in done.stderr
    assert QT_PACKAGE in machine.installed and "fonts-wqy-microhei" in machine.installed
    assert done.returncode == 1 and "pip could not install" in done.stderr  # pip offline on a first set-up


def test_apt_update_failing_still_installs_the_package_and_the_app(machine):
    (machine.bin / "apt-get").write_text((machine.bin / "apt-get").read_text().replace(
        '[ "$1" = update ] && { [ -e "$FAKE_STATE/offline" ] && exit 100; exit 0; }', '[ "$1" = update ] && exit 100'))
    done = machine.run()
    assert done.returncode == 0, done.stderr
    assert "apt-get update failed" in done.stderr
    assert QT_PACKAGE in machine.installed
    assert machine.calls("pip install")


def test_one_package_that_cannot_be_installed_is_named_and_the_rest_are_installed(machine):
    machine.set("unavailable", [QT_PACKAGE])
    done = machine.run()
    assert done.returncode == 0, done.stderr
    assert f"these Debian packages are missing: {QT_PACKAGE}\n" in done.stderr
    assert "command-line tool works" in done.stderr
    assert "libegl1" in machine.installed and "fonts-wqy-microhei" in machine.installed
    assert machine.calls("pip install")


def test_without_root_the_missing_packages_are_listed_and_setup_goes_on(machine):
    machine.uid = "1000"
    done = machine.run()
    assert done.returncode == 0, done.stderr
    assert "sudo apt-get install" in done.stderr and QT_PACKAGE in done.stderr
    assert machine.calls("apt-get") == []
    assert machine.calls("pip install")


def test_a_fresh_debian_without_python3_venv_gets_it_as_root(machine):
    machine.unset("ensurepip")
    done = machine.run()
    assert done.returncode == 0, done.stderr
    assert "python3-venv" in machine.installed
    assert any(c.startswith("venv ") and "--without-pip" not in c for c in machine.log)


def test_without_python3_venv_and_without_root_the_systems_pip_fills_the_venv(machine):
    machine.unset("ensurepip")
    machine.uid = "1000"
    machine.set("system_pip")
    done = machine.run()
    assert done.returncode == 0, done.stderr
    assert "sudo apt-get install python3-venv" in done.stderr
    assert any("--without-pip" in c for c in machine.calls("venv"))
    assert any("--python .venv/bin/python install" in c for c in machine.calls("pip"))


def test_without_python3_venv_root_or_pip_setup_says_what_to_install(machine):
    machine.unset("ensurepip")
    machine.uid = "1000"
    done = machine.run()
    assert done.returncode == 1
    assert "sudo apt-get install python3-venv" in done.stderr
    assert machine.calls("pip install") == []


def test_run_installs_only_the_app_and_run_tests_adds_the_test_tools(machine):
    machine.run("run", "--help")
    assert [c.split()[-1] for c in machine.calls("pip install")] == ["."]
    assert machine.calls("benefitcalc") == ["benefitcalc --help"]
    machine.run("run-tests", "-q")
    assert [c.split()[-1] for c in machine.calls("pip install")] == [".[test]"]
    assert machine.calls("pytest") == ["pytest -q"]
    machine.run("run")  # the test install serves the app too
    assert machine.calls("pip") == []


def test_once_set_up_nothing_touches_the_network_until_pyproject_changes(machine):
    assert machine.run("scripts/setup.sh", "test").returncode == 0
    assert len(machine.calls("compileall")) == 1
    machine.set("offline")
    again = machine.run("scripts/setup.sh", "test")
    assert again.returncode == 0, again.stderr
    assert machine.calls("pip") == [] and machine.calls("apt-get") == [] and machine.calls("compileall") == []
    with open(machine.root / "pyproject.toml", "a") as handle:
        handle.write("\n# changed\n")
    machine.unset("offline")
    machine.run("scripts/setup.sh", "test")
    assert len(machine.calls("pip install")) == 1 and len(machine.calls("compileall")) == 1


def test_setup_refuses_an_unknown_mode(machine):
    done = machine.run("scripts/setup.sh", "everything")
    assert done.returncode == 2 and "usage" in done.stderr
