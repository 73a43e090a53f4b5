"""The plain walk in English: its questions, prompts, keys, hints, norm text, progress and
goodbye, with none of its Dutch sentences; the norms and what auditors typed stay Dutch."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pexpect
import pytest
from rich.console import Console

from kwaliteitslabel.audit import recovery
from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.walk.plain import Walkthrough
from kwaliteitslabel.words import catalogue, set_language
from kwaliteitslabel.words.nl import walk_plain
from tests.cli.english_audit import flat, phrases
from tests.conftest import AUDITS
from tests.walk.test_walkthrough import results, set_score

ROOT = Path(__file__).resolve().parents[2]
NL, EN = catalogue("nl"), catalogue("en")
# runs of four words of the walk's Dutch sentences that none of its English ones has
DUTCH = {phrase for key in walk_plain.WORDS for phrase in phrases(NL[key])} - {
    phrase for key in EN if key.startswith("walk.") for phrase in phrases(EN[key])}
DUTCH_WORDS = ("beoordeeld", "oordeel: ", "keuze: ", "bevindingen: ", "bewijs 1: ",
               "Gestopt", "bewaard", "Toetsvragen", "kernnorm", "Voortgang")


@pytest.fixture
def english():
    """Dutch again after the test (`walk` speaks English: a command run in between, such
    as `audit new`, sets the language of its own run)."""
    yield
    set_language("nl")


def walk(path: Path, *lines: str, stream: io.StringIO | None = None, **options) -> str:
    """The walk in English on `path` with these typed lines, as one line of what it showed;
    no Dutch sentence of the walk in it."""
    screen = io.StringIO()
    console = Console(file=screen, width=80, height=40, color_system=None, highlight=False)
    typed = stream or io.StringIO("".join(f"{line}\n" for line in lines))
    set_language("en")
    Walkthrough(load_audit(path), console, typed, echo=True, **options).run()
    shown = flat(screen.getvalue())
    assert sorted(phrase for phrase in DUTCH if phrase in shown) == [], shown
    assert [text for text in DUTCH_WORDS if text in shown] == [], shown
    return shown


def test_an_answer_is_asked_and_saved_in_english(english, new_audit):
    path = new_audit()
    shown = walk(path, "?", "p", "1", "Werkwijze is bij alle teams bekend",
                 "gesprek/medewerkers: vier teams gesproken", "", "", "", "q",
                 auditor="Anne Jansen")
    assert "Stichting Welzijn Testdorp · certificerend · framework 2017 · 0/52 assessed" in shown
    assert "Type ? for the keys. Each answer is saved as soon as you complete it." in shown
    assert "V1 · Vakmanschap · core norm · 0/52 assessed" in shown
    assert "Your verdict on V1?" in shown
    assert "1/v meets the norm · 2/d partly meets the norm" in shown
    assert "(core norm: no nvt)" in shown
    assert "g questions · g V7 go to norm · s skip · b back · p progress · ? · q stop" in shown
    assert "verdict: ?" in shown
    assert "Keys at the verdict" in shown and "1 or v meets the norm" in shown
    assert "0 or x not applicable (needs a reason; not on a core norm)" in shown
    assert "skip: on to the next norm, nothing is saved" in shown
    assert "Type evidence as:" in shown
    assert "Progress: 0 of 52 norms assessed" in shown
    assert "Findings: what did you see and hear? (one line)" in shown
    assert "findings: Werkwijze is bij alle teams bekend" in shown
    assert "Evidence, one source per line · empty line: done" in shown
    assert "kind: document, gesprek (interview) or observatie (observation)" in shown
    assert "evidence 1: gesprek/medewerkers" in shown and "strength 1:" in shown
    assert "Improvement points, one per line" in shown and "improvement 1:" in shown
    assert "Note: V1 rests on a single source (interview/medewerkers); look for a second" in shown
    assert "✓ V1 saved: meets the norm · 1/52 assessed" in shown
    assert "Stopped. 1 of 52 norms assessed and saved." in shown
    assert "Carry on at V2, the first open norm: kwaliteitslabel audit run" in shown
    assert results(path)["V1"]["score"] == "voldoet"


def test_refusals_hints_and_the_norm_text_in_english(english, new_audit):
    path = new_audit()
    shown = walk(path, "0", "", "2", "", "", "", "", "b", "b", "s", "b", "b", "g V99",
                 "zzz", "g", "q", "q")
    assert "Choose a verdict first (keys above), or s: skip." in shown
    assert "A verdict 'partly meets the norm' needs at least one improvement point; type " \
           "one, or b to choose another verdict." in shown
    assert "Back to the verdict; nothing was saved." in shown
    assert "V1 skipped; nothing was saved." in shown
    assert "This is the first norm; there is no previous one." in shown
    assert "Norm 'V99' does not exist (V1–V16, D1–D16, O1–O20)." in shown
    assert "I don't know 'zzz'. Type ? for the keys." in shown
    assert "Assessment questions" in shown and "Explanation" in shown
    assert "lines · Enter: more · q: back --" in shown
    assert results(path) == {}


def test_a_reason_and_the_end_of_the_list_in_english(english, new_audit):
    path = new_audit()
    shown = walk(path, "x", "", "Geen jongerenwerk", "", "", "", "", "q", start_at="O20")
    assert "Why does O20 not apply here?" in shown
    assert "This is required; type a reason, or b to choose another verdict." in shown
    assert "✓ O20 saved: not applicable · 1/52 assessed" in shown
    assert "End of the list · 1/52 assessed" in shown
    assert "51 norms still open: V1, V2" in shown
    assert "Enter: go to V1 · g V7: go to a norm · p progress · q stop" in shown
    assert "choice: q" in shown


@pytest.mark.parametrize(("route", "question"), [
    ("zelfevaluatie", "To what extent does your organisation meet this norm?"),
    ("intercollegiaal", "Your verdict as peer assessor on V1?"),
])
def test_each_route_is_asked_in_its_own_words(english, new_audit, route, question):
    shown = walk(new_audit(route), "q")
    assert question in shown


def test_a_list_that_is_there_is_kept_emptied_or_shortened_in_english(english, new_audit):
    path = new_audit()
    set_score(path, "V1", "voldoet", strengths=["Korte lijnen", "Vaste werkwijze"])
    shown = walk(path, "", "", "", "-2", "", "", "q", start_at="V1")
    assert "Current answer: Meets the norm" in shown
    assert "strength Korte lijnen (+1)" in shown
    assert "Enter: keep the verdict (meets the norm)" in shown
    assert "There are 2; Enter: leave as they are · new lines are added · -2: remove " \
           "number 2 · -: empty the list" in shown
    assert "Removed: Vaste werkwijze" in shown
    assert results(path)["V1"]["strengths"] == ["Korte lijnen"]


class SavedMeanwhile(io.StringIO):
    """Typed lines; after the verdict is typed, a colleague saves the same norm."""

    def __init__(self, path: Path, text: str) -> None:
        super().__init__(text)
        self.path, self.lines = path, 0

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        self.lines += 1
        if self.lines == 2:
            set_score(self.path, "V1", "voldoet_deels", assessed_by="Bram de Wit",
                      improvements=[{"text": "Vastleggen"}])
        return super().readline()


def test_a_conflict_is_explained_in_english(english, new_audit):
    path = new_audit()
    stream = SavedMeanwhile(path, "1\nAlles op orde\n\n\n\n\nq\n")
    shown = walk(path, stream=stream, auditor="Anne Jansen")
    assert "Now in the file (V1):" in shown and "Your answer, not saved:" in shown
    assert "verdict voldoet_deels" in shown and "by Bram de Wit" in shown
    assert "Enter: keep what is in the file · o: overwrite it with your answer · r: answer " \
           "again" in shown
    assert "V1: the version in the file stays." in shown
    assert results(path)["V1"]["score"] == "voldoet_deels"


def test_kept_answers_are_offered_in_english(english, new_audit):
    path = new_audit()
    recovery.keep(path, recovery.Kept("V2", Answer(score="voldoet", findings="Later bewaard",
                                                   replace_lists=True), seen=None))
    shown = walk(path, "", "q")
    assert "holds 1 answers that have not been saved yet (V2)." in shown
    assert "Enter: save them now · n: later" in shown
    assert "✓ V2 saved" in shown
    assert results(path)["V2"]["findings"] == "Later bewaard"


def test_the_previous_audit_is_followed_up_in_english(english, cli, tmp_path):
    old = tmp_path / "rivierstad-2019.yaml"
    shutil.copy(AUDITS / "certificerend-2017.yaml", old)
    new = tmp_path / "rivierstad-2026.yaml"
    made = cli("audit", "new", new, "--previous", old, "--date", "2026-11-10",
               "--auditor", "Anne Jansen", "--auditor", "Bram de Wit")
    assert made.exit_code == 0, made.output
    norm = next(norm_id for norm_id, result in load_audit(new).audit.results.items()
                if result.follow_up)
    shown = walk(new, "1", "", "", "", "", "x", "a", "", "q", start_at=norm)
    assert "follow-up 1" in shown
    assert "Improvement points from the previous audit: what became of them?" in shown
    assert "a: afgerond (done) · l: loopt (in progress) · n: niet opgepakt (not taken up)" \
        in shown
    assert "Type a (afgerond, done), l (loopt, in progress) or n (niet opgepakt, not taken " \
           "up)." in shown
    assert "Note on point 1" in shown and "note: " in shown
    assert results(new)[norm]["follow_up"][0]["status"] == "afgerond"


def test_the_plain_walk_on_a_terminal_speaks_english(new_audit):
    path = new_audit()
    env = {key: value for key, value in os.environ.items()
           if key not in ("KWALITEITSLABEL_NORMS", "FORCE_COLOR", "COLUMNS", "LINES")}
    env.update(TERM="xterm", NO_COLOR="1", PROMPT_TOOLKIT_NO_CPR="1", PYTHONPATH=str(ROOT))
    child = pexpect.spawn(sys.executable, ["-m", "kwaliteitslabel", "--lang", "en", "audit",
                                           "run", str(path), "--plain"],
                          env=env, cwd=str(path.parent), encoding="utf-8", timeout=15,
                          dimensions=(24, 80))
    child.expect_exact("Your verdict on V1?")
    child.expect_exact("s skip · b back · p progress")
    child.expect_exact("verdict: ")
    child.send("?\r")
    child.expect_exact("keep the current verdict, if the norm already has one")
    child.expect_exact("verdict: ")
    child.send("q\r")
    child.expect_exact("Stopped. 0 of 52 norms assessed and saved.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert not any(phrase in flat(child.before) for phrase in DUTCH)
