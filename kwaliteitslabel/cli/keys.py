"""`kwaliteitslabel keys new`: the commission's key pair for signing decisions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from kwaliteitslabel import atomic, identity
from kwaliteitslabel.cli.output import err, out
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import help_text, word

app = typer.Typer(no_args_is_help=True)  # its help: CHILDREN in cli/app.py


@app.command("new")
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
        raise InvalidInput(word("cli.keys.no_keyring", folder=folder))
    public = folder / f"{file.stem}.yaml"
    if public.exists() or public.is_symlink():
        raise InvalidInput(word("cli.keys.exists", path=public))
    ident, entry = signing.new_key(file, name, example=example)
    atomic.write(public, entry, new=True, doing="de publieke sleutel bewaren")
    out.print("[green]✓[/green] " + word("cli.keys.made", ident=ident,
                                         private=escape(str(file)),
                                         public=escape(str(public))))
    if keyring is None:
        err.print(word("cli.keys.where", keyring=signing.KEYRING_NAME), soft_wrap=True)
