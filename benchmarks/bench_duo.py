"""Time the duo's commands in-process (not a test), as ratios to loading the audit once.

    python benchmarks/bench_duo.py [--repeat N]

On copies of the example certifying audit (49 norms): a merge of two copies with five
conflicts (plan, build and the verified save), an XLSX export, an import of that
unchanged sheet, and the programme. Each is printed as its median wall time and as a
ratio to `load_audit` of the same file, measured in the same run.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kwaliteitslabel import yamlio  # noqa: E402
from kwaliteitslabel.audit import store  # noqa: E402
from kwaliteitslabel.audit.answer import Answer  # noqa: E402
from kwaliteitslabel.audit.load import load_audit  # noqa: E402
from kwaliteitslabel.cycle import export, import_sheet  # noqa: E402
from kwaliteitslabel.cycle.merge import build, plan  # noqa: E402
from kwaliteitslabel.cycle.programme import programme  # noqa: E402


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    repeat = parser.parse_args().repeat
    folder = Path(tempfile.mkdtemp(prefix="bench-duo-"))
    try:
        a, b = folder / "a.yaml", folder / "b.yaml"
        shutil.copyfile(ROOT / "audits" / "certificerend-advies.yaml", a)
        shutil.copyfile(a, b)
        loaded_b = load_audit(b)
        for norm in ("V1", "V2", "D1", "D2", "O1"):
            loaded_b = store.save_answer(loaded_b, norm, Answer(
                score="voldoet_deels", findings="Anders gezien.",
                improvements=[{"text": "Verbeteren"}]))
        sheet = folder / "a.xlsx"
        sheet.write_bytes(export.export(load_audit(a), "xlsx"))
        counter = iter(range(10_000))

        def merge() -> None:
            merged = plan(load_audit(a), load_audit(b))
            output = folder / f"m{next(counter)}.yaml"
            store.create(yamlio.Document(path=output, tree=build(merged), digest=""),
                         merged.a.framework)

        baseline = median_seconds(lambda: load_audit(a), repeat)
        jobs: list[tuple[str, Callable[[], object]]] = [
            ("merge (5 conflicts)", merge),
            ("export xlsx", lambda: export.export(load_audit(a, editable=False), "xlsx")),
            ("import unchanged xlsx", lambda: import_sheet.apply(load_audit(a), sheet,
                                                                 dry_run=True)),
            ("programme", lambda: programme(*(lambda x: (x.framework, x.audit))(
                load_audit(a, editable=False)))),
        ]
        print(f"{'load_audit (baseline)':28} {baseline * 1000:8.1f} ms   1.0x")
        for name, job in jobs:
            seconds = median_seconds(job, repeat)
            print(f"{name:28} {seconds * 1000:8.1f} ms {seconds / baseline:5.1f}x")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
