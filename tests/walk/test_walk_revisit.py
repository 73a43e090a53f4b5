"""The plain walk on a norm that already has an answer: Enter keeps it, new lines add to
it, a dash clears a list, and a reason goes with the verdict that asks for it."""

from __future__ import annotations

from tests.walk.test_walkthrough import NOTHING_MORE, results, set_score, walk


def test_enter_keeps_the_whole_existing_answer(new_audit):
    path = new_audit()
    set_score(path, "V3", "voldoet_deels", findings="Oud", strengths=["Sterk"],
              evidence=[{"kind": "document", "note": "Plan"}],
              improvements=[{"text": "Afbouw plannen"}], assessed_by="Bram de Wit")
    before = results(path)["V3"]
    screen = walk(path, "V3", "", "", "", "", "", "q")
    assert "nu: Oud" in screen
    assert "Er staan er 1; Enter: zo laten" in screen
    after = results(path)["V3"]
    for key in ("score", "findings", "evidence", "strengths", "improvements", "assessed_by"):
        assert after[key] == before[key]


def test_revisit_adds_lines_replaces_findings_and_clears_a_list(new_audit):
    path = new_audit()
    set_score(path, "V3", "voldoet_deels", findings="Oud", strengths=["Sterk", "Ook sterk"],
              evidence=[{"kind": "document", "note": "Plan"}],
              improvements=[{"text": "Afbouw plannen"}])
    walk(path, "V3", "1", "Nieuw", "observatie: groepsbijeenkomst bijgewoond", "",
         "-", "Alleen dit", "", "", "q")
    v3 = results(path)["V3"]
    assert v3["score"] == "voldoet"
    assert v3["findings"] == "Nieuw"
    assert v3["evidence"] == [{"kind": "document", "note": "Plan"},
                              {"kind": "observation", "note": "groepsbijeenkomst bijgewoond"}]
    assert v3["strengths"] == ["Alleen dit"]
    assert v3["improvements"] == [{"text": "Afbouw plannen"}]


def test_a_dash_is_never_saved_as_content(new_audit):
    path = new_audit()
    screen = walk(path, "1", "", "-", "", "", "", "q")
    assert "Lijst leeg; typ nieuwe regels." in screen
    assert "evidence" not in results(path)["V1"]


def test_revisit_nvt_keeps_its_reason(new_audit):
    path = new_audit()
    set_score(path, "V14", "nvt", nvt_reason="Geen stagiairs")
    before = path.read_bytes()
    screen = walk(path, "V14", "", "", "", "", "", "", "q")
    assert "V14 ongewijzigd; er is niets bewaard." in screen
    assert results(path)["V14"]["nvt_reason"] == "Geen stagiairs"
    assert path.read_bytes() == before  # keeping everything writes nothing


def test_changing_away_from_nvt_drops_the_reason(new_audit):
    path = new_audit()
    set_score(path, "V14", "nvt", nvt_reason="Geen stagiairs")
    walk(path, "V14", "1", *NOTHING_MORE, "q")
    assert "nvt_reason" not in results(path)["V14"]
