"""The walk logic both faces share, driven directly: what is allowed, warned, saved, and
where the walk goes."""

from __future__ import annotations

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.store import save_answer
from kwaliteitslabel.walk import resume
from kwaliteitslabel.walk.session import WalkSession

INTERVIEW = {"kind": "interview", "source": "medewerkers", "note": "zes gesproken"}
DOCUMENT = {"kind": "document", "note": "methodiekhandboek"}


def test_warnings_no_evidence_one_source_and_no_improvement_point(new_audit):
    session = WalkSession(load_audit(new_audit()))
    assert session.warnings("V1", Answer(score="voldoet")) == [
        "V1: een oordeel zonder bewijs; noem wat u las, hoorde of zag"]
    one = session.warnings("V1", Answer(score="voldoet", evidence=[INTERVIEW, INTERVIEW]))
    assert one == ["V1 rust op één bron (interview/medewerkers); zoek een tweede bron om "
                   "het beeld te bevestigen (een andere rol, of een ander soort bewijs)"]
    assert session.warnings("V1", Answer(score="voldoet", evidence=[INTERVIEW, DOCUMENT])) \
        == []
    partly = session.warnings("V1", Answer(score="voldoet_deels",
                                           evidence=[INTERVIEW, DOCUMENT]))
    assert partly == ["V1: 'voldoet deels' zonder verbeterpunt; geef er minstens één op"]
    assert session.warnings("V14", Answer(score="nvt", nvt_reason="geen")) == []
    assert session.notices("V1") == []


def test_what_is_allowed_on_a_core_norm(new_audit):
    session = WalkSession(load_audit(new_audit()))
    v1 = session.norm("V1")
    assert v1 is not None and v1.core
    assert "nvt" not in [level.id for level in session.levels(v1)]
    assert session.refusals("V1", "nvt")
    assert session.refusals("V14", "nvt") == []


def test_saving_refused_held_saved_unchanged_and_in_conflict(new_audit):
    path = new_audit()
    session = WalkSession(load_audit(path), auditor="Anne Jansen")
    assert session.save("V1", Answer(score="voldoet_deels")).status == "refused"
    assert session.state_of("V1") == "open"
    answer = Answer(score="voldoet", evidence=[INTERVIEW], replace_lists=True)
    assert session.save("V1", answer).status == "saved"
    assert session.state_of("V1") == "voldoet"
    stored = session.answer_of("V1")
    assert stored is not None and stored.evidence == [INTERVIEW]
    assert session.save("V1", stored).status == "unchanged"

    save_answer(load_audit(path), "V2", Answer(score="voldoet_niet",
                                               improvements=[{"text": "aanpak"}]))
    clash = session.save("V2", Answer(score="voldoet"))
    assert clash.status == "conflict" and clash.conflict is not None
    assert session.state_of("V2") == "conflict"
    assert [norm.id for norm in session.matching("conflict")] == ["V2"]
    session.keep_theirs("V2")
    assert session.state_of("V2") == "voldoet_niet"


def test_find_by_id_or_part_of_the_title_and_filters(new_audit):
    path = new_audit()
    save_answer(load_audit(path), "V1", Answer(score="voldoet"))
    session = WalkSession(load_audit(path))
    assert [norm.id for norm in session.find("v4")] == ["V4"]
    assert [norm.id for norm in session.find("OUTREACH")] == ["V4"]
    assert session.find("bestaat niet") == []
    assert "V1" not in [norm.id for norm in session.matching("open")]
    assert len(session.matching("open")) == 51
    assert {norm.area for norm in session.matching("gebied", "dienstverlening")} == \
        {"dienstverlening"}


def test_it_starts_where_the_walk_last_stopped_on_this_audit(new_audit):
    path = new_audit()
    other = new_audit("certificerend", "other.yaml")
    session = WalkSession(load_audit(path))
    assert session.start() == "V1"  # nothing remembered: the first open norm
    session.remember("D7")
    assert WalkSession(load_audit(path)).start() == "D7"
    assert WalkSession(load_audit(other)).start() == "V1"  # per audit file
    assert WalkSession(load_audit(path)).start("O2") == "O2"  # asked for wins
    assert resume.state_file().is_file()
    session.remember(None)  # at the end of the list: back to the first open norm
    assert WalkSession(load_audit(path)).start() == "V1"


def test_the_plain_walk_shows_the_same_warnings(new_audit):
    import io

    from rich.console import Console

    from kwaliteitslabel.walk.plain import Walkthrough

    path = new_audit()
    screen = io.StringIO()
    console = Console(file=screen, width=80, color_system=None, highlight=False)
    typed = io.StringIO("1\nGoed\ngesprek/medewerkers: zes gesproken\n\n\n\nq\n")
    Walkthrough(load_audit(path), console, typed, echo=True).run()
    assert "Let op: V1 rust op één bron (interview/medewerkers)" in screen.getvalue()
