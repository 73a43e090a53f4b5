"""The interactive walk on the real terminal: rich on stdout, lines from stdin."""

from __future__ import annotations

import sys

from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.cli.output import safe_console
from kwaliteitslabel.walk.plain import Walkthrough


def walk_in_terminal(loaded: LoadedAudit, start_at: str | None = None,
                     auditor: str | None = None) -> None:
    """Walk the audit; Ctrl-C or Ctrl-D stops it (confirmed answers are already saved)."""
    console = safe_console(soft_wrap=False)
    stdin = sys.stdin
    if hasattr(stdin, "reconfigure"):
        stdin.reconfigure(errors="replace")  # a stray byte must not end the session
    walk = Walkthrough(loaded, console, stdin, start_at=start_at, auditor=auditor,
                       echo=not stdin.isatty())
    try:
        walk.run()
    except KeyboardInterrupt:
        console.print()
        walk.stop(interrupted=True)
