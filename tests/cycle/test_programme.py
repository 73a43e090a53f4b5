"""`audit programme`: days, conversations per role, coverage; and the triangulation that
`audit status` and `audit check` report during the audit."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import AUDITS

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pdfcheck import check_pdf  # noqa: E402
from pdftext import text_by_lang  # noqa: E402

EXAMPLES = sorted(path.name for path in AUDITS.glob("*.yaml"))


def ok(result):
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_programme_of_each_example_lists_days_conversations_and_gaps(cli, name):
    plan = json.loads(ok(cli("audit", "programme", AUDITS / name, "--json")).stdout)
    assert plan["days"] in (1, 2, 2.5, 3)
    assert plan["planned_from"] == "participants"
    talks = plan["conversations"]
    assert len(talks) >= 7
    assert all(talk["norms"] for talk in talks)
    assert sum(len(talk["questions"]) for talk in talks) > 50
    assert {talk["day"] for talk in talks} == set(range(1, int(-(-plan["days"] // 1)) + 1))
    assert len(plan["coverage"]) in (49, 52)
    assert plan["gaps"] == [item["norm"] for item in plan["coverage"] if not item["covered"]]
    shown = ok(cli("audit", "programme", AUDITS / name)).stdout
    assert "Auditdagen: " in shown and "Dag 1" in shown and "Dekking per norm" in shown
    assert ("Elke norm is gedekt" in shown) == (plan["gaps"] == [])


def test_gaps_are_the_norms_no_planned_role_speaks_about(cli, new_audit):
    path = new_audit("certificerend")
    ok(cli("audit", "details", path, "--participant", "medewerkers:6"))
    plan = json.loads(ok(cli("audit", "programme", path, "--json")).stdout)
    assert plan["days"] == 2  # 80 fte in the table of framework 2019
    gaps = plan["gaps"]
    assert gaps and all("medewerkers" not in item["roles"] for item in plan["coverage"]
                        if item["norm"] in gaps)
    assert all(item["roles"] == ["medewerkers"] for item in plan["coverage"]
               if item["norm"] not in gaps)
    shown = ok(cli("audit", "programme", path)).stdout
    assert f"Niet gedekt (minder dan twee rollen, of een rol zonder document of observatie): " \
           f"{', '.join(gaps)}" in shown.replace("\n", " ")


def test_without_fte_the_days_are_unknown_and_every_role_is_proposed(cli, tmp_path):
    path = tmp_path / "audit.yaml"
    ok(cli("audit", "new", path, "--organisation", "Stichting Proef", "--route",
           "zelfevaluatie", "--date", "2026-10-05"))
    plan = json.loads(ok(cli("audit", "programme", path, "--json")).stdout)
    assert plan["days"] is None and plan["planned_from"] == "framework"
    assert plan["gaps"] == []
    assert "Auditdagen: onbekend" in ok(cli("audit", "programme", path)).stdout


def test_status_shows_triangulation_and_check_warns_about_roles_never_heard(cli, new_audit):
    path = new_audit("certificerend")
    ok(cli("audit", "details", path, "--participant", "medewerkers:6"))
    ok(cli("audit", "set", path, "V1", "--score", "voldoet", "--evidence",
           "gesprek/medewerkers: zes sociaal werkers", "--evidence", "document: Werkwijzer"))
    ok(cli("audit", "set", path, "V2", "--score", "voldoet", "--evidence",
           "gesprek/medewerkers: zes sociaal werkers"))
    state = json.loads(ok(cli("audit", "status", path, "--json")).stdout)
    assert state["triangulated"] == {"V1": True, "V2": False}
    assert "Triangulatie: 1 van 2 oordelen" in ok(cli("audit", "status", path)).stdout
    check = json.loads(cli("audit", "check", path, "--json").stdout)
    [heard] = [item for item in check["warnings"] if item["id"] == "roles_heard"]
    assert "rollen die het normenkader wil spreken, maar die niemand sprak: clienten" \
        in heard["text"]
    assert "medewerkers" not in heard["text"].split(":", 1)[1]
    zelf = json.loads(cli("audit", "check", AUDITS / "zelfevaluatie.yaml", "--json").stdout)
    assert all(item["id"] != "roles_heard" for item in zelf["warnings"])


def test_the_programme_pdf_is_tagged_and_passes_the_checker(cli, tmp_path):
    target = tmp_path / "programma.pdf"
    result = ok(cli("audit", "programme", AUDITS / "certificerend.yaml", "-o", target))
    assert f"PDF: {target}" in result.stdout
    checked = check_pdf(target, lang="nl")
    assert checked.problems == []
    text = text_by_lang(target, "nl")["nl"]
    assert "Auditprogramma Stichting Welzijn Rivierstad" in text
    assert "Dekking per norm" in text and "Dag 1: Cliënten en inwoners" in text
