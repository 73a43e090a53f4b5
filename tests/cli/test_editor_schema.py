"""The schemas as an editor uses them: yaml-language-server (VS Code's YAML extension)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kwaliteitslabel.framework.locate import load_cached, shipped_root, shipped_versions
from kwaliteitslabel.framework.schema import (
    SCHEMA_FOLDER,
    modeline_of,
    schema_files,
    schema_name,
    schema_text,
)
from tests.conftest import ROOT
from tests.helpers import edit
from tests.lsp import LanguageServer

SERVER = ROOT / ".tools" / "yaml-language-server" / "node_modules" / "yaml-language-server" \
    / "bin" / "yaml-language-server"
VERSIONS = [folder.name for folder in shipped_versions()]


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is niet geïnstalleerd: de editortest met yaml-language-server "
                    "vraagt node en npm")
    if not SERVER.exists():
        pytest.fail(f"yaml-language-server ontbreekt in {SERVER.parent.parent}; installeer "
                    "het met 'bash scripts/setup --test'")
    language_server = LanguageServer([node, str(SERVER), "--stdio"],
                                     tmp_path_factory.mktemp("editor"))
    yield language_server
    language_server.close()


@pytest.mark.parametrize("version", VERSIONS)
def test_shipped_files_name_their_schema_and_have_no_diagnostics(server, version):
    framework = load_cached(shipped_root() / version)
    for path in schema_files(framework):
        assert modeline_of(path) == f"{SCHEMA_FOLDER}/{schema_name(path)}", path
        assert server.open(path) == [], path


def _copy(tmp_path: Path, version: str = "2019") -> Path:
    target = tmp_path / version
    shutil.copytree(shipped_root() / version, target)
    return target


def test_misspelt_key_and_wrong_value_are_marked_on_their_lines(server, tmp_path):
    folder = _copy(tmp_path)
    vak = folder / "vakmanschap.yaml"
    typo = edit(vak, "    title: Vraagverheldering", "    titel: Vraagverheldering")
    role = edit(vak, "roles: [clienten]", "roles: [bestuur]")
    competency = edit(vak, "competencies: [C1, C4]", "competencies: [C1, C44]")
    found = {(d["range"]["start"]["line"] + 1, d["message"]) for d in server.open(vak)}
    assert any(line == typo and "titel" in message for line, message in found), found
    assert any(line == role and "bestuurder" in message for line, message in found), found
    assert any(line == competency and "C10" in message for line, message in found), found
    kader = folder / "kader.yaml"
    status = edit(kader, "status: in_gebruik", "status: geldig")
    marked = server.open(kader)
    assert [d["range"]["start"]["line"] + 1 for d in marked] == [status], marked


def test_a_norm_file_of_2017_does_not_accept_the_roles_of_2019(server, tmp_path):
    folder = _copy(tmp_path, "2017")
    dienst = folder / "dienstverlening.yaml"
    line = edit(dienst, "interviews: [medewerkers, clienten, management]",
                "interviews: [medewerkers, ondernemingsraad, management]")
    marked = server.open(dienst)
    assert [d["range"]["start"]["line"] + 1 for d in marked] == [line], marked


def test_hover_texts_are_dutch(server):
    vak = shipped_root() / "2019" / "vakmanschap.yaml"
    lines = vak.read_text(encoding="utf-8").splitlines()
    statement = next(n for n, text in enumerate(lines) if text.startswith("    statement:"))
    text = server.hover(vak, statement, 6)
    assert "De norm zelf: wat er in de praktijk te zien moet zijn" in text
    kader = shipped_root() / "2019" / "kader.yaml"
    lines = kader.read_text(encoding="utf-8").splitlines()
    valid = next(n for n, text in enumerate(lines) if text.startswith("valid_from:"))
    assert "Eerste begindatum van een audit waarvoor dit kader geldt" in \
        server.hover(kader, valid, 3)


@pytest.mark.parametrize("version", VERSIONS)
def test_shipped_schemas_are_up_to_date(version):
    """The files in schema/ are what `norms schema --write` makes of the framework now."""
    framework = load_cached(shipped_root() / version)
    for path, schema in schema_files(framework).items():
        written = path.parent / SCHEMA_FOLDER / schema_name(path)
        assert written.read_text(encoding="utf-8") == schema_text(schema), \
            f"{written} is verouderd: kwaliteitslabel norms schema --write --norms {path.parent}"


def _properties(schema):
    for name, node in [("", schema), *schema.get("$defs", {}).items()]:
        for field, prop in node.get("properties", {}).items():
            yield f"{name}.{field}", prop


@pytest.mark.parametrize("args", [("--manifest",), (), ("--area", "vakmanschap")])
def test_every_field_has_a_dutch_description_and_examples(cli, args):
    schema = json.loads(cli("norms", "schema", *args).stdout)
    for name, prop in _properties(schema):
        assert prop.get("description") and prop.get("examples"), name
        assert "title" not in prop, name


def test_the_schema_lists_the_frameworks_own_choices(cli):
    schema = json.loads(cli("norms", "schema", "--area", "vakmanschap").stdout)
    norm = schema["$defs"]["Norm"]["properties"]
    assert norm["id"]["pattern"] == "^(V)[1-9][0-9]*$"
    assert norm["competencies"]["items"]["enum"] == [f"C{i}" for i in range(1, 11)]
    assert "vakmanschap_als_basis" in norm["values"]["items"]["enum"]
    roles = schema["$defs"]["Question"]["properties"]["roles"]["items"]["enum"]
    assert {"ondernemingsraad", "stagiairs", "raad_van_toezicht"} <= set(roles)
    assert schema["properties"]["area"]["enum"] == ["vakmanschap"]
    older = json.loads(cli("norms", "schema", "--norms", shipped_root() / "2017").stdout)
    assert "ondernemingsraad" not in \
        older["$defs"]["Question"]["properties"]["roles"]["items"]["enum"]


def test_write_puts_schemas_and_the_schema_lines_beside_a_copy(cli, tmp_path):
    folder = _copy(tmp_path)
    shutil.rmtree(folder / SCHEMA_FOLDER)
    kader = folder / "kader.yaml"
    kader.write_text(kader.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
    before = json.loads(cli("norms", "check", folder, "--json").stdout)["fingerprint"]
    result = cli("norms", "schema", "--write", "--norms", folder)
    assert result.exit_code == 0, result.output
    assert f"bijgewerkt: {kader}" in result.stdout
    assert modeline_of(kader) == "schema/kader.schema.json"
    assert (folder / SCHEMA_FOLDER / "vakmanschap.schema.json").is_file()
    assert json.loads(cli("norms", "check", folder, "--json").stdout)["fingerprint"] == before
    again = cli("norms", "schema", "--write", "--norms", folder)
    assert "(al bijgewerkt)" in again.stdout and "bijgewerkt:" not in again.stdout
