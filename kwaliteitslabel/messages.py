"""Messages for people: what a YAML or validation error means and what to do about it.

Dutch by default; each names the field in the file's own terms and suggests the fix.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import types
import typing
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel
from ruamel.yaml.error import MarkedYAMLError

DATE_LIKE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")

# the parser's own words -> what it means for someone editing the file
SYNTAX_HINTS = (
    ("expected <block end>, but found '-'", "een lijstregel (- ...) springt niet even ver in "
                                            "als de regels erboven"),
    ("expected <block end>", "de inspringing klopt niet; zet sleutels op hetzelfde niveau "
                             "even ver in"),
    ("expected ',' or ']'", "een lijst tussen [ ] is niet afgesloten met ]"),
    ("expected ',' or '}'", "een blok tussen { } is niet afgesloten met }"),
    ("mapping values are not allowed", "een dubbele punt op een plek waar dat niet kan; zet "
                                       "tekst met ': ' erin tussen aanhalingstekens"),
    ("could not find expected ':'", "er ontbreekt een dubbele punt (sleutel: waarde)"),
    ("found undefined alias", "een alias (*naam) verwijst naar een anker (&naam) dat niet "
                              "bestaat"),
    ("unexpected end of stream", "een aanhalingsteken is niet gesloten"),
    ("that cannot start any token", "een teken waarmee een waarde niet kan "
                                                    "beginnen (zoals @ of `); zet de tekst "
                                                    "tussen aanhalingstekens"),
    ("expected a comment or a line break", "na een waarde tussen aanhalingstekens staat nog "
                                           "tekst; zet alles tussen de aanhalingstekens"),
    ("found unknown escape character", "een \\ in tekst tussen dubbele aanhalingstekens; "
                                       "schrijf \\\\ of gebruik enkele aanhalingstekens"),
    ("did not find expected key", "de inspringing klopt niet; zet sleutels op hetzelfde "
                                  "niveau even ver in"),
    ("did not find expected '-' indicator", "een lijstregel mist '- ' of springt niet even "
                                            "ver in"),
)


# keys are English; a commission member or auditor may well type the Dutch word
DUTCH_KEYS = {
    "titel": "title", "norm": "statement", "toelichting": "explanation",
    "vragen": "questions", "toetsvragen": "questions", "bewijs": "evidence",
    "voorbeelden": "examples", "waarden": "values", "competenties": "competencies",
    "kern": "core", "kernnorm": "core", "documenten": "documents",
    "observaties": "observations", "gesprekken": "interviews", "gebied": "area",
    "normen": "norms", "organisatie": "organisation", "reikwijdte": "scope",
    "auditoren": "auditors", "datums": "dates", "data": "dates", "deelnemers": "participants",
    "resultaten": "results", "oordeel": "score", "score": "score", "bevindingen": "findings",
    "sterke_punten": "strengths", "verbeterpunten": "improvements", "reden": "nvt_reason",
    "naam": "name", "rol": "role", "aantal": "count", "versie": "version",
}


def impossible_date(text: str) -> tuple[int | None, int | None, str | None]:
    for number, line in enumerate(text.splitlines(), start=1):
        for match in DATE_LIKE.finditer(line):
            try:
                dt.date(*(int(part) for part in match.groups()))
            except ValueError:
                return number, match.start() + 1, match.group(0)
    return None, None, None


def syntax_message(error: MarkedYAMLError) -> str:
    problem = str(error.problem or error.context or "onleesbare YAML")
    if "duplicate key" in problem:
        key = problem.split('"')[1] if '"' in problem else ""
        return (f"sleutel '{key}' staat twee keer in dezelfde lijst van velden; "
                "verwijder of hernoem er een")
    if "\\t" in problem or "'\\t'" in problem or "tab" in problem.lower():
        return "tab gebruikt om in te springen; YAML wil spaties (vervang de tab door spaties)"
    hint = next((dutch for english, dutch in SYNTAX_HINTS if english in problem), None)
    if hint is not None:
        return f"YAML-syntaxfout: {hint}"
    return ("YAML-syntaxfout: controleer inspringing, dubbele punten en aanhalingstekens op "
            f"deze regel en de regel erboven (de YAML-lezer meldt: {problem})")


def closest(word: str, options: Iterable[str]) -> str | None:
    """The option a typo most likely meant, if any is close enough."""
    match = difflib.get_close_matches(word, sorted(options), n=1, cutoff=0.6)
    return match[0] if match else None


def describe(item: Mapping[str, Any], loc: tuple[Any, ...], model: type[BaseModel],
             tree: Any = None) -> str:
    """A Dutch message for one pydantic error, with what to do about it."""
    kind = item["type"]

    def _under(where: tuple[Any, ...]) -> str:
        return _place(where, tree)

    field = _field_name(loc)
    given = item.get("input")
    if kind == "missing":
        return f"verplicht veld '{loc[-1]}' ontbreekt{_under(loc[:-1])}; voeg het toe"
    if kind == "extra_forbidden":
        key = str(loc[-1])
        allowed = sorted(allowed_fields(model, loc[:-1]))
        hint = DUTCH_KEYS[key.lower()] if DUTCH_KEYS.get(key.lower()) in allowed else \
            closest(key, allowed)
        if hint:
            return f"onbekend veld '{key}'{_under(loc[:-1])}; bedoelt u '{hint}'?"
        options = f"; toegestaan: {', '.join(allowed)}" if allowed else ""
        return f"onbekend veld '{key}'{_under(loc[:-1])}{options}"
    if kind in {"literal_error", "enum"}:
        expected = str(item.get("ctx", {}).get("expected", "")).replace(" or ", " of ")
        return f"'{given}' is geen geldige waarde voor '{field}'; kies uit {expected}"
    if kind in {"string_type", "str_type"}:
        return f"'{field}' moet tekst zijn, niet {_shown(given)}"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"'{field}' moet een geheel getal zijn, niet {_shown(given)}"
    if kind in {"float_type", "float_parsing"}:
        return f"'{field}' moet een getal zijn, niet {_shown(given)}"
    if kind in {"bool_type", "bool_parsing"}:
        return f"'{field}' moet true of false zijn, niet {_shown(given)}"
    if kind in {"list_type"}:
        return f"'{field}' moet een lijst zijn (regels die met '- ' beginnen)"
    if kind in {"dict_type", "model_type", "model_attributes_type"}:
        return f"'{field}' moet een lijst van velden zijn (sleutel: waarde), niet {_shown(given)}"
    if kind.startswith("datetime_"):
        return f"'{field}' moet een tijdstip zijn als JJJJ-MM-DDTUU:MM, niet {_shown(given)}"
    if kind.startswith("date_") or kind == "date_type":
        return f"'{field}' moet een datum zijn als JJJJ-MM-DD, niet {_shown(given)}"
    if kind == "string_too_short":
        return f"'{field}' is leeg; vul een tekst in"
    if kind == "too_long":
        if isinstance(given, str):
            return f"'{field}' is te lang; maak de tekst korter"
        maximum = item.get("ctx", {}).get("max_length")
        return f"'{field}' heeft er te veel; hoogstens {maximum}"
    if kind == "too_short":
        minimum = item.get("ctx", {}).get("min_length")
        return f"'{field}' heeft er te weinig; er zijn er minstens {minimum} nodig"
    if kind == "string_too_long":
        return f"'{field}' is te lang; maak de tekst korter"
    if kind in {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}:
        return f"'{field}' heeft een onmogelijke waarde ({given}): {item['msg'].lower()}"
    if kind == "string_pattern_mismatch":
        return f"'{given}' is geen geldige waarde voor '{field}'"
    if kind == "value_error":
        return str(item.get("ctx", {}).get("error", item["msg"]))
    return f"'{field}': {item['msg']}"


def _field_name(loc: tuple[Any, ...]) -> str:
    names = [str(part) for part in loc if isinstance(part, str)]
    return names[-1] if names else "waarde"


def _place(loc: tuple[Any, ...], tree: Any) -> str:
    """' in norm V3' or " in 'dates'": where in the file, in the file's own terms."""
    if not loc:
        return ""
    if len(loc) >= 2 and isinstance(loc[1], int) and isinstance(tree, dict):
        items = tree.get(loc[0])
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            name = items[loc[1]].get("id") or items[loc[1]].get("name")
            if name:
                rest = ".".join(str(p) for p in loc[2:])
                return f" in {name}" + (f" ('{rest}')" if rest else "")
    return f" in '{'.'.join(str(p) for p in loc)}'"


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "een lijst van velden"
    if isinstance(value, list):
        return "een lijst"
    if value is None:
        return "leeg"
    return repr(str(value)) if not isinstance(value, str) else repr(value)


def allowed_fields(model: type[BaseModel], loc: tuple[Any, ...]) -> set[str]:
    """The field names a model accepts at `loc`, for 'did you mean' hints."""
    current: Any = model
    for part in loc:
        found = _as_model(current)
        if found is not None and isinstance(part, str) and part in found.model_fields:
            current = found.model_fields[part].annotation
        else:  # an index into a list or a key of a mapping: the element type
            args = typing.get_args(_strip_optional(current))
            current = args[-1] if args else None
    found = _as_model(current)
    if found is None:
        return set()
    return {info.alias or name for name, info in found.model_fields.items()}


def _strip_optional(annotation: Any) -> Any:
    """`X | None` and `Annotated[X, ...]` -> X."""
    for _ in range(5):
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            rest = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = rest[0] if len(rest) == 1 else annotation
            if len(rest) != 1:
                break
        else:
            break
    return annotation


def _as_model(annotation: Any) -> type[BaseModel] | None:
    annotation = _strip_optional(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None
