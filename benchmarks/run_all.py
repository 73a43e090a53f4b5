"""Time start-up and saves against baselines measured in the same run (not a test).

    python benchmarks/run_all.py [--runs 7] [--src DIR]

Whole processes, as a user starts them, on a copy of audits/certificerend.yaml: the
help and version commands, `norms check`, `norms list`, `audit status`, `audit score
--json` and `audit set`. They run interleaved with the baseline, a process that only
imports the libraries every command needs
(`python -c "import typer, rich.console, pydantic, ruamel.yaml"`), so that a busy
machine slows both alike; each is shown as its median and as a ratio to the baseline's.

In-process, with the framework already loaded (as in the walk): loading the framework,
loading an audit, scoring it, and saving one answer on a 52-norm audit
(audits/certificerend-2017.yaml), in milliseconds.

The report, as whole processes: `report` of the 2026-11-22 release's certificerend
audit (a file both read) by this code and by the release's (`--release`, exported with
`git archive` into the temporary folder, run with this Python and these libraries, so
that only the code differs), interleaved, with the peak memory of each; and a batch of
8 copies of audits/certificerend.yaml in one `report FOLDER` against the same 8 made one
by one, with the peak memory of every worker. `--report-runs 0` leaves the report out.

Every process runs with its bytecode written (PYTHONDONTWRITEBYTECODE is dropped, the
cache goes to the temporary folder) and warmed by a first run, as an installed package
has its .pyc files: without them each start compiles some 60 of our modules again
(about 60 ms), which the baseline, whose libraries are compiled at install, never pays.

`--src DIR` measures the code of another checkout (e.g. an export of main) with this
script and this Python: DIR goes first on PYTHONPATH, its audits are used.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "import typer, rich.console, pydantic, ruamel.yaml"

# (name, arguments after `python`, goal as a ratio to the baseline or None)
START_UP: list[tuple[str, list[str], float | None]] = [
    ("--help", ["--help"], 1.2),
    ("--version", ["--version"], 1.2),
    ("-h", ["-h"], 1.2),
    ("audit --help", ["audit", "--help"], 1.2),
    ("norms check", ["norms", "check"], 2.0),
    ("norms list", ["norms", "list"], 2.0),
    ("audit status", ["audit", "status", "{audit}"], 2.0),
    ("audit score --json", ["audit", "score", "{audit}", "--json"], 2.0),
    ("audit set", ["audit", "set", "{audit}", "V1", "--score", "voldoet", "--finding",
                   "Bench"], 2.5),
]

# Runs inside a process with the measured code first on sys.path; prints JSON.
IN_PROCESS = r"""
import json, statistics, sys, time
from pathlib import Path
from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.scoring import evaluate
from kwaliteitslabel.audit.store import save_answer
from kwaliteitslabel.framework.load import load_framework

runs, path = int(sys.argv[1]), Path(sys.argv[2])

def median_ms(action):
    times = []
    for index in range(runs):
        start = time.perf_counter()
        action(index)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000

loaded = load_audit(path)
ids = [norm.id for norm in loaded.framework.norms if not norm.core]
state = {"loaded": loaded}

def save(index):
    answer = Answer(score="voldoet", findings=f"Bench {index}")
    state["loaded"] = save_answer(state["loaded"], ids[index % len(ids)], answer)

print(json.dumps({
    "norms": len(loaded.framework.norms),
    "load framework": median_ms(lambda _: load_framework(loaded.framework.path)),
    "load audit (framework reused)": median_ms(lambda _: load_audit(path)),
    "score (evaluate)": median_ms(lambda _: evaluate(loaded.framework, loaded.audit)),
    "save one answer": median_ms(save),
}))
"""
SAVE_GOAL_MS = 150.0
# The 2026-11-22 release: the last commit of the first round (22 November, US time).
RELEASE = "d9eeddb"
REPORT_GOAL = 0.85  # the whole `report` process, as a ratio to the release's
BATCH_GOAL = 1.8  # a batch of 8 on 2 cores, as a speed-up over one by one
BATCH = 8


def _environment(src: Path, pycache: Path | None = None) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(src), *filter(None, [os.environ.get("PYTHONPATH")])]))
    env.pop("KWALITEITSLABEL_NORMS", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if pycache is not None:
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _timed(argv: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=env, cwd=cwd)
    return time.perf_counter() - start


def start_up(runs: int, src: Path, work: Path) -> list[tuple[str, float, float, float | None]]:
    """(name, median seconds, ratio to the baseline, goal) for the baseline and each
    command, run interleaved: every round runs each once, in a rotating order."""
    audit = work / "audit.yaml"
    shutil.copyfile(src / "audits" / "certificerend.yaml", audit)
    env = _environment(src, work / "pycache")
    jobs = [("baseline: " + BASELINE, [sys.executable, "-c", BASELINE], None)]
    jobs += [(f"kwaliteitslabel {name}",
              [sys.executable, "-m", "kwaliteitslabel",
               *(part.format(audit=audit) for part in args)], goal)
             for name, args, goal in START_UP]
    for _, argv, _ in jobs:  # warm the file cache and the bytecode
        _timed(argv, env, work)
    times: dict[str, list[float]] = {name: [] for name, _, _ in jobs}
    for round_ in range(runs):
        order = jobs[round_ % len(jobs):] + jobs[:round_ % len(jobs)]
        for name, argv, _ in order:
            times[name].append(_timed(argv, env, work))
    base = statistics.median(times[jobs[0][0]])
    return [(name, statistics.median(times[name]), statistics.median(times[name]) / base,
             goal) for name, _, goal in jobs]


def in_process(runs: int, src: Path, work: Path) -> dict[str, float]:
    audit = work / "audit-52.yaml"
    shutil.copyfile(src / "audits" / "certificerend-2017.yaml", audit)
    done = subprocess.run([sys.executable, "-c", IN_PROCESS, str(runs), str(audit)],
                          check=True, capture_output=True, text=True,
                          env=_environment(src, work / "pycache"),
                          cwd=work)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def _measured(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, int, float]:
    """(seconds, peak resident memory in KiB, CPU seconds) of a process and what it
    waited for; the CPU time is what a busy machine changes least."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                                   stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"{' '.join(argv)}: exit {process.returncode}\n"
                             + errors.read().decode(errors="replace"))
    return seconds, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def _release(rev: str, work: Path) -> Path:
    """The code of `rev`, exported (not checked out) into the work folder."""
    folder = work / f"release-{rev}"
    folder.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def report_vs_release(runs: int, src: Path, release: Path, work: Path) \
        -> dict[str, tuple[float, int, float]]:
    """Median seconds, peak KiB and median CPU seconds of `report` by this code and by
    the release's, on the release's certificerend audit, interleaved."""
    audit = work / "release-audit.yaml"
    shutil.copyfile(release / "audits" / "certificerend.yaml", audit)
    jobs = {"this code": _environment(src, work / "pycache"),
            "release": _environment(release, work / "pycache-release")}
    times: dict[str, list[float]] = {name: [] for name in jobs}
    memory: dict[str, list[int]] = {name: [] for name in jobs}
    cpu: dict[str, list[float]] = {name: [] for name in jobs}
    for round_ in range(runs + 1):  # the first round warms bytecode, fonts and caches
        for name, env in (list(jobs.items()) if round_ % 2 else reversed(jobs.items())):
            out = work / f"report-{round_}-{name.replace(' ', '-')}.pdf"
            seconds, peak, used = _measured([sys.executable, "-m", "kwaliteitslabel",
                                             "report", str(audit), "-o", str(out)], env, work)
            out.unlink()
            if round_:
                times[name].append(seconds)
                memory[name].append(peak)
                cpu[name].append(used)
    return {name: (statistics.median(times[name]), max(memory[name]),
                   statistics.median(cpu[name])) for name in jobs}


def _peaks_of_children(process: subprocess.Popen[bytes], seen: dict[int, int]) -> None:
    """Record the peak memory (VmHWM, KiB) of each child process of `process` now."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if fields.get("PPid", "").strip() != str(process.pid) or "VmHWM" not in fields:
            continue
        seen[int(entry.name)] = max(seen.get(int(entry.name), 0),
                                    int(fields["VmHWM"].split()[0]))


def batch_vs_one_by_one(src: Path, work: Path) -> dict[str, Any]:
    """Wall time of 8 reports one by one and as one batch, with the memory of each."""
    folder = work / "batch"
    folder.mkdir()
    for copy in range(BATCH):
        shutil.copyfile(src / "audits" / "certificerend.yaml", folder / f"audit-{copy}.yaml")
    env = _environment(src, work / "pycache")
    command = [sys.executable, "-m", "kwaliteitslabel", "report"]
    single: list[int] = []
    start = time.perf_counter()
    for copy in range(BATCH):
        _, peak, _ = _measured([*command, str(folder / f"audit-{copy}.yaml"), "-o",
                             str(work / f"single-{copy}.pdf")], env, work)
        single.append(peak)
    one_by_one = time.perf_counter() - start
    workers: dict[int, int] = {}
    (work / "batch-out").mkdir()
    start = time.perf_counter()
    process = subprocess.Popen([*command, str(folder), "-o", str(work / "batch-out")],
                               env=env, cwd=work, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    while process.poll() is None:
        _peaks_of_children(process, workers)
        time.sleep(0.05)
    batch = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"report {folder}: exit {process.returncode}")
    return {"one by one": one_by_one, "batch": batch, "single peak": max(single),
            "worker peaks": sorted(workers.values()), "cores": os.cpu_count()}


def _verdict(value: float, goal: float | None, unit: str = "x") -> str:
    if goal is None:
        return ""
    return f"<= {goal:g}{unit}  {'met' if value <= goal else 'NOT met'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="rounds per command (median)")
    parser.add_argument("--report-runs", type=int, default=5,
                        help="rounds of the report against the release (0: no reports)")
    parser.add_argument("--release", default=RELEASE,
                        help="the commit whose report is the baseline")
    parser.add_argument("--src", type=Path, default=ROOT,
                        help="the checkout whose code is measured (default: this one)")
    options = parser.parse_args()
    src = options.src.resolve()
    work = Path(tempfile.mkdtemp(prefix="kwaliteitslabel-bench-"))
    try:
        rows = start_up(options.runs, src, work)
        saves = in_process(options.runs, src, work)
        reports, batch = {}, {}
        if options.report_runs > 0:
            release = _release(options.release, work)
            reports = report_vs_release(options.report_runs, src, release, work)
            batch = batch_vs_one_by_one(src, work)
    finally:
        shutil.rmtree(work)
    print(f"{src}: median of {options.runs} interleaved runs")
    print(f"{'process':<52} {'median':>9} {'ratio':>6}  goal")
    for name, seconds, ratio, goal in rows:
        print(f"{name[:52]:<52} {seconds * 1000:7.0f} ms {ratio:5.2f}x  "
              f"{_verdict(ratio, goal)}")
    print(f"\nin-process, framework loaded ({saves.pop('norms'):.0f} norms)")
    for name, ms in saves.items():
        goal = SAVE_GOAL_MS if name == "save one answer" else None
        print(f"{name:<52} {ms:7.1f} ms         {_verdict(ms, goal, ' ms')}")
    if reports:
        print(f"\nreport of the {options.release} release's certificerend audit, median of "
              f"{options.report_runs} interleaved runs")
        base = reports["release"][0]
        base_cpu = reports["release"][2]
        for name, (seconds, peak, used) in reports.items():
            goal = REPORT_GOAL if name == "this code" else None
            print(f"{'report, ' + name:<52} {seconds * 1000:7.0f} ms {seconds / base:5.2f}x  "
                  f"{_verdict(seconds / base, goal)}  (CPU {used:.1f} s, "
                  f"{used / base_cpu:.2f}x; peak {peak // 1024} MiB)")
    if batch:
        speed_up = batch["one by one"] / batch["batch"]
        peaks = batch["worker peaks"]
        print(f"\n{BATCH} reports of audits/certificerend.yaml on {batch['cores']} cores")
        print(f"{'one by one (' + str(BATCH) + ' processes)':<52} "
              f"{batch['one by one'] * 1000:7.0f} ms         "
              f"(peak {batch['single peak'] // 1024} MiB each)")
        print(f"{'one batch (report FOLDER)':<52} {batch['batch'] * 1000:7.0f} ms "
              f"{speed_up:5.2f}x  >= {BATCH_GOAL:g}x  "
              f"{'met' if speed_up >= BATCH_GOAL else 'NOT met'}"
              f"  ({len(peaks)} child processes, peak "
              f"{', '.join(str(peak // 1024) for peak in peaks)} MiB)")


if __name__ == "__main__":
    main()
