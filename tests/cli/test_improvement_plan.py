"""The organisation's improvement plan: `audit improvements` lists and sets its actions
through the save path; on the certifying routes a positive advice (and a certificate)
needs an action with a deadline for every norm that is partly met; changing the plan
voids no advice or decision."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from kwaliteitslabel.framework.locate import shipped_root
from tests.cli.test_commission_act import DUO, advise, decide, fill, new, norm_ids
from tests.conftest import AUDITS

OLD_PRINT_2019 = "9680c3f3a7f0304a3ec63a2a0b4b7757c166c8b118dc4573fbbde905f289cb72"
ACTION = ("--action", "Dossiers wekelijks in het team doorlopen", "--owner", "teamleider",
          "--deadline", "2027-03-01")


def saved(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


@pytest.fixture
def partly(cli, tmp_path) -> Path:
    """A finished certifying audit with D5 and O3 partly met, no plan yet."""
    path = new(cli, tmp_path / "toetsing.yaml", "certificerend", *DUO)
    fill(path, norm_ids(cli), D5="voldoet_deels", O3="voldoet_deels")
    return path


def test_actions_are_added_changed_listed_and_removed(cli, tmp_path):
    path = tmp_path / "advies.yaml"
    shutil.copy(AUDITS / "certificerend-advies.yaml", path)
    run = cli("audit", "improvements", path, "--norm", "d5", *ACTION)
    assert run.exit_code == 0, run.output
    assert "Actie 4 (D5) bewaard in het verbeterplan" in run.stdout
    run = cli("audit", "improvements", path, "--item", "4", "--status", "loopt")
    assert run.exit_code == 0, run.output
    plan = saved(path)["improvement_plan"]
    assert plan[3] == {"norm": "D5", "action": "Dossiers wekelijks in het team doorlopen",
                       "owner": "teamleider", "deadline": dt.date(2027, 3, 1),
                       "status": "loopt"}
    assert [item["norm"] for item in plan] == ["V16", "D9", "O14", "D5"]
    listed = cli("audit", "improvements", path)
    assert listed.exit_code == 0
    text = " ".join(listed.stdout.split())
    assert "Verbeterplan van Stichting Welzijn Rivierstad" in text and "4 actie(s)" in text
    assert ("4. D5 Dossiervorming met de cliënt Dossiers wekelijks in het team doorlopen "
            "status: loopt · deadline: 2027-03-01 · eigenaar: teamleider") in text
    as_json = json.loads(cli("audit", "improvements", path, "--json").stdout)
    assert as_json["required"] is True and as_json["without_plan"] == []
    assert as_json["items"][3] == {"item": 4, "norm": "D5", "status": "loopt",
                                   "action": "Dossiers wekelijks in het team doorlopen",
                                   "owner": "teamleider", "deadline": "2027-03-01"}
    run = cli("audit", "improvements", path, "--item", "1", "--remove")
    assert run.exit_code == 0, run.output
    assert [item["norm"] for item in saved(path)["improvement_plan"]] == ["D9", "O14", "D5"]
    # the file keeps its comments: the example's comment above the plan is still there
    assert "# Het verbeterplan van de organisatie" in path.read_text(encoding="utf-8")


def test_a_new_plan_goes_into_the_file_with_its_comment(cli, partly):
    run = cli("audit", "improvements", partly, "--norm", "O3", "--action", "Jaarplan maken")
    assert run.exit_code == 0, run.output
    assert "Zonder actie met deadline in het plan: D5, O3" in " ".join(run.stderr.split())
    assert saved(partly)["improvement_plan"] == [
        {"norm": "O3", "action": "Jaarplan maken", "status": "gepland"}]
    assert "# Het verbeterplan van de organisatie" in partly.read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--norm", "X9", "--action", "iets"], 1, "norm 'X9' bestaat niet in normenkader 2019"),
    (["--norm", "D55", "--action", "iets"], 1, "bedoelt u D5?"),
    (["--norm", "D5"], 2, "een nieuwe actie vraagt --action TEKST"),
    (["--action", "iets"], 2, "een nieuwe actie vraagt --norm NORM"),
    (["--item", "1", "--status", "loopt"], 1, "het verbeterplan heeft nog geen acties"),
    (["--norm", "D5", "--action", "iets", "--deadline", "1-3-2027"], 1,
     "--deadline: '1-3-2027' is geen datum; schrijf JJJJ-MM-DD"),
    (["--norm", "D5", "--action", "iets", "--deadline", "2025-01-01"], 1,
     "ligt voor de audit (2026-11-02)"),
    (["--norm", "D5", "--action", "iets", "--status", "klaarr"], 1,
     "bedoelt u 'afgerond'? Kies uit gepland, loopt, afgerond."),
    (["--norm", "D5", "--action", "iets\x07"], 1, "U+0007"),
    (["--norm", "D5", "--action", "iets", "--remove"], 2, "--remove neemt alleen --item N"),
])
def test_wrong_plan_options_say_what_to_do(cli, partly, args, code, message):
    before = partly.read_bytes()
    run = cli("audit", "improvements", partly, *args)
    assert run.exit_code == code, run.output
    assert message in " ".join(run.stderr.split())
    assert "Traceback" not in run.output
    assert partly.read_bytes() == before


def test_a_positive_advice_needs_an_action_with_a_deadline_per_partly_met_norm(cli, partly):
    run = advise(cli, partly)
    assert run.exit_code == 1
    message = " ".join(run.stderr.split())
    assert "een positief advies vraagt op deze route een verbeterplan" in message
    assert "ontbreekt bij D5, O3" in message
    assert f"kwaliteitslabel audit improvements {partly} --norm D5" in message
    assert "advice" not in saved(partly)
    # an action without a deadline does not count
    assert cli("audit", "improvements", partly, "--norm", "D5", "--action", "x").exit_code == 0
    assert cli("audit", "improvements", partly, "--norm", "O3", *ACTION).exit_code == 0
    run = advise(cli, partly)
    assert run.exit_code == 1 and "ontbreekt bij D5." in " ".join(run.stderr.split())
    assert cli("audit", "improvements", partly, "--item", "1", "--deadline",
               "2027-06-01").exit_code == 0
    run = advise(cli, partly)
    assert run.exit_code == 0, run.output
    assert saved(partly)["advice"]["advice"] == "positief"


def test_a_negative_advice_needs_no_plan(cli, partly):
    run = advise(cli, partly, "negatief")
    assert run.exit_code == 0, run.output


def test_the_plan_is_not_what_advice_and_decision_rest_on(cli, tmp_path):
    """The organisation keeps its plan up to date after the certificate: that voids
    nothing, and the signed example keeps its label."""
    path = tmp_path / "certificerend.yaml"
    shutil.copy(AUDITS / "certificerend.yaml", path)
    run = cli("audit", "improvements", path, "--item", "2", "--status", "afgerond")
    assert run.exit_code == 0, run.output
    assert "geldt" not in run.stderr
    result = json.loads(cli("audit", "score", path, "--json").stdout)
    assert (result["status"], result["label"]) == ("gecertificeerd", "gecertificeerd")
    check = cli("audit", "check", path)
    assert check.exit_code == 0 and "verbeterplan" not in check.stdout.replace(
        "het verbeterplan heeft een actie", "")


def test_check_warns_and_decide_refuses_when_the_plan_lost_its_action(cli, tmp_path):
    path = tmp_path / "advies.yaml"
    shutil.copy(AUDITS / "certificerend-advies.yaml", path)
    assert cli("audit", "improvements", path, "--item", "3", "--remove").exit_code == 0
    check = cli("audit", "check", path)
    assert check.exit_code == 0  # a warning: an advice given before the rule keeps its label
    assert ("een positief advies vraagt op deze route een actie met deadline in het "
            "verbeterplan van de organisatie; die ontbreekt bij O14") in " ".join(
        check.stdout.split())
    run = decide(cli, path, "--granted", "--number", "KL-1")
    assert run.exit_code == 1
    assert "het certificaat vraagt op deze route een verbeterplan" in " ".join(
        run.stderr.split())
    assert "decision" not in saved(path)


def test_the_rule_is_the_routes_setting(cli, tmp_path):
    """Without `requires.improvement_plan` on the route (an edited framework), a positive
    advice needs no plan."""
    norms = tmp_path / "norms" / "2019"
    shutil.copytree(shipped_root() / "2019", norms)
    kader = norms / "kader.yaml"
    kader.write_text(kader.read_text(encoding="utf-8").replace(
        "improvement_plan: true", "improvement_plan: false"), encoding="utf-8")
    path = tmp_path / "toetsing.yaml"
    run = cli("audit", "new", path, "--organisation", "Stichting Welzijn Beekdal", "--route",
              "certificerend", "--certifying-body", "Certificering Zuidkust", *DUO,
              "--date", "2026-11-02", "--end-date", "2026-11-04", "--norms", norms)
    assert run.exit_code == 0, run.output
    fill(path, norm_ids(cli), D5="voldoet_deels")
    run = cli("audit", "advise", path, "--advice", "positief", "--reason", "Alle normen "
              "beoordeeld.", "--by", "Anne Jansen", "--date", "2026-11-20", "--norms", norms)
    assert run.exit_code == 0, run.output


def test_an_audit_pinned_to_the_print_before_the_rule_still_opens(cli, partly):
    text = partly.read_text(encoding="utf-8")
    data = saved(partly)
    partly.write_text(text.replace(data["framework"]["fingerprint"], OLD_PRINT_2019),
                      encoding="utf-8")
    run = cli("audit", "status", partly)
    assert run.exit_code == 0, run.output
    run = cli("audit", "improvements", partly, "--norm", "D5", *ACTION)
    assert run.exit_code == 0, run.output
    assert saved(partly)["framework"]["fingerprint"] == OLD_PRINT_2019
