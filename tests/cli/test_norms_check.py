"""`norms check` on the shipped framework and on copies with faults."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kwaliteitslabel.framework.locate import shipped_root
from tests.helpers import edit, line_of


def test_shipped_framework_passes_with_summary(cli):
    result = cli("norms", "check")
    assert result.exit_code == 0, result.output
    assert "Normenkader 2019 is in orde" in result.stdout
    assert "49 (Vakmanschap 16 / Dienstverlening 15 / Organisatie en bestuur 18)" \
        in result.stdout
    assert "geldig:        vanaf 2020-01-01" in result.stdout
    assert re.search(r"herkomst:      uit 2017 \(.*\): samengevoegd 6, herschreven 9, gelijk 31, "
                     r"gesplitst 2, nieuw 1", result.stdout)
    assert re.search(r"sha256:[0-9a-f]{64}", result.stdout)


def test_the_2017_framework_passes_with_its_own_count_and_validity(cli):
    result = cli("norms", "check", shipped_root() / "2017")
    assert result.exit_code == 0, result.output
    assert "52 (Vakmanschap 16 / Dienstverlening 16 / Organisatie en bestuur 20)" \
        in result.stdout
    assert "geldig:        van 2016-12-01 tot en met 2019-12-31" in result.stdout
    assert "herkomst" not in result.stdout


def test_check_json_summary(cli):
    result = cli("norms", "check", "--json")
    data = json.loads(result.stdout)
    assert data["ok"] is True and data["problems"] == []
    assert data["norms"] == 49
    assert data["areas"] == {"vakmanschap": 16, "dienstverlening": 15,
                             "organisatie_bestuur": 18}
    assert (data["valid_from"], data["valid_until"]) == ("2020-01-01", None)
    assert len(data["fingerprint"]) == 64


def test_many_faults_are_all_reported_with_file_and_line(cli, norms_copy):
    vak = norms_copy / "vakmanschap.yaml"
    dienst = norms_copy / "dienstverlening.yaml"
    org = norms_copy / "organisatie_bestuur.yaml"
    kader = norms_copy / "kader.yaml"
    typo = edit(vak, "    title: Methodisch werken", "    titel: Methodisch werken")
    unknown_competency = edit(vak, "competencies: [C1, C2]", "competencies: [C1, C44]")
    duplicate = edit(dienst, "  - id: D2\n", "  - id: D1\n")
    wrong_type = edit(org, "    core: false", "    core: misschien")
    unknown_value = edit(dienst, "values: [aantoonbaar_effect]", "values: [aantoonbaar_efect]")
    impossible = edit(kader, "    voldoet_deels: 5", "    voldoet_deels: 99")

    result = cli("norms", "check", norms_copy)

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = result.stderr
    assert f"vakmanschap.yaml:{typo}:5: onbekend veld 'titel' in V1; bedoelt u 'title'?" \
        in errors
    assert f"vakmanschap.yaml:{unknown_competency}:" in errors
    assert "onbekende competentie 'C44'" in errors
    assert f"dienstverlening.yaml:{duplicate}:" in errors and "'D1' bestaat al" in errors
    assert f"organisatie_bestuur.yaml:{wrong_type}:" in errors
    assert "'core' moet true of false zijn" in errors
    assert f"dienstverlening.yaml:{unknown_value}:" in errors
    assert "bedoelt u 'aantoonbaar_effect'?" in errors
    assert f"kader.yaml:{impossible}:" in errors and "max_norms.voldoet_deels is 99" in errors
    assert "fout(en) gevonden" in errors


def test_yaml_syntax_error_points_at_the_line(cli, norms_copy):
    vak = norms_copy / "vakmanschap.yaml"
    line = edit(vak, "competencies: [C1, C4]", "competencies: [C1, C4")
    result = cli("norms", "check", norms_copy)
    assert result.exit_code == 1
    assert re.search(r"vakmanschap\.yaml:\d+:\d+: YAML-syntaxfout", result.stderr)
    assert f"begint op regel {line}" in result.stderr


def test_area_count_differs_from_manifest(cli, norms_copy):
    kader = norms_copy / "kader.yaml"
    edit(kader, "expected_norms: 20", "expected_norms: 21")
    line = line_of(norms_copy / "organisatie_bestuur.yaml", "norms:")
    result = cli("norms", "check", norms_copy)
    assert result.exit_code == 1
    assert (f"organisatie_bestuur.yaml:{line}:" in result.stderr
            and "heeft 20 normen, het manifest verwacht er 21" in result.stderr)


def test_missing_and_empty_fields(cli, norms_copy):
    vak = norms_copy / "vakmanschap.yaml"
    text = vak.read_text(encoding="utf-8")
    start = text.index("  - id: V3\n")
    block_end = text.index("  - id: V4\n")
    block = text[start:block_end]
    explanation = block[block.index("    explanation:"):block.index("    questions:")]
    vak.write_text(text[:start] + block.replace(explanation, "") + text[block_end:],
                   encoding="utf-8")
    title_line = edit(vak, "    title: Outreachend werken", '    title: ""')
    result = cli("norms", "check", norms_copy)
    assert result.exit_code == 1
    assert "verplicht veld 'explanation' ontbreekt" in result.stderr
    assert f"vakmanschap.yaml:{title_line}:" in result.stderr
    assert "'title' is leeg" in result.stderr


def test_uncovered_competency_is_reported(cli, norms_copy):
    vak = norms_copy / "vakmanschap.yaml"
    text = vak.read_text(encoding="utf-8")
    vak.write_text(re.sub(r"C8\b", "C1", text), encoding="utf-8")
    result = cli("norms", "check", norms_copy)
    assert result.exit_code == 1
    assert "competentie C8 (Beweegt zich tussen verschillende werelden en culturen) komt " \
           "in geen enkele norm voor" in result.stderr


def test_folder_that_does_not_exist(cli, tmp_path):
    result = cli("norms", "check", tmp_path / "nergens")
    assert result.exit_code == 1
    assert "bestaat niet" in result.stderr


def test_environment_variable_points_at_another_framework(cli, norms_copy, monkeypatch,
                                                          outside):
    renamed = norms_copy.rename(norms_copy.parent / "2017-test")
    edit(renamed / "kader.yaml", 'version: "2017"', 'version: "2017-test"')
    monkeypatch.setenv("KWALITEITSLABEL_NORMS", str(renamed))
    result = cli("norms", "check")
    assert result.exit_code == 0, result.output
    assert "Normenkader 2017-test is in orde" in result.stdout


def test_ids_must_follow_the_area_prefix_and_a_number(cli, norms_copy):
    vak = norms_copy / "vakmanschap.yaml"
    lower = edit(vak, "  - id: V5\n", "  - id: v5\n")
    foreign = edit(vak, "  - id: V6\n", "  - id: D5b\n")
    result = cli("norms", "check", norms_copy)
    assert result.exit_code == 1
    assert (f"vakmanschap.yaml:{lower}:9: norm-id 'v5' past niet bij gebied 'vakmanschap': "
            "de ids daar zijn V met een volgnummer (V1, V2, ...); schrijf 'V5'") in result.stderr
    assert f"vakmanschap.yaml:{foreign}:9: norm-id 'D5b' past niet bij gebied" in result.stderr
    assert "geef de norm een volgnummer, bijv. 'V17'" in result.stderr


def test_folder_named_otherwise_than_its_version_gets_a_warning(cli, norms_copy):
    renamed = norms_copy.rename(norms_copy.parent / "2021")
    line = line_of(renamed / "kader.yaml", "version:")
    result = cli("norms", "check", renamed)
    assert result.exit_code == 0
    assert (f"kader.yaml:{line}:10: let op: de map heet '2021', maar version is '2017'; "
            "audits zoeken hun kader in een map met de naam van de versie: noem de map 2017 "
            "of pas version aan") in result.stderr
    data = json.loads(cli("norms", "check", renamed, "--json").stdout)
    assert data["ok"] is True and "de map heet '2021'" in data["warnings"][0]["message"]
    assert cli("norms", "check", norms_copy.parent / "2021").stderr.count("let op") == 1
    edit(renamed / "vakmanschap.yaml", "  - id: V5\n", "  - id: v5\n")
    broken = json.loads(cli("norms", "check", renamed, "--json").stdout)
    assert broken["ok"] is False and "de map heet '2021'" in broken["warnings"][0]["message"]


def test_duplicate_id_names_where_the_first_one_is(cli, norms_copy):
    dienst = norms_copy / "dienstverlening.yaml"
    first = line_of(dienst, "  - id: D1\n")
    second = edit(dienst, "  - id: D2\n", "  - id: D1\n")
    result = cli("norms", "check", norms_copy)
    assert (f"dienstverlening.yaml:{second}:9: norm-id 'D1' bestaat al in "
            f"dienstverlening.yaml:{first}; elke norm heeft een eigen id") in result.stderr


def test_json_on_a_broken_copy_lists_the_problems_sorted(cli, norms_copy):
    vak, org = norms_copy / "vakmanschap.yaml", norms_copy / "organisatie_bestuur.yaml"
    late = edit(vak, "  - id: V16\n", "  - id: v16\n")
    early = edit(vak, "  - id: V2\n", "  - id: V2b\n")
    other = edit(org, "    core: false", "    core: misschien")
    result = cli("norms", "check", norms_copy, "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["ok"] is False
    places = [(Path(p["path"]).name, p["line"]) for p in data["problems"]]
    assert places == sorted(places)
    assert ("vakmanschap.yaml", early) in places and ("vakmanschap.yaml", late) in places
    assert ("organisatie_bestuur.yaml", other) in places
    assert all({"path", "line", "column", "message"} <= set(p) for p in data["problems"])
    text = cli("norms", "check", norms_copy)
    lines = [line for line in text.stderr.splitlines() if ".yaml:" in line]
    assert lines == sorted(lines, key=lambda x: (x.split(":")[0], int(x.split(":")[1])))


def test_json_of_a_missing_folder_is_json_too(cli, tmp_path):
    result = cli("norms", "check", tmp_path / "nergens", "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["ok"] is False and "bestaat niet" in data["problems"][0]["message"]


def test_an_unknown_role_on_a_question_is_named_with_its_line(cli, tmp_path):
    import shutil

    from kwaliteitslabel.framework.locate import shipped_root

    folder = tmp_path / "2019"
    shutil.copytree(shipped_root() / "2019", folder)
    vak = folder / "vakmanschap.yaml"
    line = line_of(vak, "roles: [medewerkers")
    edit(vak, "roles: [medewerkers", "roles: [medewerker")
    result = cli("norms", "check", folder)
    assert result.exit_code == 1
    assert f"vakmanschap.yaml:{line}:" in result.stderr
    assert "onbekende rol 'medewerker' bij toetsvraag" in result.stderr
    assert "bedoelt u 'medewerkers'?" in result.stderr


def test_a_sound_framework_is_checked_without_a_round_trip_load(cli, monkeypatch):
    """The fast loader and the C parser's nodes do the work; the notes keep their lines."""
    from kwaliteitslabel import yamlio

    round_trips: list[str] = []
    real = yamlio.parse

    def spy(path, raw, **options):
        if options.get("round_trip", True):
            round_trips.append(Path(path).name)
        return real(path, raw, **options)

    monkeypatch.setattr(yamlio, "parse", spy)
    result = cli("norms", "check", shipped_root() / "2019")
    assert result.exit_code == 0, result.stderr
    assert round_trips == []
    norms = shipped_root() / "2019" / "organisatie_bestuur.yaml"
    line = line_of(norms, "valid_until: 2023-02-17")
    assert f"organisatie_bestuur.yaml:{line}:22: noot: O16 noemt" in result.stderr
