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
JsonOption = Annotated[bool, typer.Option("--json", help="Uitvoer als JSON, voor scripts.")]

