"""What changed between two framework versions, norm by norm and field by field."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kwaliteitslabel.framework.load import Framework


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

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.manifest)

    def as_json(self) -> dict[str, Any]:
        def changes(items: list[FieldChange]) -> list[dict[str, Any]]:
            return [{"field": c.field, "old": c.old, "new": c.new} for c in items]

        return {
            "old_version": self.old_version,
            "new_version": self.new_version,
            "added": self.added,
            "removed": self.removed,
            "changed": {norm_id: changes(items) for norm_id, items in self.changed.items()},
            "manifest": changes(self.manifest),
        }


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


def diff_frameworks(old: Framework, new: Framework) -> FrameworkDiff:
    old_norms = {n.id: {"area": n.area, **n.model_dump(mode="json")} for n in old.norms}
    new_norms = {n.id: {"area": n.area, **n.model_dump(mode="json")} for n in new.norms}
    result = FrameworkDiff(old.version, new.version)
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
