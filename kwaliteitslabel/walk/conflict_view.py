"""Two versions of one norm side by side in words: what the file holds, what you meant."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kwaliteitslabel.audit.evidence import describe_evidence
from kwaliteitslabel.errors import Conflict

LABELS = (("score", "oordeel"), ("findings", "bevindingen"), ("evidence", "bewijs"),
          ("strengths", "sterk punt"), ("improvements", "verbeterpunt"),
          ("nvt_reason", "reden nvt"), ("assessed_by", "door"), ("assessed_at", "op"))


def _rows(result: Any, keys: set[str]) -> list[tuple[str, str]]:
    if not isinstance(result, dict):
        return [("", "nog geen antwoord")]
    rows = []
    for key, label in LABELS:
        if key not in keys:
            continue
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
    for label, text in _rows(result, keys if keys is not None else {k for k, _ in LABELS}):
        grid.add_row(f"  {label}", Text(text))
    return Group(Text(title, style="bold"), grid)


def differing(one: Any, other: Any) -> set[str]:
    """The parts in which two versions differ, and always the verdict."""
    first = one if isinstance(one, dict) else {}
    second = other if isinstance(other, dict) else {}
    keys = {key for key, _ in LABELS if first.get(key) != second.get(key)}
    return keys - {"assessed_at"} | {"score"} | ({"assessed_by", "assessed_at"} & keys)


def conflict_view(conflict: Conflict) -> RenderableType:
    """What the file holds now and what this save meant, in the parts that differ."""
    keys = differing(conflict.theirs, conflict.mine)
    return Group(version(f"Nu in het bestand ({conflict.norm_id}):", conflict.theirs, keys),
                 Text(""),
                 version("Uw antwoord, niet bewaard:", conflict.mine, keys))
