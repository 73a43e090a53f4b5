"""`norms list`, `show`, `schema` and `diff` as the commission uses them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import jsonschema
import pytest
from ruamel.yaml import YAML

from kwaliteitslabel.framework.locate import shipped_root
from tests.conftest import VERSIONS
from tests.helpers import edit


def test_list_json_has_all_norms_with_their_fields(cli):
    result = cli("norms", "list", "--json")
    assert result.exit_code == 0
    norms = json.loads(result.stdout)
    assert [n["id"] for n in norms][:3] == ["V1", "V2", "V3"]
    assert len(norms) == 49
    assert {"id", "area", "title", "core", "competencies"} <= set(norms[0])
    vakmanschap = [n for n in norms if n["area"] == "vakmanschap"]
    assert all(n["competencies"] for n in vakmanschap)
    covered = {c for n in vakmanschap for c in n["competencies"]}
    assert covered == {f"C{i}" for i in range(1, 11)}


def test_list_filters_by_area_and_refuses_unknown_area(cli):
    result = cli("norms", "list", "--area", "dienstverlening", "--json")
    assert {n["area"] for n in json.loads(result.stdout)} == {"dienstverlening"}
    bad = cli("norms", "list", "--area", "financien")
    assert bad.exit_code == 1
    assert "onbekend aandachtsgebied 'financien'" in bad.stderr


def test_list_table_shows_titles(cli):
    result = cli("norms", "list")
    assert result.exit_code == 0
    assert "O18" in result.stdout and "Vraagverheldering" in result.stdout
    older = cli("norms", "list", "--norms", shipped_root() / "2017")
    assert "O20" in older.stdout and "Normenkader 2017" in older.stdout


def test_show_lays_out_one_norm(cli):
    result = cli("norms", "show", "V2")
    assert result.exit_code == 0
    for heading in ("Toetsvragen", "Bewijs", "Toelichting", "Vraagverheldering",
                    "C1 Verheldert vragen en behoeften"):
        assert heading in result.stdout


def test_show_json_and_unknown_id(cli):
    data = json.loads(cli("norms", "show", "d5", "--json").stdout)
    assert data["id"] == "D5" and data["area"] == "dienstverlening"
    assert len(data["questions"]) >= 3
    missing = cli("norms", "show", "X99")
    assert missing.exit_code == 1
    assert "norm 'X99' bestaat niet" in missing.stderr


@pytest.mark.parametrize("version", ["2017", "2019"])
def test_shipped_files_validate_against_the_schemas(cli, version):
    folder = shipped_root() / version
    manifest_schema = json.loads(cli("norms", "schema", "--manifest", "--norms", folder).stdout)
    yaml = YAML(typ="safe")
    manifest = yaml.load(folder / "kader.yaml")
    jsonschema.validate(_json_ready(manifest), manifest_schema)
    for area in manifest["areas"]:
        schema = json.loads(cli("norms", "schema", "--area", area["id"], "--norms",
                                folder).stdout)
        jsonschema.validate(_json_ready(yaml.load(folder / area["file"])), schema)


def test_schema_rejects_an_unknown_key(cli):
    norm_schema = json.loads(cli("norms", "schema").stdout)
    document = YAML(typ="safe").load(shipped_root() / "2017" / "vakmanschap.yaml")
    document["norms"][0]["titel"] = "typo"
    validator = jsonschema.Draft202012Validator(norm_schema)
    assert any("titel" in error.message for error in validator.iter_errors(document))


def _json_ready(data):
    """Dates in YAML become strings in the JSON an editor validates."""
    return json.loads(json.dumps(data, default=str))


def test_diff_names_exactly_the_edits(cli, norms_copy):
    edit(norms_copy / "vakmanschap.yaml", "    title: Vraagverheldering",
         "    title: Vraagverheldering en doelen")
    edit(norms_copy / "organisatie_bestuur.yaml", "    title: Intern toezicht\n    core: false",
         "    title: Intern toezicht\n    core: true")
    edit(norms_copy / "kader.yaml", "    voldoet_deels: 5", "    voldoet_deels: 4")
    result = cli("norms", "diff", shipped_root() / "2017", norms_copy, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["added"] == [] and data["removed"] == []
    assert data["changed"] == {
        "V2": [{"field": "title", "old": "Vraagverheldering",
                "new": "Vraagverheldering en doelen"}],
        "O3": [{"field": "core", "old": False, "new": True}],
    }
    assert data["manifest"] == [{"field": "rules.max_norms.voldoet_deels", "old": 5, "new": 4}]
    text = cli("norms", "diff", shipped_root() / "2017", norms_copy).stdout
    assert "~ V2 gewijzigd: Vraagverheldering en doelen" in text
    assert "      Vraagverheldering {+en doelen+}\n" in text  # the words, not both titles


def test_diff_added_and_removed_norms(cli, norms_copy):
    edit(norms_copy / "dienstverlening.yaml", "  - id: D16\n", "  - id: D17\n")
    result = cli("norms", "diff", shipped_root() / "2017", norms_copy)
    assert result.exit_code == 0
    assert "+ D17 nieuw: Samenwerking en verantwoording aan de gemeente" in result.stdout
    assert "- D16 vervallen" in result.stdout


def test_diff_of_identical_frameworks(cli, norms_copy):
    result = cli("norms", "diff", shipped_root() / "2017", norms_copy)
    assert "Geen inhoudelijke verschillen" in result.stdout


def test_fingerprint_ignores_comments_and_layout_but_not_content(cli, norms_copy):
    def fingerprint() -> str:
        return json.loads(cli("norms", "check", norms_copy, "--json").stdout)["fingerprint"]

    original = fingerprint()
    vak = norms_copy / "vakmanschap.yaml"
    vak.write_text("# een extra opmerking\n" + vak.read_text(encoding="utf-8")
                   .replace("competencies: [C1, C4]", "competencies:\n      - C1\n      - C4"),
                   encoding="utf-8")
    assert fingerprint() == original
    edit(vak, "    title: Vraagverheldering", "    title: Vraagverheldering!")
    assert fingerprint() != original


def test_commands_without_pdf_do_not_import_weasyprint():
    code = ("import sys; from kwaliteitslabel.cli.app import app; "
            "from typer.testing import CliRunner; r = CliRunner(); "
            "[r.invoke(app, a) for a in (['norms','check'], ['norms','list'], ['--version'])]; "
            "print('weasyprint' in sys.modules)")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    assert output.strip() == "False"


def test_the_framework_is_found_outside_a_checkout(tmp_path):
    """Run from an empty folder: the installed package brings its own norms."""
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("PYTHONPATH", "KWALITEITSLABEL_NORMS")}
    result = subprocess.run([sys.executable, "-m", "kwaliteitslabel", "norms", "check",
                             "--json"], cwd=tmp_path, env=environment, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["norms"] == 49


def test_diff_with_a_mapping_names_merges_splits_and_renumbering(cli):
    result = cli("norms", "diff", VERSIONS / "2017", VERSIONS / "2019", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["merged"] == [{"into": "V4", "from": ["V3", "D1"],
                               "note": "Veiligheid en de meldcode in één norm."}]
    assert data["split"] == [{"from": "V2", "into": ["V2", "V3"]}]
    assert data["added"] == ["D2"] and data["removed"] == []
    assert data["renumbered"] == {"D1": "D2"}
    assert data["kinds"]["D1"] == "reworded" and "V1" not in data["changed"]
    assert [c["field"] for c in data["changed"]["D1"]] == ["statement"]
    text = cli("norms", "diff", VERSIONS / "2017", VERSIONS / "2019").stdout
    assert ("⇉ V4 Veiligheid en meldcode: samengevoegd uit V3 (Veiligheid), D1 (Meldcode)"
            in text)
    assert ("⇇ V2 Deskundigheid en reflectie: gesplitst in V2 (Deskundigheid), "
            "V3 (Reflectie)") in text
    assert "+ D2 nieuw: Cliëntondersteuning" in text
    assert "~ D1 herschreven, was D2: Dossier" in text
    assert ("Het dossier is [-volledig-] {+volledig, actueel+} en [-actueel.-] "
            "{+van de cliënt.+}") in text
    assert "+ gemeente: Gemeente" in text  # the new role in kader.yaml
    assert "Ongewijzigd: V1" in text


def test_diff_2017_2019_lists_the_merges_and_splits_of_the_mapping(cli):
    data = json.loads(cli("norms", "diff", shipped_root() / "2017", shipped_root() / "2019",
                          "--json").stdout)
    mapping = YAML(typ="safe").load(shipped_root() / "2019" / "herkomst.yaml")["norms"]
    merged = {new_id: o["from"] for new_id, o in mapping.items() if o["kind"] == "merged"}
    assert {m["into"]: m["from"] for m in data["merged"]} == merged
    split_from = {o["from"][0] for o in mapping.values() if o["kind"] == "split"}
    assert {s["from"] for s in data["split"]} == split_from
    assert all(len(s["into"]) >= 2 for s in data["split"])
    assert data["removed"] == []  # every norm of 2017 went somewhere
    assert data["added"] == [n for n, o in mapping.items() if o["kind"] == "new"]


def test_show_gives_what_is_characteristic_of_each_verdict(cli):
    from kwaliteitslabel.framework.locate import load_chosen

    levels = load_chosen().norm("V2").levels
    result = cli("norms", "show", "V2")
    assert result.exit_code == 0 and "Kenmerkend voor" in result.stdout
    shown = " ".join(result.stdout.replace("│", " ").split())
    assert len(levels) == 3  # one text per counted verdict of the scale
    for text in levels.values():
        assert " ".join(text.split()[:8]) in shown
