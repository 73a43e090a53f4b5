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
        raise InvalidInput(f"{folder}: map met normen bestaat niet. Geef een map met "
                           f"{MANIFEST_NAME} op (bijv. norms/2017).")
    if not folder.is_dir():
        raise InvalidInput(f"{folder}: dit is geen map. Geef de map met {MANIFEST_NAME} op.")
    manifest_path = folder / MANIFEST_NAME
    if not manifest_path.exists():
        raise InvalidInput(f"{folder}: geen {MANIFEST_NAME} gevonden. Een normenkader is een "
                           f"map met {MANIFEST_NAME} en een normbestand per aandachtsgebied.")
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
                                    f"normbestand '{area.file}' van gebied '{area.id}' bestaat "
                                    "niet; maak het aan of corrigeer 'file'"))
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
        raise InvalidInput(f"{folder}: {len(problems)} fout(en) in het normenkader", problems)
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
            raise InvalidInput(f"{path}: bestand is leeg",
                               [Problem(str(path), 1, 1, "bestand is leeg; vul het aan of "
                                        "zet het oorspronkelijke bestand terug")])
        if not isinstance(document.tree, dict):
            raise InvalidInput(f"{path}: geen lijst van velden",
                               [Problem(str(path), 1, 1, "het bestand moet beginnen met "
                                        "velden (sleutel: waarde), niet met een lijst of tekst")])
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
                                        f"id '{item.id}' komt meer dan eens voor in "
                                        f"'{section}'; geef elk een eigen id"))
    total = sum(area.expected_norms for area in manifest.areas)
    for verdict, limit in manifest.rules.max_norms.items():
        if limit > total:
            line, column = yamlio.position(document.tree, ("rules", "max_norms", verdict))
            problems.append(Problem(path, line, column,
                                    f"max_norms.{verdict} is {limit}, maar het kader heeft "
                                    f"maar {total} normen; kies een getal van 0 tot {total}"))
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
            problem(("area",), f"dit bestand hoort bij gebied '{area.id}' (zie "
                    f"{MANIFEST_NAME}), maar zegt area: {part.area_id}; maak die gelijk")
        if area is not None and count != area.expected_norms:
            problem(("norms",), f"gebied '{area.id}' heeft {count} normen, "
                    f"het manifest verwacht er {area.expected_norms}; voeg normen toe of "
                    "verwijder ze, of pas expected_norms aan")
        links = area.links_competencies if area is not None else False
        numbering = _numbering(area, part.norms)
        for index, norm in part.norms:
            if norm.id in seen:
                problem(("norms", index, "id"), f"norm-id '{norm.id}' bestaat al in "
                        f"{seen[norm.id]}; elke norm heeft een eigen id")
            line, _ = yamlio.position(document.tree, ("norms", index, "id"))
            seen.setdefault(norm.id, f"{Path(path).name}:{line}" if line else Path(path).name)
            if area is not None and area.id_prefix and not numbering.matches(norm.id):
                problem(("norms", index, "id"), numbering.advice(norm.id))
            for j, value in enumerate(norm.values):
                if value not in value_ids:
                    problem(("norms", index, "values", j),
                            f"onbekende waarde '{value}'{_suggest(value, value_ids)}; "
                            f"kies uit {', '.join(sorted(value_ids))}")
            for j, role in enumerate(norm.evidence.interviews):
                if role not in role_ids:
                    problem(("norms", index, "evidence", "interviews", j),
                            f"onbekende rol '{role}'{_suggest(role, role_ids)}; "
                            f"kies uit {', '.join(sorted(role_ids))}")
            for j, question in enumerate(norm.questions):
                for k, role in enumerate([] if isinstance(question, str) else question.roles):
                    if role not in role_ids:
                        problem(("norms", index, "questions", j, "roles", k),
                                f"onbekende rol '{role}' bij toetsvraag {j + 1}"
                                f"{_suggest(role, role_ids)}; kies uit "
                                f"{', '.join(sorted(role_ids))}")
            for verdict in norm.levels or {}:
                if verdict not in counted:
                    problem(("norms", index, "levels", verdict),
                            f"levels noemt oordeel '{verdict}'{_suggest(verdict, set(counted))},"
                            f" dat niet meetelt op de schaal; kies uit {', '.join(counted)}")
            for j, competency in enumerate(norm.competencies):
                if competency not in competency_ids:
                    problem(("norms", index, "competencies", j),
                            f"onbekende competentie '{competency}'"
                            f"{_suggest(competency, competency_ids)}; kies uit "
                            f"{', '.join(c.id for c in manifest.competencies)}")
                covered.add(competency)
            if links and not norm.competencies:
                problem(("norms", index, "id"), f"norm {norm.id} noemt geen competenties; "
                        "voeg 'competencies' toe met een of meer competenties (C1 ...)")
            if not links and norm.competencies and area is not None:
                problem(("norms", index, "competencies"), f"gebied '{area.id}' verwijst niet "
                        "naar competenties; verwijder 'competencies' of zet "
                        "links_competencies: true bij het gebied")

    everything_read = len(loaded) == len(manifest.areas) and all(p.complete for p in loaded)
    if any(area.links_competencies for area in manifest.areas) and everything_read:
        for index, listed in enumerate(manifest.competencies):
            if listed.id not in covered:
                line, column = yamlio.position(manifest_doc.tree, ("competencies", index, "id"))
                problems.append(Problem(str(manifest_doc.path), line, column,
                                        f"competentie {listed.id} ({listed.name}) "
                                        "komt in geen enkele norm voor; verwijs ernaar vanuit "
                                        "een norm of verwijder haar"))
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
        hint = (f"schrijf '{fixed}'" if self.matches(fixed) else
                f"geef de norm een volgnummer, bijv. '{self.prefix}{self.next_free}' (hoort zij "
                "bij een ander gebied, zet haar dan in dat normbestand)")
        return (f"norm-id '{norm_id}' past niet bij gebied '{self.area}': de ids daar zijn "
                f"{self.prefix} met een volgnummer ({self.prefix}1, {self.prefix}2, ...); {hint}")


def _numbering(area: Area | None, norms: list[tuple[int, Norm]]) -> _Numbering:
    prefix = area.id_prefix if area is not None and area.id_prefix else ""
    numbers = [int(match.group(1)) for _, norm in norms
               if (match := re.fullmatch(rf"{prefix}([1-9][0-9]*)", norm.id))]
    return _Numbering(area.id if area is not None else "", prefix, max(numbers, default=0) + 1)


def _suggest(word: str, options: set[str]) -> str:
    match = closest(word, options)
    return f" (bedoelt u '{match}'?)" if match else ""
