"""Messages for people: what a YAML or validation error means and what to do about it.

In the language of the run; each names the field in the file's own terms and suggests the fix.
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

from kwaliteitslabel.words import word

DATE_LIKE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")

# the parser's own words -> what it means for someone editing the file
SYNTAX_HINTS = (
    ("expected <block end>, but found '-'", "messages.syntax.list_indent"),
    ("expected <block end>", "messages.syntax.indent"),
    ("expected ',' or ']'", "messages.syntax.open_list"),
    ("expected ',' or '}'", "messages.syntax.open_block"),
    ("mapping values are not allowed", "messages.syntax.colon"),
    ("could not find expected ':'", "messages.syntax.no_colon"),
    ("found undefined alias", "messages.syntax.alias"),
    ("unexpected end of stream", "messages.syntax.quote_open"),
    ("that cannot start any token", "messages.syntax.bad_start"),
    ("expected a comment or a line break", "messages.syntax.after_quote"),
    ("found unknown escape character", "messages.syntax.escape"),
    ("did not find expected key", "messages.syntax.indent"),
    ("did not find expected '-' indicator", "messages.syntax.dash"),
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
    problem = str(error.problem or error.context or word("messages.syntax.unreadable"))
    if "duplicate key" in problem:
        key = problem.split('"')[1] if '"' in problem else ""
        return word("messages.syntax.duplicate_key", name=key)
    if "\\t" in problem or "'\\t'" in problem or "tab" in problem.lower():
        return word("messages.syntax.tab")
    found = next((hint_key for english, hint_key in SYNTAX_HINTS if english in problem), None)
    if found is not None:
        hint = word(found, braces="{ }", close="}") if found.endswith("open_block") \
            else word(found)
        return word("messages.syntax.error", hint=hint)
    return word("messages.syntax.other", problem=problem)


def closest(typed: str, options: Iterable[str]) -> str | None:
    """The option a typo most likely meant, if any is close enough."""
    match = difflib.get_close_matches(typed, sorted(options), n=1, cutoff=0.6)
    return match[0] if match else None


def describe(item: Mapping[str, Any], loc: tuple[Any, ...], model: type[BaseModel],
             tree: Any = None) -> str:
    """A message for one pydantic error, with what to do about it."""
    kind = item["type"]

    def _under(where: tuple[Any, ...]) -> str:
        return _place(where, tree)

    field = _field_name(loc)
    given = item.get("input")
    if kind == "missing":
        return word("messages.field.missing", name=loc[-1], place=_under(loc[:-1]))
    if kind == "extra_forbidden":
        key = str(loc[-1])
        allowed = sorted(allowed_fields(model, loc[:-1]))
        hint = DUTCH_KEYS[key.lower()] if DUTCH_KEYS.get(key.lower()) in allowed else \
            closest(key, allowed)
        if hint:
            return word("messages.field.unknown_hint", name=key, place=_under(loc[:-1]),
                        hint=hint)
        if allowed:
            return word("messages.field.unknown_allowed", name=key, place=_under(loc[:-1]),
                        allowed=", ".join(allowed))
        return word("messages.field.unknown", name=key, place=_under(loc[:-1]))
    if kind in {"literal_error", "enum"}:
        expected = str(item.get("ctx", {}).get("expected", "")).replace(
            " or ", word("messages.or"))
        return word("messages.value.choose", given=given, field=field, expected=expected)
    if kind in {"string_type", "str_type"}:
        return word("messages.value.text", field=field, given=_shown(given))
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return word("messages.value.int", field=field, given=_shown(given))
    if kind in {"float_type", "float_parsing"}:
        return word("messages.value.number", field=field, given=_shown(given))
    if kind in {"bool_type", "bool_parsing"}:
        return word("messages.value.bool", field=field, given=_shown(given))
    if kind in {"list_type"}:
        return word("messages.value.list", field=field)
    if kind in {"dict_type", "model_type", "model_attributes_type"}:
        return word("messages.value.mapping", field=field, given=_shown(given))
    if kind.startswith("datetime_"):
        return word("messages.value.datetime", field=field, given=_shown(given))
    if kind.startswith("date_") or kind == "date_type":
        return word("messages.value.date", field=field, given=_shown(given))
    if kind == "string_too_short":
        return word("messages.value.empty", field=field)
    if kind == "too_long":
        if isinstance(given, str):
            return word("messages.value.too_long", field=field)
        maximum = item.get("ctx", {}).get("max_length")
        return word("messages.value.too_many", field=field, maximum=maximum)
    if kind == "too_short":
        minimum = item.get("ctx", {}).get("min_length")
        return word("messages.value.too_few", field=field, minimum=minimum)
    if kind == "string_too_long":
        return word("messages.value.too_long", field=field)
    if kind in {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}:
        return word("messages.value.impossible", field=field, given=given,
                    msg=item["msg"].lower())
    if kind == "string_pattern_mismatch":
        return word("messages.value.invalid", given=given, field=field)
    if kind == "value_error":
        return str(item.get("ctx", {}).get("error", item["msg"]))
    return f"'{field}': {item['msg']}"


def _field_name(loc: tuple[Any, ...]) -> str:
    names = [str(part) for part in loc if isinstance(part, str)]
    return names[-1] if names else word("messages.value")


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
        return word("messages.shown.mapping")
    if isinstance(value, list):
        return word("messages.shown.list")
    if value is None:
        return word("messages.shown.empty")
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
