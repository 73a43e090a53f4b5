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


def _environment(src: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(src), *filter(None, [os.environ.get("PYTHONPATH")])]))
    env.pop("KWALITEITSLABEL_NORMS", None)
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
    env = _environment(src)
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
                          check=True, capture_output=True, text=True, env=_environment(src),
                          cwd=work)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def _verdict(value: float, goal: float | None, unit: str = "x") -> str:
    if goal is None:
        return ""
    return f"<= {goal:g}{unit}  {'met' if value <= goal else 'NOT met'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="rounds per command (median)")
    parser.add_argument("--src", type=Path, default=ROOT,
                        help="the checkout whose code is measured (default: this one)")
    options = parser.parse_args()
    src = options.src.resolve()
    work = Path(tempfile.mkdtemp(prefix="kwaliteitslabel-bench-"))
    try:
        rows = start_up(options.runs, src, work)
        saves = in_process(options.runs, src, work)
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


if __name__ == "__main__":
    main()
