"""The one path from a user-facing error to a red message and an exit code."""

from __future__ import annotations

from rich.markup import escape

from kwaliteitslabel.cli.output import alarm as err
from kwaliteitslabel.errors import Conflict, KwaliteitslabelError
from kwaliteitslabel.limits import MAX_PROBLEMS_SHOWN
from kwaliteitslabel.text import for_message
from kwaliteitslabel.words import word


def show_error(error: KwaliteitslabelError | MemoryError) -> int:
    """Say what went wrong; the exit code it means. A bug (any other exception) keeps its
    traceback: RootGroup.main catches only these."""
    if isinstance(error, MemoryError):  # the system's limit, not a bug: say what to do
        err.print(word("cli.error.memory"), soft_wrap=True, markup=False)
        return 1
    _say(error)
    return error.exit_code


def _say(error: KwaliteitslabelError) -> None:
    if isinstance(error, Conflict):
        from kwaliteitslabel.walk.conflict_view import conflict_view  # only when needed

        err.print(f"[red]{escape(word('cli.error', message=error.message))}[/red]",
                  soft_wrap=True)
        err.print(conflict_view(error))
        err.print(word("cli.error.conflict_advice"), soft_wrap=True, markup=False)
        return
    if error.problems:
        for problem in error.problems[:MAX_PROBLEMS_SHOWN]:
            err.print(f"[red]{escape(for_message(str(problem)))}[/red]", soft_wrap=True)
        rest = len(error.problems) - MAX_PROBLEMS_SHOWN
        if rest > 0:
            err.print(f"[red]{word('cli.error.more_problems', rest=rest)}[/red]",
                      soft_wrap=True)
        err.print(f"[red]{word('cli.error.problems_found', count=len(error.problems))}[/red]",
                  soft_wrap=True)
    else:
        text = word("cli.error", message=for_message(error.message))
        err.print(f"[red]{escape(text)}[/red]", soft_wrap=True)
