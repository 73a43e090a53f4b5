"""Time the PDF report: each example audit on its own, then all of them as a batch.

    python benchmarks/bench_report.py [AUDIT.yaml ...] [--repeat N] [--batch-copies N]

For every audit the time is split into our own work (loading and scoring the audit,
building the view, the charts and the HTML, saving the file), WeasyPrint's (layout,
and writing the PDF) and the finishing step (artifacts, PDF/UA identification, with
pikepdf). The first render of a process also pays for loading fonts and
caches; it is shown apart as "cold". The batch renders every audit `--batch-copies`
times over all cores, as `kwaliteitslabel report FOLDER` does.

A benchmark, not a test: the numbers depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kwaliteitslabel.report.paths import Target  # noqa: E402


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:7.0f} ms"


def bench_one(audit: Path, out: Path, repeat: int, lang: str) -> dict[str, float]:
    from kwaliteitslabel.report.job import make_report

    target = Target(audit, out / f"{audit.stem}.pdf")
    runs = [make_report(target, lang=lang) for _ in range(repeat)]
    warm = runs[1:] or runs
    return {
        "pages": runs[-1].pages,
        "cold": runs[0].own_seconds + runs[0].layout_seconds + runs[0].write_seconds
        + _finish(runs[0]),
        "own": statistics.median(r.own_seconds for r in warm),
        "layout": statistics.median(r.layout_seconds for r in warm),
        "write": statistics.median(r.write_seconds for r in warm),
        "finish": statistics.median(_finish(r) for r in warm),
    }


def _finish(done: object) -> float:
    return float(getattr(done, "finish_seconds", 0.0))  # 0 for versions without the step


def bench_batch(audits: list[Path], out: Path, copies: int, lang: str) -> None:
    from kwaliteitslabel.report.batch import render_many, workers_for

    targets = [Target(audit, out / f"{audit.stem}-{copy}.pdf")
               for copy in range(copies) for audit in audits]
    start = time.perf_counter()
    done = list(render_many(targets, lang=lang))
    wall = time.perf_counter() - start
    failed = [d for d in done if not d.ok]
    own = sum(d.own_seconds for d in done)
    layout = sum(d.layout_seconds for d in done)
    write = sum(d.write_seconds for d in done)
    finish = sum(_finish(d) for d in done)
    work = own + layout + write + finish
    print(f"\nbatch: {len(targets)} reports on {workers_for(len(targets))} worker(s), "
          f"{len(failed)} failed")
    print(f"  wall time        {_fmt(wall)}   ({_fmt(wall / len(targets)).strip()} per report)")
    print(f"  summed work      {_fmt(work)}   (speed-up {work / wall:.1f}x)")
    print(f"  own work         {_fmt(own)}   ({100 * own / work:.0f}%)")
    print(f"  WeasyPrint layout{_fmt(layout)}   ({100 * layout / work:.0f}%)")
    print(f"  WeasyPrint write {_fmt(write)}   ({100 * write / work:.0f}%)")
    print(f"  finishing        {_fmt(finish)}   ({100 * finish / work:.0f}%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("audits", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="renders per audit (>= 2)")
    parser.add_argument("--batch-copies", type=int, default=2,
                        help="how often each audit appears in the batch")
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    args = parser.parse_args()
    audits = args.audits or sorted((ROOT / "audits").glob("*.yaml"))
    if not audits:
        sys.exit("no audits found; give AUDIT.yaml files or add them to audits/")

    start = time.perf_counter()
    import weasyprint  # noqa: F401

    print(f"import weasyprint: {_fmt(time.perf_counter() - start).strip()}")
    load = getattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))()
    print(f"cores: {os.cpu_count()}, load average before: {load[0]:.2f}\n")
    print(f"{'audit':<24}{'pages':>6}{'cold':>11}{'own':>11}{'layout':>11}{'write':>11}"
          f"{'finish':>11}{'total':>11}")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for audit in audits:
            r = bench_one(audit, out, max(2, args.repeat), args.lang)
            total = r["own"] + r["layout"] + r["write"] + r["finish"]
            print(f"{audit.name:<24}{r['pages']:>6}{_fmt(r['cold'])}{_fmt(r['own'])}"
                  f"{_fmt(r['layout'])}{_fmt(r['write'])}{_fmt(r['finish'])}{_fmt(total)}")
        print("(own = our code, layout = WeasyPrint's layout, write = WeasyPrint's PDF "
              "writing, finish = our PDF/UA step; median of the warm runs)")
        bench_batch(audits, out, args.batch_copies, args.lang)


if __name__ == "__main__":
    main()
