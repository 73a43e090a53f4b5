"""Switching norms in the full-screen walk shows each norm's own lists: the item lists keep
their rows between norms, so a row of the previous norm must never show or be removed."""

from __future__ import annotations

import asyncio

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.store import save_answer
from kwaliteitslabel.walk.app import WalkApp
from tests.walk.test_app import results, screen_text


def evidence(*notes: str) -> list[dict[str, str]]:
    return [{"kind": "document", "note": note} for note in notes]


def test_switching_shows_only_the_lists_of_the_norm_and_delete_stays_inside(new_audit):
    path = new_audit()
    save_answer(load_audit(path), "V1", Answer(
        score="voldoet", evidence=evidence("jaarplan 2018", "teamnotulen", "werkinstructie"),
        strengths=["Vaste casuistiek", "Korte lijnen"]))
    save_answer(load_audit(path), "V2", Answer(
        score="voldoet", evidence=evidence("beleidsnotitie", "klachtenregister")))

    async def walk() -> None:
        app = WalkApp(load_audit(path), start_at="V1")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            text = screen_text(app)
            assert "3. document: werkinstructie" in text and "2. Korte lijnen" in text
            await pilot.press("pagedown")
            await pilot.pause()
            text = screen_text(app)
            assert app.current.id == "V2"
            assert "1. document: beleidsnotitie" in text
            assert "2. document: klachtenregister" in text
            for earlier in ("jaarplan", "werkinstructie", "Vaste casuistiek", "Korte lijnen"):
                assert earlier not in text
            await pilot.press("pagedown")  # V3 has no answer: no lists at all
            await pilot.pause()
            assert "document:" not in screen_text(app)
            await pilot.press("pageup")
            await pilot.pause()
            app.query_one("#evidence").focus()
            await pilot.pause()
            await pilot.press("down", "down", "down", "delete")  # past the last one: stays
            await pilot.pause()
            assert [item["note"] for item in results(path)["V2"]["evidence"]] == \
                ["beleidsnotitie"]
            text = screen_text(app)
            assert "1. document: beleidsnotitie" in text and "klachtenregister" not in text
            await pilot.press("escape", "pageup")
            await pilot.pause()
            text = screen_text(app)
            assert "3. document: werkinstructie" in text and "2. Korte lijnen" in text

    asyncio.run(walk())
    assert [item["note"] for item in results(path)["V1"]["evidence"]] == \
        ["jaarplan 2018", "teamnotulen", "werkinstructie"]


def test_the_top_line_counts_a_verdict_as_soon_as_it_is_saved(new_audit):
    path = new_audit()

    async def walk() -> None:
        app = WalkApp(load_audit(path), auditor="Anne Jansen", start_at="V3")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert "0/52 beoordeeld" in screen_text(app)
            await pilot.press("1")  # voldoet: saved at once
            await pilot.pause()
            assert results(path)["V3"]["score"] == "voldoet"
            assert "1/52 beoordeeld" in screen_text(app).split("\n")[0]

    asyncio.run(walk())
