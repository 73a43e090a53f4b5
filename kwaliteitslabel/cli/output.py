"""The two consoles of the CLI and a JSON printer; nothing else in the package prints."""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

from rich.console import Console
from rich.text import Text

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def print_json(data: Any) -> None:
    """Plain JSON on stdout for scripts: no colours, no wrapping."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


class _DimLines(logging.Handler):
    """Informational lines of the core (which framework, from where) as dim text on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        err.print(Text(record.getMessage(), style="dim"), soft_wrap=True)


_dim_lines = _DimLines(logging.INFO)


def tell_sources(on: bool) -> None:
    """With `--verbose`: say on stderr which framework folder each command used."""
    logger = logging.getLogger("kwaliteitslabel")
    if on:
        logger.setLevel(logging.INFO)
        if _dim_lines not in logger.handlers:
            logger.addHandler(_dim_lines)
    elif _dim_lines in logger.handlers:
        logger.removeHandler(_dim_lines)
