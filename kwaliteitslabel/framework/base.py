"""Shared pieces of the models: strict base class and constrained text types."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

from kwaliteitslabel.limits import FIRST_YEAR, LAST_YEAR, MAX_TEXT_CHARS
from kwaliteitslabel.text import check, check_line

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                        max_length=MAX_TEXT_CHARS), AfterValidator(check)]
"""Non-empty text, surrounding white space ignored, no control characters (see text.py)."""

Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500),
                 AfterValidator(check_line)]
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

Verdict = Literal["voldoet", "voldoet_deels", "voldoet_niet", "nvt"]
VERDICTS: tuple[Verdict, ...] = ("voldoet", "voldoet_deels", "voldoet_niet", "nvt")

# The routes of the branch, for help texts; each framework's manifest defines its routes.
ROUTES = ("zelfevaluatie", "intercollegiaal", "certificerend", "combinatie")


class Strict(BaseModel):
    """Every model forbids unknown fields so that typos are reported, not ignored."""

    model_config = ConfigDict(extra="forbid", frozen=False, validate_default=True)
