"""What changed between two framework versions, norm by norm and field by field.

With a mapping (`herkomst.yaml` of the newer version, from the older one) norms are
paired by their origin, so renumbered norms compare with their predecessor, and merges
and splits are named as such; without one, norms are paired by id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.mapping import Mapping


@dataclass
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass
class FrameworkDiff:
    old_version: str
    new_version: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[FieldChange]] = field(default_factory=dict)
    manifest: list[FieldChange] = field(default_factory=list)
    predecessor: dict[str, str] = field(default_factory=dict)  # new id -> old id, if other
    merged: list[tuple[str, list[str]]] = field(default_factory=list)
    split: list[tuple[str, list[str]]] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    mapping: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.manifest
                    or self.merged or self.split or self.predecessor)

    def as_json(self) -> dict[str, Any]:
        def changes(items: list[FieldChange]) -> list[dict[str, Any]]:
            return [{"field": c.field, "old": c.old, "new": c.new} for c in items]

        return {
            "old_version": self.old_version,
            "new_version": self.new_version,
            "mapping": self.mapping,
            "added": self.added,
            "removed": self.removed,
            "changed": {norm_id: changes(items) for norm_id, items in self.changed.items()},
            "renumbered": self.predecessor,
            "merged": [{"into": new_id, "from": sources, **self._note(new_id)}
                       for new_id, sources in self.merged],
            "split": [{"from": old_id, "into": targets} for old_id, targets in self.split],
            "kinds": self.kinds,
            "manifest": changes(self.manifest),
        }

    def _note(self, new_id: str) -> dict[str, str]:
        return {"note": self.notes[new_id]} if new_id in self.notes else {}


def _flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    """`{'evidence': {'documents': [...]}}` -> `{'evidence.documents': [...]}`."""
    if isinstance(data, dict):
        flat: dict[str, Any] = {}
        for key, value in data.items():
            flat.update(_flatten(value, f"{prefix}{key}."))
        return flat
    return {prefix.rstrip("."): data}


def _compare(old: dict[str, Any], new: dict[str, Any]) -> list[FieldChange]:
    old_flat, new_flat = _flatten(old), _flatten(new)
    keys = list(old_flat) + [key for key in new_flat if key not in old_flat]
    return [FieldChange(key, old_flat.get(key), new_flat.get(key))
            for key in keys if old_flat.get(key) != new_flat.get(key)]


def _dumped(framework: Framework) -> dict[str, dict[str, Any]]:
    return {n.id: {"area": n.area, **n.model_dump(mode="json", exclude_none=True)}
            for n in framework.norms}


def diff_frameworks(old: Framework, new: Framework, mapping: Mapping | None = None) \
        -> FrameworkDiff:
    """The differences; `mapping` is used when it maps from `old`'s version."""
    old_norms, new_norms = _dumped(old), _dumped(new)
    result = FrameworkDiff(old.version, new.version)
    if mapping is not None and mapping.from_version == old.version:
        _paired_by_mapping(result, mapping, old_norms, new_norms)
    else:
        result.added = [norm_id for norm_id in new_norms if norm_id not in old_norms]
        result.removed = [norm_id for norm_id in old_norms if norm_id not in new_norms]
        for norm_id, before in old_norms.items():
            if norm_id in new_norms:
                changes = _compare(before, new_norms[norm_id])
                if changes:
                    result.changed[norm_id] = changes
    result.manifest = _compare(old.manifest.model_dump(mode="json"),
                               new.manifest.model_dump(mode="json"))
    return result


def _paired_by_mapping(result: FrameworkDiff, mapping: Mapping,
                       old_norms: dict[str, dict[str, Any]],
                       new_norms: dict[str, dict[str, Any]]) -> None:
    result.mapping = str(mapping.path)
    for new_id in new_norms:
        origin = mapping.origins.get(new_id)
        if origin is None or origin.kind == "new":
            result.added.append(new_id)
            if origin is not None:
                result.kinds[new_id] = origin.kind
                if origin.note:
                    result.notes[new_id] = origin.note
            continue
        result.kinds[new_id] = origin.kind
        if origin.note:
            result.notes[new_id] = origin.note
        if origin.kind in ("same", "reworded") and origin.from_[0] in old_norms:
            old_id = origin.from_[0]
            if old_id != new_id:
                result.predecessor[new_id] = old_id  # reported once, not as a changed id
            changes = [change for change in _compare(old_norms[old_id], new_norms[new_id])
                       if change.field != "id"]
            if changes:
                result.changed[new_id] = changes
    result.merged = mapping.merges()
    result.split = mapping.splits()
    result.removed = [old_id for old_id in old_norms if not mapping.targets(old_id)]
