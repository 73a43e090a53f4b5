"""Shared pieces of the models: strict base class and constrained text types."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, StringConstraints

from kwaliteitslabel.limits import FIRST_YEAR, LAST_YEAR, MAX_LINE_CHARS, MAX_TEXT_CHARS
from kwaliteitslabel.text import EDGE_SPACE, check, check_line


def _strip_edges(value: object) -> object:
    """Spaces, tabs and line breaks around a text do not count; nothing else is dropped."""
    return value.strip(EDGE_SPACE) if isinstance(value, str) else value


Text = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT_CHARS),
                 BeforeValidator(_strip_edges), AfterValidator(check)]
"""Non-empty text, surrounding white space ignored, no control characters (see text.py)."""

Line = Annotated[str, StringConstraints(min_length=1, max_length=MAX_LINE_CHARS),
                 BeforeValidator(_strip_edges), AfterValidator(check_line)]
"""A name or a short value: `Text` on one line."""

def _plausible_year(value: dt.date) -> dt.date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"het jaar {value.year} ligt niet tussen {FIRST_YEAR} en "
                         f"{LAST_YEAR}; controleer de datum")
    return value


Day = Annotated[dt.date, AfterValidator(_plausible_year)]
"""A date in a plausible year, so that no date arithmetic runs out of range."""

Moment = Annotated[dt.datetime, AfterValidator(_plausible_year)]
"""A date and time in a plausible year."""

Identifier = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_]*$",
                                              max_length=64)]
"""A stable id: letters, digits and underscores, starting with a letter."""



class Strict(BaseModel):
    """Every model forbids unknown fields so that typos are reported, not ignored."""

    model_config = ConfigDict(extra="forbid", frozen=False, validate_default=True)
