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
from kwaliteitslabel.words import word


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
            grid.add_row(f"  {word('walk.follow_up.point', number=number)}", Text(_line(point)))
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
        self.console.print(Text(word("walk.follow_up.question"), style="bold"))
        for number, point in enumerate(points, start=1):
            self.console.print(Text(f"  {number}. {' '.join(point.text.split())} "
                                    f"({point.norm})"))
            keep = word("walk.follow_up.keep", status=STATUS_WORDS[point.status]) \
                if point.status != "open" else ""
            self.console.print(Text(f"  {word('walk.follow_up.status_keys')}{keep}",
                                    style="dim"))
            status = point.status
            while True:
                typed = self._read(f"status {number}: ")
                if not typed and point.status != "open":
                    break
                chosen = status_of(typed) if typed else None
                if chosen is not None and chosen != "open":
                    status = chosen
                    break
                self._hint(word("walk.follow_up.type_status"))
            note = self._line(word("walk.follow_up.note_question", number=number),
                              word("walk.follow_up.note_label"), point.note)
            items.append({"text": point.text, "norm": point.norm, "status": status,
                          "note": note if note is not None else point.note})
        return items
