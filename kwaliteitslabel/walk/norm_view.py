"""A norm laid out for reading in a terminal (shared by `norms show` and the walk)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Norm
from kwaliteitslabel.walk.scale_view import anchors
from kwaliteitslabel.words import word


def _bullets(items: list[str], marker: str = "•") -> Table:
    """A list whose wrapped lines stay indented under their own text."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=3, justify="right")
    grid.add_column(ratio=1)
    for item in items:
        grid.add_row(marker, Text(item))
    return grid


def _questions(framework: Framework, norm: Norm) -> list[str]:
    """The interview questions, each with the roles it is for (when the norm says)."""
    lines = []
    for question in norm.questions:
        if isinstance(question, str):
            lines.append(question)
        else:
            roles = ", ".join(framework.role_name(role).lower() for role in question.roles)
            lines.append(f"{question.text} ({roles})")
    return lines


def _labelled(rows: list[tuple[str, str]]) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=12, style="dim")
    grid.add_column(ratio=1)
    for label, text in rows:
        grid.add_row(label, Text(text))
    return grid


def render_norm(framework: Framework, norm: Norm, *, full: bool = True,
                notes: Sequence[str] = ()) -> Panel:
    """The norm in a panel; `full=False` leaves out the explanation and the examples;
    `notes` (laws the norm cites that no longer hold on the audit's days) go on top."""
    area = framework.area(norm.area)
    parts: list[RenderableType] = [Text(f"! {note}", style="yellow") for note in notes]
    parts.append(Text(norm.statement, style="bold"))
    if full:
        parts += [Text(""), Text(word("walk.norm_view.explanation"), style="underline"),
                  Text(norm.explanation)]
    parts += [Text(""), Text(word("walk.norm_view.questions"), style="underline"),
              _bullets(_questions(framework, norm))]
    evidence = [(word("walk.norm_view.documents"), "; ".join(norm.evidence.documents))]
    if norm.evidence.observations:
        evidence.append((word("walk.norm_view.observe"), "; ".join(norm.evidence.observations)))
    roles = ", ".join(framework.role_name(role).lower() for role in norm.evidence.interviews)
    evidence.append((word("walk.norm_view.interviews"), roles))
    parts += [Text(""), Text(word("walk.norm_view.evidence"), style="underline"),
              _labelled(evidence)]
    rows = anchors(framework, norm)
    if rows:  # what the auditor weighs the verdict against
        parts += [Text(""), Text(word("walk.norm_view.characteristic"), style="underline"),
                  _labelled(rows)]
    if full:
        parts += [Text(""), Text(word("walk.norm_view.examples"), style="underline"),
                  _bullets(norm.examples)]
        links = [(word("walk.norm_view.values"),
                  "; ".join(framework.value_name(v) for v in norm.values))]
        if norm.competencies:
            links.append((word("walk.norm_view.competencies"), "; ".join(
                f"{c} {framework.competency_name(c)}" for c in norm.competencies)))
        parts += [Text(""), _labelled(links)]
    kern = word("walk.view.core") if norm.core else ""
    return Panel(Group(*parts), title=f"[bold]{norm.id}[/bold] {escape(norm.title)}",
                 title_align="left", subtitle=f"{escape(area.name)}{kern}",
                 subtitle_align="right")
