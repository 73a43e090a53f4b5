"""The largest audit the limits allow: how long `report` takes and how much memory.

    python benchmarks/bench_largest.py [--shape evidence|all] [--runs 1] [--keep DIR]

Generates an audit of the 2019 framework (49 norms) that fills the limits of
kwaliteitslabel/limits.py: MAX_NORM_ITEMS items listed on every norm (evidence,
strengths and improvement points in equal parts; `--shape evidence`: evidence only),
each text as long as the audit's size limit (MAX_AUDIT_BYTES) leaves room for, in
ordinary words (long unbroken words are bench_long_words.py's business). The audit is
checked with `audit check` first, so it is one the tool accepts; then `kwaliteitslabel
report` runs as a child process, after the example it was made from (as the measure of
the machine), and its wall time and peak memory (the child's ru_maxrss, from os.wait4)
are printed. The goal of issue 22: within 20 s and 600 MB. `--bytes` and `--items` try
other limits.

A benchmark, not a test: the numbers depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kwaliteitslabel.limits import (  # noqa: E402
    MAX_AUDIT_BYTES,
    MAX_NORM_ITEMS,
    MAX_TEXT_CHARS,
)

BASE = ROOT / "audits" / "zelfevaluatie.yaml"  # 2019, a header the tool accepts
GOAL_SECONDS, GOAL_MB = 20.0, 600.0
WORDS = ("beleid", "medewerkers", "inwoners", "gesprek", "dossier", "werkwijze", "team",
         "evaluatie", "afspraken", "ondersteuningsplan", "vrijwilligers", "gemeente",
         "kwaliteit", "casuïstiekoverleg", "mantelzorg", "verslag", "jaarplan", "de", "het",
         "een", "en", "met", "voor", "van", "in", "op", "bij", "samen", "goed", "twee")


def _text(rng: random.Random, length: int) -> str:
    """Ordinary words up to `length` characters (no word longer than 18)."""
    words, size = [], 0
    while size < length:
        word = rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:length].strip() or "tekst"


def _norm_ids() -> list[str]:
    from kwaliteitslabel.framework.load import load_framework

    framework = load_framework(ROOT / "norms" / "2019")
    return [norm.id for norm in framework.norms]


def _split(items: int, shape: str) -> tuple[int, int, int]:
    """Evidence, strengths and improvement points of one norm, `items` together."""
    if shape == "evidence":
        return items, 0, 0
    third = items // 3
    return items - 2 * third, third, third


def _results(ids: list[str], shape: str, text_chars: int, items: int) -> str:
    """The `results:` block, each string a JSON string (valid YAML double-quoted)."""
    rng = random.Random(22)
    lines = ["results:"]
    quote = json.dumps
    evidence, strengths, improvements = _split(items, shape)
    for norm in ids:
        lines += [f"  {norm}:", "    score: voldoet",
                  f"    findings: {quote(_text(rng, text_chars * 4))}"]
        lines += ["    evidence:"] if evidence else []
        for _ in range(evidence):
            lines += ["      - kind: document",
                      f"        source: {quote(_text(rng, text_chars // 2))}",
                      f"        reference: {quote(_text(rng, text_chars // 2))}",
                      f"        note: {quote(_text(rng, text_chars))}"]
        for key, count in (("strengths", strengths), ("improvements", improvements)):
            lines += [f"    {key}:"] if count else []
            lines += [f"      - {quote(_text(rng, text_chars))}" for _ in range(count)]
    return "\n".join(lines) + "\n"


def generate(path: Path, shape: str, budget: int = MAX_AUDIT_BYTES,
             items: int = MAX_NORM_ITEMS) -> dict[str, int]:
    """Write the largest audit of `shape` to `path`: `items` listed on every norm, the
    longest texts that keep the file within `budget` bytes (found by halving)."""
    header = BASE.read_text(encoding="utf-8").split("\nresults:", 1)[0] + "\n"
    ids = _norm_ids()
    texts = len(ids) * (items + 1)  # each about text_chars long
    low, high = 1, min(MAX_TEXT_CHARS, budget // texts + 1)
    while low < high:  # the largest text length whose file still fits
        middle = (low + high + 1) // 2
        size = len((header + _results(ids, shape, middle, items)).encode())
        low, high = (middle, high) if size <= budget else (low, middle - 1)
    data = (header + _results(ids, shape, low, items)).encode()
    path.write_bytes(data)
    return {"norms": len(ids), "items per norm": items, "text chars": low,
            "bytes": len(data)}


def measure(argv: list[str]) -> tuple[float, float, int, str]:
    """Wall seconds, peak resident MB of the child, its exit code and its stderr."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stderr is not None and child.stdout is not None
    output = child.stdout.read() + child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    return wall, usage.ru_maxrss / 1024, child.returncode, output.decode(errors="replace")


def _report(tool: list[str], audit: Path, pdf: Path) -> tuple[float, str]:
    wall, peak, code, output = measure([*tool, "report", str(audit), "-o", str(pdf),
                                        "--force"])
    verdict = "met" if code == 0 and wall <= GOAL_SECONDS and peak <= GOAL_MB else "NOT met"
    last = output.strip().splitlines()[-1] if output.strip() else ""
    return wall, (f"{audit.name}: exit {code}, {wall:.1f} s, peak {peak:.0f} MB "
            f"(goal {GOAL_SECONDS:g} s, {GOAL_MB:g} MB: {verdict})\n    {last[:200]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", choices=("evidence", "all"), default="all",
                        help="evidence: only evidence lists full; all: also strengths and "
                        "improvements (default)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--bytes", type=int, default=MAX_AUDIT_BYTES,
                        help="file size to fill (default: the limit for audits)")
    parser.add_argument("--items", type=int, default=MAX_NORM_ITEMS,
                        help="items listed on each norm (default: the limit)")
    parser.add_argument("--keep", type=Path, help="keep the audit and the PDF in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kwaliteitslabel-largest-"))
    folder.mkdir(parents=True, exist_ok=True)
    audit, pdf = folder / f"grootste-{args.shape}.yaml", folder / f"grootste-{args.shape}.pdf"
    facts = generate(audit, args.shape, args.bytes, args.items)
    print(", ".join(f"{name}: {value}" for name, value in facts.items())
          + f" (limits: {MAX_AUDIT_BYTES} bytes, {MAX_NORM_ITEMS} items per norm)")
    tool = [sys.executable, "-m", "kwaliteitslabel"]
    wall, _, code, output = measure([*tool, "audit", "check", str(audit)])
    print(f"audit check: exit {code}, {wall:.1f} s")
    if code != 0:
        sys.exit(f"the generated audit is refused:\n{output}")
    for _ in range(args.runs):  # the example first, as the measure of the machine
        example, line = _report(tool, BASE, folder / "voorbeeld.pdf")
        print("  " + line)
        largest, line = _report(tool, audit, pdf)
        print("  " + line + f"\n    {largest / example:.1f} times as long as the example")
    if args.keep is None:
        for path in (audit, pdf, folder / "voorbeeld.pdf"):
            path.unlink(missing_ok=True)
        folder.rmdir()


if __name__ == "__main__":
    main()
