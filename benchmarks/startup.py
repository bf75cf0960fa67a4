"""Start-up time and peak memory of the app against a bare PySide6 window, from source and frozen.

One run of this script starts each program N times (alternating app and bare window, after one
unmeasured warm-up each) and prints the medians. A start is timed from just before the process is
created (the parent's `time.time()`) to moments the child writes down with its own `time.time()`:

- first paint: the main window has painted (the file named by BENEFITCALC_FIRST_PAINT_FILE;
  benchmarks/bare_window.py and benefitcalc/gui/app.py both write it, then the bare window quits).
  The app paints its first screen from the policy files' `[policy]` headers, with the remembered
  region chosen and the policies not yet validated; the result side says they are loading.
- ready (the app only): the policies are validated and the first result is painted
  (BENEFITCALC_READY_FILE); the app quits then. Both stamps come from the same start.

The app starts as a clerk's would: no case, the last region remembered in its settings (a fresh
settings file per run, `case/region` = --region). Both figures are compared with the bare
window's first paint; the target is the app's first paint at most 1.7x the bare window's.

If the app does not write the stamp (its probe is missing), the script says so and times both
programs with their `--screenshot` exit instead (up to the PNG's modification time).

Peak memory is the child's maximum resident set size over the whole start (for the app, up to
ready): `wait4` on Linux, PeakWorkingSetSize on Windows.

    .venv/bin/python benchmarks/startup.py                 # 9 runs each, source and frozen
    .venv/bin/python benchmarks/startup.py -n 15 --only frozen
    .venv/bin/python benchmarks/startup.py --importtime    # the app's slowest imports at start-up

Frozen programs are looked for in dist/ (build them with scripts/build and
`.venv/bin/pyinstaller benchmarks/bare_window.spec --noconfirm`).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST_PAINT_ENV = "BENEFITCALC_FIRST_PAINT_FILE"
READY_ENV = "BENEFITCALC_READY_FILE"
TARGET_RATIO = 1.7
TIMEOUT = 30  # seconds; a program still running then is killed (e.g. an app without the probe)
EXE = ".exe" if sys.platform == "win32" else ""
APP_SOURCE = [sys.executable, "-c", "import sys; from benefitcalc.gui.app import main; sys.exit(main())"]
BARE_SOURCE = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]


class ProbeMissing(Exception):
    """The program exited without writing the first-paint stamp."""


def peak_rss_mb(proc: subprocess.Popen) -> tuple[int, float | None]:
    """Wait for `proc` (at most TIMEOUT s); return (exit code, peak resident set size in MB or None)."""
    watchdog = threading.Timer(TIMEOUT, proc.kill)
    watchdog.start()
    try:
        return _wait(proc)
    finally:
        watchdog.cancel()


def _wait(proc: subprocess.Popen) -> tuple[int, float | None]:
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        kib = usage.ru_maxrss / (1024 if sys.platform == "darwin" else 1)  # macOS reports bytes
        return proc.returncode, kib / 1024
    proc.wait()
    return proc.returncode, _windows_peak_mb(proc)


def _windows_peak_mb(proc: subprocess.Popen) -> float | None:
    try:
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):  # PROCESS_MEMORY_COUNTERS
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD)] + [
                (name, ctypes.c_size_t) for name in (
                    "PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage", "QuotaPagedPoolUsage",
                    "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage", "PagefileUsage", "PeakPagefileUsage",
                )
            ]

        counters = Counters()
        counters.cb = ctypes.sizeof(counters)
        psapi = ctypes.WinDLL("psapi")
        psapi.GetProcessMemoryInfo.argtypes = [wintypes.HANDLE, ctypes.POINTER(Counters), wintypes.DWORD]
        if psapi.GetProcessMemoryInfo(int(proc._handle), ctypes.byref(counters), counters.cb):
            return counters.PeakWorkingSetSize / 2**20
    except (AttributeError, OSError):
        pass
    return None


def child_env(settings: Path) -> dict[str, str]:
    """The environment of a measured program. Bytecode may be written (the warm-up run caches
    it, as an installed app has it), whatever PYTHONDONTWRITEBYTECODE says here."""
    env = dict(os.environ, BENEFITCALC_SETTINGS=str(settings))
    for name in (FIRST_PAINT_ENV, READY_ENV, "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


def run_once(command: list[str], region: str, probe: str) -> tuple[float, float | None, float | None]:
    """(seconds from process creation to first paint, to ready or None, peak MB) for one start."""
    with tempfile.TemporaryDirectory(prefix="benefitcalc-startup-") as tmp:
        tmp = Path(tmp)
        settings = tmp / "settings.ini"
        settings.write_text(f"[case]\nregion={region}\n", encoding="utf-8")
        env = child_env(settings)
        stamp, ready, shot, args = tmp / "first-paint.txt", tmp / "ready.txt", tmp / "shot.png", []
        if probe == "paint":
            env[FIRST_PAINT_ENV] = str(stamp)
            env[READY_ENV] = str(ready)
        else:
            args = ["--screenshot", str(shot)]
        errors = tmp / "stderr.txt"
        with errors.open("wb") as err:
            start = time.time()
            proc = subprocess.Popen(command + args, env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=err)
            code, peak = peak_rss_mb(proc)
        if probe == "paint" and not stamp.exists():
            raise ProbeMissing(" ".join(command))
        if code != 0:
            raise SystemExit(f"{' '.join(command)} exited with {code}:\n{errors.read_text(errors='replace')}")
        if probe == "paint":
            painted = float(stamp.read_text(encoding="utf-8"))
            done = float(ready.read_text(encoding="utf-8")) - start if ready.exists() else None
        else:
            painted, done = shot.stat().st_mtime_ns / 1e9, None
        return painted - start, done, peak


def measure(pairs: dict[str, list[str]], runs: int, region: str, probe: str) -> dict[str, dict]:
    """Alternate the programs run by run; the first run of each is a warm-up and not counted."""
    times: dict[str, list[float]] = {name: [] for name in pairs}
    readies: dict[str, list[float]] = {name: [] for name in pairs}
    peaks: dict[str, list[float]] = {name: [] for name in pairs}
    for i in range(runs + 1):
        for name, command in pairs.items():
            seconds, ready, peak = run_once(command, region, probe)
            if i:
                times[name].append(seconds * 1000)
                if ready is not None:
                    readies[name].append(ready * 1000)
                if peak is not None:
                    peaks[name].append(peak)
    out = {}
    for name in pairs:
        ready = readies[name] if len(readies[name]) == len(times[name]) else []  # all runs, or none
        out[name] = {
            "median": statistics.median(times[name]),
            "min": min(times[name]),
            "max": max(times[name]),
            "ready": statistics.median(ready) if ready else None,
            "ready_min": min(ready) if ready else None,
            "ready_max": max(ready) if ready else None,
            "peak": statistics.median(peaks[name]) if peaks[name] else None,
        }
    return out


def report(kind: str, results: dict[str, dict], probe: str) -> float:
    what = "first paint" if probe == "paint" else "screenshot written"
    for name, r in results.items():
        peak = f"{r['peak']:6.1f} MB" if r["peak"] is not None else "   n/a"
        print(f"{kind:7} {name:5} {r['median']:7.1f} ms  (min {r['min']:6.1f}, max {r['max']:6.1f})  "
              f"peak RSS {peak}   [{what}]")
    app, bare = results["app"], results["bare"]
    if app["ready"] is not None:
        print(f"{kind:7} app   {app['ready']:7.1f} ms  (min {app['ready_min']:6.1f}, max {app['ready_max']:6.1f})"
              f"                    [ready: policies validated, first result painted]")
    elif probe == "paint":
        print(f"{kind:7} app   (no ready stamp: this app does not write {READY_ENV})")
    ratio = app["median"] / bare["median"]
    verdict = "ok" if ratio <= TARGET_RATIO else "OVER TARGET"
    print(f"{kind:7} ratio {ratio:5.2f}x  {what} / bare first paint  (target <= {TARGET_RATIO}x: {verdict})")
    if app["ready"] is not None:
        print(f"{kind:7} ratio {app['ready'] / bare['median']:5.2f}x  ready / bare first paint  (no target)")
    return ratio


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    if sys.platform.startswith("linux"):
        try:
            for line in Path("/proc/cpuinfo").read_text().splitlines():
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        except OSError:
            pass
    qpa = os.environ.get("QT_QPA_PLATFORM", "native")
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}, QT_QPA_PLATFORM={qpa}")


def import_times(region: str, top: int) -> None:
    """Run the app from source with -X importtime up to its first paint (it quits there when only
    the first-paint stamp is asked for); print the slowest imports."""
    with tempfile.TemporaryDirectory(prefix="benefitcalc-imports-") as tmp:
        settings = Path(tmp) / "settings.ini"
        settings.write_text(f"[case]\nregion={region}\n", encoding="utf-8")
        env = dict(child_env(settings), **{FIRST_PAINT_ENV: str(Path(tmp) / "first-paint.txt")})
        command = [APP_SOURCE[0], "-X", "importtime"] + APP_SOURCE[1:]
        for _ in range(2):  # the first run writes the bytecode caches
            done = subprocess.run(command, env=env, cwd=tmp, capture_output=True, text=True, timeout=TIMEOUT)
    rows = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _, self_us, cumulative_us, name = line.replace("import time:", "|", 1).split("|")
            rows.append((int(cumulative_us), int(self_us), name.rstrip()[1:]))  # keeps the nesting indent
    total = sum(c for c, _, n in rows if not n.startswith(" "))
    print(f"imports at start-up: {len(rows)} modules, {total / 1000:.0f} ms (with -X importtime's own overhead)")
    print(f"{'cumulative':>10} {'self':>7}  module")
    for cumulative, own, name in sorted(rows, reverse=True)[:top]:
        print(f"{cumulative / 1000:8.1f}ms {own / 1000:5.1f}ms  {name.strip()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=9, help="measured runs per program (at least 7; default 9)")
    parser.add_argument("--only", choices=("source", "frozen"), help="measure only one kind")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the frozen programs are (default dist/)")
    parser.add_argument("--region", default="qingdao", help="the remembered region the app opens with")
    parser.add_argument("--probe", choices=("paint", "screenshot"), default="paint",
                        help="time to first paint (default) or to the --screenshot PNG")
    parser.add_argument("--importtime", action="store_true", help="print the app's slowest imports and exit")
    args = parser.parse_args(argv)
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    if args.importtime:
        import_times(args.region, 30)
        return 0
    if args.runs < 7:
        parser.error("use at least 7 runs")

    kinds = {
        "source": {"app": APP_SOURCE, "bare": BARE_SOURCE},
        "frozen": {"app": [str(args.dist / "benefitcalc" / f"benefitcalc{EXE}")],
                   "bare": [str(args.dist / "bare_window" / f"bare_window{EXE}")]},
    }
    print(f"machine: {machine()}")
    print(f"runs: {args.runs} per program (+1 warm-up), medians; app opens region {args.region!r}")
    probe = args.probe
    worst = 0.0
    for kind, pairs in kinds.items():
        if args.only and kind != args.only:
            continue
        missing = [c[0] for c in pairs.values() if kind == "frozen" and not Path(c[0]).exists()]
        if missing:
            print(f"{kind:7} skipped: not built: {', '.join(missing)} "
                  "(scripts/build; .venv/bin/pyinstaller benchmarks/bare_window.spec --noconfirm)")
            continue
        try:
            results = measure(pairs, args.runs, args.region, probe)
        except ProbeMissing as exc:
            print(f"{kind:7} the app wrote no first-paint stamp ({exc}): it lacks the "
                  f"{FIRST_PAINT_ENV} probe (docs/packaging.md); timing the --screenshot exit instead")
            probe = "screenshot"
            results = measure(pairs, args.runs, args.region, probe)
        worst = max(worst, report(kind, results, probe))
    return 0 if worst <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
