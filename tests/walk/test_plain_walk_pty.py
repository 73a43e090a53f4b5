"""The plain walk (`--plain`) in a real 80x24 pseudo-terminal that can edit lines: the
card fits, the cursor keys edit, the arrow up recalls, one evidence item can go."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pexpect
import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
LEFT, UP, BACKSPACE = "\x1b[D", "\x1b[A", "\x7f"


def spawn(path: Path, *args: str) -> pexpect.spawn:
    env = {key: value for key, value in os.environ.items()
           if key not in ("KWALITEITSLABEL_NORMS", "FORCE_COLOR", "COLUMNS", "LINES")}
    env.update(TERM="xterm", NO_COLOR="1", PROMPT_TOOLKIT_NO_CPR="1", PYTHONPATH=str(ROOT))
    return pexpect.spawn(sys.executable, ["-m", "kwaliteitslabel", "audit", "run", str(path),
                                          "--plain", *args],
                         env=env, cwd=str(path.parent), encoding="utf-8", timeout=15,
                         dimensions=(24, 80))


def results(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8")).get("results") or {}


def type_line(child: pexpect.spawn, prompt: str, *keys: str) -> None:
    child.expect_exact(prompt)
    child.send("".join(keys) + "\r")


def finish(child: pexpect.spawn) -> None:
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before


@pytest.fixture
def audit(new_audit) -> Path:
    return new_audit("certificerend")


def card_at_prompt(child: pexpect.spawn, header: str) -> list[str]:
    """The lines from the norm's header rule to the verdict prompt, as shown."""
    child.expect_exact("oordeel: ")
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", child.before).replace("\r\n", "\n")
    return (shown[shown.rindex(header):] + "oordeel: ").split("\n")


def test_the_card_fits_80x24_with_the_title_above_the_verdict_prompt(audit):
    child = spawn(audit)
    card = "\n".join(lines := card_at_prompt(child, "V1 · Vakmanschap · kernnorm"))
    assert "V1 Methodisch werken volgens een gedeelde werkwijze" in card
    assert "De sociaal werker werkt methodisch" in card  # the statement
    assert len(lines) <= 24  # header to prompt: all on one 24-line screen
    child.send("g\r")  # the questions and guidance, a screen at a time
    child.expect_exact("Toetsvragen")
    child.expect_exact("Enter: verder")
    child.send("q\r")
    type_line(child, "oordeel: ", "q")
    finish(child)


@pytest.mark.parametrize("norm", ["V1", "D5", "O9"])
def test_a_2019_card_with_its_anchors_and_answer_fits_80x24(tmp_path, norm):
    path = tmp_path / "rivierstad.yaml"
    shutil.copyfile(ROOT / "audits" / "certificerend.yaml", path)
    child = spawn(path, "--norm", norm)
    lines = card_at_prompt(child, f"{norm} · ")
    card = "\n".join(lines)
    assert len(lines) <= 24, card
    assert lines[1].startswith(f"{norm} ")  # the id and title right under the header
    assert "voldoet " in card and "deels " in card and "niet " in card  # the anchors
    findings = next(line for line in lines if line.startswith("  bevindingen"))
    assert findings.endswith("…") and len(findings) <= 80  # cut, and seen to be cut
    child.send("q\r")
    finish(child)


def test_cursor_keys_edit_the_line_and_arrow_up_recalls_it(audit):
    child = spawn(audit)
    type_line(child, "oordeel: ", "1")
    type_line(child, "bevindingen: ", "Goed gedaanX", BACKSPACE, LEFT, LEFT, "Z")
    type_line(child, "bewijs 1: ", "gesprek/medewerkers: zes sociaal werkers")
    for prompt in ("bewijs 2: ", "sterk punt 1: ", "verbeterpunt 1: "):
        type_line(child, prompt)
    child.expect_exact("✓ V1 bewaard")
    type_line(child, "oordeel: ", "1")
    type_line(child, "bevindingen: ", UP)  # the findings typed at V1
    type_line(child, "bewijs 1: ", UP)  # the evidence typed at V1
    for prompt in ("bewijs 2: ", "sterk punt 1: ", "verbeterpunt 1: "):
        type_line(child, prompt)
    child.expect_exact("✓ V2 bewaard")
    type_line(child, "oordeel: ", "q")
    finish(child)
    saved = results(audit)
    assert saved["V1"]["findings"] == "Goed gedaZan"
    assert saved["V2"]["findings"] == "Goed gedaZan"
    assert saved["V2"]["evidence"] == [{"kind": "interview", "source": "medewerkers",
                                        "note": "zes sociaal werkers"}]


def test_one_evidence_item_is_removed(audit):
    child = spawn(audit)
    type_line(child, "oordeel: ", "1")
    type_line(child, "bevindingen: ", "Bekend")
    type_line(child, "bewijs 1: ", "document: methodiekhandboek")
    type_line(child, "bewijs 2: ", "gesprek/medewerkers: zes gesproken")
    for prompt in ("bewijs 3: ", "sterk punt 1: ", "verbeterpunt 1: "):
        type_line(child, prompt)
    child.expect_exact("✓ V1 bewaard")
    type_line(child, "oordeel: ", "b")
    child.expect_exact("Huidig antwoord:")
    type_line(child, "oordeel: ")  # Enter: keep the verdict
    type_line(child, "bevindingen: ")
    child.expect_exact("2. gesprek/medewerkers: zes gesproken")
    type_line(child, "bewijs 3: ", "-1")
    child.expect_exact("Weg: document: methodiekhandboek")
    for prompt in ("bewijs 2: ", "sterk punt 1: ", "verbeterpunt 1: "):
        type_line(child, prompt)
    child.expect_exact("✓ V1 bewaard")
    type_line(child, "oordeel: ", "q")
    finish(child)
    assert results(audit)["V1"]["evidence"] == [
        {"kind": "interview", "source": "medewerkers", "note": "zes gesproken"}]


def test_a_capable_terminal_gets_the_full_screen_walk_and_plain_asks_for_lines(audit):
    env = {key: value for key, value in os.environ.items()
           if key not in ("KWALITEITSLABEL_NORMS", "FORCE_COLOR", "COLUMNS", "LINES")}
    env.update(TERM="xterm-256color", PYTHONPATH=str(ROOT))
    child = pexpect.spawn(sys.executable, ["-m", "kwaliteitslabel", "audit", "run",
                                           str(audit)],
                          env=env, cwd=str(audit.parent), encoding="utf-8", timeout=30,
                          dimensions=(24, 80))
    child.expect_exact("Antwoord")  # the tab of the answer form
    child.send("1")  # a verdict with one key
    child.expect_exact("bewaard")
    child.send("q")
    child.expect_exact("Verder gaan bij V1")
    finish(child)
    assert results(audit)["V1"]["score"] == "voldoet"
