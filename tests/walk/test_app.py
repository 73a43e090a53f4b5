"""The full-screen walk, driven with Textual's pilot as an auditor would use the keys."""

from __future__ import annotations

import asyncio
from pathlib import Path

from ruamel.yaml import YAML
from textual.geometry import Region

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.store import save_answer
from kwaliteitslabel.walk.app import WalkApp
from kwaliteitslabel.walk.app.screens import ConflictScreen


def results(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8")).get("results") or {}


def screen_text(app: WalkApp) -> str:
    """The lines the widgets on top show now, as the terminal would show them."""
    lines = []
    for widget in app.screen.query("Static, Input, OptionList, Button"):
        if not widget.display or not widget.size.area:
            continue
        for strip in widget.render_lines(Region(0, 0, *widget.size)):
            lines.append("".join(segment.text for segment in strip).rstrip())
    return "\n".join(lines)


async def type_into(pilot, field: str, text: str) -> None:
    pilot.app.query_one(field).focus()
    await pilot.pause()
    await pilot.press(*text, "enter")
    await pilot.pause()


def test_a_norm_answered_in_full_then_back_remove_one_evidence_quit_and_resume(new_audit):
    path = new_audit()

    async def walk() -> None:
        app = WalkApp(load_audit(path), auditor="Anne Jansen")
        async with app.run_test(size=(80, 24)) as pilot:
            assert app.current.id == "V1"
            await pilot.press("2")  # deels: held until it has an improvement point
            await pilot.pause()
            assert "Nog niet bewaard" in screen_text(app)
            assert results(path) == {}
            await type_into(pilot, "#findings", "Werkwijze bekend")
            await type_into(pilot, "#evidence-note", "methodiekhandboek 2016")
            app.query_one("#kind").focus()  # the kind: choose the second one with the keys
            await pilot.press("enter", "down", "enter")
            await pilot.pause()
            await type_into(pilot, "#evidence-note", "zes sociaal werkers")
            await type_into(pilot, "#strength", "Wekelijks casuistiekoverleg")
            await type_into(pilot, "#improvement", "Evaluatiecyclus invoeren")
            assert "✓ V1 bewaard" in screen_text(app)
            v1 = results(path)["V1"]
            assert v1["score"] == "voldoet_deels"
            assert v1["findings"] == "Werkwijze bekend"
            assert [item["kind"] for item in v1["evidence"]] == ["document", "interview"]
            assert v1["strengths"] == ["Wekelijks casuistiekoverleg"]
            assert v1["improvements"] == [{"text": "Evaluatiecyclus invoeren"}]
            assert v1["assessed_by"] == "Anne Jansen"

            await pilot.press("escape", "pagedown")
            await pilot.pause()
            assert app.current.id == "V2"
            await pilot.press("pageup")  # back
            await pilot.pause()
            assert app.current.id == "V1"
            assert "methodiekhandboek 2016" in screen_text(app)
            app.query_one("#evidence").focus()
            await pilot.pause()
            await pilot.press("delete")  # the first evidence item goes
            await pilot.pause()
            assert [item["note"] for item in results(path)["V1"]["evidence"]] == \
                ["zes sociaal werkers"]
            await pilot.press("escape", "q")
            await pilot.pause()
        assert "Verder gaan bij V1" in "\n".join(app.farewell())

    asyncio.run(walk())

    async def resume() -> None:
        app = WalkApp(load_audit(path))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert app.current.id == "V1"
            text = screen_text(app)
            assert "Methodisch werken" in text and "zes sociaal werkers" in text
            assert "methodiekhandboek" not in text

    asyncio.run(resume())


def test_nvt_asks_its_reason_and_a_core_norm_refuses_it(new_audit):
    path = new_audit()

    async def walk() -> None:
        app = WalkApp(load_audit(path), start_at="V1")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("0")
            await pilot.pause()
            assert "V1 is een kernnorm" in screen_text(app)
            await pilot.press("g")
            await pilot.pause()
            await pilot.press(*"V14", "enter")
            await pilot.pause()
            assert app.current.id == "V14"
            await pilot.press("x")
            await pilot.pause()
            assert app.focused is not None and app.focused.id == "reason"
            await pilot.press(*"Geen vrijwilligers in dit team", "enter")
            await pilot.pause()

    asyncio.run(walk())
    v14 = results(path)["V14"]
    assert v14["score"] == "nvt" and v14["nvt_reason"] == "Geen vrijwilligers in dit team"
    assert "V1" not in results(path)


def test_jump_by_part_of_a_title_and_filter_open_norms(new_audit):
    path = new_audit()
    save_answer(load_audit(path), "V1", Answer(score="voldoet"))

    async def walk() -> None:
        app = WalkApp(load_audit(path), start_at="V1")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("g")
            await pilot.pause()
            await pilot.press(*"outreach", "enter")
            await pilot.pause()
            assert app.current.id == "V4"
            await pilot.press("f")  # open norms only: V1 is no longer listed
            await pilot.pause()
            listed = screen_text(app)
            assert "open normen" in listed and "V1   voldoet" not in listed
            assert "V2   open" in listed

    asyncio.run(walk())


def test_a_conflict_shows_both_versions_to_choose_from(new_audit):
    async def walk(path: Path, choice: str) -> str:
        app = WalkApp(load_audit(path), start_at="V2")
        async with app.run_test(size=(80, 24)) as pilot:
            other = load_audit(path)  # another auditor saves V2 meanwhile
            save_answer(other, "V2", Answer(score="voldoet_niet", findings="Geen aanpak",
                                            improvements=[{"text": "Aanpak beschrijven"}]))
            await type_into(pilot, "#findings", "Goede aanpak")
            await pilot.press("escape", "1")
            await pilot.pause()
            assert isinstance(app.screen, ConflictScreen)
            text = screen_text(app)
            assert "Nu in het bestand (V2):" in text and "Geen aanpak" in text
            assert "Uw antwoord, niet bewaard:" in text and "Goede aanpak" in text
            await pilot.press(choice)
            await pilot.pause()
            return screen_text(app)

    kept = new_audit("certificerend", "kept.yaml")
    text = asyncio.run(walk(kept, "b"))
    assert "de versie in het bestand blijft staan" in text
    assert results(kept)["V2"]["findings"] == "Geen aanpak"
    mine = new_audit("certificerend", "mine.yaml")
    text = asyncio.run(walk(mine, "o"))
    assert "bewaard met uw antwoord" in text
    assert results(mine)["V2"]["score"] == "voldoet"
    assert results(mine)["V2"]["findings"] == "Goede aanpak"


def test_snapshot_at_80x24_shows_the_norm_being_judged(new_audit, snap_compare):
    path = new_audit()
    app = WalkApp(load_audit(path), start_at="V3")
    assert snap_compare(app, terminal_size=(80, 24))
