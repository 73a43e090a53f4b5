"""The interactive walk, driven through an injected console and input stream.

Every test types lines as an auditor would and checks what the auditor sees and what
ends up in the audit file.
"""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from ruamel.yaml import YAML

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.store import save_answer
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.walk.plain import Walkthrough

# the keystrokes after a verdict when nothing more is said: findings, evidence,
# strengths, improvements
NOTHING_MORE = ["", "", "", ""]


def walk(path, *lines: str, **options) -> str:
    """Run the walk on `path` with these typed lines; return what the screen showed."""
    screen = io.StringIO()
    console = Console(file=screen, width=80, color_system=None, highlight=False)
    typed = io.StringIO("".join(f"{line}\n" for line in lines))
    Walkthrough(load_audit(path), console, typed, echo=True, **options).run()
    return screen.getvalue()


def results(path) -> dict:
    """The `results` of the audit file as saved, read with a plain YAML parser."""
    return YAML(typ="safe").load(path.read_text(encoding="utf-8")).get("results") or {}


def set_score(path, norm_id: str, score: str, **fields) -> None:
    save_answer(load_audit(path), norm_id, Answer(score=score, **fields))


# -- answering -------------------------------------------------------------------------


def test_full_answer_is_saved_and_the_walk_moves_on(new_audit):
    path = new_audit()
    screen = walk(path, "1", "Werkwijze is bij alle teams bekend",
                  "gesprek/medewerkers: zes sociaal werkers gesproken",
                  "document: methodiekhandboek 2016", "",
                  "Wekelijks casuïstiekoverleg", "",
                  "Evaluaties vastleggen", "", "q", auditor="Anne Jansen")
    assert "V1 · Vakmanschap · kernnorm · 0/52 beoordeeld" in screen
    assert "✓ V1 bewaard: voldoet · 1/52 beoordeeld" in screen
    assert "V2 · Vakmanschap · kernnorm · 1/52 beoordeeld" in screen
    v1 = results(path)["V1"]
    assert v1["score"] == "voldoet"
    assert v1["findings"] == "Werkwijze is bij alle teams bekend"
    assert v1["evidence"] == [
        {"kind": "interview", "source": "medewerkers", "note": "zes sociaal werkers gesproken"},
        {"kind": "document", "note": "methodiekhandboek 2016"}]
    assert v1["strengths"] == ["Wekelijks casuïstiekoverleg"]
    assert v1["improvements"] == [{"text": "Evaluaties vastleggen"}]
    assert v1["assessed_by"] == "Anne Jansen"
    assert list(results(path)) == ["V1"]


@pytest.mark.parametrize(("key", "score"), [
    ("1", "voldoet"), ("v", "voldoet"), ("voldoet", "voldoet"),
    ("2", "voldoet_deels"), ("d", "voldoet_deels"), ("D", "voldoet_deels"),
    ("3", "voldoet_niet"), ("n", "voldoet_niet"), ("niet", "voldoet_niet"),
])
def test_score_keys(new_audit, key, score):
    path = new_audit()
    walk(path, key, "", "", "", "een verbeterpunt", "", "q")
    assert results(path)["V1"]["score"] == score


def test_nvt_with_reason_on_a_norm_that_is_not_core(new_audit):
    path = new_audit()
    screen = walk(path, "V14", "0", "Er zijn geen stagiairs in deze organisatie",
                  *NOTHING_MORE, "q")
    assert "✓ V14 bewaard: niet van toepassing" in screen
    assert results(path)["V14"] == {
        "score": "nvt", "nvt_reason": "Er zijn geen stagiairs in deze organisatie",
        "assessed_at": results(path)["V14"]["assessed_at"]}


def test_the_start_is_the_first_open_norm(new_audit):
    path = new_audit()
    for norm_id in ("V1", "V2", "V4"):
        set_score(path, norm_id, "voldoet")
    screen = walk(path, "q")
    assert "V3 · Vakmanschap · 3/52 beoordeeld" in screen
    assert "V1 ·" not in screen and "V2 ·" not in screen


def test_start_at_a_chosen_norm(new_audit):
    path = new_audit()
    screen = walk(path, "q", start_at="d7")
    assert "D7 · Dienstverlening · 0/52 beoordeeld" in screen


def test_start_at_an_unknown_norm_is_an_error(new_audit):
    path = new_audit()
    with pytest.raises(InvalidInput, match=r"'V99' bestaat niet .*V1–V16, D1–D16, O1–O20"):
        walk(path, "q", start_at="V99")


def test_after_saving_the_walk_skips_norms_already_scored(new_audit):
    path = new_audit()
    set_score(path, "V2", "voldoet")
    screen = walk(path, "1", *NOTHING_MORE, "q")
    after = screen.split("✓ V1 bewaard")[1]
    assert "V3 · Vakmanschap" in after and "V2 · Vakmanschap" not in after


# -- the rules: invalid answers are refused and never saved -----------------------------


def test_nvt_on_a_core_norm_is_refused(new_audit):
    path = new_audit()
    screen = walk(path, "0", "x", "nvt", "q")
    assert screen.count("Niet mogelijk: V1 is een kernnorm") == 3
    assert "(kernnorm: geen nvt)" in screen
    assert "✓" not in screen
    assert results(path) == {}


def test_nvt_needs_a_reason(new_audit):
    path = new_audit()
    screen = walk(path, "g V14", "0", "", "", "b", "q")
    assert screen.count("Dit is verplicht; typ een reden") == 2
    assert "Terug naar het oordeel; er is niets bewaard." in screen
    assert "✓" not in screen
    assert results(path) == {}


@pytest.mark.parametrize("key", ["2", "3"])
def test_deels_and_niet_need_an_improvement_point(new_audit, key):
    path = new_audit()
    screen = walk(path, key, "bevinding", "", "", "", "", "Verbeterplan opstellen", "", "q")
    name = {"2": "voldoet deels", "3": "voldoet niet"}[key]
    assert screen.count(f"'{name}' vraagt minstens één verbeterpunt") == 2
    assert results(path)["V1"]["improvements"] == [{"text": "Verbeterplan opstellen"}]


def test_deels_without_improvement_can_go_back_and_saves_nothing(new_audit):
    path = new_audit()
    screen = walk(path, "d", "bevinding", "", "", "", "b", "q")
    assert "vraagt minstens één verbeterpunt" in screen
    assert "Terug naar het oordeel; er is niets bewaard." in screen
    assert results(path) == {}


def test_unknown_input_is_asked_again_with_a_hint(new_audit):
    path = new_audit()
    screen = walk(path, "zzz", "5", "", "V99", "q")
    assert "'zzz' ken ik niet. Typ ? voor de toetsen." in screen
    assert "'5' ken ik niet" in screen
    assert "Kies eerst een oordeel" in screen
    assert "Norm 'V99' bestaat niet (V1–V16, D1–D16, O1–O20)." in screen
    assert results(path) == {}


def test_end_of_input_in_the_middle_of_an_answer_saves_nothing(new_audit):
    path = new_audit()
    screen = walk(path, "1", "", "", "", "", "2", "half gedaan", "document: iets")
    assert "✓ V1 bewaard" in screen
    assert "Gestopt. 1 van 52 normen beoordeeld" in screen
    assert list(results(path)) == ["V1"]


def test_text_too_long_is_not_saved_and_the_walk_goes_on(new_audit):
    from kwaliteitslabel.limits import MAX_TEXT_CHARS

    path = new_audit()
    screen = walk(path, "1", "x" * (MAX_TEXT_CHARS + 1), "", "", "", "q")
    assert "Niet bewaard: bevindingen is te lang" in screen
    assert results(path) == {}


# -- navigation --------------------------------------------------------------------------


def test_skip_saves_nothing_and_goes_to_the_next_norm(new_audit):
    path = new_audit()
    screen = walk(path, "s", "s", "q")
    assert "V1 overgeslagen; er is niets bewaard." in screen
    assert "V3 · Vakmanschap" in screen
    assert results(path) == {}


def test_back_shows_the_previous_norm_with_its_answer(new_audit):
    path = new_audit()
    screen = walk(path, "1", "Goed geregeld", "", "", "", "b", "q")
    back = screen.split("oordeel: b")[1]
    assert "V1 · Vakmanschap · kernnorm · 1/52 beoordeeld" in back
    assert "Huidig antwoord: Voldoet" in back
    assert "bevindingen  Goed geregeld" in back
    assert "Enter: oordeel houden (voldoet)" in back
    assert "Zo voldoen organisaties" not in back  # the second view is compact
    assert "g vragen · g V7 naar norm" in back


def test_back_on_the_first_norm(new_audit):
    screen = walk(new_audit(), "b", "q")
    assert "Dit is de eerste norm; er is geen vorige." in screen


@pytest.mark.parametrize("typed", ["g D3", "D3", "d3", "g  d3"])
def test_jump_to_a_norm(new_audit, typed):
    screen = walk(new_audit(), typed, "q")
    assert "D3 · Dienstverlening · 0/52 beoordeeld" in screen


def test_progress_and_help(new_audit):
    path = new_audit()
    set_score(path, "V1", "voldoet")
    set_score(path, "D1", "voldoet_deels", improvements=[{"text": "wachttijd meten"}])
    screen = walk(path, "p", "?", "t", "", "", "", "q")
    assert "Voortgang: 2 van 52 normen beoordeeld" in screen
    assert "Vakmanschap" in screen and "1/16" in screen and "open: V2, V3" in screen
    assert "voldoet 1 · voldoet deels 1 · voldoet niet 0 · nvt 0" in screen
    assert "Toetsen bij het oordeel" in screen
    assert "g V7 of V7" in screen
    assert screen.count("Zo voldoen organisaties") == 1  # not on the card; `t` shows it


def test_end_of_the_list_offers_the_open_norms(new_audit):
    path = new_audit()
    screen = walk(path, "O20", "1", *NOTHING_MORE, "", "q")
    assert "Einde van de lijst · 1/52 beoordeeld" in screen
    assert "Nog 51 normen open: V1, V2" in screen
    after = screen.split("Einde van de lijst")[1]
    assert "V1 · Vakmanschap · kernnorm · 1/52 beoordeeld" in after  # Enter: first open


def test_everything_scored(new_audit):
    path = new_audit()
    loaded = load_audit(path)
    for norm in loaded.framework.norms:
        loaded = save_answer(loaded, norm.id, Answer(score="voldoet"))
    screen = walk(path, "")
    assert "Alle 52 normen zijn beoordeeld" in screen
    assert f"kwaliteitslabel audit score {path}" in screen
    assert "Gestopt. 52 van 52 normen beoordeeld" in screen


def test_quit_says_how_far_and_how_to_resume(new_audit):
    path = new_audit()
    screen = walk(path, "1", *NOTHING_MORE, "q")
    assert "Gestopt. 1 van 52 normen beoordeeld en bewaard." in screen
    assert "Verder gaan bij V2, de eerste open norm:" in screen
    assert f"kwaliteitslabel audit run {path}" in screen


# -- wording and safety ------------------------------------------------------------------


def test_zelfevaluatie_asks_the_organisation(new_audit):
    screen = walk(new_audit("zelfevaluatie"), "1", *NOTHING_MORE, "q")
    assert "In hoeverre voldoet uw organisatie aan deze norm?" in screen
    assert "Hoe ziet u dat terug in uw organisatie?" in screen
    assert "Uw oordeel" not in screen


@pytest.mark.parametrize(("route", "question"), [
    ("intercollegiaal", "Uw oordeel als toetser over V1?"),
    ("certificerend", "Uw oordeel over V1?"), ("combinatie", "Uw oordeel over V1?")])
def test_other_routes_ask_the_toetser_or_the_auditor(new_audit, route, question):
    screen = walk(new_audit(route), "q")
    assert question in screen
    assert "In hoeverre voldoet uw organisatie" not in screen


def test_typed_markup_and_key_escapes_are_plain_text(new_audit):
    path = new_audit()
    screen = walk(path, "1", "[bold red]let op[/] <b>x</b> \x1b[31mrood\x1b[0m",
                  "", "", "", "V1", "q")
    assert results(path)["V1"]["findings"] == "[bold red]let op[/] <b>x</b> rood"
    assert "bevindingen  [bold red]let op[/] <b>x</b> rood" in screen


def test_a_typed_control_character_is_refused_and_asked_again(new_audit):
    path = new_audit()
    screen = walk(path, "1", "bel \x07 hier", "bel hier", "", "", "", "q")
    assert "het teken U+0007 (BEL)" in screen
    assert results(path)["V1"]["findings"] == "bel hier"


def test_answers_of_a_colleague_saved_meanwhile_are_kept(new_audit):
    path = new_audit()
    screen = io.StringIO()
    console = Console(file=screen, width=80, color_system=None)
    session = Walkthrough(load_audit(path), console,
                          io.StringIO("1\n\n\n\n\nq\n"))
    set_score(path, "D5", "voldoet", assessed_by="Bram de Wit")  # the other auditor
    session.run()
    assert results(path)["V1"]["score"] == "voldoet"
    assert results(path)["D5"]["assessed_by"] == "Bram de Wit"
    assert "Gestopt. 2 van 52 normen beoordeeld" in screen.getvalue()


def test_a_mistyped_evidence_kind_is_refused_with_the_kind_it_meant(new_audit):
    path = new_audit()
    screen = walk(path, "1", "Werkwijze besproken", "gesprekken/team Noord: vier werkers",
                  "gesprek:", "gesprek/medewerkers: vier sociaal werkers", "", "", "", "q")
    assert "'gesprekken' is geen soort bewijs; bedoelt u 'gesprek'?" in screen
    assert "typ na 'gesprek:' wat u hoorde" in screen
    assert results(path)["V1"]["evidence"] == [
        {"kind": "interview", "note": "vier sociaal werkers", "source": "medewerkers"}]
