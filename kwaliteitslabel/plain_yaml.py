"""What a YAML file may contain, checked before it is built into a tree.

The C parser reads the file as a stream of events, a few milliseconds for an audit, and
nothing deep or strange reaches the tree builders: deep nesting crashes a C composer
outright (a segmentation fault, no message), and anchors, aliases, merge keys and tags
make one edit change several places. Characters that the two loaders read differently
(or not at all) are refused here with their line, before either loader sees them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
)

from kwaliteitslabel.errors import InvalidInput, Problem
from kwaliteitslabel.limits import MAX_NESTING_DEPTH
from kwaliteitslabel.text import code, first_forbidden, refusal


@dataclass
class _Level:
    mapping: bool
    expect_key: bool = True


def check_characters(path: Path, text: str) -> None:
    """Refuse a character an audit may not hold, with its line and column."""
    found = first_forbidden(text)
    if found is None:
        return
    index, char = found
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    message = (refusal(char) or "").replace(" op positie 1", "")
    message = f"{message.split(';')[0]}; verwijder het (of vervang het) met een teksteditor"
    raise InvalidInput(f"{path}:{line}: {message}",
                       [Problem(str(path), line, column, f"{code(char)}: {message}")])


# Far below the depth at which a C composer runs out of stack (some ten thousand levels)
# and far above any real file; `yamlio.check_size` enforces the real limit on the tree.
SAFE_TO_COMPOSE = 1000
# Where an anchor (&), alias (*), tag (!) or merge key (<<) can start: at a line's start,
# after white space or a flow indicator. Text without any of these needs no event scan.
_PROPERTY = re.compile(r"(?:^|[\s\[{,?])(?:[&*!]|<<)")
# Where a key can be a list or a mapping: an explicit key (`? `) or a flow collection
# followed by a colon (`[a]: x`). Such a key cannot be looked up and is refused.
_COMPLEX_KEY = re.compile(r"(?:^|[\s\[{,])\?(?:[ \t]|$)|[\]}][ \t]*:", re.M)


def _nesting_bound(text: str) -> int:
    """An upper bound of the nesting depth: every flow bracket, plus the deepest line's
    indentation and compact entries (`- - x`)."""
    block = max((len(line) - len(line.lstrip(" ")) + line.count("- ") + line.count("? ")
                 for line in text.split("\n")), default=0)
    return text.count("[") + text.count("{") + block


def check_events(path: Path, text: str, *, plain_data: bool) -> None:
    """Nesting depth for every file; for audits also: no anchors, aliases, tags, merges.

    Syntax errors are left to the loader, which words them; this only raises on what it
    is about, and stops at the first problem. The event scan is skipped when a cheap
    look at the text shows that it cannot find anything.
    """
    if _nesting_bound(text) <= SAFE_TO_COMPOSE and not (plain_data and _PROPERTY.search(text)) \
            and not _COMPLEX_KEY.search(text):
        return
    levels: list[_Level] = []

    def refuse(event: object, message: str) -> None:
        mark = getattr(event, "start_mark", None)
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        raise InvalidInput(f"{path}:{line}: {message}",
                           [Problem(str(path), line, column, message)])

    events = YAML(typ="safe").parse(text)
    while True:
        try:
            event = next(events)
        except StopIteration:
            return
        except YAMLError:  # a syntax error: the loader reports it in its own words
            return
        is_key = bool(levels) and levels[-1].mapping and levels[-1].expect_key
        if isinstance(event, NodeEvent) and levels and levels[-1].mapping:
            levels[-1].expect_key = not levels[-1].expect_key
        if plain_data:
            if isinstance(event, AliasEvent):
                refuse(event, f"verwijzing *{event.anchor} (een YAML-alias) is in een "
                       "auditbestand niet toegestaan: elke norm staat er zelf; schrijf de "
                       "waarde hier uit")
            if isinstance(event, NodeEvent) and event.anchor:
                refuse(event, f"anker &{event.anchor} is in een auditbestand niet "
                       "toegestaan: een wijziging op één plek zou ook elders gelden; "
                       "haal '&" + event.anchor + "' weg")
            if isinstance(event, CollectionStartEvent | ScalarEvent) and event.tag:
                refuse(event, f"YAML-label {event.tag} is in een auditbestand niet "
                       "toegestaan; haal het weg en schrijf de waarde gewoon")
            if (isinstance(event, ScalarEvent) and is_key and event.value == "<<"
                    and not event.style):
                refuse(event, "een samenvoegsleutel (<<) is in een auditbestand niet "
                       "toegestaan; schrijf de velden van deze norm zelf uit")
        if isinstance(event, CollectionStartEvent) and is_key:
            refuse(event, "een sleutel is hier een lijst of een blok (een YAML-sleutel met "
                   "'?' of tussen haken); een sleutel is een gewone naam, zoals 'kind:'. "
                   "Schrijf de regel als 'naam: waarde' of als lijstitem '- ...'")
        if isinstance(event, CollectionStartEvent):
            levels.append(_Level(mapping=isinstance(event, MappingStartEvent)))
            if len(levels) > MAX_NESTING_DEPTH:
                refuse(event, f"te diep genest (meer dan {MAX_NESTING_DEPTH} niveaus); dit "
                       "is geen normen- of auditbestand")
        elif isinstance(event, CollectionEndEvent) and levels:
            levels.pop()
