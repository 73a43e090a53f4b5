"""Soak the save path: many `audit set` processes at once, some killed mid-save.

    python benchmarks/soak_saves.py [--rounds 40] [--processes 6] [--kill 0.3]

Every round starts PROCESSES saves on random norms of one audit (some on the same
norm), and kills a share of them at a random moment. Afterwards the audit must load,
and for every norm the finding in the file must be the one of the last save that said
"bewaard" (a save that was killed, or told of a conflict, may be missing; one that said
"bewaard" may not). Prints kills, processes, acknowledged saves and answers lost.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kwaliteitslabel.audit.load import load_audit  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--processes", type=int, default=6)
    parser.add_argument("--kill", type=float, default=0.3, help="share of processes killed")
    parser.add_argument("--seed", type=int, default=2026)
    options = parser.parse_args()
    chance = random.Random(options.seed)
    folder = Path(tempfile.mkdtemp(prefix="kl-soak-"))
    path = folder / "audit.yaml"
    shutil.copy(ROOT / "audits" / "certificerend.yaml", path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    norms = [f"V{n}" for n in range(1, 17)]
    # per norm: the findings the file may hold now (the last acknowledged one, plus any
    # later save that was killed and may or may not have landed before the kill)
    allowed: dict[str, set[str]] = {}
    acknowledged_ever: dict[str, str] = {}
    started = killed = acknowledged = 0
    counter = 0
    begin = time.monotonic()
    for _ in range(options.rounds):
        running = []
        for norm in chance.sample(norms, options.processes):
            counter += 1
            finding = f"soak {counter}"
            process = subprocess.Popen(
                [sys.executable, "-m", "kwaliteitslabel", "audit", "set", str(path), norm,
                 "--score", "voldoet", "--finding", finding],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
            running.append((process, norm, finding))
            started += 1
        victims = {id(item) for item in running if chance.random() < options.kill}
        time.sleep(chance.uniform(0.2, 0.9))
        for item in running:
            if id(item) in victims:
                item[0].send_signal(signal.SIGKILL)
        for item in running:
            process, norm, finding = item
            out, _ = process.communicate()
            if process.returncode == 0 and "bewaard" in out:
                acknowledged += 1
                allowed[norm] = {finding}
                acknowledged_ever[norm] = finding
            elif process.returncode == -signal.SIGKILL:
                killed += 1
                allowed.setdefault(norm, set()).add(finding)
    audit = load_audit(path).audit  # the file loads after every kill
    lost = [norm for norm in acknowledged_ever
            if audit.results[norm].findings not in allowed[norm]]
    leftovers = [name for name in os.listdir(folder) if name.endswith(".tmp")]
    seconds = time.monotonic() - begin
    print(f"rounds {options.rounds}, processes {started}, killed mid-save {killed}, "
          f"acknowledged ('bewaard') {acknowledged}, answers lost {len(lost)}, "
          f"temporary files left by kills {len(leftovers)} (the next save removes them), "
          f"{seconds:.0f} s")
    shutil.rmtree(folder)
    return 1 if lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
