"""Start-up time and peak memory of the app against a bare PySide6 window, from source and frozen.

Whole processes, alternating app and bare window run by run (after one unmeasured warm-up each,
which also writes the bytecode caches, as an installed app has them); medians. Two measures:

- result (the target): start to a saved screenshot. The app opens a golden case
  (`gui --case CASE --screenshot OUT.png`) and grabs its window one event-loop turn after the
  first paint that shows the estimate; the bare window (benchmarks/bare_window.py, the same
  1366x768) grabs one turn after its first paint. Timed from just before the process is created
  (the parent's `time.time()`) to the PNG's modification time. Target: at most 1.7x the bare
  window; peak memory (the whole process) at most 1.3x.
- paint (from source only): start to the first paint of a plain start (no case, the remembered
  region) and of a start with the case, noted from outside by benchmarks/paint_probe.py (an
  event filter; the app has no benchmark code), one turn after the paint.

Peak memory is the child's maximum resident set size: `wait4` on Linux, PeakWorkingSetSize on
Windows. On Linux the child's CPU time to its exit (user + system) is printed too: on a machine
shared with other work it varies less than the wall-clock times.

    .venv/bin/python benchmarks/startup.py                 # 9 runs each, source and frozen
    .venv/bin/python benchmarks/startup.py -n 15 --only source
    .venv/bin/python benchmarks/startup.py --importtime    # the app's slowest imports to the result
    .venv/bin/python benchmarks/startup.py --only source --against /tmp/main-copy
                                                           # also alternate another checkout's app
                                                           # (e.g. `git archive main`), as "before"

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
CASE = ROOT / "tests" / "data" / "golden" / "linyi-dibao-resident-big-stay.toml"  # the longest explanation
TARGET_RATIO = 1.7
TARGET_MEMORY = 1.3
TIMEOUT = 30  # seconds; a program still running then is killed
EXE = ".exe" if sys.platform == "win32" else ""
APP_SOURCE = [sys.executable, "-c", "import sys; from benefitcalc.gui.app import main; sys.exit(main())"]
BARE_SOURCE = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
PROBE = [sys.executable, str(ROOT / "benchmarks" / "paint_probe.py")]


def peak_rss_mb(proc: subprocess.Popen) -> tuple[int, float | None, float | None]:
    """Wait for `proc` (at most TIMEOUT s); return (exit code, peak resident set size in MB,
    CPU seconds (user + system) to its exit), the last two None where not known."""
    watchdog = threading.Timer(TIMEOUT, proc.kill)
    watchdog.start()
    try:
        return _wait(proc)
    finally:
        watchdog.cancel()


def _wait(proc: subprocess.Popen) -> tuple[int, float | None, float | None]:
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        kib = usage.ru_maxrss / (1024 if sys.platform == "darwin" else 1)  # macOS reports bytes
        return proc.returncode, kib / 1024, usage.ru_utime + usage.ru_stime
    proc.wait()
    return proc.returncode, _windows_peak_mb(proc), None


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


def child_env(tmp: Path, region: str) -> dict[str, str]:
    """A measured program's environment: a fresh settings file remembering `region`, the user
    cache folder of this benchmark run (kept across its runs, as a user's is), and bytecode
    written whatever PYTHONDONTWRITEBYTECODE says here."""
    settings = tmp / "settings.ini"
    settings.write_text(f"[case]\nregion={region}\n", encoding="utf-8")
    env = dict(os.environ, BENEFITCALC_SETTINGS=str(settings))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(command: list[str], region: str, cache: Path, screenshot: bool,
             extra_env: dict[str, str] | None = None) -> tuple[float, float | None, float | None]:
    """(seconds from process creation to the screenshot or probe stamp, peak MB, CPU seconds)."""
    with tempfile.TemporaryDirectory(prefix="benefitcalc-startup-") as tmp:
        tmp = Path(tmp)
        env = child_env(tmp, region)
        env["XDG_CACHE_HOME"] = str(cache)
        env.update(extra_env or {})
        out = tmp / ("shot.png" if screenshot else "stamp.txt")
        command = [arg.replace("{OUT}", str(out)) for arg in command]
        errors = tmp / "stderr.txt"
        with errors.open("wb") as err:
            start = time.time()
            proc = subprocess.Popen(command, env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=err)
            code, peak, cpu = peak_rss_mb(proc)
        if code != 0 or not out.exists():
            raise SystemExit(f"{' '.join(command)} exited with {code} and no {out.name}:\n"
                             f"{errors.read_text(errors='replace')}")
        done = out.stat().st_mtime_ns / 1e9 if screenshot else float(out.read_text(encoding="utf-8"))
        return done - start, peak, cpu


def measure(programs: dict[str, list[str]], runs: int, region: str, screenshot: bool,
            envs: dict[str, dict[str, str]] | None = None) -> dict[str, dict]:
    """Alternate the programs run by run; the first run of each is a warm-up and not counted.
    `envs`: extra environment variables of some programs (another checkout's PYTHONPATH)."""
    times: dict[str, list[float]] = {name: [] for name in programs}
    peaks: dict[str, list[float]] = {name: [] for name in programs}
    cpus: dict[str, list[float]] = {name: [] for name in programs}
    with tempfile.TemporaryDirectory(prefix="benefitcalc-cache-") as cache:
        for i in range(runs + 1):
            for name, command in programs.items():
                cache_of = Path(cache) / name  # each program its own user cache folder
                seconds, peak, cpu = run_once(command, region, cache_of, screenshot, (envs or {}).get(name))
                if i:
                    times[name].append(seconds * 1000)
                    if peak is not None:
                        peaks[name].append(peak)
                    if cpu is not None:
                        cpus[name].append(cpu * 1000)
    return {name: {"median": statistics.median(times[name]), "min": min(times[name]), "max": max(times[name]),
                   "peak": statistics.median(peaks[name]) if peaks[name] else None,
                   "cpu": statistics.median(cpus[name]) if cpus[name] else None} for name in programs}


def report(kind: str, what: str, results: dict[str, dict], target: bool) -> bool:
    """Print the rows; return whether the targets are met (always True for a row without one)."""
    for name, r in results.items():
        peak = f"{r['peak']:6.1f} MB" if r["peak"] is not None else "   n/a"
        cpu = f"{r['cpu']:6.0f} ms" if r["cpu"] is not None else "   n/a"
        print(f"{kind:7} {name:12} {r['median']:7.1f} ms  (min {r['min']:6.1f}, max {r['max']:6.1f})  "
              f"peak RSS {peak}  CPU to exit {cpu}   [{what}]")
    bare = results["bare"]
    ok = True
    for name, r in results.items():
        if name == "bare":
            continue
        ratio = r["median"] / bare["median"]
        line = f"{kind:7} {name:12} {ratio:5.2f}x the bare window's time"
        if target:
            line += f" (target <= {TARGET_RATIO}x: {'ok' if ratio <= TARGET_RATIO else 'OVER'})"
            ok = ok and ratio <= TARGET_RATIO
        if r["peak"] and bare["peak"]:
            memory = r["peak"] / bare["peak"]
            line += f"; memory {memory:4.2f}x"
            if target:
                line += f" (target <= {TARGET_MEMORY}x: {'ok' if memory <= TARGET_MEMORY else 'OVER'})"
                ok = ok and memory <= TARGET_MEMORY
        print(line)
    return ok


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
    load = ""
    if hasattr(os, "getloadavg"):
        load = ", load average %.1f" % os.getloadavg()[0]
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs{load}, "
            f"Python {platform.python_version()}, QT_QPA_PLATFORM={qpa}")


def import_times(case: Path, top: int) -> None:
    """Run the app from source with -X importtime up to the screenshot of a case; print the
    slowest imports."""
    with tempfile.TemporaryDirectory(prefix="benefitcalc-imports-") as tmp:
        tmp = Path(tmp)
        env = dict(child_env(tmp, "qingdao"), XDG_CACHE_HOME=str(tmp / "cache"))
        command = [APP_SOURCE[0], "-X", "importtime"] + APP_SOURCE[1:] + [
            "--case", str(case), "--screenshot", str(tmp / "shot.png")]
        for _ in range(2):  # the first run writes the bytecode caches (and the policy cache)
            done = subprocess.run(command, env=env, cwd=tmp, capture_output=True, text=True, timeout=TIMEOUT)
    rows = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _, self_us, cumulative_us, name = line.replace("import time:", "|", 1).split("|")
            rows.append((int(cumulative_us), int(self_us), name.rstrip()[1:]))  # keeps the nesting indent
    total = sum(c for c, _, n in rows if not n.startswith(" "))
    print(f"imports to the screenshot: {len(rows)} modules, {total / 1000:.0f} ms (with -X importtime's own overhead)")
    print(f"{'cumulative':>10} {'self':>7}  module")
    for cumulative, own, name in sorted(rows, reverse=True)[:top]:
        print(f"{cumulative / 1000:8.1f}ms {own / 1000:5.1f}ms  {name.strip()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=9, help="measured runs per program (at least 7; default 9)")
    parser.add_argument("--only", choices=("source", "frozen"), help="measure only one kind")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the frozen programs are (default dist/)")
    parser.add_argument("--region", default="qingdao", help="the remembered region of a plain start")
    parser.add_argument("--case", type=Path, default=CASE, help="the case the app opens (default: the longest explanation)")
    parser.add_argument("--no-paint", action="store_true", help="skip the first-paint probe runs")
    parser.add_argument("--importtime", action="store_true", help="print the app's slowest imports and exit")
    parser.add_argument("--against", type=Path, metavar="CHECKOUT",
                        help="also run the app from another checkout (its benefitcalc/ on PYTHONPATH, this "
                             "environment's Python), alternating, as 'before' (source only)")
    args = parser.parse_args(argv)
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    if args.importtime:
        import_times(args.case, 30)
        return 0
    if args.runs < 7:
        parser.error("use at least 7 runs")

    case = str(args.case.resolve())
    shot = ["--case", case, "--screenshot", "{OUT}"]
    kinds = {
        "source": {"app": APP_SOURCE + shot, "bare": BARE_SOURCE + ["--screenshot", "{OUT}"]},
        "frozen": {"app": [str(args.dist / "benefitcalc" / f"benefitcalc{EXE}")] + shot,
                   "bare": [str(args.dist / "bare_window" / f"bare_window{EXE}"), "--screenshot", "{OUT}"]},
    }
    print(f"machine: {machine()}")
    print(f"runs: {args.runs} per program (+1 warm-up), alternating, medians; case {args.case.name}; "
          f"plain start remembers {args.region!r}")
    ok = True
    for kind, programs in kinds.items():
        if args.only and kind != args.only:
            continue
        missing = [c[0] for c in programs.values() if kind == "frozen" and not Path(c[0]).exists()]
        if missing:
            print(f"{kind:7} skipped: not built: {', '.join(missing)} "
                  "(scripts/build; .venv/bin/pyinstaller benchmarks/bare_window.spec --noconfirm)")
            continue
        envs = {}
        if args.against is not None and kind == "source":
            programs = {"before": APP_SOURCE + shot, **programs}
            envs["before"] = {"PYTHONPATH": str(args.against.resolve())}
        results = measure(programs, args.runs, args.region, screenshot=True, envs=envs)
        ok = report(kind, "start to the screenshot of the first result", results, target=True) and ok
        if kind == "source" and not args.no_paint:
            probes = {"app": PROBE + ["{OUT}", "app"],
                      "app+case": PROBE + ["{OUT}", "--until-result", "app", "--case", case],
                      "bare": PROBE + ["{OUT}", "bare"]}
            results = measure(probes, args.runs, args.region, screenshot=False)  # this checkout only
            report(kind, "start to one turn after the first paint (app+case: showing the result)", results,
                   target=False)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
