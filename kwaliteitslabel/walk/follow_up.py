"""The previous audit in the plain walk: its verdict on the norm, its improvement points
to follow up, and the question what became of each (afgerond, loopt, niet opgepakt)."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kwaliteitslabel.audit.follow_up import STATUS_WORDS, FollowUp, status_of
from kwaliteitslabel.audit.model import NormResult
from kwaliteitslabel.walk.prompts import Prompts

STATUS_QUESTION = "a: afgerond · l: loopt · n: niet opgepakt"


def follow_up_view(previous: str | None, result: NormResult | None) -> RenderableType | None:
    """The previous verdict (a line) and the numbered points with their status."""
    points = result.follow_up if result is not None else []
    if previous is None and not points:
        return None
    parts: list[RenderableType] = []
    if previous is not None:
        parts.append(Text(previous, style="bold"))
    if points:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="dim", no_wrap=True, min_width=14)
        grid.add_column(ratio=1)
        for number, point in enumerate(points, start=1):
            grid.add_row(f"  opvolgen {number}", Text(_line(point)))
        parts.append(grid)
    return Group(*parts)


def _line(point: FollowUp) -> str:
    text = " ".join(point.text.split())
    status = f"[{STATUS_WORDS[point.status]}]"
    note = f" · {' '.join(point.note.split())}" if point.note else ""
    return f"{text} ({point.norm}) {status}{note}"


class FollowUpQuestions(Prompts):
    """Part of `Walkthrough`: after the improvement points, the previous audit's points."""

    def _ask_follow_up(self, result: NormResult | None) -> list[dict[str, Any]] | None:
        """Per point of the previous audit its status and a note; None: there are none."""
        points = result.follow_up if result is not None else []
        if not points:
            return None
        items: list[dict[str, Any]] = []
        self.console.print(Text("Verbeterpunten van de vorige audit: wat is ermee gedaan?",
                                style="bold"))
        for number, point in enumerate(points, start=1):
            self.console.print(Text(f"  {number}. {' '.join(point.text.split())} "
                                    f"({point.norm})"))
            keep = f" · Enter: zo laten ({STATUS_WORDS[point.status]})" \
                if point.status != "open" else ""
            self.console.print(Text(f"  {STATUS_QUESTION}{keep}", style="dim"))
            status = point.status
            while True:
                typed = self._read(f"status {number}: ")
                if not typed and point.status != "open":
                    break
                chosen = status_of(typed) if typed else None
                if chosen is not None and chosen != "open":
                    status = chosen
                    break
                self._hint("Typ a (afgerond), l (loopt) of n (niet opgepakt).")
            note = self._line(f"Toelichting bij punt {number}", "toelichting", point.note)
            items.append({"text": point.text, "norm": point.norm, "status": status,
                          "note": note if note is not None else point.note})
        return items
