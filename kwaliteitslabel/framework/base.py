"""Shared pieces of the models: strict base class and constrained text types."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

from kwaliteitslabel.limits import MAX_TEXT_CHARS

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                        max_length=MAX_TEXT_CHARS)]
"""Non-empty text, surrounding white space ignored."""

Identifier = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_]*$",
                                              max_length=64)]
"""A stable id: letters, digits and underscores, starting with a letter."""

Verdict = Literal["voldoet", "voldoet_deels", "voldoet_niet", "nvt"]
VERDICTS: tuple[Verdict, ...] = ("voldoet", "voldoet_deels", "voldoet_niet", "nvt")

Route = Literal["zelfevaluatie", "intercollegiaal", "certificerend", "combinatie"]
ROUTES: tuple[Route, ...] = ("zelfevaluatie", "intercollegiaal", "certificerend", "combinatie")


class Strict(BaseModel):
    """Every model forbids unknown fields so that typos are reported, not ignored."""

    model_config = ConfigDict(extra="forbid", frozen=False, validate_default=True)
