"""Norm texts that say what is true, and references that know when a law changes.

From the outside: `norms check` notes a reference past its `valid_until` (file:line) and
refuses a broken one; `audit check` of the 2026 example names the law O16 cites that no
longer holds; the corrected texts open audits pinned to the print before the fix.
"""

from __future__ import annotations

import json
import shutil

import pytest
from helpers import edit, line_of

from kwaliteitslabel.framework.locate import shipped_root
from tests.conftest import AUDITS

O16_NOTE = ("O16 noemt de Wet Huis voor klokkenluiders; sinds 2023-02-18 geldt de Wet "
            "bescherming klokkenluiders")
OLD_PRINT_2019 = "94b72114ce8708c727fbe4232925c0a157e1a3584c4b307ac37b7257f6034145"


def test_norms_check_notes_a_reference_past_its_valid_until(cli):
    folder = shipped_root() / "2019"
    result = cli("norms", "check", folder)
    assert result.exit_code == 0, result.output
    line = line_of(folder / "organisatie_bestuur.yaml", "valid_until: 2023-02-17")
    assert (f"organisatie_bestuur.yaml:{line}:" in result.stderr
            and "noot: O16 noemt de Wet Huis voor klokkenluiders, die tot en met 2023-02-17 "
            "gold; sinds 2023-02-18 geldt de Wet bescherming klokkenluiders"
            in " ".join(result.stderr.split())), result.stderr
    assert "V13 noemt de Beroepscode voor de sociaal werker (BPSW, 2018)" in result.stderr


def test_norms_check_adds_the_note_for_a_new_reference_and_refuses_a_broken_one(cli,
                                                                                norms_copy):
    # norms_copy is the shipped 2017 framework; give a norm a reference that lapsed
    norms_file = norms_copy / "dienstverlening.yaml"
    text = norms_file.read_text(encoding="utf-8")
    first = text.split("  - id: ", 1)[1].split()[0]
    anchor = "    values:"
    index = text.index(anchor)
    norms_file.write_text(
        text[:index] + "    references:\n      - name: Wet op de proef\n"
        "        valid_until: 2018-06-30\n        replaced_by: Wet op de toets\n"
        + text[index:], encoding="utf-8")
    edit(norms_copy / "kader.yaml", "valid_until: 2019-12-31", "valid_until:")
    noted = cli("norms", "check", norms_copy)
    assert noted.exit_code == 0, noted.output
    line = line_of(norms_file, "valid_until: 2018-06-30")
    assert f"dienstverlening.yaml:{line}:" in noted.stderr
    assert (f"{first} noemt de Wet op de proef, die tot en met 2018-06-30 gold; sinds "
            "2018-07-01 geldt de Wet op de toets") in " ".join(noted.stderr.split())
    # a successor without the day the old one ended is a mistake, with its line
    edit(norms_file, "        valid_until: 2018-06-30\n", "")
    broken = cli("norms", "check", norms_copy)
    assert broken.exit_code == 1
    assert "replaced_by maar geen valid_until" in broken.stderr
    assert f"dienstverlening.yaml:{line - 1}" in broken.stderr
    assert "Traceback" not in broken.output


def test_a_lapsed_framework_gets_no_note_for_laws_that_changed_after_it(cli):
    result = cli("norms", "check", shipped_root() / "2017")
    assert result.exit_code == 0 and "noot:" not in result.stderr


def test_audit_check_of_the_2026_example_names_o16s_superseded_law(cli):
    result = cli("audit", "check", AUDITS / "certificerend.yaml")
    text = " ".join(result.stdout.split())
    assert "Verwijzingen die op de auditdagen niet (meer) gelden:" in text
    assert O16_NOTE in text
    as_json = json.loads(cli("audit", "check", AUDITS / "certificerend.yaml", "--json").stdout)
    assert as_json["outdated_references"]["O16"] == [O16_NOTE]
    # an audit of 2019 under the 2017 framework: nothing to note
    old = cli("audit", "check", AUDITS / "certificerend-2017.yaml")
    assert "Verwijzingen" not in old.stdout


def test_an_audit_before_the_new_law_hears_that_it_did_not_yet_hold(cli, tmp_path):
    path = tmp_path / "audit-2021.yaml"
    made = cli("audit", "new", path, "--organisation", "Stichting Proef", "--route",
               "zelfevaluatie", "--date", "2021-03-01")
    assert made.exit_code == 0, made.output
    text = " ".join(cli("audit", "check", path).stdout.split())
    assert "O16 noemt de Wet bescherming klokkenluiders, die pas vanaf 2023-02-18 geldt" in text
    assert "sinds 2023-02-18 geldt" not in text  # the Wet Huis still held in 2021


@pytest.mark.parametrize("name", ["certificerend", "combinatie", "intercollegiaal",
                                  "zelfevaluatie", "certificerend-advies",
                                  "certificerend-2017"])
def test_examples_pinned_to_the_print_before_the_text_fix_keep_opening(cli, name):
    result = cli("audit", "status", AUDITS / f"{name}.yaml")
    assert result.exit_code == 0, result.output


def test_an_audit_pinned_to_an_earlier_print_keeps_its_pin_when_saved(cli, tmp_path):
    path = tmp_path / "zelfevaluatie.yaml"
    shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
    assert OLD_PRINT_2019 in path.read_text(encoding="utf-8")
    saved = cli("audit", "set", path, "V1", "--score", "voldoet", "--finding",
                "Nagevraagd bij twee teams.")
    assert saved.exit_code == 0, saved.output
    text = path.read_text(encoding="utf-8")
    assert OLD_PRINT_2019 in text and "Nagevraagd bij twee teams." in text


def test_a_print_nobody_lists_still_does_not_open(cli, tmp_path):
    path = tmp_path / "vreemd.yaml"
    text = (AUDITS / "zelfevaluatie.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace(OLD_PRINT_2019, "ab" * 32), encoding="utf-8")
    result = cli("audit", "status", path)
    assert result.exit_code == 1
    assert "niet gevonden" in result.stderr and "Traceback" not in result.output


def test_the_status_of_the_tools_own_text_is_honest(cli, norms_copy):
    shown = cli("norms", "check", shipped_root() / "2019")
    assert "(in_gebruik)" in shown.stdout
    edit(norms_copy / "kader.yaml", "status: vervallen", "status: vastgesteld")
    claimed = cli("norms", "check", norms_copy)
    assert claimed.exit_code == 1
    assert "status is 'vastgesteld', maar source.by zegt" in " ".join(claimed.stderr.split())
    line = line_of(norms_copy / "kader.yaml", "source:")
    assert f"kader.yaml:{line}" in claimed.stderr


def _norm(cli, norm_id: str) -> dict:
    result = cli("norms", "show", norm_id, "--json", "--norms", shipped_root() / "2019")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_corrected_norm_texts(cli):
    v11 = _norm(cli, "V11")
    assert "voor wie met jeugdigen en gezinnen werkt" not in _flat(v11["statement"])
    assert "Wie jeugdhulp verleent of in de jeugdbescherming werkt" in _flat(v11["statement"])
    assert "jongerenwerker die geen jeugdhulp verleent, hoeft niet in het SKJ" in \
        _flat(v11["explanation"])
    v13 = _norm(cli, "V13")
    assert "Geregistreerde sociaal werkers vallen onder tuchtrecht" not in \
        _flat(v13["explanation"])
    assert "Register Sociaal Werkers brengt op zichzelf geen tuchtrecht mee" in \
        _flat(v13["explanation"])
    assert "sinds 1 januari 2022 de Beroepscode voor professionals in sociaal werk" in \
        _flat(v13["explanation"])
    d10 = _norm(cli, "D10")
    assert "regelt de medezeggenschap zelf" not in _flat(d10["explanation"]).split(
        "Voor werk waarvoor de wet niets voorschrijft")[0]
    assert "artikel 3.2 van de Wmo 2015" in _flat(d10["explanation"])
    o16 = _norm(cli, "O16")
    assert "Sindsdien geldt de Wet bescherming klokkenluiders" in _flat(o16["explanation"])
    assert [r["name"] for r in o16["references"]] == ["Wet Huis voor klokkenluiders",
                                                      "Wet bescherming klokkenluiders"]


@pytest.mark.parametrize("norm_id", ["D1", "D5", "D6", "D7", "D8"])
def test_one_severe_condition_fails_a_norm_where_clients_are_at_stake(cli, norm_id):
    anchor = _flat(_norm(cli, norm_id)["levels"]["voldoet_niet"])
    assert anchor.startswith("Eén van deze situaties is genoeg:")
    assert "; of " in anchor  # the conditions are alternatives, not a conjunction
