"""Time the register over many audits (not a test): the first run and the cached run.

    python benchmarks/bench_register.py [--count 2000] [--keep DIR]

Generates COUNT fictional audits (tests/cycle/generated.py) in a temporary folder, then
times, each as a whole process as a user runs it:

- baseline: `kwaliteitslabel audit score` of one audit (start-up, one load, one score);
- first: `kwaliteitslabel register DIR --json`, no cache yet (every file read and scored);
- cached: the same again (every file's print checked, nothing read again);
- one changed: the same after one audit changed (one file read again).

Prints the seconds and each as a ratio of the baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.cycle.generated import generate_audits  # noqa: E402


def seconds(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kwaliteitslabel", *args], check=False,
                   capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    options = parser.parse_args()
    base = options.keep or Path(tempfile.mkdtemp(prefix="register-bench-"))
    folder = base / "audits"
    try:
        start = time.perf_counter()
        paths = generate_audits(folder, options.count, seed=2026)
        print(f"generated {len(paths)} audits in {time.perf_counter() - start:.1f} s "
              f"({sum(p.stat().st_size for p in paths) / 1e6:.0f} MB) in {folder}")
        baseline = min(seconds("audit", "score", str(paths[0])) for _ in range(3))
        first = seconds("register", str(folder), "--json")
        cached = min(seconds("register", str(folder), "--json") for _ in range(3))
        with paths[-1].open("a", encoding="utf-8") as handle:
            handle.write("# gewijzigd\n")
        changed = seconds("register", str(folder), "--json")
        print(f"{'':28}{'seconds':>9}{'x baseline':>12}")
        for name, value in (("baseline (audit score, 1)", baseline),
                            (f"register, first ({options.count})", first),
                            ("register, cached", cached),
                            ("register, one file changed", changed)):
            print(f"{name:28}{value:9.2f}{value / baseline:12.1f}")
    finally:
        if options.keep is None:
            shutil.rmtree(base, ignore_errors=True)  # the cache lies beside audits/, in it


if __name__ == "__main__":
    main()
