"""A partial re-audit: `audit new NEW --partial-of FILE --redo D5,O3` opens only those norms
and carries the rest; its advice and the commission's decision on it complete the
original, as `audit score` and the register of the original show."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.walk.session import WalkSession
from tests.conftest import AUDITS

EXAMPLE_KEY = AUDITS / "voorbeeldsleutel.pem"
LEAD = "Petra van der Linden"
REDO = ("--date", "2026-11-30", "--end-date", "2026-12-01")
PARTLY = ["V1", "V11", "V12", "O2", "O12"]  # the example's five norms partly met


def saved(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


@pytest.fixture
def original(tmp_path) -> Path:
    """The combinatie example: a negative advice on D5 and O3, a re-audit advised."""
    folder = tmp_path / "audits"
    folder.mkdir()
    path = folder / "lindeveld.yaml"
    shutil.copy(AUDITS / "combinatie.yaml", path)
    return path


@pytest.fixture
def partial(cli, original) -> Path:
    path = original.with_name("lindeveld-heraudit.yaml")
    run = cli("audit", "new", path, "--partial-of", original, "--redo", "d5,O3", *REDO)
    assert run.exit_code == 0, run.output
    assert ("Gedeeltelijke heraudit aangemaakt: " in run.stdout
            and "opnieuw te beoordelen D5, O3; 47 normen overgenomen." in
            " ".join(run.stdout.split()))
    return path


def complete(cli, path: Path, decide: bool = True) -> None:
    """D5 and O3 met now, the plan for the norms partly met, advice and decision."""
    for norm_id in ("D5", "O3"):
        run = cli("audit", "set", path, norm_id, "--score", "voldoet", "--auditor", LEAD,
                  "--at", "2026-12-01", "--evidence", "document: Dossieraudit november 2026",
                  "--evidence", "gesprek/medewerkers: twee wijkteams")
        assert run.exit_code == 0, run.output
    for norm_id in PARTLY:
        run = cli("audit", "improvements", path, "--norm", norm_id, "--action", "Plan van "
                  "aanpak uitvoeren", "--owner", "manager kwaliteit", "--deadline", "2027-12-01")
        assert run.exit_code == 0, run.output
    run = cli("audit", "advise", path, "--advice", "positief", "--reason", "D5 en O3 "
              "voldoen nu aan de norm.", "--by", LEAD, "--date", "2026-12-03")
    assert run.exit_code == 0, run.output
    if decide:
        run = cli("audit", "decide", path, "--granted", "--date", "2026-12-05", "--by",
                  "beheercommissie Kwaliteitslabel", "--number", "KL-2026-057",
                  "--key", EXAMPLE_KEY)
        assert run.exit_code == 0, run.output


def test_only_the_norms_to_redo_are_open_and_the_rest_is_carried(cli, original, partial):
    data = saved(partial)
    assert data["partial_of"]["file"] == "lindeveld.yaml"
    assert data["partial_of"]["redo"] == ["D5", "O3"]
    assert (data["organisation"], data["route"]) == ("Stichting Sociaal Werk Lindeveld",
                                                     "combinatie")
    assert data["dates"] == {"start": dt.date(2026, 11, 30), "end": dt.date(2026, 12, 1)}
    results = data["results"]
    assert "score" not in results["D5"] and "score" not in results["O3"]
    assert "Oorspronkelijke audit (2026-11-24): voldoet niet" in results["D5"]["notes"][0]
    carried = [norm_id for norm_id, result in results.items() if result.get("carried")]
    assert len(carried) == 47 and "D5" not in carried
    assert results["V1"]["score"] == saved(original)["results"]["V1"]["score"]
    status = cli("audit", "status", partial)
    assert status.exit_code == 0
    assert "Eerste open norm: D5" in status.stdout
    check = cli("audit", "check", partial)
    assert "voor de eerste auditdag" not in check.stdout  # carried verdicts are older


def test_a_carried_norm_cannot_be_answered_again(cli, partial):
    before = partial.read_bytes()
    run = cli("audit", "set", partial, "D6", "--score", "voldoet_deels", "--improvement", "x")
    assert run.exit_code == 1
    assert ("D6 is overgenomen uit de oorspronkelijke audit (lindeveld.yaml); deze "
            "gedeeltelijke heraudit beoordeelt alleen D5, O3") in " ".join(run.stderr.split())
    assert partial.read_bytes() == before


def test_the_walk_refuses_a_carried_norm_and_keeps_the_answer_waiting(partial):
    session = WalkSession(load_audit(partial), auditor=LEAD)
    saved_ = session.save("D6", Answer(score="voldoet_deels"))
    assert saved_.status == "refused"  # not "failed": nothing to keep in a recovery file
    assert "D6 is overgenomen uit de oorspronkelijke audit" in saved_.message


def test_the_decision_on_the_partial_audit_completes_the_original(cli, original, partial):
    before = cli("audit", "score", original, "--json")
    assert json.loads(before.stdout)["completed_by"][0]["condition_met"] is False
    complete(cli, partial)
    result = json.loads(cli("audit", "score", partial, "--json").stdout)
    assert (result["status"], result["label"]) == ("gecertificeerd", "gecertificeerd")
    shown = cli("audit", "score", original)
    assert shown.exit_code == 0
    text = " ".join(shown.stdout.split())
    assert ("Gedeeltelijke heraudit lindeveld-heraudit.yaml (D5, O3): de beheercommissie "
            "kende toe op 2026-12-05, KL-2026-057, geldig tot 2028-12-05. De voorwaarde (de "
            "heraudit van deze normen) is vervuld.") in text
    completed = json.loads(cli("audit", "score", original, "--json").stdout)["completed_by"]
    assert completed == [{"file": str(partial), "redo": ["D5", "O3"],
                          "status": "gecertificeerd", "granted": True,
                          "decided": "2026-12-05", "number": "KL-2026-057",
                          "valid_until": "2028-12-05", "current": True,
                          "condition_met": True}]
    register = cli("register", original.parent, "--date", "2027-04-01")
    assert register.exit_code == 0, register.output
    # the table wraps its cells; the words are there, the JSON says it exactly
    assert all(word in register.stdout for word in ("aangevuld", "voorwaarde", "vervuld"))
    rows = json.loads(cli("register", original.parent, "--json", "--date",
                          "2027-04-01").stdout)["audits"]
    by_file = {row["file"]: row for row in rows}
    assert by_file["lindeveld.yaml"]["completed_by"] == "lindeveld-heraudit.yaml"
    assert by_file["lindeveld-heraudit.yaml"]["status"] == "actief"
    assert by_file["lindeveld-heraudit.yaml"]["partial_of"]["redo"] == ["D5", "O3"]


def test_a_partial_audit_of_an_earlier_version_completes_nothing(cli, original, partial):
    complete(cli, partial)
    run = cli("audit", "set", original, "V2", "--score", "voldoet_deels", "--improvement",
              "Scholing plannen", "--evidence", "document: opleidingsplan", "--force")
    assert run.exit_code == 0, run.output
    text = " ".join(cli("audit", "score", original).stdout.split())
    assert "is gemaakt van een eerdere versie van deze audit" in text
    assert "vervuld" not in text
    rows = json.loads(cli("register", original.parent, "--json", "--date",
                          "2027-04-01").stdout)["audits"]
    assert {row["file"]: row["completed_by"] for row in rows}["lindeveld.yaml"] is None


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--redo", "D5"], 2, "--redo hoort bij --partial-of"),
    (["--partial-of", "ORIGINAL"], 2, "geef bij --partial-of ook --redo"),
    (["--partial-of", "ORIGINAL", "--redo", "D55"], 1,
     "--redo: norm 'D55' bestaat niet in normenkader 2019"),
    (["--partial-of", "ORIGINAL", "--redo", "D5", "--date", "2026-11-25"], 1,
     "die audit liep tot 2026-11-26; de heraudit begint daarna"),
    (["--partial-of", "ORIGINAL", "--redo", "D5", "--route", "certificerend"], 2,
     "een gedeeltelijke heraudit neemt organisatie en route over"),
])
def test_wrong_partial_options_say_what_to_do(cli, original, args, code, message):
    path = original.with_name("heraudit.yaml")
    args = [str(original) if arg == "ORIGINAL" else arg for arg in args]
    run = cli("audit", "new", path, *args, *(() if "--date" in args else REDO))
    assert run.exit_code == code, run.output
    assert message in " ".join(run.stderr.split())
    assert not path.exists()


def test_an_unfinished_audit_cannot_be_completed_partly(cli, tmp_path):
    started = tmp_path / "begonnen.yaml"
    run = cli("audit", "new", started, "--organisation", "Stichting Welzijn Beekdal",
              "--route", "zelfevaluatie", "--date", "2026-10-01")
    assert run.exit_code == 0, run.output
    run = cli("audit", "new", tmp_path / "heraudit.yaml", "--partial-of", started, "--redo",
              "D5", *REDO)
    assert run.exit_code == 1
    assert "die audit is niet af" in " ".join(run.stderr.split())
