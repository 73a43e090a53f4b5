"""`audit merge` in a real pseudo-terminal: the lead auditor chooses per conflict."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pexpect
from ruamel.yaml import YAML

from tests.walk.test_walk_pty import environment


def saved(path: Path):
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def ok(result):
    assert result.exit_code == 0, result.output
    return result


def test_the_lead_auditor_chooses_per_conflict_in_a_terminal(cli, new_audit):
    a = new_audit("certificerend", "anne.yaml")
    b = a.parent / "bram.yaml"
    shutil.copyfile(a, b)
    ok(cli("audit", "set", a, "V1", "--score", "voldoet", "--finding", "Gedeelde werkwijze.",
           "--auditor", "Anne Jansen"))
    ok(cli("audit", "set", b, "V1", "--score", "voldoet_deels", "--finding", "Niet in elk team.",
           "--improvement", "Werkwijze in elk team", "--auditor", "Bram de Wit"))
    ok(cli("audit", "set", a, "V2", "--score", "voldoet", "--finding", "Het plan is er.",
           "--evidence", "document: Plan", "--auditor", "Anne Jansen"))
    ok(cli("audit", "set", b, "V2", "--score", "voldoet", "--finding", "Inwoners kennen het.",
           "--evidence", "gesprek/clienten: twee inwoners", "--auditor", "Bram de Wit"))
    ok(cli("audit", "set", a, "V3", "--score", "voldoet", "--finding", "Ja.",
           "--auditor", "Anne Jansen"))
    ok(cli("audit", "set", b, "V3", "--score", "voldoet_niet", "--finding", "Nee.",
           "--improvement", "Plan", "--auditor", "Bram de Wit"))
    ok(cli("audit", "details", b, "--fte", "82"))
    merged = a.parent / "samen.yaml"
    child = pexpect.spawn(sys.executable, ["-m", "kwaliteitslabel", "audit", "merge", a.name,
                                           b.name, "-o", merged.name],
                          env=environment(), cwd=str(a.parent), encoding="utf-8", timeout=20,
                          dimensions=(40, 100))
    transcript: list[str] = []
    child.logfile_read = _Collect(transcript)
    child.expect_exact("4 conflict(en) tussen anne.yaml (A) en bram.yaml (B)")
    child.expect_exact("Gegeven 'fte'")
    child.expect_exact("[a/b/o] (o): ")
    child.sendline("b")
    child.expect_exact("V1 Methodisch werken")
    child.expect_exact("Niet in elk team.")
    child.expect_exact("[a/b/s/o] (o): ")
    child.sendline("b")
    child.expect_exact("[a/b/s/o] (o): ")  # V2: both lists, one verdict
    child.sendline("s")
    child.expect_exact("Oordeel [voldoet/voldoet_deels/voldoet_niet/nvt]: ")
    child.sendline("voldoet_deels")  # without an improvement point: refused, asked again
    child.expect_exact("vraagt minstens één verbeterpunt")
    child.expect_exact("[a/b/s/o] (o): ")
    child.sendline("s")
    child.expect_exact("Oordeel [voldoet/voldoet_deels/voldoet_niet/nvt]: ")
    child.sendline("voldoet")
    child.expect_exact("[a/b/s/o] (o): ")  # V3: left open
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, "".join(transcript)
    text = "".join(transcript)
    assert "Conflicten vastgelegd, nog open: V3." in text
    data = saved(merged)
    assert data["fte"] == 82
    assert data["results"]["V1"]["score"] == "voldoet_deels"
    assert data["results"]["V1"]["assessed_by"] == "Bram de Wit"
    v2 = data["results"]["V2"]
    assert v2["score"] == "voldoet" and v2["assessed_by"] == "Anne Jansen en Bram de Wit"
    assert [item["kind"] for item in v2["evidence"]] == ["document", "interview"]
    assert "score" not in data["results"]["V3"]
    assert [side["score"] for side in data["results"]["V3"]["conflict"]] == \
        ["voldoet", "voldoet_niet"]


class _Collect:
    def __init__(self, into: list[str]) -> None:
        self.into = into

    def write(self, text: str) -> None:
        self.into.append(text)

    def flush(self) -> None:
        pass
