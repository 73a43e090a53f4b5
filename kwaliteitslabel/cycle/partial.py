"""A partial re-audit and the audit it completes.

`start_partial` makes what `audit new --partial-of FILE --redo D5,O3` writes: the
original in short (`partial_of`), every other norm's result copied and marked carried,
and on each norm to redo a note with its earlier verdict. `completions` goes the other
way: from an original audit, the partial re-audits beside it (in its folder) that were
made from it as it is now, with what the commission decided on them. The condition of
the original's decision is met when such a re-audit got its label.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kwaliteitslabel import yamlio
from kwaliteitslabel.audit.basis import advice_basis_of
from kwaliteitslabel.audit.load import LoadedAudit, load_audit
from kwaliteitslabel.audit.scoring import evaluate
from kwaliteitslabel.errors import InvalidInput, KwaliteitslabelError
from kwaliteitslabel.words import word

LABELLED = ("gecertificeerd", "geregistreerd")


@dataclass(frozen=True)
class Partial:
    """What a new partial re-audit starts with."""

    partial_of: dict[str, Any]
    results: dict[str, Any]  # norm id -> result node (carried, or a note to redo)
    redo: list[str]


def redo_ids(typed: str, original: LoadedAudit) -> list[str]:
    """`D5,O3` (or `d5 o3`) as the framework's ids; each must exist, at least one."""
    framework = original.framework
    ids: list[str] = []
    for part in typed.replace(",", " ").split():
        norm = framework.known_norm(part, "--redo")
        if norm.id not in ids:
            ids.append(norm.id)
    if not ids:
        raise InvalidInput(word("cycle.partial.redo_none"))
    if len(ids) == len(framework.norms):
        raise InvalidInput(word("cycle.partial.redo_all"))
    return ids


def start_partial(original: LoadedAudit, redo: list[str], new_file: Path,
                  start: dt.date) -> Partial:
    """The parts of a partial re-audit of `original` that redoes `redo`."""
    audit = original.audit
    open_norms = evaluate(original.framework, audit).open_norms
    if open_norms:
        raise InvalidInput(word("cycle.partial.not_finished", path=original.path,
                                norms=", ".join(open_norms[:8])))
    if audit.dates.last >= start:
        raise InvalidInput(word("cycle.partial.too_early", path=original.path,
                                last=audit.dates.last))
    relative = os.path.relpath(original.path.resolve(), new_file.resolve().parent)
    summary: dict[str, Any] = {"file": Path(relative).as_posix(), "start": audit.dates.start}
    if audit.dates.end is not None:
        summary["end"] = audit.dates.end
    summary["basis"] = advice_basis_of(audit)
    summary["redo"] = list(redo)
    results: dict[str, Any] = {}
    tree = original.document.tree.get("results") or {}
    for norm in original.framework.norms:
        if norm.id in redo:
            verdict = (audit.score_of(norm.id) or "geen oordeel").replace("_", " ")
            results[norm.id] = yamlio.tree_of({"notes": [
                f"Oorspronkelijke audit ({audit.dates.start}): {verdict}; opnieuw te "
                "beoordelen in deze gedeeltelijke heraudit."]})
        elif norm.id in tree:
            node = copy.deepcopy(tree[norm.id])
            node["carried"] = True
            results[norm.id] = node
    return Partial(summary, results, list(redo))


@dataclass(frozen=True)
class Completion:
    """A partial re-audit of an original audit, and where the commission stands on it."""

    path: Path
    redo: list[str]
    status: str  # the scoring status of the partial re-audit
    granted: bool | None  # the commission's decision on it (None: none yet)
    decided: dt.date | None
    number: str | None
    valid_until: dt.date | None
    current: bool  # made from the original as it is now (not an earlier version of it)

    @property
    def met(self) -> bool:
        """The condition of the original's decision is met: the re-audit of the original
        as it is got its label."""
        return self.current and self.status in LABELLED

    def as_json(self) -> dict[str, Any]:
        return {"file": str(self.path), "redo": self.redo, "status": self.status,
                "granted": self.granted,
                "decided": self.decided.isoformat() if self.decided else None,
                "number": self.number,
                "valid_until": self.valid_until.isoformat() if self.valid_until else None,
                "current": self.current, "condition_met": self.met}


def completions(original: LoadedAudit) -> list[Completion]:
    """The partial re-audits in the original's folder made from it (`current`: from it as
    it is now; a change to the original since, such as a new decision, breaks the link)."""
    target = original.path.resolve()
    basis = advice_basis_of(original.audit)
    found = []
    for path in sorted(original.path.parent.glob("*.y*ml")):
        if path.resolve() == target or not _mentions_partial(path):
            continue
        try:
            loaded = load_audit(path, editable=False)
        except KwaliteitslabelError:
            continue  # another audit's problem; its own commands say what it is
        partial = loaded.audit.partial_of
        if partial is None or (path.parent / partial.file).resolve() != target:
            continue
        result = evaluate(loaded.framework, loaded.audit)
        decision = loaded.audit.decision
        found.append(Completion(path, list(partial.redo), result.status,
                                None if decision is None else decision.granted,
                                None if decision is None else decision.date,
                                None if decision is None else decision.number,
                                result.valid_until, partial.basis == basis))
    return found


def _mentions_partial(path: Path) -> bool:
    """A cheap look before parsing: only a partial re-audit has this key."""
    try:
        with path.open("rb") as file:
            return b"\npartial_of:" in file.read()
    except OSError:
        return False
