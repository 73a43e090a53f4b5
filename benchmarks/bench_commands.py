"""Time the everyday commands (not a test): whole processes and the core in-process.

    python benchmarks/bench_commands.py [--repeat N]

Prints the median wall time per command, on a copy of an example audit.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_seconds(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def command(*args: str):
    def run() -> None:
        subprocess.run([sys.executable, "-m", "kwaliteitslabel", *args], check=True,
                       capture_output=True)
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    repeat = parser.parse_args().repeat

    from kwaliteitslabel.audit.answer import Answer
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.scoring import evaluate
    from kwaliteitslabel.audit.store import save_answer
    from kwaliteitslabel.framework.load import load_framework

    work = Path(tempfile.mkdtemp(prefix="kwaliteitslabel-bench-"))
    audit = work / "audit.yaml"
    shutil.copyfile(ROOT / "audits" / "certificerend.yaml", audit)

    rows = [
        ("python -c 'import kwaliteitslabel.cli.app'",
         lambda: subprocess.run([sys.executable, "-c", "import kwaliteitslabel.cli.app"],
                                check=True)),
        ("kwaliteitslabel --version", command("--version")),
        ("kwaliteitslabel norms check", command("norms", "check")),
        ("kwaliteitslabel norms list --json", command("norms", "list", "--json")),
        ("kwaliteitslabel audit status", command("audit", "status", str(audit))),
        ("kwaliteitslabel audit score --json", command("audit", "score", str(audit), "--json")),
        ("kwaliteitslabel audit set", command("audit", "set", str(audit), "V1", "--score",
                                              "voldoet", "--finding", "Bench")),
    ]
    loaded = load_audit(audit)
    framework_dir = loaded.framework.path
    rows += [
        (f"in-process: load framework ({len(loaded.framework.norms)} norms)",
         lambda: load_framework(framework_dir)),
        ("in-process: load audit (framework reused)", lambda: load_audit(audit)),
        ("in-process: evaluate", lambda: evaluate(loaded.framework, loaded.audit)),
        ("in-process: save one answer", lambda: save_answer(
            load_audit(audit), "V2", Answer(score="voldoet", findings="Bench"))),
    ]
    print(f"median of {repeat} runs")
    for name, action in rows:
        print(f"{median_seconds(action, repeat) * 1000:9.1f} ms  {name}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
