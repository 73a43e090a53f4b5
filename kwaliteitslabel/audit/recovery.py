"""Answers that could not be saved, kept beside the audit until they can be.

When a save fails (a full disk, a lost network share) the walk keeps the answer and, on
quitting, writes it to `NAME.herstel.yaml` beside the audit, or to the temporary folder
when that fails too. `audit run` offers to apply it at the start, `audit set FILE
--recover` applies it at once; each answer goes through the one save path, with the
norm as the auditor saw it, so a change made in the meantime is shown, not overwritten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from kwaliteitslabel import atomic, yamlio
from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.store import save_answer
from kwaliteitslabel.errors import InvalidInput, KwaliteitslabelError

SUFFIX = ".herstel.yaml"


@dataclass
class Kept:
    """One answer waiting to be saved, and the norm as the auditor saw it."""

    norm: str
    answer: Answer
    seen: Any = None
    kept_at: str = field(default_factory=lambda: dt.datetime.now().isoformat(
        sep=" ", timespec="seconds"))


def recovery_path(audit: Path) -> Path:
    return audit.with_name(audit.name.removesuffix(audit.suffix) + SUFFIX)


def _fallback_path(audit: Path) -> Path:
    """In the temporary folder: named after the user and the audit's full path."""
    where = hashlib.sha256(str(audit.resolve()).encode("utf-8", "surrogateescape"))
    return Path(tempfile.gettempdir()) / (f"kwaliteitslabel-{os.getuid()}-"
                                          f"{where.hexdigest()[:12]}-"
                                          + recovery_path(audit).name)


def find(audit: Path) -> Path | None:
    """The recovery file of this audit, if there is one."""
    for path in (recovery_path(audit), _fallback_path(audit)):
        if path.is_file():
            return path
    return None


def _dump(audit: Path, kept: list[Kept]) -> bytes:
    data = {
        "audit": audit.name,
        "answers": [{"norm": item.norm, "kept_at": item.kept_at, "seen": item.seen,
                     "answer": asdict(item.answer)} for item in kept],
    }
    buffer = io.StringIO()
    buffer.write(f"# Antwoorden die nog niet in {audit.name} konden worden bewaard.\n"
                 f"# Bewaar ze met: kwaliteitslabel audit set {audit} --recover\n"
                 "# (of start 'kwaliteitslabel audit run'). Verwijder dit bestand niet.\n")
    YAML(typ="safe", pure=True).dump(data, buffer)
    return buffer.getvalue().encode("utf-8")


def read(path: Path) -> list[Kept]:
    document = yamlio.load(path, round_trip=False, plain_data=True)
    tree = document.tree
    if not isinstance(tree, dict) or not isinstance(tree.get("answers"), list):
        raise InvalidInput(f"{path}: dit is geen herstelbestand van kwaliteitslabel")
    kept = []
    for item in tree["answers"]:
        try:
            kept.append(Kept(str(item["norm"]), Answer(**item["answer"]), item.get("seen"),
                             str(item.get("kept_at", ""))))
        except (KeyError, TypeError):
            raise InvalidInput(f"{path}: een antwoord in dit herstelbestand is onleesbaar; "
                               "herstel het met de hand of voer het opnieuw in") from None
    return kept


def keep(audit: Path, item: Kept) -> Path:
    """Add `item` to the audit's recovery file; return where it was written.

    Beside the audit when possible, else in the temporary folder; if both fail, the
    error says so (the caller then shows the answer on screen).
    """
    errors = []
    for path in (recovery_path(audit), _fallback_path(audit)):
        try:
            earlier = read(path) if path.is_file() else []
            atomic.write(path, _dump(audit, [*earlier, item]), doing="apart bewaren")
            return path
        except KwaliteitslabelError as error:
            errors.append(error.message)
    raise InvalidInput("het antwoord kon ook niet apart worden bewaard: " + " / ".join(errors))


@dataclass
class Applied:
    saved: list[str]
    refused: list[tuple[str, KwaliteitslabelError]]
    loaded: LoadedAudit
    left: Path | None  # the recovery file, while it still holds answers


def apply(loaded: LoadedAudit, path: Path) -> Applied:
    """Save every kept answer; those that cannot be saved stay in the file."""
    saved: list[str] = []
    refused: list[tuple[str, KwaliteitslabelError]] = []
    remaining: list[Kept] = []
    for item in read(path):
        try:
            loaded = save_answer(loaded, item.norm, item.answer, seen=item.seen)
            saved.append(item.norm)
        except KwaliteitslabelError as error:
            refused.append((item.norm, error))
            remaining.append(item)
    if remaining:
        atomic.write(path, _dump(loaded.path, remaining), doing="apart bewaren")
        return Applied(saved, refused, loaded, path)
    path.unlink()
    return Applied(saved, refused, loaded, None)
