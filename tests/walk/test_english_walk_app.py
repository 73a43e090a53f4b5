"""The full-screen walk speaks English on request: its top line, tabs, form, footer keys,
key help, jump and conflict screens and its messages, with none of its Dutch sentences.

Driven with Textual's pilot as in test_app.py (which asserts the Dutch), the language
set as the command line sets it; one run goes through `--lang en audit run` in a real
pseudo-terminal. What the framework and the audit say (norm texts, verdict and role
names, the verdicts' own help rows) is not translated and not checked here."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from pathlib import Path

import pexpect
import pytest
from textual.geometry import Region

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.store import save_answer
from kwaliteitslabel.walk.app import WalkApp
from kwaliteitslabel.walk.app.screens import ConflictScreen
from kwaliteitslabel.words import catalogue, set_language
from kwaliteitslabel.words.nl import walk_app
from tests.walk.test_app import results, type_into

ROOT = Path(__file__).resolve().parents[2]
NL = catalogue("nl")


def phrases(text: str) -> set[str]:
    """Every run of three words of a text, its blanks left out."""
    words = re.sub(r"\{\w+\}", " ", text).split()
    return {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}


# runs of three words of this section's Dutch texts that no English text of the walk has
DUTCH = {phrase for key in walk_app.WORDS for phrase in phrases(NL[key])} - {
    phrase for key, text in catalogue("en").items() if key.startswith("walk.")
    for phrase in phrases(text)}
# its Dutch labels of one or two words, as they would stand alone on the screen
# a warning of walk/warnings.py, which is another section's: left out of the check
WARNING = re.compile(r"V\d+: een oordeel zonder bewijs; noem wat u las, hoorde of zag")
LABELS = ("Antwoord", "Vragen en bewijs", "Bewijs", "Sterke punten", "Verbeterpunten",
          "Oordeel:", "nog geen", "volgende", "vorige", "zoek", "voortgang", "hulp",
          "beoordeeld", "normenkader", "sluiten")


def screen_text(app: WalkApp) -> str:
    """The lines the widgets on top show now, the tabs and the footer's keys included."""
    lines = []
    for widget in app.screen.query("Static, Input, OptionList, Button, Tab, FooterKey"):
        if not widget.display or not widget.size.area:
            continue
        for strip in widget.render_lines(Region(0, 0, *widget.region.size)):
            lines.append("".join(segment.text for segment in strip).rstrip())
    return "\n".join(lines)


def no_dutch(text: str, *data: str) -> str:
    """`text` as one line; none of the walk's Dutch in it (`data`: the audit's own)."""
    shown = WARNING.sub(" ", " ".join(text.split()))
    for own in data:
        shown = shown.replace(own, " ")
    assert sorted(phrase for phrase in DUTCH if phrase in shown) == [], shown
    assert [label for label in LABELS
            if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", shown)] == [], shown
    return shown


@pytest.fixture
def english():
    """The walk in English, as `--lang en` sets it; Dutch again afterwards."""
    def start(path: Path, **options: object) -> WalkApp:
        set_language("en")  # after the audit was made: each command line run sets it
        return WalkApp(load_audit(path), **options)  # type: ignore[arg-type]

    yield start
    set_language("nl")


def test_the_check_for_dutch_finds_the_dutch_walk(new_audit):
    """The check can fail: the same screen in Dutch trips it."""
    path = new_audit()

    async def walk() -> str:
        app = WalkApp(load_audit(path), start_at="V1")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            return " ".join(screen_text(app).split())

    shown = asyncio.run(walk())
    assert {phrase for phrase in DUTCH if phrase in shown}
    assert "Vragen en bewijs" in shown and "Oordeel:" in shown


def test_the_screen_form_footer_and_key_help_in_english(new_audit, english):
    path = new_audit()

    async def walk() -> None:
        app = english(path, start_at="V1")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            shown = no_dutch(screen_text(app))
            assert "Stichting Welzijn Testdorp · certificerend · framework 2017 · " \
                "0/" in shown and " assessed · all norms" in shown
            assert "Answer" in shown and "Questions and evidence" in shown
            assert "Verdict: none yet" in shown and "core norm" in shown
            assert "Findings: what did you see and hear? (Enter saves)" in shown
            assert "Evidence: what did you read, hear or see? (Enter adds)" in shown
            for key in ("next", "previous", "find", "filter", "progress", "help", "stop"):
                assert re.search(rf"\b{key}\b", shown), key
            await pilot.press("question_mark")
            await pilot.pause()
            shown = screen_text(app)
            assert "Keys of the walk" in shown and "Esc: close" in shown
            no_dutch(shown)
            flat = " ".join(shown.split())
            for row in ("PgDn or ] next norm", "PgUp, [ or b previous norm",
                        "g go to a norm: its id (V7) or part of its title",
                        "f filter: all, open, this area, conflicts",
                        "Delete in a list: remove the chosen item (saved)",
                        "q stop (saved answers are kept)", "Every confirmed field is saved"):
                assert row in flat, row
            await pilot.press("escape")
            await pilot.pause()
            app.query_one("#findings").focus()
            await pilot.pause()
            await pilot.press("tab", "tab")  # past the evidence kind to the source
            await pilot.pause()
            no_dutch(screen_text(app))  # the other fields' placeholders
            form = screen_text(app)
            assert "source" in form and "Strength (Enter adds)" in form
            assert "Improvement point (Enter adds)" in form

    asyncio.run(walk())


def test_the_messages_of_answering_moving_and_quitting_in_english(new_audit, english):
    path = new_audit()

    async def walk() -> WalkApp:
        app = english(path, start_at="V1")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("pageup")
            await pilot.pause()
            assert "This is the first norm." in no_dutch(screen_text(app))
            await pilot.press("2")  # voldoet deels: held until it has an improvement point
            await pilot.pause()
            assert "Not saved yet: " in no_dutch(screen_text(app))
            assert results(path) == {}
            await pilot.press("escape", "q")
            await pilot.pause()
            assert "Not saved yet: V1. Press q again to stop anyway." in \
                no_dutch(screen_text(app))
            await type_into(pilot, "#improvement", "Evaluatiecyclus invoeren")
            assert "✓ V1 saved · 1/" in no_dutch(screen_text(app), "Evaluatiecyclus invoeren")
            assert " assessed" in screen_text(app)
            await pilot.press("escape", "f")
            await pilot.pause()
            assert "Filter: open norms" in no_dutch(screen_text(app))
            await pilot.press("q")
            await pilot.pause()
        return app

    asyncio.run(walk())
    assert results(path)["V1"]["improvements"] == [{"text": "Evaluatiecyclus invoeren"}]


def test_a_jump_to_no_norm_says_so_in_english(new_audit, english):
    """The typed text went on from the jump screen to the app as if it were a field of the
    answer, whose message ('V1 unchanged') took the place of the jump's."""
    path = new_audit()
    save_answer(load_audit(path), "V1", Answer(score="voldoet"))

    async def walk() -> None:
        app = english(path, start_at="V1")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("g")
            await pilot.pause()
            assert "Go to norm: type an id (V7) or part of the title" in \
                no_dutch(screen_text(app))
            await pilot.press(*"zzz", "enter")
            await pilot.pause()
            shown = no_dutch(screen_text(app))
            assert "No norm has 'zzz' in its id or title." in shown
            assert "unchanged" not in shown
            await pilot.press("g", *"outreach", "enter")
            await pilot.pause()
            assert app.current.id == "V4"
            assert "Not saved yet" not in screen_text(app)

    asyncio.run(walk())


def test_a_verdict_refused_on_a_core_norm_in_english(new_audit, english):
    path = new_audit()

    async def walk() -> None:
        app = english(path, start_at="V1")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("0")
            await pilot.pause()
            assert "Not possible: " in no_dutch(screen_text(app))

    asyncio.run(walk())
    assert results(path) == {}


def test_a_conflict_in_english(new_audit, english):
    async def walk(path: Path, choice: str) -> str:
        app = english(path, start_at="V2")
        async with app.run_test(size=(100, 30)) as pilot:
            save_answer(load_audit(path), "V2", Answer(
                score="voldoet_niet", findings="Geen aanpak",
                improvements=[{"text": "Aanpak beschrijven"}]))  # another auditor, meanwhile
            await type_into(pilot, "#findings", "Goede aanpak")
            await pilot.press("escape", "1")
            await pilot.pause()
            assert isinstance(app.screen, ConflictScreen)
            shown = screen_text(app)
            assert "b: keep the version in the file" in shown
            assert "o: overwrite with my answer" in shown
            await pilot.press(choice)
            await pilot.pause()
            return no_dutch(screen_text(app), "Goede aanpak", "Geen aanpak")

    kept = new_audit("certificerend", "kept.yaml")
    assert "V2: the version in the file is kept." in asyncio.run(walk(kept, "b"))
    assert results(kept)["V2"]["findings"] == "Geen aanpak"
    mine = new_audit("certificerend", "mine.yaml")
    assert "✓ V2 saved with your answer" in asyncio.run(walk(mine, "o"))
    assert results(mine)["V2"]["findings"] == "Goede aanpak"


def test_lang_en_audit_run_in_a_terminal_shows_the_english_walk(new_audit):
    path = new_audit()
    env = {key: value for key, value in os.environ.items()
           if key not in ("KWALITEITSLABEL_NORMS", "KWALITEITSLABEL_LANG", "FORCE_COLOR",
                          "COLUMNS", "LINES")}
    env.update(TERM="xterm-256color", PYTHONPATH=str(ROOT))
    child = pexpect.spawn(sys.executable, ["-m", "kwaliteitslabel", "--lang", "en", "audit",
                                           "run", str(path)],
                          env=env, cwd=str(path.parent), encoding="utf-8", timeout=30,
                          dimensions=(24, 80))
    child.expect_exact("Questions and evidence")  # the tabs, made after the language was set
    child.send("1")
    child.expect_exact("saved")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert results(path)["V1"]["score"] == "voldoet"
