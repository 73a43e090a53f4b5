"""JSON Schemas of the framework files, for editors such as VS Code's YAML extension."""

from __future__ import annotations

from typing import Any

from kwaliteitslabel.framework.model import Manifest, NormFile

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def norm_file_schema() -> dict[str, Any]:
    schema = NormFile.model_json_schema()
    return {"$schema": SCHEMA_DIALECT,
            "title": "Normbestand Kwaliteitslabel Sociaal Werk", **schema}


def manifest_schema() -> dict[str, Any]:
    schema = Manifest.model_json_schema()
    return {"$schema": SCHEMA_DIALECT,
            "title": "Manifest (kader.yaml) Kwaliteitslabel Sociaal Werk", **schema}
