"""The mapping between two versions (`herkomst.yaml`): where each norm of a version comes from.

It lives in the newer framework's folder and names the older version (`from_version`).
Per new norm: `same` (the verdict carries over when an audit moves), `reworded`,
`merged` (from two or more), `split` (one old norm over two or more new ones) or `new`.
Where each old norm went follows from it.
"""

from __future__ import annotations

import collections.abc
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import Field, field_validator

from kwaliteitslabel import yaml_lines, yamlio
from kwaliteitslabel.errors import InvalidInput, Problem
from kwaliteitslabel.framework.base import Identifier, Strict, Text
from kwaliteitslabel.framework.load import MAPPING_FILE
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.words import word

MAPPING_NAME = MAPPING_FILE

Kind = Literal["same", "reworded", "merged", "split", "new"]


class _KindWords(collections.abc.Mapping[str, str]):
    """Each kind in the words of the run's language ('gelijk', 'same' ...)."""

    def __getitem__(self, kind: str) -> str:
        if kind not in get_args(Kind):
            raise KeyError(kind)
        return word(f"framework.mapping.kind.{kind}")

    def __iter__(self) -> Iterator[str]:
        return iter(get_args(Kind))

    def __len__(self) -> int:
        return len(get_args(Kind))


KIND_WORDS: collections.abc.Mapping[str, str] = _KindWords()


class Origin(Strict):
    """Where one norm of the newer version comes from."""

    kind: Kind
    from_: list[Identifier] = Field(default_factory=list, alias="from")
    note: Text | None = None


class MappingFile(Strict):
    from_version: Text
    norms: dict[Identifier, Origin] = Field(min_length=1)

    @field_validator("from_version", mode="before")
    @classmethod
    def _version_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value


@dataclass
class Mapping:
    """A loaded `herkomst.yaml`, with its tree for the line of every entry."""

    document: yamlio.Document
    from_version: str
    origins: dict[str, Origin]

    @property
    def path(self) -> Path:
        return self.document.path

    def sources(self, new_id: str) -> list[str]:
        origin = self.origins.get(new_id)
        return list(origin.from_) if origin else []

    @cached_property
    def _targets(self) -> dict[str, list[str]]:
        targets: dict[str, list[str]] = defaultdict(list)
        for new_id, origin in self.origins.items():
            for old_id in origin.from_:
                targets[old_id].append(new_id)
        return dict(targets)

    def targets(self, old_id: str) -> list[str]:
        """Where an old norm went: the new norms that name it under `from`."""
        return list(self._targets.get(old_id, []))

    def merges(self) -> list[tuple[str, list[str]]]:
        return [(new_id, list(o.from_)) for new_id, o in self.origins.items()
                if o.kind == "merged"]

    def splits(self) -> list[tuple[str, list[str]]]:
        """Each split old norm and the new norms it went to, in the new order."""
        split_from: list[str] = []
        for origin in self.origins.values():
            if origin.kind == "split":
                split_from += [old for old in origin.from_ if old not in split_from]
        return [(old_id, self.targets(old_id)) for old_id in split_from]

    def position(self, *loc: Any, key: bool = False) -> tuple[int | None, int | None]:
        """Where `loc` is in the file (the tree may be plain data: see yaml_lines.py)."""
        return yaml_lines.position(self.document, loc, key=key)


def mapping_path(folder: Path) -> Path:
    return folder / MAPPING_NAME


def load_mapping(folder: Path) -> Mapping | None:
    """The mapping beside a framework, or None when it has none (like the first version)."""
    path = mapping_path(folder)
    if not path.exists():
        return None
    try:  # the fast loader; read again round trip for the places of what is wrong
        return _mapping_of(yamlio.load(path, round_trip=False))
    except InvalidInput:
        return _mapping_of(yamlio.load(path))


def _mapping_of(document: yamlio.Document) -> Mapping:
    path = document.path
    if not isinstance(document.tree, dict):
        raise InvalidInput(word("framework.mapping.not_mapping", path=path),
                           [Problem(str(path), 1, 1, word("framework.mapping.not_mapping.fix",
                                                          name=MAPPING_NAME))])
    parsed = yamlio.validate(MappingFile, document)
    return Mapping(document, parsed.from_version, dict(parsed.norms))


def check_mapping(mapping: Mapping, old: Framework, new: Framework) -> list[Problem]:
    """Every way the mapping disagrees with the two frameworks it connects."""
    problems: list[Problem] = []
    path = str(mapping.path)

    def problem(loc: tuple[Any, ...], message: str, *, key: bool = False) -> None:
        where = mapping.position(*loc, key=key)
        problems.append(Problem(path, *where, message))

    if old.version == new.version:
        problem(("from_version",), word("framework.mapping.same_version",
                                        version=old.version))
    new_ids = [norm.id for norm in new.norms]
    old_ids = {norm.id for norm in old.norms}
    for new_id, origin in mapping.origins.items():
        if new.norm(new_id) is None or new_id not in new_ids:
            problem(("norms", new_id), word("framework.mapping.no_new_norm", norm=new_id,
                                            version=new.version), key=True)
        sources = origin.from_
        for j, old_id in enumerate(sources):
            if old_id not in old_ids:
                problem(("norms", new_id, "from", j), word("framework.mapping.no_old_norm",
                                                           norm=old_id, version=old.version))
            elif old_id in sources[:j]:
                problem(("norms", new_id, "from", j), word("framework.mapping.from_twice",
                                                           norm=old_id))
        message = _kind_problem(mapping, new_id, origin)
        if message:
            problem(("norms", new_id, "from" if sources else "kind"), message)

    listed = set(mapping.origins)
    missing = [new_id for new_id in new_ids if new_id not in listed]
    if missing:
        problem(("norms",), word("framework.mapping.missing", norms=", ".join(missing),
                                 version=new.version, name=MAPPING_NAME), key=True)
    lost = [norm.id for norm in old.norms if not mapping.targets(norm.id)]
    if lost:
        problem(("norms",), word("framework.mapping.lost", norms=", ".join(lost),
                                 old=old.version, new=new.version), key=True)
    return problems


def _kind_problem(mapping: Mapping, new_id: str, origin: Origin) -> str | None:
    count, kind = len(origin.from_), origin.kind
    said = f"kind: {kind}"
    if kind in ("same", "reworded") and count != 1:
        return word("framework.mapping.kind_one", norm=new_id, kind=said)
    if kind == "merged" and count < 2:
        return word("framework.mapping.kind_merged", norm=new_id, kind=said)
    if kind == "new" and count:
        return word("framework.mapping.kind_new", norm=new_id, kind=said)
    if kind == "split":
        if count != 1:
            return word("framework.mapping.kind_split_one", norm=new_id, kind=said)
        targets = mapping.targets(origin.from_[0])
        if len(targets) < 2:
            return word("framework.mapping.kind_split_alone", norm=new_id, kind=said,
                        old=origin.from_[0])
    if kind == "same" and count == 1:
        others = [t for t in mapping.targets(origin.from_[0]) if t != new_id]
        if others:
            return word("framework.mapping.kind_same_shared", norm=new_id, kind=said,
                        old=origin.from_[0], others=", ".join(others))
    return None
