"""The booklet's change chapter: what became of each norm since an older version.

With the newer version's mapping (`herkomst.yaml`) it says what `norms diff` says:
merged, split, renumbered, new, reworded and lapsed, with the old and the new ids;
without one, norms are paired by id. Field names are printed as words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kwaliteitslabel.framework.diff import FrameworkDiff
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.words.texts import Texts

Ref = tuple[str, str]  # (norm id, title)


@dataclass(frozen=True)
class Change:
    norm_id: str
    title: str
    fields: list[str]
    texts: list[tuple[str, str, str]] = field(default_factory=list)  # (field, old, new)
    kind: str = ""  # 'herschreven', 'gelijk' or 'gewijzigd', in words
    was: str | None = None  # the old id, when it differs
    note: str | None = None


@dataclass(frozen=True)
class Regrouped:
    """A merge (several old norms into one new) or a split (one old over several new)."""

    sources: list[Ref]
    targets: list[Ref]
    note: str | None = None


@dataclass
class Changes:
    old_version: str
    added: list[tuple[str, str]]
    removed: list[tuple[str, str]]
    changed: list[Change]
    manifest: list[str]
    by_mapping: bool = False
    merged: list[Regrouped] = field(default_factory=list)
    split: list[Regrouped] = field(default_factory=list)
    renumbered: list[tuple[str, str, str]] = field(default_factory=list)  # new, title, old
    notes: dict[str, str] = field(default_factory=dict)  # new id -> the mapping's note

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.manifest
                    or self.merged or self.split or self.renumbered)


def _short(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(_short(item) for item in value)
    if isinstance(value, dict):
        return value.get("text", "") if "text" in value else str(value)
    return "" if value is None else str(value)


def field_word(t: Texts, key: str) -> str:
    """A field's name as a word: 'geldig vanaf', not 'valid_from'."""
    return t.get(f"booklet.field.{key}", key.replace("_", " "))


def build_changes(t: Texts, old: Framework, new: Framework, diff: FrameworkDiff) -> Changes:
    def ref(framework: Framework, norm_id: str) -> Ref:
        norm = framework.norm(norm_id)
        return norm_id, norm.title if norm is not None else norm_id

    shown = ("title", "statement")
    changed = []
    for norm_id, items in diff.changed.items():
        was = diff.predecessor.get(norm_id)
        kind = diff.kinds.get(norm_id)
        changed.append(Change(
            norm_id, ref(new, norm_id)[1],
            list(dict.fromkeys(field_word(t, c.field.split(".")[0]) for c in items)),
            [(field_word(t, c.field), _short(c.old), _short(c.new))
             for c in items if c.field in shown],
            kind=t.get(f"booklet.kind.{kind}", "") if kind else "",
            was=was, note=diff.notes.get(norm_id)))
    renumbered = [(new_id, ref(new, new_id)[1], old_id)
                  for new_id, old_id in diff.predecessor.items() if new_id not in diff.changed]
    return Changes(
        old_version=old.version,
        added=[ref(new, norm_id) for norm_id in diff.added],
        removed=[ref(old, norm_id) for norm_id in diff.removed],
        changed=changed,
        manifest=list(dict.fromkeys(field_word(t, c.field.split(".")[0])
                                    for c in diff.manifest)),
        by_mapping=diff.mapping is not None,
        merged=[Regrouped([ref(old, s) for s in sources], [ref(new, new_id)],
                          diff.notes.get(new_id)) for new_id, sources in diff.merged],
        split=[Regrouped([ref(old, old_id)], [ref(new, target) for target in targets])
               for old_id, targets in diff.split],
        renumbered=renumbered,
        notes=dict(diff.notes))
