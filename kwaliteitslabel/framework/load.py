"""Loading a framework folder: the manifest, the norm files, cross-checks, fingerprint.

Every mistake in every file is collected before anything is raised, so the commission
sees all of them at once, each with `file:line:col`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from kwaliteitslabel import yamlio
from kwaliteitslabel.errors import InvalidInput, Problem
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Area, Manifest, Norm, NormFile
from kwaliteitslabel.messages import closest
from kwaliteitslabel.words import word

MANIFEST_NAME = "kader.yaml"
MAPPING_FILE = "herkomst.yaml"  # read by framework/mapping.py, never a norm file
M = TypeVar("M", bound=BaseModel)


def load_framework(folder: Path, key: str | None = None) -> Framework:
    """Load and check a framework folder; raise `InvalidInput` listing every problem.

    The fast loader reads a correct framework; only when something is wrong are the
    files read again round-trip, so that every problem gets its line and column. A
    framework loaded before from exactly these files comes from the cache (cache.py);
    `key` is `cache.stamps(folder)` when the caller has it already.
    """
    from kwaliteitslabel.framework import cache

    return cache.through(folder, _load_checking_twice, key)


def _load_checking_twice(folder: Path) -> Framework:
    try:
        return _load_framework(folder, round_trip=False)
    except InvalidInput:
        return _load_framework(folder, round_trip=True)


def _load_framework(folder: Path, *, round_trip: bool) -> Framework:
    if not folder.exists():
        raise InvalidInput(word("framework.load.no_folder", folder=folder,
                                manifest=MANIFEST_NAME))
    if not folder.is_dir():
        raise InvalidInput(word("framework.load.not_folder", folder=folder,
                                manifest=MANIFEST_NAME))
    manifest_path = folder / MANIFEST_NAME
    if not manifest_path.exists():
        raise InvalidInput(word("framework.load.no_manifest", folder=folder,
                                manifest=MANIFEST_NAME))
    problems: list[Problem] = []
    manifest_doc, manifest = _load_checked(manifest_path, Manifest, problems, round_trip)

    files: list[tuple[Area | None, Path]]
    if manifest is not None:
        files = [(area, folder / area.file) for area in manifest.areas]
    else:  # still check the norm files next to a broken manifest
        files = [(None, path) for path in sorted(folder.glob("*.yaml"))
                 if path != manifest_path and path.name != MAPPING_FILE]

    loaded: list[LoadedNorms] = []
    for area, path in files:
        if area is not None and not path.exists():
            line, column = _area_field(manifest_doc, area, "file")
            problems.append(Problem(str(manifest_path), line, column,
                                    word("framework.load.no_norm_file", file=area.file,
                                         area=area.id)))
            continue
        document, norm_file = _load_checked(path, NormFile, problems, round_trip)
        if document is not None and norm_file is not None:
            loaded.append(LoadedNorms(area, document, norm_file.area,
                                      list(enumerate(norm_file.norms))))
        elif document is not None:
            salvaged = _salvage(document)
            if salvaged is not None:
                loaded.append(LoadedNorms(area, document, *salvaged, complete=False))

    if manifest_doc is not None and manifest is not None:
        problems += _check_manifest(manifest_doc, manifest)
        problems += _check_norms(manifest_doc, manifest, loaded)
    if problems:
        raise InvalidInput(word("framework.load.problems", folder=folder, count=len(problems)),
                           problems)
    assert manifest is not None
    norms = [norm for part in loaded for _, norm in part.norms]
    return Framework(path=folder, manifest=manifest, norms=norms)


@dataclass
class LoadedNorms:
    """The norms of one file that passed validation, with their index in the file."""

    area: Area | None
    document: yamlio.Document
    area_id: str
    norms: list[tuple[int, Norm]]
    complete: bool = True  # False when invalid norms were left out


def _load_checked(path: Path, model: type[M], problems: list[Problem], round_trip: bool) \
        -> tuple[yamlio.Document | None, M | None]:
    """(document, model); either is None when it failed, its problems added to `problems`."""
    document = None
    try:
        document = yamlio.load(path, round_trip=round_trip)
        if document.tree is None:
            raise InvalidInput(word("framework.load.empty", path=path),
                               [Problem(str(path), 1, 1, word("framework.load.empty.fix"))])
        if not isinstance(document.tree, dict):
            raise InvalidInput(word("framework.load.not_mapping", path=path),
                               [Problem(str(path), 1, 1, word("framework.load.not_mapping.fix"))])
        return document, yamlio.validate(model, document)
    except InvalidInput as error:
        problems.extend(error.problems or [Problem(str(path), None, None,
                                                   error.message.removeprefix(f"{path}: "))])
        return (document if document is not None and isinstance(document.tree, dict)
                else None), None


def _salvage(document: yamlio.Document) -> tuple[str, list[tuple[int, Norm]]] | None:
    """The valid norms of an invalid file, so cross-checks still report on them."""
    area, items = document.tree.get("area"), document.tree.get("norms")
    if not isinstance(area, str) or not isinstance(items, list):
        return None
    norms = []
    for index, item in enumerate(items):
        try:
            norm = Norm.model_validate(item)
        except ValidationError:
            continue
        norm._area = area
        norms.append((index, norm))
    return area, norms


def _area_field(document: yamlio.Document | None, area: Area, key: str) \
        -> tuple[int | None, int | None]:
    if document is None:
        return None, None
    for index, item in enumerate(document.tree.get("areas", [])):
        if item.get("id") == area.id:
            return yamlio.position(document.tree, ("areas", index, key))
    return None, None


def _duplicates(items: list[Any]) -> set[str]:
    return {key for key, count in Counter(item.id for item in items).items() if count > 1}


def _check_manifest(document: yamlio.Document, manifest: Manifest) -> list[Problem]:
    problems = []
    path = str(document.path)
    for section in ("areas", "values", "competencies", "roles"):
        items = getattr(manifest, section)
        duplicates = _duplicates(items)
        for index, item in enumerate(items):
            if item.id in duplicates:
                line, column = yamlio.position(document.tree, (section, index, "id"))
                problems.append(Problem(path, line, column,
                                        word("framework.load.duplicate_id", id=item.id,
                                             section=section)))
    total = sum(area.expected_norms for area in manifest.areas)
    for verdict, limit in manifest.rules.max_norms.items():
        if limit > total:
            line, column = yamlio.position(document.tree, ("rules", "max_norms", verdict))
            problems.append(Problem(path, line, column,
                                    word("framework.load.max_norms", verdict=verdict,
                                         limit=limit, total=total)))
    return problems


def _check_norms(manifest_doc: yamlio.Document, manifest: Manifest,
                 loaded: list[LoadedNorms]) -> list[Problem]:
    problems: list[Problem] = []
    value_ids = {value.id for value in manifest.values}
    competency_ids = {c.id for c in manifest.competencies}
    role_ids = {role.id for role in manifest.roles}
    counted = [level.id for level in manifest.scale if level.counted]
    seen: dict[str, str] = {}
    covered: set[str] = set()

    for part in loaded:
        area, document = part.area, part.document
        path = str(document.path)

        def problem(loc: tuple[Any, ...], message: str, _doc: yamlio.Document = document,
                    _path: str = path) -> None:
            line, column = yamlio.position(_doc.tree, loc)
            problems.append(Problem(_path, line, column, message))

        count = len(document.tree.get("norms") or [])
        if area is not None and part.area_id != area.id:
            problem(("area",), word("framework.load.wrong_area", area=area.id,
                                    manifest=MANIFEST_NAME, said=part.area_id))
        if area is not None and count != area.expected_norms:
            problem(("norms",), word("framework.load.norm_count", area=area.id, count=count,
                                     expected=area.expected_norms))
        links = area.links_competencies if area is not None else False
        numbering = _numbering(area, part.norms)
        for index, norm in part.norms:
            if norm.id in seen:
                problem(("norms", index, "id"), word("framework.load.norm_twice", id=norm.id,
                                                     where=seen[norm.id]))
            line, _ = yamlio.position(document.tree, ("norms", index, "id"))
            seen.setdefault(norm.id, f"{Path(path).name}:{line}" if line else Path(path).name)
            if area is not None and area.id_prefix and not numbering.matches(norm.id):
                problem(("norms", index, "id"), numbering.advice(norm.id))
            for j, value in enumerate(norm.values):
                if value not in value_ids:
                    problem(("norms", index, "values", j),
                            word("framework.load.unknown_value", value=value,
                                 hint=_suggest(value, value_ids),
                                 choices=", ".join(sorted(value_ids))))
            for j, role in enumerate(norm.evidence.interviews):
                if role not in role_ids:
                    problem(("norms", index, "evidence", "interviews", j),
                            word("framework.load.unknown_role", role=role,
                                 hint=_suggest(role, role_ids),
                                 choices=", ".join(sorted(role_ids))))
            for j, question in enumerate(norm.questions):
                for k, role in enumerate([] if isinstance(question, str) else question.roles):
                    if role not in role_ids:
                        problem(("norms", index, "questions", j, "roles", k),
                                word("framework.load.unknown_question_role", role=role,
                                     number=j + 1, hint=_suggest(role, role_ids),
                                     choices=", ".join(sorted(role_ids))))
            for verdict in norm.levels or {}:
                if verdict not in counted:
                    problem(("norms", index, "levels", verdict),
                            word("framework.load.level_not_counted", verdict=verdict,
                                 hint=_suggest(verdict, set(counted)),
                                 choices=", ".join(counted)))
            for j, competency in enumerate(norm.competencies):
                if competency not in competency_ids:
                    problem(("norms", index, "competencies", j),
                            word("framework.load.unknown_competency", competency=competency,
                                 hint=_suggest(competency, competency_ids),
                                 choices=", ".join(c.id for c in manifest.competencies)))
                covered.add(competency)
            if links and not norm.competencies:
                problem(("norms", index, "id"), word("framework.load.no_competencies",
                                                     id=norm.id))
            if not links and norm.competencies and area is not None:
                problem(("norms", index, "competencies"),
                        word("framework.load.area_without_competencies", area=area.id))

    everything_read = len(loaded) == len(manifest.areas) and all(p.complete for p in loaded)
    if any(area.links_competencies for area in manifest.areas) and everything_read:
        for index, listed in enumerate(manifest.competencies):
            if listed.id not in covered:
                line, column = yamlio.position(manifest_doc.tree, ("competencies", index, "id"))
                problems.append(Problem(str(manifest_doc.path), line, column,
                                        word("framework.load.unused_competency",
                                             id=listed.id, name=listed.name)))
    return problems


@dataclass
class _Numbering:
    """The id pattern of one area: its prefix and a number (V1, V2, ...)."""

    area: str
    prefix: str
    next_free: int

    def matches(self, norm_id: str) -> bool:
        return re.fullmatch(rf"{self.prefix}[1-9][0-9]*", norm_id) is not None

    def advice(self, norm_id: str) -> str:
        fixed = norm_id.upper()
        if self.matches(fixed):
            return word("framework.load.numbering.write", id=norm_id, area=self.area,
                        prefix=self.prefix, fixed=fixed)
        return word("framework.load.numbering.number", id=norm_id, area=self.area,
                    prefix=self.prefix, next=f"{self.prefix}{self.next_free}")


def _numbering(area: Area | None, norms: list[tuple[int, Norm]]) -> _Numbering:
    prefix = area.id_prefix if area is not None and area.id_prefix else ""
    numbers = [int(match.group(1)) for _, norm in norms
               if (match := re.fullmatch(rf"{prefix}([1-9][0-9]*)", norm.id))]
    return _Numbering(area.id if area is not None else "", prefix, max(numbers, default=0) + 1)


def _suggest(typed: str, options: set[str]) -> str:
    match = closest(typed, options)
    return word("framework.load.did_you_mean", match=match) if match else ""
