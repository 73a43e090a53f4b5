"""`audit compare OLD NEW [--json]`: per norm the old and the new verdict and what changed,
per area the change in score, across framework versions through herkomst.yaml."""

from __future__ import annotations

import json
import shutil

from tests.conftest import AUDITS


def compared(cli, old, new) -> dict:
    run = cli("audit", "compare", old, new, "--json")
    assert run.exit_code == 0, run.output
    return json.loads(run.stdout)


def by_norm(data: dict) -> dict:
    return {row["norm"]: row for row in data["norms"]}


def test_the_2017_audit_against_the_2026_reaudit(cli):
    data = compared(cli, AUDITS / "certificerend-2017.yaml", AUDITS / "certificerend.yaml")
    assert (data["old"]["framework"], data["new"]["framework"]) == ("2017", "2019")
    norms = by_norm(data)
    assert len(norms) == 49
    assert norms["V1"]["from"] == ["V1", "D4"]  # merged
    assert norms["V12"]["from"] == ["V11"]  # split
    assert norms["O14"]["from"] == ["O16"]  # renumbered
    assert norms["O14"]["old"] == ["voldoet_deels"]
    assert norms["D4"] == {"norm": "D4", "from": [], "old": [], "new": "voldoet",
                           "change": "nieuw"}
    assert data["counts"]["nieuw"] == 1
    assert sum(data["counts"].values()) == 49
    areas = {area["area"]: area for area in data["areas"]}
    assert set(areas) == {"vakmanschap", "dienstverlening", "organisatie_bestuur"}
    assert areas["dienstverlening"]["counts"]["nieuw"] == 1


def test_better_worse_and_not_comparable_are_named_per_norm_and_area(cli, tmp_path):
    old = tmp_path / "2019.yaml"
    shutil.copy(AUDITS / "certificerend-2017.yaml", old)
    assert cli("audit", "set", old, "V13", "--score", "deels", "--improvement", "Meldcode",
               "--evidence", "document: x", "--at", "2019-11-14").exit_code == 0
    new = tmp_path / "2026.yaml"
    assert cli("audit", "new", new, "--previous", old, "--date", "2026-11-10",
               "--auditor", "Anne Jansen").exit_code == 0
    for norm_id, score in (("V16", "voldoet"), ("D8", "voldoet_niet"), ("O7", "voldoet"),
                           ("D9", "voldoet_deels")):
        extra = ["--improvement", "Nog doen"] if score != "voldoet" else []
        run = cli("audit", "set", new, norm_id, "--score", score, "--evidence",
                  "document: verslag", *extra)
        assert run.exit_code == 0, run.output
    data = compared(cli, old, new)
    norms = by_norm(data)
    assert norms["V16"]["change"] == "beter"  # was voldoet deels
    assert norms["D8"]["change"] == "slechter"  # from D8 voldoet and V13 voldoet deels
    assert norms["O7"]["change"] == "beter"  # the weakest of O8 and V13 was deels
    assert norms["D9"]["change"] == "gelijk"
    assert norms["V2"]["change"] == "niet_vergelijkbaar"  # open in the new audit
    areas = {area["area"]: area for area in data["areas"]}
    assert areas["vakmanschap"]["counts"]["beter"] == 1
    assert areas["vakmanschap"]["change"] == "slechter"  # most norms are still open

    shown = cli("audit", "compare", old, new)
    assert shown.exit_code == 0
    lines = {line.split()[0]: " ".join(line.split()) for line in shown.stdout.splitlines()
             if line.strip()}
    assert lines["D8"] == "D8 D8, V13 voldoet, voldoet deels voldoet niet slechter"
    assert lines["V16"] == "V16 V16 voldoet deels voldoet beter"
    assert "Totaal: beter 2 · gelijk 1 · slechter 1 · nieuw 1 · niet vergelijkbaar 44" \
        in shown.stdout


def test_two_audits_on_the_same_framework_compare_norm_by_norm(cli):
    data = compared(cli, AUDITS / "certificerend-advies.yaml", AUDITS / "certificerend.yaml")
    assert all(row["from"] == [row["norm"]] for row in data["norms"])
    assert data["counts"]["gelijk"] == 49
    assert all(area["change"] == "gelijk" for area in data["areas"])


def test_the_older_audit_comes_first(cli):
    run = cli("audit", "compare", AUDITS / "certificerend.yaml",
              AUDITS / "certificerend-2017.yaml")
    assert run.exit_code == 1
    assert "noem eerst de oudere audit" in " ".join(run.stderr.split())
    assert "Traceback" not in run.output


def test_other_organisations_are_compared_with_a_warning(cli):
    run = cli("audit", "compare", AUDITS / "zelfevaluatie.yaml", AUDITS / "certificerend.yaml")
    assert run.exit_code == 0
    assert "zijn verschillende organisaties" in " ".join(run.stderr.split())
