"""A norm laid out for reading in a terminal (shared by `norms show` and the walk)."""

from __future__ import annotations

from rich.console import Group
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from kwaliteitslabel.frameworks import Framework
from kwaliteitslabel.models.framework import Norm


def render_norm(framework: Framework, norm: Norm, *, full: bool = True) -> Panel:
    area = framework.area(norm.area)
    parts: list = [Text(norm.statement, style="bold")]
    if full:
        parts += ["", Text("Toelichting", style="underline"), Text(norm.explanation)]
    parts += ["", Text("Toetsvragen", style="underline")]
    parts += [Text(f"  • {question}") for question in norm.questions]
    parts += ["", Text("Bewijs", style="underline")]
    parts += [Text(f"  documenten:   {'; '.join(norm.evidence.documents)}")]
    if norm.evidence.observations:
        parts += [Text(f"  observeren:   {'; '.join(norm.evidence.observations)}")]
    roles = ", ".join(framework.role_name(role).lower() for role in norm.evidence.interviews)
    parts += [Text(f"  gesprekken:   {roles}")]
    if full:
        parts += ["", Text("Zo voldoen organisaties", style="underline")]
        parts += [Text(f"  • {example}") for example in norm.examples]
        values = "; ".join(framework.value_name(v) for v in norm.values)
        parts += ["", Text(f"Waarden: {values}", style="dim")]
        if norm.competencies:
            names = "; ".join(f"{c} {framework.competency_name(c)}" for c in norm.competencies)
            parts += [Text(f"Competenties: {names}", style="dim")]
    kern = " · kernnorm" if norm.core else ""
    title = f"[bold]{norm.id}[/bold] {escape(norm.title)}"
    return Panel(Group(*parts), title=title, title_align="left",
                 subtitle=f"{escape(area.name)}{kern}", subtitle_align="right")
