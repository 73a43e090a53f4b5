"""The consoles of the CLI and a JSON printer; nothing else in the package prints.

Whatever a console prints passes a render hook that shows control and direction
characters as visible codes (see `text.for_terminal`): text from an audit or a norm
file can never move the cursor, clear the screen, set a window title or write to the
clipboard. Markup in such text is escaped where it is put into a message.
"""

from __future__ import annotations

import json
import logging
import shlex
import sys
from typing import TYPE_CHECKING, Any

from rich.console import Console, ConsoleOptions, ConsoleRenderable, RenderHook, RenderResult
from rich.markup import escape
from rich.segment import Segment
from rich.text import Text

from kwaliteitslabel.text import for_json, for_terminal
from kwaliteitslabel.words import word

if TYPE_CHECKING:
    from kwaliteitslabel.audit.model import Audit


class _Inert:
    """A renderable that renders another one with every text segment made inert."""

    def __init__(self, inner: ConsoleRenderable) -> None:
        self.inner = inner

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for segment in console.render(self.inner, options):
            if segment.control or not segment.text:
                yield segment
            else:
                yield Segment(for_terminal(segment.text), segment.style)


class InertText(RenderHook):
    """Render hook: every renderable is printed through `_Inert`."""

    def process_renderables(self, renderables: list[ConsoleRenderable]) \
            -> list[ConsoleRenderable]:
        return [_Inert(renderable) for renderable in renderables]


def safe_console(**options: Any) -> Console:
    """A rich console whose output never carries control characters from data."""
    options.setdefault("highlight", False)
    options.setdefault("soft_wrap", True)
    console = Console(**options)
    console.push_render_hook(InertText())
    return console


out = safe_console()
err = safe_console(stderr=True)
alarm = safe_console(stderr=True)  # errors: shown even with --quiet


def command(*words: object, norms: object = None) -> str:
    """A command line to copy: quoted where needed, with `--norms` when the run had one."""
    parts = ["kwaliteitslabel", *(str(word) for word in words)]
    if norms is not None:
        parts += ["--norms", str(norms)]
    return shlex.join(parts)


def quiet_notices(on: bool) -> None:
    """With `-q/--quiet`: no progress, notices or warnings on stderr; errors still show."""
    err.quiet = on


def warn_if_decision_lapsed(before: Audit, after: Audit) -> None:
    """Say so when a change voids the formal advice or the commission's decision (they
    hold for the one version of the audit they were given on)."""
    from kwaliteitslabel.audit.basis import void_notice  # not on every start-up

    notice = void_notice(before, after)
    if notice:
        err.print(f"[yellow]{escape(notice)}[/yellow]", soft_wrap=True)


def warn_mixed_scripts(audit: Audit) -> None:
    """Say at entry which names mix Latin with Cyrillic or Greek letters in one word."""
    from kwaliteitslabel import identity

    names = [audit.organisation, audit.certifying_body, *audit.peer_organisations,
             *(part for a in audit.auditors for part in (a.name, a.organisation))]
    for name in names:
        if name and identity.mixed_scripts(name):
            err.print(f"[yellow]{word('cli.mixed_scripts', name=identity.shown(name))}"
                      "[/yellow]",
                      soft_wrap=True)


def print_json(data: Any) -> None:
    """Plain JSON on stdout for scripts: no colours, no wrapping, nothing a terminal runs."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write(for_json(text) + "\n")
    sys.stdout.flush()


class _DimLines(logging.Handler):
    """Informational lines of the core (which framework, from where) as dim text on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        err.print(Text(record.getMessage(), style="dim"), soft_wrap=True)


_dim_lines = _DimLines(logging.INFO)


def tell_sources(on: bool) -> None:
    """With `--verbose`: say on stderr which framework folder each command used."""
    logger = logging.getLogger("kwaliteitslabel")
    if on:
        logger.setLevel(logging.INFO)
        if _dim_lines not in logger.handlers:
            logger.addHandler(_dim_lines)
    elif _dim_lines in logger.handlers:
        logger.removeHandler(_dim_lines)
