"""Two versions of one norm side by side in words: what the file holds, what you meant."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kwaliteitslabel.audit.evidence import describe_evidence
from kwaliteitslabel.errors import Conflict
from kwaliteitslabel.words import word

# the parts of a result, in the order shown (labelled `walk.conflict_view.label.<part>`)
PARTS = ("score", "findings", "evidence", "strengths", "improvements", "nvt_reason",
         "assessed_by", "assessed_at")


def _rows(result: Any, keys: set[str]) -> list[tuple[str, str]]:
    if not isinstance(result, dict):
        return [("", word("walk.conflict_view.no_answer"))]
    rows = []
    for key in PARTS:
        if key not in keys:
            continue
        label = word(f"walk.conflict_view.label.{key}")
        value = result.get(key)
        items = value if isinstance(value, list) else [value] if value else []
        for item in items:
            if key == "evidence":
                text = describe_evidence(item)
            elif isinstance(item, dict):
                text = str(item.get("text", item))
            else:
                text = str(item)
            rows.append((label, text))
    return rows


def version(title: str, result: Any, keys: set[str] | None = None) -> RenderableType:
    """One version of a norm's result; `keys`: only these parts (default: all)."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", no_wrap=True, min_width=14)
    grid.add_column()
    for label, text in _rows(result, keys if keys is not None else set(PARTS)):
        grid.add_row(f"  {label}", Text(text))
    return Group(Text(title, style="bold"), grid)


def differing(one: Any, other: Any) -> set[str]:
    """The parts in which two versions differ, and always the verdict."""
    first = one if isinstance(one, dict) else {}
    second = other if isinstance(other, dict) else {}
    keys = {key for key in PARTS if first.get(key) != second.get(key)}
    return keys - {"assessed_at"} | {"score"} | ({"assessed_by", "assessed_at"} & keys)


def conflict_view(conflict: Conflict) -> RenderableType:
    """What the file holds now and what this save meant, in the parts that differ."""
    keys = differing(conflict.theirs, conflict.mine)
    return Group(version(word("walk.conflict_view.theirs", id=conflict.norm_id),
                         conflict.theirs, keys),
                 Text(""),
                 version(word("walk.conflict_view.mine"), conflict.mine, keys))
