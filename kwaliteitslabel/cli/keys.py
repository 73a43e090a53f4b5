"""`kwaliteitslabel keys new`: the commission's key pair for signing decisions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from kwaliteitslabel import atomic, identity
from kwaliteitslabel.cli.errors import reports_errors
from kwaliteitslabel.cli.output import err, out
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import help_text

app = typer.Typer(no_args_is_help=True)  # its help: CHILDREN in cli/app.py


@app.command("new")
@reports_errors
def new(
    file: Annotated[Path, typer.Argument(metavar="FILE", help=help_text("help.keys.new.file"))],
    name: Annotated[str, typer.Option("--name", help=help_text("help.keys.new.name"))],
    keyring: Annotated[Path | None, typer.Option(
        "--keyring", help=help_text("help.keys.new.keyring"),
        show_default=False)] = None,
    example: Annotated[bool, typer.Option(
        "--example", help=help_text("help.keys.new.example"))] = False,
) -> None:
    from kwaliteitslabel.audit import details, signing  # cryptography only here

    name = details.line("--name", name)
    refused = identity.refusal("--name", name)
    if refused:
        raise InvalidInput(refused)
    folder = keyring if keyring is not None else file.parent
    if not folder.is_dir():
        raise InvalidInput(f"--keyring: de map {folder} bestaat niet; maak haar eerst aan")
    public = folder / f"{file.stem}.yaml"
    if public.exists() or public.is_symlink():
        raise InvalidInput(f"{public}: bestaat al; kies een andere naam voor de sleutel")
    ident, entry = signing.new_key(file, name, example=example)
    atomic.write(public, entry, new=True, doing="de publieke sleutel bewaren")
    out.print(f"[green]✓[/green] Sleutel {ident} gemaakt: privé in {escape(str(file))} "
              f"(alleen voor u leesbaar), publiek in {escape(str(public))}.")
    if keyring is None:
        err.print("Zet de publieke sleutel in de sleutelbos van het normenkader (de map "
                  f"'{signing.KEYRING_NAME}' naast de versies, bijv. norms/"
                  f"{signing.KEYRING_NAME}/); dan gelden besluiten die ermee ondertekend "
                  "zijn.", soft_wrap=True)
