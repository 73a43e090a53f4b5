"""The one path from a user-facing error to a red message and an exit code."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer
from rich.markup import escape

from kwaliteitslabel.cli.output import alarm as err
from kwaliteitslabel.errors import Conflict, KwaliteitslabelError
from kwaliteitslabel.limits import MAX_PROBLEMS_SHOWN
from kwaliteitslabel.text import for_message

P = ParamSpec("P")
R = TypeVar("R")


def show_error(error: KwaliteitslabelError) -> None:
    if isinstance(error, Conflict):
        from kwaliteitslabel.walk.conflict_view import conflict_view  # only when needed

        err.print(f"[red]Fout: {escape(error.message)}[/red]", soft_wrap=True)
        err.print(conflict_view(error))
        err.print("Overleg zo nodig met wie dit antwoord gaf. Moet uw antwoord het andere "
                  "vervangen, herhaal de opdracht dan met --force.", soft_wrap=True)
        return
    if error.problems:
        for problem in error.problems[:MAX_PROBLEMS_SHOWN]:
            err.print(f"[red]{escape(for_message(str(problem)))}[/red]", soft_wrap=True)
        rest = len(error.problems) - MAX_PROBLEMS_SHOWN
        if rest > 0:
            err.print(f"[red]… en nog {rest} fouten; herstel eerst deze.[/red]", soft_wrap=True)
        err.print(f"[red]{len(error.problems)} fout(en) gevonden.[/red]", soft_wrap=True)
    else:
        err.print(f"[red]Fout: {escape(for_message(error.message))}[/red]", soft_wrap=True)


def reports_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn our own errors into a message and their exit code; bugs keep their traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except KwaliteitslabelError as error:
            show_error(error)
            raise typer.Exit(error.exit_code) from None
        except MemoryError:  # the system's limit, not a bug: say what to do
            err.print("Fout: te weinig geheugen voor deze opdracht. Sluit andere programma's, "
                      "werk met één bestand tegelijk, of verhoog de geheugenlimiet "
                      "(ulimit -v).", soft_wrap=True)
            raise typer.Exit(1) from None

    return wrapper
