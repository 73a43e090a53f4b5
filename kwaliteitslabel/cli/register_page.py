"""`register DIR --html OUT/`: the public page, with the label artwork of the reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kwaliteitslabel.cycle.register import Entry
from kwaliteitslabel.cycle.register_html import write_site
from kwaliteitslabel.report.label import label_svg


def _art(stamped: bool, valid_until: dt.date | None, title: str) -> str:
    return label_svg(stamped=stamped, title=title, valid_until=valid_until)


def write_page(folder: Path, entries: list[Entry], today: dt.date, *, every: bool) -> Path:
    return write_site(folder, entries, today, every=every, label_art=_art)
