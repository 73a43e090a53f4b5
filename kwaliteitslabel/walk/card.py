"""The norm as the plain walk shows it at the verdict: a compact card that fits 80x24.

The id and title, the statement, what is characteristic of each verdict on it, and
the norm's notices; the questions and the guidance wait behind `g` (paged).
"""

from __future__ import annotations

import textwrap

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from kwaliteitslabel.audit.evidence import describe_evidence
from kwaliteitslabel.audit.model import NormResult
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Norm
from kwaliteitslabel.walk.view import label
from kwaliteitslabel.words import current, word

FIXED_LINES = 6  # the header rule, a blank line, the question, two lines of keys, prompt
LABEL_WIDTH = 9


def clip(text: str, width: int, lines: int) -> str:
    """`text` in at most `lines` lines of `width`, cut at a word with '…' (the whole text
    is behind `g`)."""
    wrapped = textwrap.wrap(" ".join(text.split()), max(20, width))
    if len(wrapped) <= lines:
        return " ".join(wrapped)
    kept = wrapped[:max(1, lines)]
    kept[-1] = kept[-1][:max(1, width - 2)].rsplit(" ", 1)[0] + " …"
    return " ".join(kept)


def compact_card(norm: Norm, rows: list[tuple[str, str]], notices: list[str], *,
                 width: int = 80, anchor_lines: int = 3) -> RenderableType:
    """Title, statement, the anchors (`rows`: what is characteristic of each verdict, see
    `scale_view.anchors`; each in at most `anchor_lines` lines of a `width` screen) and
    the notices."""
    parts: list[RenderableType] = [Text.assemble((f"{norm.id} ", "bold"),
                                                 (norm.title, "bold")),
                                   Text(norm.statement)]
    if rows:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=LABEL_WIDTH - 1, style="dim", no_wrap=True)
        column = width - LABEL_WIDTH - 1
        grid.add_column(width=column)
        for label, text in rows:
            grid.add_row(label, Text(clip(text, column - 2, anchor_lines)))
        parts.append(grid)
    parts += [Text(f"! {notice}", style="yellow") for notice in notices]
    return Group(*parts)


def fitting_card(console: Console, norm: Norm, rows: list[tuple[str, str]],
                 notices: list[str], height: int) -> RenderableType:
    """The compact card with anchors as long as fit in `height` lines beside the fixed
    lines of the walk (at least one line each)."""
    card = compact_card(norm, rows, notices, width=console.width, anchor_lines=1)
    for lines in (6, 5, 4, 3, 2):
        candidate = compact_card(norm, rows, notices, width=console.width,
                                 anchor_lines=lines)
        if len(console.render_lines(candidate, pad=False)) + FIXED_LINES <= height:
            return candidate
    return card


class OneLineEach:
    """Label and text, one line each, cut with '…' at the screen's width (a table's
    column would cut them without a sign that more follows)."""

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        self.rows = rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for name, text in self.rows:
            line = Text.assemble((name.ljust(14), "dim"), " ", text)
            line.truncate(options.max_width, overflow="ellipsis")
            yield line


def answer_summary(framework: Framework, result: NormResult) -> RenderableType:
    """The stored answer in a few lines: one line per part, a list by its first item and
    how many more (`-2` at the list's question removes one)."""
    score = framework.level(result.score).words(current()).name if result.score \
        else word("walk.view.no_verdict")
    title = Text.assemble((word("walk.view.current_answer"), "bold"), (score, "bold"))
    rows: list[tuple[str, str]] = []
    if result.nvt_reason:
        rows.append((label("nvt_reason"), result.nvt_reason))
    if result.findings:
        rows.append((label("findings"), result.findings))
    for part, items in (("evidence", [describe_evidence(e) for e in result.evidence]),
                        ("strengths", list(result.strengths)),
                        ("improvements", [i.text for i in result.improvements])):
        if items:  # one line per list: the first item, and how many more
            more = f"  (+{len(items) - 1})" if len(items) > 1 else ""
            rows.append((label(part), f"{' '.join(items[0].split())}{more}"))
    grid = OneLineEach([(name, " ".join(text.split())) for name, text in rows])
    notes = Table.grid(padding=(0, 1))  # e.g. the old verdicts after a migration: whole
    notes.add_column(style="dim", no_wrap=True, min_width=14)
    notes.add_column(ratio=1)
    for note in result.notes:
        notes.add_row(label("note"), Text(note))
    return Group(title, grid, notes) if rows or result.notes else title
