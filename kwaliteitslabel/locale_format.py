"""Dates as the reader's language writes them ("1 december 2016", "1 December 2016").

Babel knows the month names and their order; the report, the certificate and the
readiness checks all write a day through here.
"""

from __future__ import annotations

import datetime as dt


def long_date(day: dt.date, lang: str) -> str:
    """`day` as `d MMMM y` in `lang` (nl or en)."""
    from babel.dates import format_date  # imported when a date is written, not at start-up

    return str(format_date(day, "d MMMM y", locale=lang))
