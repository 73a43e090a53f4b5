"""`audit migrate OLD --to VERSION -o NEW`: an audit moved to a newer framework."""

from __future__ import annotations

import io
import json
import shutil

import pytest
from rich.console import Console
from ruamel.yaml import YAML

from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.walk.plain import Walkthrough
from tests.conftest import AUDITS, DATA
from tests.helpers import edit

OLD_EXAMPLES = DATA / "audits-2017"  # the examples as they were under 2017
EXAMPLES = [*sorted(p.name for p in OLD_EXAMPLES.glob("*.yaml")), "certificerend-2017.yaml"]


def saved(path):
    return YAML(typ="safe").load(path)


def make_old_audit(cli, folder):
    """An audit against the small framework 2017, with an answer on every norm."""
    path = folder / "oud.yaml"
    assert cli("audit", "new", path, "--organisation", "Stichting Proef", "--route",
               "certificerend", "--auditor", "Anne Jansen", "--date", "2019-03-04",
               "--fte", "40").exit_code == 0
    for args in (("V1", "--score", "voldoet", "--finding", "Eén gedeelde werkwijze."),
                 ("V2", "--score", "voldoet_deels", "--finding", "Reflectie is wisselend.",
                  "--improvement", "Intervisie in elk team", "--strength", "Goede scholing"),
                 ("V3", "--score", "voldoet_niet", "--improvement", "Veiligheidsplan"),
                 ("D1", "--score", "voldoet", "--evidence", "document: Meldcode 2018"),
                 ("D2", "--score", "voldoet", "--finding", "Dossiers op orde.",
                  "--auditor", "Bram de Wit")):
        result = cli("audit", "set", path, *args)
        assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def old_audit(cli, versions_workspace):
    return make_old_audit(cli, versions_workspace.parent / "audits")


def test_same_norms_keep_their_answer_and_the_rest_opens_with_notes(cli, old_audit):
    before = old_audit.read_bytes()
    mtime = old_audit.stat().st_mtime_ns
    new = old_audit.parent / "nieuw.yaml"
    result = cli("audit", "migrate", old_audit, "--to", "2019", "-o", new)
    assert result.exit_code == 0, result.output
    assert old_audit.read_bytes() == before and old_audit.stat().st_mtime_ns == mtime
    assert "Audit overgezet naar normenkader 2019" in result.stdout
    assert "overgenomen:   1 normen die gelijk bleven" in result.stdout
    assert "te bevestigen: 4 normen staan open met het oude oordeel als notitie: V2, V3, V4, D1" \
        in result.stdout
    assert "nieuw:         D2 (nog open)" in result.stdout

    old, data = saved(old_audit), saved(new)
    assert data["framework"]["version"] == "2019"
    for key in ("organisation", "scope", "fte", "route", "auditors", "dates", "participants"):
        assert data[key] == old[key], key
    assert data["results"]["V1"] == old["results"]["V1"]  # same: carried whole
    assert set(data["results"]) == {"V1", "V2", "V3", "V4", "D1"}
    for norm_id in ("V2", "V3", "V4", "D1"):
        assert "score" not in data["results"][norm_id], norm_id
    v3 = data["results"]["V3"]["notes"]
    assert v3[0].startswith("V3 is in normenkader 2019 gesplitst uit V2: Reflectie, apart van "
                            "deskundigheid (V2).")
    assert v3[1].splitlines()[:5] == [
        "Normenkader 2017, V2 (Deskundigheid en reflectie): voldoet deels.",
        "Bevindingen: Reflectie is wisselend.",
        "Sterke punten: Goede scholing",
        "Verbeterpunten: Intervisie in elk team",
        "Beoordeeld op " + v3[1].splitlines()[4].removeprefix("Beoordeeld op ")]
    v4 = data["results"]["V4"]["notes"]
    assert "samengevoegd uit V3 en D1" in v4[0]
    assert v4[1].startswith("Normenkader 2017, V3 (Veiligheid): voldoet niet.")
    assert "Bewijs: document: Meldcode 2018" in v4[2]
    d1 = data["results"]["D1"]["notes"]
    assert "herschreven uit D2" in d1[0] and "Beoordeeld door Bram de Wit" in d1[1]


def test_migrated_audit_loads_and_shows_what_to_confirm(cli, old_audit):
    new = old_audit.parent / "nieuw.yaml"
    assert cli("audit", "migrate", old_audit, "--to", "2019", "-o", new).exit_code == 0
    status = cli("audit", "status", new, "--json")
    assert status.exit_code == 0, status.output
    data = json.loads(status.stdout)
    assert data["framework"] == "2019" and data["scored"] == 1
    assert data["to_confirm"] == ["V2", "V3", "V4", "D1"]
    text = cli("audit", "status", new).stdout
    assert "Te bevestigen (open, met notities): V2, V3, V4, D1" in text
    screen = io.StringIO()
    Walkthrough(load_audit(new), Console(file=screen, width=100, color_system=None),
                io.StringIO("q\n"), echo=True, start_at="V4").run()
    shown = screen.getvalue()
    assert "Huidig antwoord: nog geen oordeel" in shown
    assert "notitie" in shown and "Normenkader 2017, V3 (Veiligheid): voldoet niet." in shown
    assert cli("audit", "set", new, "V4", "--score", "voldoet").exit_code == 0
    assert "notes" not in saved(new)["results"]["V4"]  # answering confirms: notes done


def test_a_verdict_the_new_framework_forbids_is_not_carried(cli, versions_workspace):
    edit(versions_workspace / "2017" / "vakmanschap.yaml", "  core: true", "  core: false")
    path = versions_workspace.parent / "audits" / "oud.yaml"
    assert cli("audit", "new", path, "--organisation", "X", "--route", "zelfevaluatie",
               "--date", "2018-01-10").exit_code == 0
    assert cli("audit", "set", path, "V1", "--score", "nvt", "--reason", "Geen casussen")\
        .exit_code == 0
    new = path.parent / "nieuw.yaml"
    assert cli("audit", "migrate", path, "--to", "2019", "-o", new).exit_code == 0
    v1 = saved(new)["results"]["V1"]
    assert "score" not in v1
    assert "Het oude oordeel gaat niet mee: V1 is een kernnorm" in v1["notes"][0]
    assert "Reden nvt: Geen casussen" in v1["notes"][1]


def test_refusals_leave_everything_as_it_was(cli, old_audit, versions_workspace):
    before = old_audit.read_bytes()
    taken = old_audit.parent / "bestaat.yaml"
    taken.write_text("iets\n", encoding="utf-8")
    cases = [
        (("--to", "2019", "-o", taken), "bestaat al"),
        (("--to", "2019", "-o", old_audit), "bestaat al"),
        (("--to", "2030", "-o", old_audit.parent / "a.yaml"), "normenkader 2030 niet gevonden"),
        (("--to", "2017", "-o", old_audit.parent / "b.yaml"), "hoort al bij normenkader 2017"),
        (("--to", "2019", "-o", old_audit.parent / "nergens" / "c.yaml"), "bestaat niet"),
    ]
    for args, message in cases:
        result = cli("audit", "migrate", old_audit, *args)
        assert result.exit_code == 1, args
        assert message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.output
    assert old_audit.read_bytes() == before and taken.read_text(encoding="utf-8") == "iets\n"
    assert sorted(p.name for p in old_audit.parent.iterdir()) == ["bestaat.yaml", "oud.yaml"]


def test_a_framework_without_mapping_cannot_be_moved_to(cli, versions_workspace):
    path = versions_workspace.parent / "audits" / "nu.yaml"
    assert cli("audit", "new", path, "--organisation", "X", "--route", "zelfevaluatie",
               "--date", "2026-01-10").exit_code == 0
    result = cli("audit", "migrate", path, "--to", versions_workspace / "2017", "-o", "b.yaml")
    assert result.exit_code == 1
    assert "normenkader 2017 in" in result.stderr and "heeft geen herkomst.yaml" in result.stderr


def test_a_broken_mapping_is_refused_with_its_lines(cli, old_audit, versions_workspace):
    edit(versions_workspace / "2019" / "herkomst.yaml", "from: [V3, D1]", "from: [V3, D9]")
    result = cli("audit", "migrate", old_audit, "--to", "2019", "-o", "nieuw.yaml")
    assert result.exit_code == 1
    assert "herkomst.yaml:" in result.stderr and "norm 'D9' bestaat niet" in result.stderr


@pytest.mark.parametrize("name", EXAMPLES)
def test_each_2017_example_moves_to_2019(cli, tmp_path, name):
    old_path = tmp_path / name
    source = OLD_EXAMPLES / name if (OLD_EXAMPLES / name).exists() else AUDITS / name
    shutil.copyfile(source, old_path)
    before = old_path.read_bytes()
    new = tmp_path / f"2019-{name}"
    result = cli("audit", "migrate", old_path, "--to", "2019", "-o", new)
    assert result.exit_code == 0, result.output
    assert old_path.read_bytes() == before
    status = cli("audit", "status", new, "--json")
    assert status.exit_code == 0, status.output
    mapping = saved(AUDITS.parent / "norms" / "2019" / "herkomst.yaml")["norms"]
    old, data = saved(old_path)["results"], saved(new)["results"]
    for new_id, origin in mapping.items():
        sources = [old_id for old_id in origin.get("from", []) if old_id in old]
        if origin["kind"] == "same" and sources:
            assert data[new_id] == old[sources[0]], new_id
        elif sources:
            assert "score" not in data[new_id], new_id
            assert len(data[new_id]["notes"]) == 1 + len(sources)
        else:
            assert new_id not in data
    state = json.loads(status.stdout)
    same = [n for n, o in mapping.items() if o["kind"] == "same"]
    assert state["scored"] == len([n for n in same if "score" in data.get(n, {})])
    assert set(state["to_confirm"]) == {n for n, o in mapping.items()
                                        if o["kind"] != "same" and o["kind"] != "new"}
