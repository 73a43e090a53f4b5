"""`norms check`: every problem of a framework folder at once, sorted by file and line.

Besides what loading checks: a mapping (`herkomst.yaml`) agrees with this framework and
with the older version it names; and a warning when the folder is not named after its
version (audits look for their framework by that name; a draft folder may differ).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kwaliteitslabel import yamlio
from kwaliteitslabel.errors import InvalidInput, Problem
from kwaliteitslabel.framework import locate
from kwaliteitslabel.framework.load import MANIFEST_NAME, Framework
from kwaliteitslabel.framework.mapping import Mapping, check_mapping, load_mapping
from kwaliteitslabel.framework.model import Manifest


@dataclass
class CheckResult:
    folder: Path
    framework: Framework | None = None
    mapping: Mapping | None = None
    older: Framework | None = None  # the version the mapping comes from
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _problems_of(error: InvalidInput, fallback: Path) -> list[Problem]:
    if error.problems:
        return list(error.problems)
    prefix = f"{fallback}: "
    return [Problem(str(fallback), None, None, error.message.removeprefix(prefix))]


def check_folder(folder: Path) -> CheckResult:
    result = CheckResult(folder)
    try:
        result.framework = locate.load_cached(folder)
    except InvalidInput as error:
        result.problems += _problems_of(error, folder)
        if not (folder / MANIFEST_NAME).is_file():
            return result
    version = _version(folder, result.framework)
    if version is not None:
        result.warnings += _folder_name(folder, version)
    try:
        result.mapping = load_mapping(folder)
    except InvalidInput as error:
        result.problems += _problems_of(error, folder / "herkomst.yaml")
    if result.mapping is not None and result.framework is not None:
        result.problems += _against_older(result, result.mapping, result.framework)
    result.problems.sort(key=lambda p: (p.path, p.line or 0, p.column or 0))
    return result


def _version(folder: Path, framework: Framework | None) -> str | None:
    """The manifest's version, also when the norm files have problems."""
    if framework is not None:
        return framework.version
    try:
        return yamlio.validate(Manifest, yamlio.load(folder / MANIFEST_NAME)).version
    except InvalidInput:
        return None  # the manifest's own problems are reported already


def _folder_name(folder: Path, version: str) -> list[Problem]:
    name = folder.resolve().name
    if name == version:
        return []
    manifest = folder / MANIFEST_NAME
    line, column = yamlio.position(yamlio.load(manifest).tree, ("version",))
    return [Problem(str(manifest), line, column,
                    f"let op: de map heet '{name}', maar version is '{version}'; audits "
                    f"zoeken hun kader in een map met de naam van de versie: noem de map "
                    f"{version} of pas version aan")]


def _against_older(result: CheckResult, mapping: Mapping, framework: Framework) \
        -> list[Problem]:
    try:
        result.older = locate.find_version(mapping.from_version, near=framework.path)
    except InvalidInput as error:
        line, column = mapping.position("from_version")
        return [Problem(str(mapping.path), line, column,
                        f"normenkader {mapping.from_version} heeft zelf fouten: "
                        f"{error.message}")]
    if result.older is None:
        line, column = mapping.position("from_version")
        return [Problem(str(mapping.path), line, column,
                        f"normenkader {mapping.from_version} is niet gevonden (niet naast deze "
                        "map, niet in de werkmap of de meegeleverde kaders); zet het naast "
                        f"deze map als {framework.path.parent / mapping.from_version}")]
    return check_mapping(mapping, result.older, framework)
