"""JSON Schemas of the framework files, for editors such as VS Code's YAML extension.

Generated per framework: every field has a Dutch description and examples, and the
framework's own areas, values, competencies and roles are the allowed values. `kader.yaml`
and each norm file get their own schema (a norm file's ids follow its area's prefix).
`write_schemas` puts them in `schema/` beside the framework and a
`# yaml-language-server: $schema=...` line at the top of each file, so that the editor
picks the right schema for each file without any setting.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from kwaliteitslabel import atomic, yamlio
from kwaliteitslabel.framework.load import MANIFEST_NAME
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Area, Manifest, NormFile
from kwaliteitslabel.framework.schema_texts import FIELDS, TITLES

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FOLDER = "schema"
MODELINE = "# yaml-language-server: $schema="


def _annotated(model: type[BaseModel]) -> dict[str, Any]:
    """The model's schema with Dutch titles, descriptions and examples instead of pydantic's."""
    schema = model.model_json_schema(by_alias=True)
    for name, node in [(model.__name__, schema), *schema.get("$defs", {}).items()]:
        node["title"] = TITLES.get(name, node.get("title", name))
        node.pop("description", None)
        for field, prop in node.get("properties", {}).items():
            _drop_titles(prop)
            text = FIELDS.get(name, {}).get(field)
            if text is not None:
                prop["description"], prop["examples"] = text[0], copy.deepcopy(text[1])
    return {"$schema": SCHEMA_DIALECT, **schema}


def _drop_titles(node: Any) -> None:
    if isinstance(node, dict):
        node.pop("title", None)
        for value in node.values():
            _drop_titles(value)
    elif isinstance(node, list):
        for item in node:
            _drop_titles(item)


def _choices(prop: dict[str, Any], ids: list[str], names: list[str]) -> None:
    """Allowed ids for a list of ids, with their names for the editor's completion."""
    items = prop.setdefault("items", {})
    items["enum"] = ids
    items["enumDescriptions"] = names
    prop["description"] += " Kies uit: " + ", ".join(ids) + "."


def manifest_schema(framework: Framework | None = None) -> dict[str, Any]:
    """The schema of `kader.yaml`."""
    schema = _annotated(Manifest)
    version = schema["properties"]["version"]
    version.pop("type", None)
    version["type"] = ["string", "integer"]
    if framework is not None:
        schema["title"] += f" {framework.version}"
    return schema


def norm_file_schema(framework: Framework | None = None, area: Area | None = None) \
        -> dict[str, Any]:
    """The schema of a norm file: of one area of `framework`, or of any area."""
    schema = _annotated(NormFile)
    if framework is None:
        return schema
    manifest = framework.manifest
    defs = schema["$defs"]
    norm, evidence, question = (defs[name]["properties"]
                                for name in ("Norm", "NormEvidence", "Question"))
    areas = [area] if area is not None else manifest.areas
    schema["properties"]["area"]["enum"] = [a.id for a in areas]
    schema["title"] = (f"Normbestand {area.name} (normenkader {framework.version})"
                       if area is not None else
                       f"{schema['title']} (normenkader {framework.version})")
    prefixes = [a.id_prefix for a in areas if a.id_prefix]
    if prefixes and len(prefixes) == len(areas):
        norm["id"]["pattern"] = f"^({'|'.join(prefixes)})[1-9][0-9]*$"
        norm["id"]["description"] += (f" In dit gebied: {prefixes[0]}1, {prefixes[0]}2, ..."
                                      if area is not None else "")
    _choices(norm["values"], [v.id for v in manifest.values],
             [v.name for v in manifest.values])
    _choices(norm["competencies"], [c.id for c in manifest.competencies],
             [c.name for c in manifest.competencies])
    if area is not None and area.links_competencies:
        norm["competencies"]["minItems"] = 1
        defs["Norm"]["required"] = sorted({*defs["Norm"].get("required", []), "competencies"})
    elif area is not None:
        norm["competencies"]["maxItems"] = 0
    counted = [level for level in manifest.scale if level.counted]
    norm["levels"] = {
        "description": norm["levels"]["description"], "examples": norm["levels"]["examples"],
        "type": ["object", "null"], "additionalProperties": False,
        "properties": {level.id: {"type": "string", "minLength": 1,
                                  "description": f"Kenmerkend voor {level.name.lower()}."}
                       for level in counted}}
    role_ids, role_names = [r.id for r in manifest.roles], [r.name for r in manifest.roles]
    _choices(evidence["interviews"], role_ids, role_names)
    _choices(question["roles"], role_ids, role_names)
    return schema


def schema_files(framework: Framework) -> dict[Path, dict[str, Any]]:
    """Each file of the framework and the schema it should carry."""
    folder = framework.path
    files = {folder / MANIFEST_NAME: manifest_schema(framework)}
    for area in framework.manifest.areas:
        files[folder / area.file] = norm_file_schema(framework, area)
    return files


def schema_name(path: Path) -> str:
    return f"{path.stem}.schema.json"


def schema_text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def write_schemas(framework: Framework) -> list[Path]:
    """Write `schema/*.schema.json` and the `$schema` line of each file; return what changed."""
    changed = []
    target = framework.path / SCHEMA_FOLDER
    target.mkdir(exist_ok=True)
    for path, schema in schema_files(framework).items():
        schema_path = target / schema_name(path)
        text = schema_text(schema)
        if not schema_path.exists() or schema_path.read_text(encoding="utf-8") != text:
            atomic.write(schema_path, text.encode("utf-8"), doing="het schema schrijven")
            changed.append(schema_path)
        if _put_modeline(path, f"{SCHEMA_FOLDER}/{schema_name(path)}"):
            changed.append(path)
    return changed


def modeline_of(path: Path) -> str | None:
    """The schema a file names in its first line, if it does."""
    first = path.read_text(encoding="utf-8").lstrip("\ufeff").split("\n", 1)[0]
    return first.removeprefix(MODELINE).strip() if first.startswith(MODELINE) else None


def _put_modeline(path: Path, schema: str) -> bool:
    raw = path.read_bytes()
    text, bom = yamlio.decode(path, raw)
    line = f"{MODELINE}{schema}"
    newline = "\r\n" if "\r\n" in text else "\n"
    first, _, rest = text.partition(newline)
    if first == line:
        return False
    body = rest if first.startswith(MODELINE) else text
    updated = ("\ufeff" if bom else "") + line + newline + body
    atomic.write(path, updated.encode("utf-8"), doing="de schemaregel schrijven")
    return True
