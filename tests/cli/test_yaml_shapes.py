"""Every YAML node shape an audit or a framework file can hold gets a message with its
line, never a traceback (issue: `? - kind: document` under `evidence:` crashed)."""

from __future__ import annotations

import shutil

import pytest

from kwaliteitslabel.framework.locate import shipped_root
from tests.conftest import AUDITS

SHAPES = {
    "explicit list key": ("    evidence:\n",
                          "    evidence:\n      ? - kind: document\n      : x\n"),
    "explicit mapping key": ("    evidence:\n",
                             "    evidence:\n      ? kind: document\n      : x\n"),
    "flow list key": ("    evidence:\n", "    evidence:\n      [kind, document]: x\n"),
    "flow mapping key": ("    evidence:\n", "    evidence:\n      {kind: document}: x\n"),
    "null key": ("    evidence:\n", "    evidence:\n      ? \n      : x\n"),
    "number key": ("    evidence:\n", "    evidence:\n      12: x\n"),
    "date key": ("    evidence:\n", "    evidence:\n      2026-01-01: x\n"),
    "boolean key": ("    evidence:\n", "    evidence:\n      yes: x\n"),
}


def _damaged(tmp_path, old: str, new: str):
    audit = tmp_path / "audit.yaml"
    text = (AUDITS / "certificerend.yaml").read_text(encoding="utf-8")
    start = text.index(old)
    end = text.index("\n    ", start + len(old))  # drop the evidence list itself
    while text[end + 1:].startswith("      "):
        end = text.index("\n", end + 1)
    audit.write_text(text[:start] + new + text[end + 1:], encoding="utf-8")
    return audit, text[:start].count("\n") + 2


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("command", [("audit", "status"), ("audit", "check"),
                                     ("audit", "set")])
def test_odd_keys_in_an_audit_give_file_and_line(cli, tmp_path, shape, command):
    audit, line = _damaged(tmp_path, *SHAPES[shape])
    before = audit.read_bytes()
    extra = ("V1", "--score", "voldoet") if command[1] == "set" else ()
    run = cli(*command, audit, *extra)
    assert run.exit_code == 1, run.output
    assert "Traceback" not in run.output
    # the odd key's line, or the line of 'evidence:' that should hold a list
    assert f"audit.yaml:{line}:" in run.stderr or f"audit.yaml:{line - 1}:" in run.stderr, \
        run.stderr
    assert audit.read_bytes() == before


def test_a_complex_key_in_a_norm_file_names_file_and_line(cli, tmp_path):
    norms = tmp_path / "kader"
    shutil.copytree(shipped_root() / "2019", norms)
    path = norms / "vakmanschap.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("norms:\n", "norms:\n  ? - id: V1\n  : x\n", 1),
                    encoding="utf-8")
    line = text[:text.index("norms:\n")].count("\n") + 2
    run = cli("norms", "check", norms)
    assert run.exit_code == 1 and "Traceback" not in run.output
    assert f"vakmanschap.yaml:{line}" in run.output, run.output
