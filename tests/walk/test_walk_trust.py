"""The walk keeps every answer: another save is never thrown away, a failed save is kept.

In a real pseudo-terminal, with other processes saving at the same time and on a disk
that is full, as an audit duo on one shared file would meet them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pexpect

from kwaliteitslabel.audit import recovery
from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.load import load_audit
from tests.conftest import AUDITS
from tests.system import fill, run, tmpfs
from tests.walk.test_walk_pty import PROMPT, environment, results, spawn
from tests.walk.test_walkthrough import walk

OTHER_EVIDENCE = "gesprek/clientenraad: voorzitter en twee leden"


def _set_elsewhere(path: Path, *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "kwaliteitslabel", "audit", "set", str(path),
                           *args], env=environment(), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr


def _example(tmp_path: Path) -> Path:
    path = tmp_path / "certificerend.yaml"
    shutil.copy(AUDITS / "certificerend.yaml", path)
    return path


def _keep_everything(child: pexpect.spawn) -> None:
    """Enter at the verdict and at every question: keep what is there."""
    child.sendline("")
    for prompt in ("bevindingen: ", "bewijs ", "sterk punt ", "verbeterpunt "):
        child.expect_exact(prompt)
        child.sendline("")


def test_keeping_an_answer_never_throws_away_evidence_saved_meanwhile(tmp_path):
    path = _example(tmp_path)
    child = spawn(path, "--norm", "V1")
    child.expect_exact(PROMPT)
    _set_elsewhere(path, "V1", "--score", "voldoet", "--evidence", OTHER_EVIDENCE)
    _keep_everything(child)
    child.expect_exact("V1 ongewijzigd; er is niets bewaard.")
    child.expect_exact("keuze: ")  # every other norm of the example is answered
    child.sendline("q")
    child.expect(pexpect.EOF)
    sources = [item.get("source") for item in results(path)["V1"]["evidence"]]
    assert "clientenraad" in sources


def test_a_changed_answer_on_a_norm_changed_meanwhile_lets_the_auditor_choose(tmp_path):
    path = _example(tmp_path)
    child = spawn(path, "--norm", "V1")
    child.expect_exact(PROMPT)
    _set_elsewhere(path, "V1", "--score", "voldoet", "--evidence", OTHER_EVIDENCE)
    child.sendline("")
    child.expect_exact("bevindingen: ")
    child.sendline("")
    child.expect_exact("bewijs ")
    child.sendline("")
    child.expect_exact("sterk punt ")
    child.sendline("Nieuw sterk punt uit de loop")
    child.expect_exact("sterk punt ")
    child.sendline("")
    child.expect_exact("verbeterpunt ")
    child.sendline("")
    child.expect_exact("V1 is intussen door een ander gewijzigd")
    child.expect_exact("Nu in het bestand (V1):")
    child.expect_exact("Enter: houd wat in het bestand staat")
    child.sendline("")
    child.expect_exact("V1: de versie in het bestand blijft staan.")
    child.expect_exact("keuze: ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    v1 = results(path)["V1"]
    assert "clientenraad" in [item.get("source") for item in v1["evidence"]]
    assert "Nieuw sterk punt uit de loop" not in v1.get("strengths", [])


def test_the_auditor_may_overwrite_after_seeing_the_other_answer(tmp_path):
    path = _example(tmp_path)
    child = spawn(path, "--norm", "V1")
    child.expect_exact(PROMPT)
    _set_elsewhere(path, "V1", "--score", "voldoet_niet", "--improvement", "Van de ander")
    child.sendline("1")
    child.expect_exact("bevindingen: ")
    child.sendline("Mijn eigen bevinding")
    for prompt in ("bewijs ", "sterk punt ", "verbeterpunt "):
        child.expect_exact(prompt)
        child.sendline("")
    child.expect_exact("Enter: houd wat in het bestand staat")
    child.sendline("o")
    child.expect_exact("✓ V1 bewaard: voldoet")
    child.expect_exact("keuze: ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    v1 = results(path)["V1"]
    assert v1["score"] == "voldoet" and v1["findings"] == "Mijn eigen bevinding"
    assert all(item.get("text") != "Van de ander" for item in v1.get("improvements", []))


def test_characters_an_audit_refuses_are_refused_in_the_walk(new_audit):
    from tests.cli.test_trusted_save import REFUSED
    path = new_audit()
    # ESC starts the sequences of keys (arrows, Home), which the walk drops as keys
    typed = [char for char in REFUSED if char not in ("\r", "\x1b")]
    lines = ["1", *(f"tekst {char} hier" for char in typed), "schone tekst", "", "", "", "q"]
    screen = walk(path, *lines)
    for char in typed:
        assert f"het teken U+{ord(char):04X}" in screen, repr(char)
    assert results(path)["V1"]["findings"] == "schone tekst"
    assert run("audit", "status", path).exit_code == 0


def test_a_full_disk_keeps_the_answer_apart_and_it_can_be_saved_later(tmp_path):
    with tmpfs("128k") as disk:
        path = disk / "audit.yaml"
        shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
        before = path.read_bytes()
        fill(disk)
        child = spawn(path, "--norm", "V1")
        child.expect_exact(PROMPT)
        child.sendline("2")
        child.expect_exact("bevindingen: ")
        child.sendline("Bevinding bij volle schijf")
        child.expect_exact("bewijs ")
        child.sendline("")
        child.expect_exact("sterk punt ")
        child.sendline("")
        child.expect_exact("verbeterpunt ")
        child.sendline("Verbeterpunt bij volle schijf")
        child.expect_exact("verbeterpunt ")
        child.sendline("")
        child.expect_exact("de schijf is vol")
        child.expect_exact("Uw antwoord is niet verloren")
        child.sendline("")  # try again: still full
        child.expect_exact("de schijf is vol")
        child.sendline("q")
        child.expect_exact("V1 apart bewaard in")
        child.expect(pexpect.EOF)
        child.close()
        assert path.read_bytes() == before
        kept = recovery.find(path)
        assert kept is not None
        (disk / "vulling.bin").unlink()
        done = run("audit", "set", path, "--recover")
        assert done.exit_code == 0, done.output
        assert "V1 bewaard" in done.stdout
        v1 = load_audit(path).audit.results["V1"]
        assert v1.score == "voldoet_deels" and v1.findings == "Bevinding bij volle schijf"
        assert recovery.find(path) is None


def test_the_walk_offers_kept_answers_at_the_start(new_audit):
    path = new_audit()
    recovery.keep(path, recovery.Kept("V2", Answer(score="voldoet", findings="Later bewaard",
                                                   replace_lists=True), seen=None))
    screen = walk(path, "", "q")
    assert "staan 1 antwoorden die nog niet zijn bewaard (V2)" in screen
    assert "✓ V2 bewaard" in screen
    assert results(path)["V2"]["findings"] == "Later bewaard"
    assert recovery.find(path) is None
