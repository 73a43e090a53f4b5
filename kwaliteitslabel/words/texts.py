"""The report's words in one language, with its dates, numbers and lists.

Texts from the framework (norm titles and statements, area and role names) and from
the audit stay as they were written; only the report's own wording is translated.
Babel writes dates, numbers and lists as the language does; it is imported when the
first one is written, never at start-up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kwaliteitslabel.locale_format import long_date
from kwaliteitslabel.words import LANGUAGES, catalogue

__all__ = ["LANGUAGES", "Texts"]


@dataclass(frozen=True)
class Texts:
    """The words in one language; `t("key", name=value)` fills in the blanks."""

    lang: str

    def __call__(self, key: str, **values: object) -> str:
        text = catalogue(self.lang)[key]
        return text.format(**values) if values else text

    def get(self, key: str, default: str) -> str:
        """The text for `key`, or `default` where there is none (a field of a new kind)."""
        return catalogue(self.lang).get(key, default)

    def date(self, day: dt.date | dt.datetime | None) -> str:
        if day is None:
            return ""
        return long_date(day.date() if isinstance(day, dt.datetime) else day, self.lang)

    def period(self, start: dt.date, end: dt.date | None) -> str:
        if end is None or end == start:
            return self.date(start)
        return f"{self.date(start)} – {self.date(end)}"

    def number(self, value: float) -> str:
        """`12,5` in Dutch, `12.5` in English; no grouping (fte, scores, counts)."""
        from babel.numbers import format_decimal

        return str(format_decimal(value, format="0.###", locale=self.lang))

    def listing(self, items: list[str]) -> str:
        """`a, b en c` in Dutch, `a, b and c` in English."""
        from babel.lists import format_list

        return str(format_list(items, style="standard", locale=self.lang)) if items else ""
