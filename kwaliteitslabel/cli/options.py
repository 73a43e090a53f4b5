"""Options that several commands share."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.limits import FIRST_YEAR, LAST_YEAR
from kwaliteitslabel.text import refusal

NormsOption = Annotated[
    Path | None,
    typer.Option("--norms", help="Map met een normenkader (standaard: het meegeleverde; "
                 "of $KWALITEITSLABEL_NORMS).", show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Uitvoer als JSON, voor scripts.")]


def checked_line(option: str, value: str) -> str:
    """A one-line text option, refused (naming the option) when an audit cannot hold it."""
    reason = refusal(value)
    if reason is None and "\n" in value.strip():
        reason = "dit is één regel tekst; haal de regelovergang weg"
    if reason is not None:
        raise InvalidInput(f"{option}: {reason}")
    return value


def checked_year(option: str, day: dt.date) -> dt.date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InvalidInput(f"{option}: het jaar {day.year} ligt niet tussen {FIRST_YEAR} en "
                           f"{LAST_YEAR}; controleer de datum")
    return day
