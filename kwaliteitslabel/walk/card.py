"""The norm as the plain walk shows it at the verdict: a compact card that fits 80x24.

The id and title, the statement, what is characteristic of voldoet, deels and niet, and
the norm's notices; the questions and the guidance wait behind `g` (paged).
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kwaliteitslabel.audit.evidence import describe_evidence
from kwaliteitslabel.audit.model import NormResult
from kwaliteitslabel.framework.load import Framework
from kwaliteitslabel.framework.model import Norm

MAX_ITEMS = 3  # of each list in the answer shown under the card; the rest is counted


def anchors(norm: Norm) -> list[tuple[str, str]]:
    """What makes the norm voldoet, deels and niet (empty when the framework has none)."""
    if norm.levels is None:
        return []
    return [("voldoet", norm.levels.voldoet), ("deels", norm.levels.voldoet_deels),
            ("niet", norm.levels.voldoet_niet)]


def compact_card(norm: Norm, notices: list[str]) -> RenderableType:
    """Statement, the three anchors and the notices, under the header rule of the walk."""
    parts: list[RenderableType] = [Text.assemble((f"{norm.id} ", "bold"),
                                                 (norm.title, "bold")),
                                   Text(norm.statement)]
    rows = anchors(norm)
    if rows:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=8, style="dim", no_wrap=True)
        grid.add_column(ratio=1)
        for label, text in rows:
            grid.add_row(label, Text(text))
        parts.append(grid)
    parts += [Text(f"! {notice}", style="yellow") for notice in notices]
    parts.append(Text("g: toetsvragen, bewijs en toelichting", style="dim"))
    return Group(*parts)


def answer_summary(framework: Framework, result: NormResult) -> RenderableType:
    """The stored answer in a few lines, one line per item, long lists counted."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", no_wrap=True, min_width=14)
    grid.add_column(no_wrap=True, overflow="ellipsis", ratio=1)
    score = framework.level(result.score).name if result.score else "nog geen oordeel"
    title = Text.assemble(("Huidig antwoord: ", "bold"), (score, "bold"))
    rows: list[tuple[str, str]] = []
    if result.nvt_reason:
        rows.append(("  reden nvt", result.nvt_reason))
    if result.findings:
        rows.append(("  bevindingen", result.findings))
    for label, items in (("bewijs", [describe_evidence(e) for e in result.evidence]),
                         ("sterk punt", list(result.strengths)),
                         ("verbeterpunt", [i.text for i in result.improvements]),
                         ("notitie", list(result.notes))):
        rows += [(f"  {label}", item) for item in items[:MAX_ITEMS]]
        if len(items) > MAX_ITEMS:
            rows.append(("", f"(nog {len(items) - MAX_ITEMS})"))
    for label, text in rows:
        grid.add_row(label, Text(" ".join(text.split())))
    return Group(title, grid) if rows else title
