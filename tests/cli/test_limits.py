"""The limits that keep the largest audit's report within about 20 s and 600 MB
(kwaliteitslabel/limits.py, benchmarks/bench_largest.py): an audit over them gets a
message naming the file (and the norm's line), exit 1, and stays as it was."""

from __future__ import annotations

import shutil

from kwaliteitslabel.limits import MAX_AUDIT_BYTES, MAX_NORM_ITEMS
from tests.conftest import AUDITS

NORM = "  V1:\n    score: voldoet\n"


def _audit(tmp_path, extra: str) -> tuple[object, int]:
    """The example self-evaluation with `extra` lines under V1, and V1's line."""
    path = tmp_path / "audit.yaml"
    shutil.copyfile(AUDITS / "zelfevaluatie.yaml", path)
    text = path.read_text(encoding="utf-8")
    assert NORM in text
    path.write_text(text.replace(NORM, NORM + extra, 1), encoding="utf-8")
    return path, text[:text.index(NORM)].count("\n") + 1


def test_an_audit_over_the_size_limit_is_refused_with_the_limit(cli, tmp_path):
    filler = "x " * 100
    lines = "".join(f"    # {filler}\n" for _ in range(MAX_AUDIT_BYTES // len(filler)))
    path, _ = _audit(tmp_path, lines)
    before = path.read_bytes()
    for args in (("audit", "status", path), ("report", path, "-o", tmp_path / "r.pdf")):
        result = cli(*args)
        assert result.exit_code == 1, result.output
        assert f"{path}: het auditbestand is te groot" in result.stderr
        assert f"hoogstens {MAX_AUDIT_BYTES // 1024} KiB" in result.stderr
        assert "Traceback" not in result.output
    assert path.read_bytes() == before and not (tmp_path / "r.pdf").exists()


def test_too_many_items_on_one_norm_are_refused_at_its_line(cli, tmp_path):
    """Each list within its own limit, but together more than a norm may list."""
    from kwaliteitslabel.audit.load import load_audit

    result = load_audit(AUDITS / "zelfevaluatie.yaml").audit.results["V1"]
    assert result.strengths or result.improvements
    path, line = _audit(tmp_path, "")
    text = path.read_text(encoding="utf-8")
    start = text.index("    evidence:\n", text.index(NORM)) + len("    evidence:\n")
    more = "      - kind: document\n        note: nog een stuk\n"
    path.write_text(text[:start] + more * (MAX_NORM_ITEMS - len(result.evidence))
                    + text[start:], encoding="utf-8")
    result = cli("audit", "status", path)
    assert result.exit_code == 1, result.output
    assert "te veel punten bij deze norm" in result.stderr
    assert f"hoogstens {MAX_NORM_ITEMS}" in result.stderr
    assert f"{path}:{line}" in result.stderr, result.stderr


def test_a_save_over_the_limit_is_refused_and_keeps_the_file(cli, tmp_path):
    path, _ = _audit(tmp_path, "")
    evidence = [arg for index in range(MAX_NORM_ITEMS + 1)
                for arg in ("--evidence", f"document: stuk {index}")]
    before = path.read_bytes()
    result = cli("audit", "set", path, "V2", "--score", "voldoet", "--finding", "Goed",
                 *evidence)
    assert result.exit_code == 1, result.output
    assert f"hoogstens {MAX_NORM_ITEMS}" in result.stderr and "Traceback" not in result.output
    assert path.read_bytes() == before
    result = cli("audit", "set", path, "V2", "--score", "voldoet", "--finding", "Goed",
                 *evidence[:2 * 5])
    assert result.exit_code == 0, result.output
