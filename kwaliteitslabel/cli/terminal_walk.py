"""The interactive walk on the real terminal: the full-screen app where the terminal can
show it, else the plain walk (rich on stdout, lines from stdin)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys

from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.cli.output import safe_console
from kwaliteitslabel.walk.plain import Walkthrough


def capable_terminal() -> bool:
    """A terminal on both ends that can be drawn on (not TERM=dumb, not a pipe)."""
    term = os.environ.get("TERM", "")
    return sys.stdin.isatty() and sys.stdout.isatty() and term not in ("", "dumb", "unknown")


def walk_in_terminal(loaded: LoadedAudit, start_at: str | None = None,
                     auditor: str | None = None, *, plain: bool = False,
                     at: dt.date | None = None) -> None:
    """Walk the audit; Ctrl-C or Ctrl-D stops it (confirmed answers are already saved)."""
    capable = capable_terminal()
    if capable and not plain:
        from kwaliteitslabel.walk.app import WalkApp

        app = WalkApp(loaded, start_at=start_at, auditor=auditor, at=at)
        app.run()
        console = safe_console(soft_wrap=False)
        for line in app.farewell():
            console.print(line, markup=False, highlight=False, soft_wrap=True)
        return
    console = safe_console(soft_wrap=False)
    if sys.stdout.isatty():  # rich takes TERM=dumb for 80x25; the card fits the real size
        with contextlib.suppress(OSError):
            size = os.get_terminal_size(sys.stdout.fileno())
            console.size = (size.columns, size.lines)
    stdin = sys.stdin
    if hasattr(stdin, "reconfigure"):
        stdin.reconfigure(errors="replace")  # a stray byte must not end the session
    reader = None
    if capable:
        from kwaliteitslabel.walk.line_input import EditedLines

        reader = EditedLines()
    walk = Walkthrough(loaded, console, stdin, start_at=start_at, auditor=auditor,
                       echo=not stdin.isatty(), reader=reader, at=at)
    try:
        walk.run()
    except KeyboardInterrupt:
        console.print()
        walk.stop(interrupted=True)
