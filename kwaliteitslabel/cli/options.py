"""Options that several commands share."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

NormsOption = Annotated[
    Path | None,
    typer.Option("--norms", help="Map met een normenkader (standaard: het meegeleverde; "
                 "of $KWALITEITSLABEL_NORMS).", show_default=False),
]
LANGUAGES = ("nl", "en")


def _check_lang(value: str) -> str:
    if value not in LANGUAGES:
        raise typer.BadParameter(f"kies uit {', '.join(LANGUAGES)}")
    return value


LangOption = Annotated[str, typer.Option("--lang", help="Taal van de PDF: nl of en.",
                                         callback=_check_lang)]
JsonOption = Annotated[bool, typer.Option("--json", help="Uitvoer als JSON, voor scripts.")]

