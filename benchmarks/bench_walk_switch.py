"""Time switching norms in the full-screen walk (not a test).

    python benchmarks/bench_walk_switch.py [--rounds N]

On a copy of audits/certificerend-2017.yaml (52 norms, framework 2017) the app runs
headless at 80x24; it steps through all norms with PgDn and back with PgUp. The baseline,
measured in the same run, is a key the app does nothing with, followed by the same wait
for the screen to settle: the ratio says what a switch costs beyond a keypress.

The wait for the screen to settle is Textual's pilot: it sleeps in steps of 20 ms until a
step passes without work, so the wall times move in such steps and grow when other
programs share the machine; the processor time per switch (ours and Textual's layout
and rendering) is printed as well and moves much less.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kwaliteitslabel.audit.load import load_audit  # noqa: E402
from kwaliteitslabel.walk.app import WalkApp  # noqa: E402

Times = tuple[list[float], list[float], list[float], list[float], int]


async def measure(path: Path, rounds: int) -> Times:
    app = WalkApp(load_audit(path), start_at="V1")
    switches: list[float] = []
    baseline: list[float] = []
    switch_cpu: list[float] = []
    baseline_cpu: list[float] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        count = len(app.session.norms)
        for _ in range(rounds):
            for key in ["pagedown"] * (count - 1) + ["pageup"] * (count - 1):
                start, cpu = time.perf_counter(), time.process_time()
                await pilot.press("f12")  # bound to nothing
                await pilot.pause()
                baseline.append(time.perf_counter() - start)
                baseline_cpu.append(time.process_time() - cpu)
                start, cpu = time.perf_counter(), time.process_time()
                await pilot.press(key)
                await pilot.pause()
                switches.append(time.perf_counter() - start)
                switch_cpu.append(time.process_time() - cpu)
    return switches, baseline, switch_cpu, baseline_cpu, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_STATE_HOME"] = folder  # leave the user's walk positions alone
        path = Path(folder) / "audit.yaml"
        shutil.copyfile(ROOT / "audits" / "certificerend-2017.yaml", path)
        switches, baseline, switch_cpu, baseline_cpu, count = asyncio.run(
            measure(path, args.rounds))
    switch_ms = statistics.median(switches) * 1000
    base_ms = statistics.median(baseline) * 1000
    worst_ms = max(switches) * 1000
    print(f"{count} norms, {len(switches)} switches at 80x24")
    print(f"  switch norm (PgDn/PgUp): median {switch_ms:.1f} ms, p95 "
          f"{statistics.quantiles(switches, n=20)[-1] * 1000:.1f} ms, worst {worst_ms:.1f} ms")
    print(f"  baseline (an unbound key): median {base_ms:.1f} ms")
    print(f"  ratio switch/baseline: {switch_ms / base_ms:.1f}x")
    print(f"  processor time: median {statistics.median(switch_cpu) * 1000:.1f} ms per "
          f"switch, {statistics.median(baseline_cpu) * 1000:.1f} ms per unbound key")


if __name__ == "__main__":
    main()
