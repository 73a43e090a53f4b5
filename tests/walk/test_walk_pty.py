"""`kwaliteitslabel audit run` in a real pseudo-terminal, as an auditor would use it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
PROMPT = "oordeel: "


def environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("KWALITEITSLABEL_NORMS", "NO_COLOR", "FORCE_COLOR")}
    env.update(TERM="dumb", COLUMNS="80", LINES="30", PYTHONPATH=str(ROOT))
    return env


def spawn(path: Path, *args: str) -> pexpect.spawn:
    child = pexpect.spawn(sys.executable, ["-m", "kwaliteitslabel", "audit", "run", str(path),
                                           *args],
                          env=environment(), cwd=str(path.parent), encoding="utf-8",
                          timeout=10, dimensions=(30, 80))
    return child


def status(path: Path) -> dict:
    """The audit as `kwaliteitslabel audit status --json` sees it (which validates it)."""
    result = subprocess.run([sys.executable, "-m", "kwaliteitslabel", "audit", "status",
                             str(path), "--json"], env=environment(), capture_output=True,
                            text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def results(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8")).get("results") or {}


def answer(child: pexpect.spawn, score: str, findings: str = "", *, evidence=(),
           strengths=(), improvements=()) -> None:
    """Type one whole answer at the score prompt."""
    child.expect_exact(PROMPT)
    child.sendline(score)
    child.expect_exact("bevindingen: ")
    child.sendline(findings)
    for label, lines in (("bewijs", evidence), ("sterk punt", strengths),
                         ("verbeterpunt", improvements)):
        for number, line in enumerate([*lines, ""], start=1):
            child.expect_exact(f"{label} {number}: ")
            child.sendline(line)


def finish(child: pexpect.spawn) -> None:
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before


@pytest.fixture
def audit(new_audit) -> Path:
    return new_audit("certificerend")


def test_answer_a_norm_go_back_and_quit(audit):
    child = spawn(audit, "--auditor", "Anne Jansen")
    child.expect_exact("V1 · Vakmanschap · kernnorm · 0/52 beoordeeld")
    child.expect_exact("Uw oordeel over V1?")
    answer(child, "d", "Werkwijze bekend, evaluatie ontbreekt",
           evidence=["gesprek/medewerkers: zes sociaal werkers gesproken"],
           strengths=["Wekelijks casuïstiekoverleg"],
           improvements=["Evaluatiecyclus invoeren"])
    child.expect_exact("✓ V1 bewaard: voldoet deels · 1/52 beoordeeld")
    child.expect_exact("V2 · Vakmanschap · kernnorm · 1/52 beoordeeld")
    child.expect_exact(PROMPT)
    child.sendline("b")
    child.expect_exact("V1 · Vakmanschap · kernnorm · 1/52 beoordeeld")
    child.expect_exact("Huidig antwoord: Voldoet deels")
    child.expect_exact("Werkwijze bekend, evaluatie ontbreekt")
    child.expect_exact("Enter: oordeel houden (voldoet deels)")
    child.expect_exact(PROMPT)
    child.sendline("q")
    child.expect_exact("Gestopt. 1 van 52 normen beoordeeld en bewaard.")
    child.expect_exact("Verder gaan bij V1, waar u stopte (eerste open norm: V2):")
    child.expect_exact(f"kwaliteitslabel audit run {audit}")
    finish(child)

    v1 = results(audit)["V1"]
    assert v1["score"] == "voldoet_deels"
    assert v1["findings"] == "Werkwijze bekend, evaluatie ontbreekt"
    assert v1["evidence"] == [{"kind": "interview", "source": "medewerkers",
                               "note": "zes sociaal werkers gesproken"}]
    assert v1["strengths"] == ["Wekelijks casuïstiekoverleg"]
    assert v1["improvements"] == [{"text": "Evaluatiecyclus invoeren"}]
    assert v1["assessed_by"] == "Anne Jansen"


def test_resume_starts_where_the_walk_stopped(audit):
    child = spawn(audit)
    answer(child, "1")
    child.expect_exact("✓ V1 bewaard: voldoet")
    child.expect_exact("V2 · Vakmanschap")
    child.expect_exact(PROMPT)
    child.sendline("s")
    child.expect_exact("V2 overgeslagen; er is niets bewaard.")
    child.expect_exact("V3 · Vakmanschap")
    answer(child, "v")
    child.expect_exact("✓ V3 bewaard: voldoet · 2/52 beoordeeld")
    child.expect_exact(PROMPT)
    child.sendline("q")
    child.expect_exact("Verder gaan bij V4, waar u stopte (eerste open norm: V2):")
    finish(child)

    again = spawn(audit)
    again.expect_exact("· 2/52 beoordeeld")
    again.expect_exact("V4 · Vakmanschap")
    again.expect_exact(PROMPT)
    again.sendline("g V2")
    again.expect_exact("V2 · Vakmanschap · kernnorm · 2/52 beoordeeld")
    again.expect_exact(PROMPT)
    again.sendline("q")
    again.expect_exact("Verder gaan bij V2, de eerste open norm:")
    finish(again)
    assert status(audit)["open"][:2] == ["V2", "V4"]


def test_start_at_a_chosen_norm(audit):
    child = spawn(audit, "--norm", "o3")
    child.expect_exact("O3 · Organisatie en bestuur · 0/52 beoordeeld")
    child.expect_exact(PROMPT)
    child.sendeof()
    child.expect_exact("Gestopt. 0 van 52 normen beoordeeld")
    finish(child)


def test_invalid_answers_are_refused_and_not_saved(audit):
    child = spawn(audit)
    child.expect_exact(PROMPT)
    child.sendline("0")  # nvt on core norm V1
    child.expect_exact("Niet mogelijk: V1 is een kernnorm en kan niet 'niet van toepassing'")
    child.expect_exact(PROMPT)
    child.sendline("onzin")
    child.expect_exact("'onzin' ken ik niet. Typ ? voor de toetsen.")
    child.expect_exact(PROMPT)
    child.sendline("g V14")
    child.expect_exact("V14 · Vakmanschap · 0/52 beoordeeld")
    child.expect_exact(PROMPT)
    child.sendline("x")  # nvt without reason
    child.expect_exact("reden: ")
    child.sendline("")
    child.expect_exact("Dit is verplicht; typ een reden, of b om een ander oordeel te kiezen.")
    child.expect_exact("reden: ")
    child.sendline("b")
    child.expect_exact("Terug naar het oordeel; er is niets bewaard.")
    child.expect_exact(PROMPT)
    child.sendline("2")  # deels without improvement point
    for label in ("bevindingen: ", "bewijs 1: ", "sterk punt 1: ", "verbeterpunt 1: "):
        child.expect_exact(label)
        child.sendline("")
    child.expect_exact("'voldoet deels' vraagt minstens één verbeterpunt")
    child.expect_exact("verbeterpunt 1: ")
    child.sendline("b")
    child.expect_exact("Terug naar het oordeel; er is niets bewaard.")
    child.expect_exact(PROMPT)
    child.sendline("q")
    child.expect_exact("Gestopt. 0 van 52 normen beoordeeld en bewaard.")
    finish(child)
    assert results(audit) == {}
    assert status(audit)["scored"] == 0


def test_sigkill_mid_walk_keeps_every_confirmed_answer(audit):
    child = spawn(audit)
    answer(child, "1", "Goed", evidence=["document: werkbeschrijving"])
    child.expect_exact("✓ V1 bewaard")
    answer(child, "2", "Deels", improvements=["Vraagverheldering vastleggen"])
    child.expect_exact("✓ V2 bewaard")
    answer(child, "3", "Niet", improvements=["Plan maken"])
    child.expect_exact("✓ V3 bewaard: voldoet niet · 3/52 beoordeeld")
    # a fourth answer, half typed: the process dies while it waits for evidence
    child.expect_exact(PROMPT)
    child.sendline("1")
    child.expect_exact("bevindingen: ")
    child.sendline("Half gedaan")
    child.expect_exact("bewijs 1: ")
    child.kill(signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus == signal.SIGKILL

    state = status(audit)
    assert state["scored"] == 3
    assert state["counts"] == {"voldoet": 1, "voldoet_deels": 1, "voldoet_niet": 1, "nvt": 0}
    saved = results(audit)
    assert saved["V2"]["improvements"] == [{"text": "Vraagverheldering vastleggen"}]
    assert "V4" not in saved
    assert [p.name for p in audit.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_ctrl_c_stops_and_keeps_the_answers(audit):
    child = spawn(audit)
    answer(child, "1")
    child.expect_exact("✓ V1 bewaard")
    child.expect_exact(PROMPT)
    child.sendline("2")
    child.expect_exact("bevindingen: ")
    child.sendintr()
    child.expect_exact("Onderbroken. 1 van 52 normen beoordeeld en bewaard.")
    finish(child)
    assert list(results(audit)) == ["V1"]


def test_zelfevaluatie_asks_the_organisation(new_audit):
    child = spawn(new_audit("zelfevaluatie", "zelf.yaml"))
    child.expect_exact("In hoeverre voldoet uw organisatie aan deze norm?")
    child.expect_exact(PROMPT)
    child.sendline("?")
    child.expect_exact("Toetsen bij het oordeel")
    child.expect_exact(PROMPT)
    child.sendline("q")
    finish(child)
