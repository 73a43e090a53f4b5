"""`norms check` on the shipped framework and on copies with faults."""

from __future__ import annotations

import json
import re

from tests.helpers import edit, line_of


def test_shipped_framework_passes_with_summary(cli):
    result = cli("norms", "check")
    assert result.exit_code == 0, result.output
    assert "Normenkader 2017 is in orde" in result.stdout
    assert "52 (Vakmanschap 16 / Dienstverlening 16 / Organisatie en bestuur 20)" \
        in result.stdout
    assert re.search(r"sha256:[0-9a-f]{64}", result.stdout)


def test_check_json_summary(cli):
    result = cli("norms", "check", "--json")
    data = json.loads(result.stdout)
    assert data["norms"] == 52
    assert data["areas"] == {"vakmanschap": 16, "dienstverlening": 16,
                             "organisatie_bestuur": 20}
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


def test_environment_variable_points_at_another_framework(cli, norms_copy, monkeypatch):
    edit(norms_copy / "kader.yaml", 'version: "2017"', 'version: "2017-test"')
    monkeypatch.setenv("KWALITEITSLABEL_NORMS", str(norms_copy))
    result = cli("norms", "check")
    assert result.exit_code == 0, result.output
    assert "Normenkader 2017-test is in orde" in result.stdout
