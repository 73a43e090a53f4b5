"""Who is who in the commission's act: names that read the same are one person or
organisation, a look-alike letter or an invisible character is refused where identity
matters."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_commission_act import BODY, advise, decide, new


@pytest.mark.parametrize("first, second", [
    ("Jan de Vri\u00e9s", "Jan de Vrie\u0301s"),  # é composed and decomposed
    ("Jan de Vries", "jan  de vries"),
    ("Jan de Vries", "Jan de Vries\u200b"),  # a zero-width space
    ("Jan de Vries", "Jan\u00a0de Vries"),  # a no-break space
])
def test_names_that_read_the_same_are_one_person(cli, tmp_path, first, second):
    path = new(cli, tmp_path / "duo.yaml", "certificerend", "--auditor",
               f"{first}; {BODY}; lead auditor", "--auditor", f"{second}; {BODY}")
    check = cli("audit", "check", path, "--json")
    auditors = next(item for item in json.loads(check.stdout)["requirements"]
                    if item["id"] == "auditors")
    assert auditors["met"] is False and "vastgelegd: 1" in auditors["text"]


def test_a_mixed_script_name_is_refused_where_identity_matters(cli, tmp_path):
    path = tmp_path / "duo.yaml"
    made = cli("audit", "new", path, "--organisation", "Stichting Welzijn Beekdal", "--route",
               "certificerend", "--certifying-body", BODY, "--auditor",
               f"Jan de Vries; {BODY}; lead auditor", "--auditor", f"Jan de Vr\u0456es; {BODY}",
               "--date", "2026-11-02")
    assert made.exit_code == 0
    assert "Let op: 'Jan de Vr<U+0456>es' mengt Latijnse met Cyrillische" in made.stderr
    check = cli("audit", "check", path)
    assert check.exit_code == 1
    assert "✗ namen in één schrift" in check.stdout and "<U+0456>" in check.stdout


def test_an_organisation_in_nfc_and_nfd_is_the_same_organisation(cli, tmp_path):
    organisation = "Stichting Welzijn Café"
    path = tmp_path / "nfd.yaml"
    result = cli("audit", "new", path, "--organisation", organisation, "--route",
                 "certificerend", "--certifying-body", "Bureau Één",
                 "--auditor", "Anne Jansen; Bureau E\u0301e\u0301n; lead auditor",
                 "--auditor", "Bram de Wit; Bureau E\u0301e\u0301n",
                 "--auditor", "Cor Dijk; Stichting Welzijn Cafe\u0301",
                 "--date", "2026-11-02")
    assert result.exit_code == 0, result.output
    data = json.loads(cli("audit", "check", path, "--json").stdout)
    checks = {item["id"]: item for item in data["requirements"]}
    assert checks["auditors"]["met"] is True  # the body in NFC, its auditors in NFD
    assert checks["independent"]["met"] is False  # Cor Dijk is of the organisation


def test_decide_by_with_a_lookalike_letter_or_invisible_space_is_refused(cli, ready):
    assert advise(cli, ready).exit_code == 0
    cyrillic = decide(cli, ready, "--granted", by="beheercommissie Kwalitеitslabel")
    assert cyrillic.exit_code == 1 and "<U+0435>" in cyrillic.stderr
    auditor = decide(cli, ready, "--granted", by="Anne\u200b Jansen")
    assert auditor.exit_code == 1 and "besluit niet over dit label" in auditor.stderr
