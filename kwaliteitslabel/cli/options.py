"""Options that several commands share."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kwaliteitslabel.words import help_text, word

NormsOption = Annotated[
    Path | None,
    typer.Option("--norms", help=help_text("help.norms_option"), show_default=False),
]
LANGUAGES = ("nl", "en")


def _check_lang(value: str) -> str:
    if value not in LANGUAGES:
        raise typer.BadParameter(word("cli.choose_from", choices=", ".join(LANGUAGES)))
    return value


LangOption = Annotated[str, typer.Option("--lang", help=help_text("help.pdf_lang"),
                                         callback=_check_lang)]
JsonOption = Annotated[bool, typer.Option("--json", help=help_text("help.json"))]
FileArgument = Annotated[Path, typer.Argument(metavar="FILE", help=help_text("help.audit_file"),
                                              readable=False)]

