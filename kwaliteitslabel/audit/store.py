"""The one save path for audits: every write of an audit file goes through here.

A save holds the audit's lock, starts from the file as it is on disk at that moment,
and refuses to overwrite a change to the same norm that the user did not see (a
`Conflict`); changes to other norms are kept. Before the new bytes take the old file's
place, they are read back and validated: only when that gives exactly the audit that
was meant is the file replaced (atomically, see `atomic.py`). So "bewaard" is only ever
said of what a later load will find.

One read, one check, one write: the file is parsed once (round trip, to edit it), and
the new bytes once, by the fast C loader. The round-trip loader is not run on them
again: `plain_yaml` refuses, before either loader sees them, the characters the two
read differently, and what this module writes is plain mappings, lists and scalars in
the styles `yamlio.scalar` picks, which both read alike (tests/unit/test_save_property.py
checks every save with both loaders, and texts of any character through both).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from kwaliteitslabel import atomic, yamlio
from kwaliteitslabel.audit import lock
from kwaliteitslabel.audit.answer import (
    FIELD_LABELS,
    Answer,
    clean_text,
    node_of,
    plain,
    preview,
    put_result,
    result_node,
)
from kwaliteitslabel.audit.load import LoadedAudit, check_against, parse_audit
from kwaliteitslabel.audit.model import Audit
from kwaliteitslabel.audit.partial import refusal_to_answer
from kwaliteitslabel.audit.rules import takes_reason
from kwaliteitslabel.errors import Conflict, InvalidInput, KwaliteitslabelError, RefusedAnswer
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.words import word


def verify(path: Path, data: bytes, intended: Audit, framework: Framework) -> None:
    """Refuse bytes that the loader would read differently from `intended`."""
    try:
        document = yamlio.parse(path, data, round_trip=False, plain_data=True)
        reread = parse_audit(document)
        check_against(document, reread, framework)
    except KwaliteitslabelError as error:
        details = "; ".join(p.message for p in error.problems) or error.message
        raise InvalidInput(word("audit.store.unreadable_after", path=path,
                                details=details)) from None
    if reread != intended:
        raise InvalidInput(word("audit.store.read_differently", path=path))


def create(document: yamlio.Document, framework: Framework) -> LoadedAudit:
    """Write a new audit file from its tree; never overwrites an existing file."""
    path = document.path
    audit = parse_audit(document)
    check_against(document, audit, framework)
    data = document.dump()
    verify(path, data, audit, framework)
    with lock.holding(path):
        atomic.write(path, data, new=True)
    document.digest = yamlio.digest(data)
    return LoadedAudit(document, audit, framework)


def _current(loaded: LoadedAudit) -> LoadedAudit:
    """The audit as it is on disk now, to change (under the lock): a copy of `loaded`'s
    tree when the file is still byte for byte what it was read from, else read again.

    The copy is of the top level and of `results` only (`yamlio.copy_for_edit`): a save
    copies the one norm it changes, so that `loaded` stays as it was if the save fails."""
    raw = yamlio.read_bytes(loaded.path)
    if yamlio.digest(raw) != loaded.document.digest:
        return reload(loaded)
    tree = yamlio.copy_for_edit(loaded.document.tree, "results")
    document = dataclasses.replace(loaded.document, tree=tree)
    return LoadedAudit(document, loaded.audit, loaded.framework, loaded.notice)


def reload(loaded: LoadedAudit) -> LoadedAudit:
    """The audit as it is on disk now (for editing), pinned to the same framework."""
    document = yamlio.load(loaded.path, plain_data=True)
    audit = parse_audit(document)
    if not loaded.framework.pinned_by(audit.framework.fingerprint):
        raise InvalidInput(word("audit.store.other_framework", path=loaded.path))
    check_against(document, audit, loaded.framework)
    return LoadedAudit(document, audit, loaded.framework, loaded.notice)


AS_LOADED: Any = object()


def _write(current: LoadedAudit) -> LoadedAudit:
    """Validate the changed tree, read its bytes back, then replace the file (under the
    caller's lock)."""
    audit = parse_audit(current.document)
    check_against(current.document, audit, current.framework)
    data = current.document.dump()
    verify(current.path, data, audit, current.framework)
    atomic.write(current.path, data)
    current.document.digest = yamlio.digest(data)
    return LoadedAudit(current.document, audit, current.framework, current.notice)


def save_answer(loaded: LoadedAudit, norm_id: str, answer: Answer, *, force: bool = False,
                labels: Mapping[str, str] | None = None, seen: Any = AS_LOADED) \
        -> LoadedAudit:
    """Save one answer on the norm as the user saw it: in `loaded`, or `seen` (plain
    data, None for a norm without a result) when the answer was kept for later.

    When another save changed this same norm since the user saw it, nothing is written
    and `Conflict` says what the file holds now; `force=True` writes the answer anyway,
    on the norm as the user saw it (after they have looked at the other version).
    """
    norm_id = loaded.framework.known_norm(norm_id).id
    carried = refusal_to_answer(loaded.audit, norm_id)
    if carried:  # refused like an answer against the rules: the walk keeps it waiting
        raise RefusedAnswer(f"{loaded.path}: {carried}")
    preview(loaded, norm_id, answer, labels or FIELD_LABELS)
    if seen is AS_LOADED:
        seen_node = node_of(loaded, norm_id)
        seen = plain(seen_node)
        unchanged_since = loaded.document.digest
    else:
        seen_node = yamlio.tree_of(seen)
        unchanged_since = None
    reason = takes_reason(loaded.framework, answer.score)
    return _save_norm(loaded, norm_id, lambda node: result_node(answer, node, reason=reason),
                      seen=seen,
                      seen_node=seen_node, unchanged_since=unchanged_since, force=force)


def _save_norm(loaded: LoadedAudit, norm_id: str, change: Callable[[Any], CommentedMap], *,
               seen: Any, seen_node: Any, unchanged_since: str | None,
               force: bool) -> LoadedAudit:
    """Apply `change` to the norm's node as it is on disk, under the lock, unless another
    save changed that norm since the user saw it (then `Conflict`, or with `force` the
    change applied to the norm as the user saw it)."""
    path = loaded.path
    with lock.holding(path):
        current = _current(loaded)
        node: Any = node_of(current, norm_id)
        if current.document.digest != unchanged_since and plain(node) != seen:
            mine = plain(change(copy.deepcopy(seen_node)))
            if not force:
                raise _conflict(path, norm_id, plain(node), seen, mine)
            node = copy.deepcopy(seen_node)
        put_result(current.document.tree, loaded.framework, norm_id,
                   change(copy.deepcopy(node)))  # the node is shared with `loaded`
        return _write(current)


def save_follow_up(loaded: LoadedAudit, norm_id: str, number: int, status: str,
                   note: str | None = None, *, force: bool = False) -> LoadedAudit:
    """Say what became of follow-up point `number` (from 1) of the previous audit on the
    norm: its status and, when given, a note (which replaces the earlier one)."""
    norm = loaded.framework.known_norm(norm_id)
    result = loaded.audit.result(norm.id)
    points = result.follow_up if result is not None else []
    if not points:
        raise InvalidInput(word("audit.store.no_follow_up", path=loaded.path, norm=norm.id))
    if not 1 <= number <= len(points):
        raise InvalidInput(word("audit.store.follow_up_number", number=number, norm=norm.id,
                                count=len(points)))
    seen_node = node_of(loaded, norm.id)

    def change(node: Any) -> CommentedMap:
        item = node["follow_up"][number - 1]
        item["status"] = status
        if note is not None:
            item["note"] = clean_text(note)
        return node  # type: ignore[no-any-return]

    return _save_norm(loaded, norm.id, change, seen=plain(seen_node), seen_node=seen_node,
                      unchanged_since=loaded.document.digest, force=force)


def save_header(loaded: LoadedAudit, changes: Mapping[str, Any], *,
                force: bool = False) -> LoadedAudit:
    """Save changes to the audit's own fields (details, advice, decision), one save.

    `changes` maps a top-level field to its new value (plain data; None removes it).
    Like `save_answer`, a field someone else changed since `loaded` was read is not
    overwritten without `force`; other fields they changed are kept.
    """
    path = loaded.path
    with lock.holding(path):
        current = _current(loaded)
        tree = current.document.tree
        changed = current.document.digest != loaded.document.digest
        for key, value in changes.items():
            seen = plain(loaded.document.tree.get(key))
            theirs = plain(tree.get(key))
            if changed and theirs != seen and not force:
                raise _conflict(path, key, theirs, seen, plain(value))
        _resolve_header_conflicts(tree, changes)
        for key, value in changes.items():
            if value is None:
                if key in tree:
                    del tree[key]
            elif key in tree:
                tree[key] = yamlio.tree_of(value)
            elif key in LATER_FIELDS:  # the steps after the audit come after its results
                tree[key] = yamlio.tree_of(value)
                tree.yaml_set_comment_before_after_key(key, before=LATER_FIELDS[key])
            else:
                _insert_before(tree, key, yamlio.tree_of(value), "results")
        return _write(current)


def save_plan(loaded: LoadedAudit, fields: Mapping[str, Any], *, number: int | None = None,
              remove: bool = False, force: bool = False) -> LoadedAudit:
    """Change the organisation's improvement plan (`improvement_plan`, audit/plan.py):
    add an item made of `fields` (`number` None), or change item `number` (from 1; a
    field given as None is taken away), or remove it.

    Like a header field, a plan that someone else changed since `loaded` was read is not
    overwritten without `force` (then the change applies to the plan as the user saw
    it); the items keep their comments."""
    key = "improvement_plan"
    count = len(loaded.audit.improvement_plan)
    if number is not None and not 1 <= number <= count:
        raise InvalidInput(word("audit.store.plan_item", number=number, count=count) if count
                           else word("audit.store.plan_empty", number=number))
    path = loaded.path
    with lock.holding(path):
        current = _current(loaded)
        tree = current.document.tree
        seen_node = loaded.document.tree.get(key)
        node = tree.get(key)
        if current.document.digest != loaded.document.digest and plain(node) != plain(seen_node):
            mine = copy.deepcopy(seen_node) if seen_node is not None else CommentedSeq()
            _change_plan(mine, fields, number, remove)
            if not force:
                raise _conflict(path, "verbeterplan", plain(node), plain(seen_node), plain(mine),
                                name=word("audit.store.plan"))
            node = seen_node
        items = copy.deepcopy(node) if isinstance(node, CommentedSeq) else CommentedSeq()
        _change_plan(items, fields, number, remove)
        new = key not in tree
        tree[key] = items
        if not items:
            del tree[key]
        elif new:  # after what is there, as the steps after the audit
            tree.yaml_set_comment_before_after_key(key, before=PLAN_COMMENT)
        return _write(current)


PLAN_COMMENT = ("Het verbeterplan van de organisatie: per norm een actie, wie, wanneer en hoe "
                "ver (audit improvements).")


def _change_plan(items: CommentedSeq, fields: Mapping[str, Any], number: int | None,
                 remove: bool) -> None:
    if number is None:
        items.append(yamlio.tree_of({name: clean_text(value) for name, value in fields.items()
                                     if value is not None}))
        return
    if remove:
        del items[number - 1]
        return
    item = items[number - 1]
    for name, value in fields.items():
        if value is None:
            item.pop(name, None)
        else:
            item[name] = yamlio.tree_of(clean_text(value))


def replace(loaded: LoadedAudit, tree: Any) -> LoadedAudit:
    """Replace the whole audit by `tree` (a merge's result), unless the file changed since
    `loaded` was read."""
    with lock.holding(loaded.path):
        current = _current(loaded)
        if current.document.digest != loaded.document.digest:
            raise InvalidInput(word("audit.store.changed_meanwhile", path=loaded.path))
        current.document.tree = tree
        return _write(current)


def _resolve_header_conflicts(tree: Any, changes: Mapping[str, Any]) -> None:
    """Setting a field that a merge recorded as a conflict resolves that conflict."""
    recorded = tree.get("conflicts")
    if not isinstance(recorded, list):
        return
    left = [item for item in recorded
            if not (isinstance(item, Mapping) and item.get("field") in changes)]
    if not left:
        del tree["conflicts"]
    elif len(left) != len(recorded):
        tree["conflicts"] = CommentedSeq(left)


LATER_FIELDS = {
    "advice": "Het eigen advies van de auditoren aan de beheercommissie.",
    "decision": "Het besluit van de beheercommissie Kwaliteitslabel over het certificaat.",
    "sanction": "Schorsing of intrekking van het label door de beheercommissie.",
}


def _insert_before(tree: Any, key: str, value: Any, before: str) -> None:
    """A new field goes before `results`, so the header stays on top."""
    keys = list(tree)
    tree.insert(keys.index(before) if before in keys else len(keys), key, value)


def _conflict(path: Path, norm_id: str, theirs: Any, seen: Any, mine: Any, *,
              name: str | None = None) -> Conflict:
    who = ""
    if isinstance(theirs, dict):
        parts = [str(theirs[key]) for key in ("assessed_by", "assessed_at") if theirs.get(key)]
        who = f" ({', '.join(parts)})" if parts else ""
    return Conflict(word("audit.store.conflict", path=path, name=name or norm_id, who=who),
                    norm_id=norm_id, theirs=theirs, seen=seen, mine=mine)
