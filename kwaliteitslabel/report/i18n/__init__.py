"""Every word the report prints itself, in Dutch and English.

Texts from the framework (norm titles and statements, area and role names) and from
the audit stay as they were written; only the report's own wording is translated.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kwaliteitslabel.locale_format import long_date
from kwaliteitslabel.report.i18n import en, nl

LANGUAGES = ("nl", "en")

TABLES = {"nl": nl.WORDS, "en": en.WORDS}


@dataclass(frozen=True)
class Texts:
    """The report's words in one language; `t("key", name=value)` fills in the blanks."""

    lang: str

    def __call__(self, key: str, **values: object) -> str:
        text = TABLES[self.lang][key]
        return text.format(**values) if values else text

    def get(self, key: str, default: str) -> str:
        """The text for `key`, or `default` where there is none (a field of a new kind)."""
        return TABLES[self.lang].get(key, default)

    def date(self, day: dt.date | dt.datetime | None) -> str:
        if day is None:
            return ""
        return long_date(day.date() if isinstance(day, dt.datetime) else day, self.lang)

    def period(self, start: dt.date, end: dt.date | None) -> str:
        if end is None or end == start:
            return self.date(start)
        return f"{self.date(start)} – {self.date(end)}"

    def number(self, value: float) -> str:
        text = f"{value:g}"
        return text.replace(".", ",") if self.lang == "nl" else text

    def listing(self, items: list[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self('and')} {items[-1]}"


if set(nl.WORDS) != set(en.WORDS):  # pragma: no cover - caught by the first test run
    raise RuntimeError(f"texts differ: {sorted(set(nl.WORDS) ^ set(en.WORDS))}")
