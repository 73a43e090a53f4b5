"""Long unbroken words against a normal report: the time as a ratio to the baseline.

    python benchmarks/bench_long_words.py [--lengths 20000 99000] [--raw]

Renders the example self-evaluation as it is (the baseline, after one cold render),
then with one word of each length in the findings of V1, in the same process. With
`--raw` the word breaking of `report/wordbreak.py` is switched off, to see what it
saves. A benchmark, not a test: only the ratios mean something across machines.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kwaliteitslabel.report.paths import Target  # noqa: E402

MARK = "  V1:\n"


def _with_word(folder: Path, length: int) -> Path:
    text = (ROOT / "audits" / "zelfevaluatie.yaml").read_text(encoding="utf-8")
    start = text.index("findings:", text.index(MARK))
    end = text.index("\n", start)
    word = ("abcdefghij" * (length // 10 + 1))[:length]
    path = folder / f"woord-{length}.yaml"
    path.write_text(text[:end] + f"\n      {word}" + text[end:] if text[end - 1] in ">|-"
                    else text[:start] + f"findings: {word}" + text[end:], encoding="utf-8")
    return path


def _seconds(audit: Path, out: Path) -> float:
    from kwaliteitslabel.report.job import make_report

    start = time.perf_counter()
    make_report(Target(audit, out / f"{audit.stem}.pdf"))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lengths", type=int, nargs="+", default=[20_000, 99_000])
    parser.add_argument("--raw", action="store_true")
    args = parser.parse_args()
    if args.raw:
        from kwaliteitslabel.report import render

        render.break_long_words = lambda html: html  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        baseline_audit = ROOT / "audits" / "zelfevaluatie.yaml"
        _seconds(baseline_audit, folder)  # cold: fonts and caches
        baseline = _seconds(baseline_audit, folder)
        print(f"baseline {baseline:6.1f} s  1.00")
        for length in args.lengths:
            seconds = _seconds(_with_word(folder, length), folder)
            print(f"{length:>8} {seconds:6.1f} s  {seconds / baseline:.2f}")


if __name__ == "__main__":
    main()
