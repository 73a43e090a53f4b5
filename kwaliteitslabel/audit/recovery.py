"""Answers that could not be saved, kept beside the audit until they can be.

When a save fails (a full disk, a lost network share) the walk keeps the answer and, on
quitting, writes it to `NAME.herstel.yaml` beside the audit, or to the user's own state
folder (`$XDG_STATE_HOME/kwaliteitslabel`, by default `~/.local/state/kwaliteitslabel`,
mode 0700) when that fails too; never to a shared temporary folder, where anyone could
plant a file or a symlink under the name. A recovery file is opened without following
symlinks and used only when it is a regular file of this user. `audit run` offers to
apply it at the start, `audit set FILE --recover` applies it at once; each answer goes
through the one save path, with the norm as the auditor saw it, so a change made in the
meantime is shown, not overwritten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import stat
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from kwaliteitslabel import atomic, portable, yamlio
from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.store import save_answer
from kwaliteitslabel.errors import InvalidInput, KwaliteitslabelError
from kwaliteitslabel.limits import MAX_FILE_BYTES
from kwaliteitslabel.own_files import NotOwned, own_folder
from kwaliteitslabel.words import word

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


def state_root() -> Path:
    """`$XDG_STATE_HOME/kwaliteitslabel`, or `~/.local/state/kwaliteitslabel`."""
    base = os.environ.get("XDG_STATE_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".local" / "state"
    return root / "kwaliteitslabel"


def state_folder() -> Path:
    """The user's own state folder, made with mode 0700; refused when it is not theirs."""
    folder = state_root()
    try:
        return own_folder(folder)
    except NotOwned:
        raise InvalidInput(word("audit.recovery.not_yours", path=folder)) from None
    except OSError as error:
        raise InvalidInput(atomic.os_message(error, folder,
                                             word("audit.recovery.keeping"))) from None


def _state_path(audit: Path) -> Path:
    """In the state folder: named after the audit's full path."""
    where = hashlib.sha256(str(audit.resolve()).encode("utf-8", "surrogateescape"))
    return state_root() / f"{where.hexdigest()[:12]}-{recovery_path(audit).name}"


def find(audit: Path) -> Path | None:
    """The recovery file of this audit, if there is one (checked when it is read)."""
    for path in (recovery_path(audit), _state_path(audit)):
        if os.path.lexists(path):
            return path
    return None


def _refuse_foreign(path: Path, info: os.stat_result) -> None:
    if stat.S_ISLNK(info.st_mode):
        raise InvalidInput(word("audit.recovery.symlink", path=path))
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInput(word("audit.recovery.not_regular", path=path))
    if not portable.owned_by_user(info):
        raise InvalidInput(word("audit.recovery.foreign", path=path, uid=info.st_uid))


def _read_own(path: Path) -> bytes:
    """The bytes of `path`, opened without following a symlink, only when it is ours."""
    try:
        handle = os.open(path, os.O_RDONLY | portable.NOFOLLOW | portable.NONBLOCK)
    except OSError as error:
        with_info = None
        try:
            with_info = os.lstat(path)
        except OSError:
            pass
        if with_info is not None:
            _refuse_foreign(path, with_info)
        raise InvalidInput(atomic.os_message(error, path,
                                             word("audit.recovery.reading"))) from None
    try:
        _refuse_foreign(path, os.fstat(handle))
        with os.fdopen(handle, "rb", closefd=False) as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    finally:
        os.close(handle)
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(word("audit.recovery.too_big", path=path))
    return data


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
    """The answers in a recovery file that belongs to this user."""
    document = yamlio.parse(path, _read_own(path), round_trip=False, plain_data=True)
    tree = document.tree
    if not isinstance(tree, dict) or not isinstance(tree.get("answers"), list):
        raise InvalidInput(word("audit.recovery.not_recovery", path=path))
    kept = []
    for item in tree["answers"]:
        try:
            kept.append(Kept(str(item["norm"]), Answer(**item["answer"]), item.get("seen"),
                             str(item.get("kept_at", ""))))
        except (KeyError, TypeError):
            raise InvalidInput(word("audit.recovery.unreadable", path=path)) from None
    return kept


def keep(audit: Path, item: Kept) -> Path:
    """Add `item` to the audit's recovery file; return where it was written.

    Beside the audit when possible, else in the user's state folder; if both fail, the
    error says so (the caller then shows the answer on screen). A symlink or another
    user's file under the name is refused, never written through.
    """
    errors = []
    for where in (recovery_path, _state_path):
        try:
            path = where(audit)
            if where is _state_path:
                state_folder()
            earlier = read(path) if os.path.lexists(path) else []
            atomic.write(path, _dump(audit, [*earlier, item]),
                         doing=word("audit.recovery.keeping"))
            return path
        except KwaliteitslabelError as error:
            errors.append(error.message)
    raise InvalidInput(word("audit.recovery.not_kept", errors=" / ".join(errors)))


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
        atomic.write(path, _dump(loaded.path, remaining), doing=word("audit.recovery.keeping"))
        return Applied(saved, refused, loaded, path)
    path.unlink()
    return Applied(saved, refused, loaded, None)
