"""`kwaliteitslabel audit ...`: create, walk, set, status and score an audit."""

from __future__ import annotations

import typer

app = typer.Typer(help="Audits: aanmaken, doorlopen, invullen, voortgang en score.",
                  no_args_is_help=True)
