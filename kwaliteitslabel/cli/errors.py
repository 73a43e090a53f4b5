"""The one path from a user-facing error to a red message and an exit code."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer
from rich.markup import escape

from kwaliteitslabel.cli.output import err
from kwaliteitslabel.errors import KwaliteitslabelError

P = ParamSpec("P")
R = TypeVar("R")


def show_error(error: KwaliteitslabelError) -> None:
    if error.problems:
        for problem in error.problems:
            err.print(f"[red]{escape(str(problem))}[/red]", soft_wrap=True)
        err.print(f"[red]{len(error.problems)} fout(en) gevonden.[/red]", soft_wrap=True)
    else:
        err.print(f"[red]Fout: {escape(error.message)}[/red]", soft_wrap=True)


def reports_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn our own errors into a message and their exit code; bugs keep their traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except KwaliteitslabelError as error:
            show_error(error)
            raise typer.Exit(error.exit_code) from None

    return wrapper
