"""`audit merge A B -o M`: the duo's two copies of one audit, brought together."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest
from rich.console import Console
from ruamel.yaml import YAML

from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.walk.plain import Walkthrough
from tests.conftest import AUDITS

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pdftext import text_by_lang  # noqa: E402


def saved(path):
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def ok(result):
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def copies(cli, new_audit):
    """One audit with a first answer, copied to two laptops."""
    a = new_audit("certificerend", "a.yaml")
    ok(cli("audit", "set", a, "V1", "--score", "voldoet", "--finding", "Eén werkwijze.",
           "--evidence", "document: Werkwijzer", "--auditor", "Anne Jansen"))
    b = a.parent / "b.yaml"
    shutil.copyfile(a, b)
    return a, b


def test_a_merge_without_conflicts_holds_the_answers_of_both(cli, copies):
    a, b = copies
    ok(cli("audit", "set", a, "V2", "--score", "voldoet", "--auditor", "Anne Jansen"))
    ok(cli("audit", "set", b, "D1", "--score", "voldoet_deels", "--improvement", "Vaker",
           "--auditor", "Bram de Wit"))
    ok(cli("audit", "set", b, "V1", "--score", "voldoet", "--evidence",
           "gesprek/medewerkers: team Oost", "--auditor", "Bram de Wit"))
    before = a.read_bytes(), b.read_bytes()
    merged = a.parent / "m.yaml"
    result = ok(cli("audit", "merge", a, b, "-o", merged))
    assert (a.read_bytes(), b.read_bytes()) == before
    assert "uit a.yaml: 1 (V2)" in result.stdout
    assert "uit b.yaml: 1 (D1)" in result.stdout
    assert "zelfde oordeel, lijsten samen: 1 (V1)" in result.stdout
    results = saved(merged)["results"]
    assert results["V2"] == saved(a)["results"]["V2"]
    assert results["D1"] == saved(b)["results"]["D1"]
    assert results["V1"]["evidence"] == [
        {"kind": "document", "note": "Werkwijzer"},
        {"kind": "interview", "source": "medewerkers", "note": "team Oost"}]
    assert results["V1"]["assessed_by"] == "Anne Jansen en Bram de Wit"
    assert "conflicts" not in saved(merged)
    state = json.loads(ok(cli("audit", "status", merged, "--json")).stdout)
    assert state["scored"] == 3 and state["conflicts"] == []


def test_conflicts_keep_both_sides_open_the_norm_and_are_named_until_resolved(cli, copies):
    a, b = copies
    ok(cli("audit", "set", a, "V2", "--score", "voldoet", "--finding", "Sterk.",
           "--auditor", "Anne Jansen"))
    ok(cli("audit", "set", b, "V2", "--score", "voldoet_deels", "--finding", "Wisselend.",
           "--improvement", "Intervisie", "--auditor", "Bram de Wit"))
    ok(cli("audit", "details", b, "--scope", "team Noord"))
    before = a.read_bytes(), b.read_bytes()
    merged = a.parent / "m.yaml"
    result = ok(cli("audit", "merge", a, b, "-o", merged, "--no-input"))
    assert (a.read_bytes(), b.read_bytes()) == before
    assert "Conflicten vastgelegd, nog open: V2, scope" in result.stderr
    assert f"kwaliteitslabel audit run {merged} --norm V2" in result.stderr
    assert f"Gegevens: kwaliteitslabel audit details {merged}" in result.stderr
    data = saved(merged)
    v2 = data["results"]["V2"]
    assert "score" not in v2
    assert [(side["source"], side["score"], side["findings"], side["assessed_by"])
            for side in v2["conflict"]] == [
        ("a.yaml", "voldoet", "Sterk.", "Anne Jansen"),
        ("b.yaml", "voldoet_deels", "Wisselend.", "Bram de Wit")]
    assert v2["improvements"] == [{"text": "Intervisie"}]
    assert data["conflicts"] == [{"field": "scope", "values": [
        {"source": "a.yaml", "value": "hele organisatie"},
        {"source": "b.yaml", "value": "team Noord"}]}]

    state = json.loads(ok(cli("audit", "status", merged, "--json")).stdout)
    assert state["conflicts"] == ["V2", "scope"] and "V2" in state["open"]
    shown = ok(cli("audit", "status", merged))
    assert "Conflicten uit het samenvoegen, nog te kiezen: V2, scope" in shown.stdout
    check = cli("audit", "check", merged)
    assert check.exit_code == 1
    assert "nog te kiezen: V2, scope" in check.stdout
    score = json.loads(ok(cli("audit", "score", merged, "--json")).stdout)
    assert score["status"] == "concept"
    assert any("nog te kiezen: V2, scope" in text for text in score["missing"])

    ok(cli("audit", "set", merged, "V2", "--score", "voldoet_deels", "--auditor",
           "Anne Jansen"))
    ok(cli("audit", "details", merged, "--scope", "team Noord"))
    data = saved(merged)
    assert "conflicts" not in data and "conflict" not in data["results"]["V2"]
    assert data["results"]["V2"]["score"] == "voldoet_deels"
    state = json.loads(ok(cli("audit", "status", merged, "--json")).stdout)
    assert state["conflicts"] == [] and "V2" not in state["open"]


def test_a_full_audit_scores_again_after_its_conflict_is_resolved(cli, tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    shutil.copyfile(AUDITS / "certificerend-advies.yaml", a)
    shutil.copyfile(AUDITS / "certificerend-advies.yaml", b)
    ok(cli("audit", "set", b, "V3", "--score", "voldoet_deels", "--finding", "Niet overal.",
           "--improvement", "In elk team", "--auditor", "Youssef El Amrani"))
    merged = tmp_path / "m.yaml"
    result = ok(cli("audit", "merge", a, b, "-o", merged))
    assert "gelijk in beide: 48 (V1, V2, V4–V16, D1–D15, O1–O18)" in result.stdout
    assert json.loads(ok(cli("audit", "score", merged, "--json")).stdout)["status"] \
        == "concept"
    ok(cli("audit", "set", merged, "V3", "--score", "voldoet", "--auditor", "Annelies Vos"))
    score = json.loads(ok(cli("audit", "score", merged, "--json")).stdout)
    # the conflict is gone; what remains is the advice, given on the audit before the merge
    assert not any("samenvoeg" in item or "conflict" in item for item in score["missing"])
    assert "het advies hoort bij een eerdere versie van de audit; laat de lead auditor " \
        "opnieuw adviseren" in score["missing"]


def test_copies_of_different_audits_are_refused_with_the_reason(cli, new_audit, tmp_path):
    a = new_audit("certificerend", "a.yaml")
    other = tmp_path / "ander.yaml"
    ok(cli("audit", "new", other, "--organisation", "Stichting Elders", "--route",
           "certificerend", "--auditor", "Anne Jansen", "--date", "2026-10-06"))
    merged = tmp_path / "m.yaml"
    result = cli("audit", "merge", a, other, "-o", merged)
    assert result.exit_code == 1
    assert "zijn geen kopieën van één audit" in result.stderr
    assert "de organisatie verschilt" in result.stderr
    assert "de audit begon op een andere dag (2026-10-05 en 2026-10-06)" in result.stderr
    assert not merged.exists()


def test_the_merged_file_never_replaces_an_input_or_another_file(cli, copies):
    a, b = copies
    before = a.read_bytes()
    result = cli("audit", "merge", a, b, "-o", a)
    assert result.exit_code == 1 and "is een van de bestanden" in result.stderr
    assert a.read_bytes() == before
    taken = a.parent / "bezet.yaml"
    taken.write_text("iets\n", encoding="utf-8")
    result = cli("audit", "merge", a, b, "-o", taken)
    assert result.exit_code == 1 and "bestaat al" in result.stderr
    assert taken.read_text(encoding="utf-8") == "iets\n"


def test_merge_json_names_what_came_from_where(cli, copies):
    a, b = copies
    ok(cli("audit", "set", a, "V2", "--score", "voldoet", "--finding", "Ja."))
    ok(cli("audit", "set", b, "V2", "--score", "voldoet_niet", "--finding", "Nee.",
           "--improvement", "Alles"))
    ok(cli("audit", "set", b, "V4", "--score", "voldoet"))
    report = json.loads(ok(cli("audit", "merge", a, b, "-o", a.parent / "m.yaml",
                               "--json")).stdout)
    assert report["taken_from_b"] == ["V4"] and report["same"] == ["V1"]
    assert report["conflicts"] == ["V2"] and report["chosen"] == {}


def test_the_walk_shows_a_recorded_conflict_and_answering_resolves_it(cli, copies):
    a, b = copies
    ok(cli("audit", "set", b, "V1", "--score", "voldoet_deels", "--finding", "Niet overal.",
           "--improvement", "Werkwijze in elk team", "--auditor", "Bram de Wit"))
    merged = a.parent / "m.yaml"
    ok(cli("audit", "merge", a, b, "-o", merged))
    screen = io.StringIO()
    console = Console(file=screen, width=100, color_system=None, highlight=False)
    typed = io.StringIO("2\nNiet in elk team.\n\n\nWerkwijze in elk team\n\nq\n")
    Walkthrough(load_audit(merged), console, typed, echo=True).run()
    shown = screen.getvalue()
    assert "Conflict na samenvoegen: de twee kopieën geven een ander antwoord op V1" in shown
    assert "a.yaml (Anne Jansen): voldoet - Eén werkwijze." in shown
    assert "b.yaml (Bram de Wit): voldoet_deels - Niet overal." in shown
    v1 = saved(merged)["results"]["V1"]
    assert v1["score"] == "voldoet_deels" and "conflict" not in v1
    assert json.loads(ok(cli("audit", "status", merged, "--json")).stdout)["conflicts"] == []


def test_the_report_of_a_merge_with_conflicts_is_a_concept_that_names_them(cli, copies):
    a, b = copies
    ok(cli("audit", "set", b, "V1", "--score", "voldoet_niet", "--improvement", "Werkwijze",
           "--auditor", "Bram de Wit"))
    merged = a.parent / "m.yaml"
    ok(cli("audit", "merge", a, b, "-o", merged))
    pdf = a.parent / "m.pdf"
    result = ok(cli("report", merged, "-o", pdf))
    assert "CONCEPT" in result.stdout
    text = " ".join(text_by_lang(pdf, "nl")["nl"].split())
    assert "geen open conflicten uit het samenvoegen van twee kopieën; nog te kiezen: V1" \
        in text
