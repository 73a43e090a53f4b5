"""`audit new --previous`: the previous audit's improvement points as follow-up items on
the norms they belong to now (across framework versions through herkomst.yaml), set with
`audit set --follow-up`, asked in the plain walk."""

from __future__ import annotations

import io
import shutil

import pytest
from rich.console import Console
from ruamel.yaml import YAML

from kwaliteitslabel.audit.basis import advice_basis_of, basis_of
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.walk.plain import Walkthrough
from tests.conftest import AUDITS

REGISTRATION = "De registratie in het Registerplein bijhouden voor alle sociaal werkers"
BOTH_PARTS = "Het beleid voor dit onderwerp in één document samenbrengen"
MELDCODE = "De stappen van de meldcode huiselijk geweld jaarlijks oefenen met alle teams"
AGRESSIE = "Training in omgaan met agressie en opvang na incidenten voor alle teams"
INTAKE = "Intake en ondersteuningsplan op elkaar laten aansluiten"
CRISISPLAN = "Het crisisplan actualiseren"  # the 2017 example's point on O16 starts so
NEW_AUDIT = ("--date", "2026-11-10", "--auditor", "Anne Jansen; ; lead auditor",
             "--auditor", "Bram de Wit")


def saved(path):
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def points_on(path, norm_id):
    return [(item["norm"], item["text"], item["status"])
            for item in (saved(path)["results"].get(norm_id) or {}).get("follow_up", [])]


@pytest.fixture
def old_2017(cli, tmp_path):
    """The 2017 example with more points: on a split norm (V11 into V11 and V12), on a
    norm spread over two merged ones (V13 into D8 and O7) and on a merged one (D4 into V1)."""
    old = tmp_path / "rivierstad-2019.yaml"
    shutil.copy(AUDITS / "certificerend-2017.yaml", old)
    for norm_id, points in (("V11", [REGISTRATION, BOTH_PARTS]), ("V13", [MELDCODE, AGRESSIE]),
                            ("D4", [INTAKE])):
        args = [arg for text in points for arg in ("--improvement", text)]
        run = cli("audit", "set", old, norm_id, "--score", "deels", "--evidence",
                  "document: verslag", "--at", "2019-11-14", *args)
        assert run.exit_code == 0, run.output
    return old


def test_previous_2017_points_land_on_their_2019_norms(cli, tmp_path, old_2017):
    new = tmp_path / "rivierstad-2026.yaml"
    run = cli("audit", "new", new, "--previous", old_2017, *NEW_AUDIT)
    assert run.exit_code == 0, run.output
    assert "normenkader 2019" in run.stdout
    assert "8 verbeterpunt(en) om op te volgen" in run.stdout
    assert "O16 (2017) → O14: Het crisisplan actualiseren" in run.stdout
    assert "V11 (2017) → V11, V12: Het beleid voor dit onderwerp" in run.stdout

    data = saved(new)
    # the organisation's details come along; the auditors are the new ones
    assert data["organisation"] == "Stichting Welzijn Rivierstad"
    assert (data["fte"], data["route"]) == (168.4, "certificerend")
    assert data["certifying_body"] == "Certificeringsbureau IJsselgouw"
    assert [a["name"] for a in data["auditors"]] == ["Anne Jansen", "Bram de Wit"]
    assert data["framework"]["version"] == "2019"
    previous = data["previous"]
    assert (previous["file"], previous["framework"]) == (str(old_2017), "2017")
    assert previous["verdicts"]["V13"] == "voldoet_deels"
    assert len(previous["verdicts"]) == 52
    # renumbered, merged, spread over two merged norms, split
    assert [p[0] for p in points_on(new, "O14")] == ["O16"]
    assert points_on(new, "O14")[0][1].startswith(CRISISPLAN)
    assert points_on(new, "V1") == [("D4", INTAKE, "open")]
    assert points_on(new, "D8") == [("V13", MELDCODE, "open")]
    assert points_on(new, "O7") == [("V13", AGRESSIE, "open")]
    assert points_on(new, "V11") == [("V11", REGISTRATION, "open"), ("V11", BOTH_PARTS, "open")]
    assert points_on(new, "V12") == [("V11", BOTH_PARTS, "open")]
    assert [p[0] for p in points_on(new, "V16")] == ["V16"]
    assert [p[0] for p in points_on(new, "D9")] == ["D9"]
    # no verdict yet anywhere: the points wait on open norms
    assert all("score" not in node for node in data["results"].values())
    status = cli("audit", "status", new)
    assert "Verbeterpunten van de vorige audit zonder status: V1 (1), V11 (2)" in status.stdout


def test_on_the_same_framework_points_stay_on_their_norm(cli, tmp_path):
    new = tmp_path / "volgende.yaml"
    run = cli("audit", "new", new, "--previous", AUDITS / "certificerend.yaml",
              "--date", "2028-11-06", "--auditor", "Anne Jansen")
    assert run.exit_code == 0, run.output
    old = saved(AUDITS / "certificerend.yaml")["results"]
    expected = {norm_id for norm_id, node in old.items() if node.get("improvements")}
    carried = {norm_id for norm_id, node in saved(new)["results"].items()
               if node.get("follow_up")}
    assert carried == expected and expected
    assert all(point[0] == norm_id for norm_id in carried for point in points_on(new, norm_id))


def test_a_previous_audit_must_lie_before_the_new_one(cli, tmp_path):
    new = tmp_path / "te-vroeg.yaml"
    run = cli("audit", "new", new, "--previous", AUDITS / "certificerend.yaml",
              "--date", "2026-11-11", "--auditor", "Anne Jansen")
    assert run.exit_code == 1
    assert "die audit liep tot 2026-11-12" in run.stderr
    assert "Traceback" not in run.output and not new.exists()


def test_follow_up_status_is_set_through_audit_set(cli, tmp_path, old_2017):
    new = tmp_path / "rivierstad-2026.yaml"
    assert cli("audit", "new", new, "--previous", old_2017, *NEW_AUDIT).exit_code == 0
    before = load_audit(new).audit
    run = cli("audit", "set", new, "v11", "--follow-up", "2", "--status", "niet opgepakt",
              "--note", "Volgend jaar")
    assert run.exit_code == 0, run.output
    assert "V11, verbeterpunt 2 van de vorige audit: niet opgepakt bewaard" in run.stdout
    node = saved(new)["results"]["V11"]["follow_up"]
    assert node[1] == {"text": BOTH_PARTS, "norm": "V11", "status": "niet_opgepakt",
                       "note": "Volgend jaar"}
    assert node[0]["status"] == "open"
    # a follow-up status is part of what an advice and a decision rest on
    after = load_audit(new).audit
    assert advice_basis_of(after) != advice_basis_of(before)
    assert basis_of(after) != basis_of(before)


@pytest.mark.parametrize(("args", "code", "message"), [
    (["V11", "--follow-up", "3", "--status", "loopt"], 1, "kies 1 tot en met 2"),
    (["V11", "--follow-up", "1", "--status", "lopt"], 1, "bedoelt u 'loopt'?"),
    (["V2", "--follow-up", "1", "--status", "loopt"], 1, "V2 heeft geen verbeterpunten"),
    (["V11", "--follow-up", "1"], 2, "geef bij --follow-up ook --status"),
    (["V11", "--follow-up", "1", "--status", "loopt", "--score", "voldoet"], 2,
     "zonder --score"),
])
def test_wrong_follow_up_options_say_what_to_do(cli, tmp_path, old_2017, args, code, message):
    new = tmp_path / "rivierstad-2026.yaml"
    assert cli("audit", "new", new, "--previous", old_2017, *NEW_AUDIT).exit_code == 0
    before = new.read_bytes()
    run = cli("audit", "set", new, *args)
    assert run.exit_code == code
    assert message in " ".join(run.stderr.split())
    assert new.read_bytes() == before


def test_examples_without_a_previous_audit_keep_their_prints():
    """The new optional fields are left out of the print while they are not set: every
    example's advice and decision still hold."""
    for path in sorted(AUDITS.glob("*.yaml")):
        audit = load_audit(path, editable=False).audit
        if audit.advice is not None and audit.advice.basis is not None:
            assert audit.advice.basis == advice_basis_of(audit), path.name
        if audit.decision is not None and audit.decision.basis is not None:
            assert audit.decision.basis == basis_of(audit), path.name


def test_the_plain_walk_shows_the_previous_verdict_and_asks_each_point(cli, tmp_path,
                                                                        old_2017):
    new = tmp_path / "rivierstad-2026.yaml"
    assert cli("audit", "new", new, "--previous", old_2017, *NEW_AUDIT).exit_code == 0
    screen = io.StringIO()
    console = Console(file=screen, width=80, height=40, color_system=None, highlight=False)
    typed = ["2", "", "document: jaarplan 2026", "", "", "Registratie afronden", "",
             "x", "a", "", "l", "Loopt via het opleidingsplan", "q"]
    walk = Walkthrough(load_audit(new), console, io.StringIO("\n".join(typed) + "\n"),
                       echo=True, start_at="V11")
    walk.run()
    shown = screen.getvalue()
    assert "Vorige audit (2019, normenkader 2017): V11 voldoet deels" in shown
    assert "opvolgen 1" in shown and "[open (nog niet gevraagd)]" in shown
    assert "Verbeterpunten van de vorige audit: wat is ermee gedaan?" in shown
    assert "Typ a (afgerond), l (loopt) of n (niet opgepakt)." in shown  # after the 'x'
    assert "✓ V11 bewaard: voldoet deels" in shown
    node = saved(new)["results"]["V11"]
    assert node["score"] == "voldoet_deels"
    assert [(p["status"], p.get("note")) for p in node["follow_up"]] == [
        ("afgerond", None), ("loopt", "Loopt via het opleidingsplan")]
    # a merged norm shows the verdicts of every norm it comes from
    walk = Walkthrough(load_audit(new), console, io.StringIO("q\n"), echo=True,
                       start_at="V1")
    walk.run()
    assert "Vorige audit (2019, normenkader 2017): V1 voldoet, D4 voldoet deels" in \
        screen.getvalue()


def test_the_full_screen_walk_shows_the_previous_verdict_and_the_points(cli, tmp_path,
                                                                        old_2017):
    """The app shows them; it does not ask their status (the plain walk and `audit set`
    do)."""
    import asyncio

    from textual.geometry import Region

    from kwaliteitslabel.walk.app import WalkApp

    new = tmp_path / "rivierstad-2026.yaml"
    assert cli("audit", "new", new, "--previous", old_2017, *NEW_AUDIT).exit_code == 0
    shown: list[str] = []

    async def walk() -> None:
        app = WalkApp(load_audit(new), start_at="D8")
        async with app.run_test(size=(120, 50)) as pilot:
            await pilot.pause()
            notes = app.query_one("#notes")
            for strip in notes.render_lines(Region(0, 0, *notes.size)):
                shown.append("".join(segment.text for segment in strip).rstrip())
            await pilot.press("q")

    asyncio.run(walk())
    text = " ".join(" ".join(shown).split())
    assert "Vorige audit (2019, normenkader 2017): D8 voldoet, V13 voldoet deels" in text
    assert f"Opvolgen 1 (V13): {MELDCODE}" in text
