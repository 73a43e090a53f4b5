"""`norms check`: every problem of a framework folder at once, sorted by file and line.

Besides what loading checks: a mapping (`herkomst.yaml`) agrees with this framework and
with the older version it names; and a warning when the folder is not named after its
version (audits look for their framework by that name; a draft folder may differ); a
note for each reference of a norm whose `valid_until` has passed while the framework is
still in force, so that the commission sees which texts a law change overtook; and a
warning for a route or a verdict without English words (check_scale.py for the scale).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from kwaliteitslabel import yaml_lines, yamlio
from kwaliteitslabel.errors import InvalidInput, Problem
from kwaliteitslabel.framework import locate
from kwaliteitslabel.framework.check_scale import scale_warnings
from kwaliteitslabel.framework.load import MANIFEST_NAME
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.mapping import Mapping, check_mapping, load_mapping
from kwaliteitslabel.framework.model import Manifest
from kwaliteitslabel.words import word


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


def check_folder(folder: Path, today: dt.date | None = None) -> CheckResult:
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
    if result.framework is not None:
        result.warnings += _lapsed_references(result.framework, today or dt.date.today())
        result.warnings += _routes_without_english(result.framework)
        result.warnings += scale_warnings(result.framework)
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
    line, column = yaml_lines.in_file(manifest, ("version",))
    return [Problem(str(manifest), line, column,
                    word("framework.check.folder_name", name=name, version=version))]


def _against_older(result: CheckResult, mapping: Mapping, framework: Framework) \
        -> list[Problem]:
    try:
        result.older = locate.find_version(mapping.from_version, near=framework.path)
    except InvalidInput as error:
        line, column = mapping.position("from_version")
        return [Problem(str(mapping.path), line, column,
                        word("framework.check.older_broken", version=mapping.from_version,
                             message=error.message))]
    if result.older is None:
        line, column = mapping.position("from_version")
        return [Problem(str(mapping.path), line, column,
                        word("framework.check.older_missing", version=mapping.from_version,
                             where=framework.path.parent / mapping.from_version))]
    return check_mapping(mapping, result.older, framework)


def _lapsed_references(framework: Framework, today: dt.date) -> list[Problem]:
    """A note per reference that no longer holds today, in a framework still in force."""
    end = framework.manifest.valid_until
    notes = []
    for norm in framework.norms:
        for index, reference in enumerate(norm.references):
            until = reference.valid_until
            if until is None or until >= today or (end is not None and end <= until):
                continue
            path, line, column = _reference_position(framework, norm.id, index)
            if reference.replaced_by:
                note = word("framework.check.lapsed_replaced", norm=norm.id,
                            name=reference.name, until=until,
                            since=until + dt.timedelta(days=1), by=reference.replaced_by)
            else:
                note = word("framework.check.lapsed", norm=norm.id, name=reference.name,
                            until=until)
            notes.append(Problem(path, line, column, note))
    return notes


def _routes_without_english(framework: Framework) -> list[Problem]:
    """A warning per route without English words: an English report shows the Dutch."""
    manifest = framework.path / MANIFEST_NAME
    warnings = []
    for index, route in enumerate(framework.manifest.routes):
        if route.en is None:
            line, column = yaml_lines.in_file(manifest, ("routes", index, "id"))
            warnings.append(Problem(
                str(manifest), line, column,
                word("framework.check.route_without_english", route=route.id)))
    return warnings


def _reference_position(framework: Framework, norm_id: str, index: int) \
        -> tuple[str, int | None, int | None]:
    """The file, line and column of a norm's reference (its `valid_until`)."""
    norm = framework.norm(norm_id)
    area = framework.area(norm.area) if norm is not None else None
    if area is None:
        return str(framework.path), None, None
    path = framework.path / area.file
    position = yaml_lines.item_where(path, ("norms",), "id", norm_id)
    if position is None:
        return str(path), None, None
    line, column = yaml_lines.in_file(path, ("norms", position, "references", index,
                                             "valid_until"))
    return str(path), line, column
