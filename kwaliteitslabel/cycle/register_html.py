"""The public Kwaliteitsregister as a static web page, in Dutch and in English.

No server and no script are needed to read it: every organisation is in one table.
A script (inline, no network) only enhances it with search by name and place and
filters by route and status. By default only organisations with an active label are
listed, each with its most recent labelled audit; `every` adds lapsed, suspended and
withdrawn labels. The label is shown as on the report (with the stamp and its date for a
certificate, without it for a registration), as an image with its alternative text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from kwaliteitslabel import atomic
from kwaliteitslabel.cycle.register import Entry, RegisterStatus, status_of
from kwaliteitslabel.errors import InvalidInput

LabelArt = Callable[[bool, dt.date | None, str], str]  # stamped, valid until, title -> SVG
PAGES = {"nl": "index.html", "en": "en.html"}
PUBLIC: tuple[RegisterStatus, ...] = ("actief", "verlopen", "geschorst", "ingetrokken")

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Kwaliteitsregister Sociaal Werk",
        "intro": "Organisaties met het Kwaliteitslabel Sociaal Werk: met de stempel "
                 "‘gecertificeerd’ na een certificerende audit, zonder stempel na een "
                 "intercollegiale toetsing die de beheercommissie registreerde.",
        "as_of": "Stand op {date}.",
        "only_active": "Alleen organisaties met een geldig label.",
        "all": "Met verlopen, geschorste en ingetrokken labels.",
        "search": "Zoek op naam of plaats", "route": "Route", "status": "Status",
        "any": "alle", "count": "{shown} van {total} organisaties",
        "count_static": "{total} organisaties",
        "caption": "Organisaties in het Kwaliteitsregister",
        "organisation": "Organisatie", "place": "Plaats", "label": "Label",
        "number": "Nummer", "valid_until": "Geldig tot", "none": "–",
        "alt_stamped": "Het Kwaliteitslabel Sociaal Werk met de stempel ‘gecertificeerd’, "
                       "geldig tot {date}.",
        "alt_plain": "Het Kwaliteitslabel Sociaal Werk zonder stempel: geregistreerd.",
        "no_label": "geen geldig label", "other": "English", "other_lang": "en",
        "nothing": "Geen organisaties gevonden.",
    },
    "en": {
        "title": "Quality register of social work (Kwaliteitsregister Sociaal Werk)",
        "intro": "Organisations holding the Kwaliteitslabel Sociaal Werk: with the stamp "
                 "‘gecertificeerd’ (certified) after a certifying audit, without the stamp "
                 "after a peer review registered by the commission.",
        "as_of": "As of {date}.",
        "only_active": "Only organisations with a valid label.",
        "all": "Including lapsed, suspended and withdrawn labels.",
        "search": "Search by name or place", "route": "Route", "status": "Status",
        "any": "all", "count": "{shown} of {total} organisations",
        "count_static": "{total} organisations",
        "caption": "Organisations in the Kwaliteitsregister",
        "organisation": "Organisation", "place": "Place", "label": "Label",
        "number": "Number", "valid_until": "Valid until", "none": "–",
        "alt_stamped": "The Kwaliteitslabel Sociaal Werk with the stamp ‘gecertificeerd’ "
                       "(certified), valid until {date}.",
        "alt_plain": "The Kwaliteitslabel Sociaal Werk without the stamp: registered.",
        "no_label": "no valid label", "other": "Nederlands", "other_lang": "nl",
        "nothing": "No organisations found.",
    },
}
WORDS: dict[str, dict[str, str]] = {
    "nl": {"actief": "actief", "verlopen": "verlopen", "geschorst": "geschorst",
           "ingetrokken": "ingetrokken"},
    "en": {"actief": "active", "verlopen": "lapsed", "geschorst": "suspended",
           "ingetrokken": "withdrawn"},
}


@dataclass(frozen=True)
class Row:
    organisation: str
    place: str
    route: str
    status: str
    number: str
    valid_until: str
    label_file: str | None
    label_alt: str


def public_entries(entries: list[Entry], today: dt.date, every: bool) -> list[Entry]:
    """Per organisation its most recent labelled audit; only active ones unless `every`."""
    latest: dict[tuple[str, str], Entry] = {}
    for entry in entries:
        if entry.error is not None or status_of(entry, today) not in PUBLIC:
            continue
        key = ((entry.organisation or "").casefold(), (entry.place or "").casefold())
        known = latest.get(key)
        if known is None or (entry.decision_date or entry.end or "") > \
                (known.decision_date or known.end or ""):
            latest[key] = entry
    chosen = [entry for entry in latest.values()
              if every or status_of(entry, today) == "actief"]
    return sorted(chosen, key=lambda entry: (entry.organisation or "").casefold())


def _rows(entries: list[Entry], today: dt.date, lang: str, art: dict[str, str]) -> list[Row]:
    texts, words = TEXTS[lang], WORDS[lang]
    rows = []
    for entry in entries:
        status = status_of(entry, today)
        until = entry.day("valid_until")
        label_file, alt = None, texts["no_label"]
        if status == "actief":
            stamped = entry.scoring_status == "gecertificeerd"
            shown = until.strftime("%d-%m-%Y") if until else ""
            alt = texts["alt_stamped"].format(date=shown) if stamped else texts["alt_plain"]
            label_file = art[_art_key(stamped, until if stamped else None)]
        rows.append(Row(entry.organisation or "", entry.place or "",
                        route_name(entry, lang),
                        words.get(status, status), entry.number or "",
                        until.isoformat() if until else "", label_file, alt))
    return rows


def route_name(entry: Entry, lang: str) -> str:
    """The route's name in `lang` as the audit's framework gives it."""
    return entry.route_names.get(lang, entry.route or "")


def _art_key(stamped: bool, until: dt.date | None) -> str:
    if not stamped:
        return "labels/zonder-stempel.svg"
    return f"labels/gecertificeerd-{until.isoformat() if until else 'zonder-datum'}.svg"


def write_site(folder: Path, entries: list[Entry], today: dt.date, *, every: bool,
               label_art: LabelArt) -> Path:
    """Write `index.html` (Dutch), `en.html` (English) and the label images; return the
    Dutch page."""
    chosen = public_entries(entries, today, every)
    try:
        (folder / "labels").mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InvalidInput(atomic.os_message(error, folder, "schrijven")) from None
    art: dict[str, str] = {}
    for entry in chosen:
        if status_of(entry, today) != "actief":
            continue
        stamped = entry.scoring_status == "gecertificeerd"
        until = entry.day("valid_until") if stamped else None
        key = _art_key(stamped, until)
        if key not in art:
            art[key] = key
            svg = label_art(stamped, until, "Kwaliteitslabel Sociaal Werk")
            atomic.write(folder / key, svg.encode("utf-8"))
    environment = Environment(loader=PackageLoader("kwaliteitslabel.cycle", "templates"),
                              autoescape=select_autoescape(["html", "j2"]),
                              trim_blocks=True, lstrip_blocks=True)
    template = environment.get_template("register.html.j2")
    statuses = [status for status in PUBLIC
                if any(status_of(entry, today) == status for entry in chosen)]
    for lang, name in PAGES.items():
        texts, words = TEXTS[lang], WORDS[lang]
        page = template.render(
            lang=lang, t=texts, today=today.isoformat(), every=every,
            rows=_rows(chosen, today, lang, art),
            routes=sorted({route_name(entry, lang) for entry in chosen}),
            statuses=[words.get(status, status) for status in statuses],
            other_page=PAGES[texts["other_lang"]])
        atomic.write(folder / name, page.encode("utf-8"))
    return folder / PAGES["nl"]
