"""Reading and writing YAML without losing anything.

Round-trip loading keeps comments, key order and the line of every key, so that
validation errors point at `file:line:col` and a save changes only what was changed.
Saves are atomic (temp file, fsync, rename) and guarded against concurrent writers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import fcntl
import hashlib
import io
import os
import re
import tempfile
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from kwaliteitslabel.errors import InvalidInput, Problem
from kwaliteitslabel.limits import MAX_EXPANDED_NODES, MAX_FILE_BYTES, MAX_NESTING_DEPTH

BOM = "\ufeff"


def _yaml() -> YAML:
    yaml = YAML()  # round-trip
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


@dataclass
class Document:
    """A loaded YAML file: its tree (for in-place edits) and how it was written."""

    path: Path
    tree: Any
    digest: str  # SHA-256 of the bytes on disk, to detect concurrent changes
    bom: bool = False
    crlf: bool = False

    def dump(self) -> bytes:
        buffer = io.StringIO()
        _yaml().dump(self.tree, buffer)
        text = buffer.getvalue()
        if self.crlf:
            text = text.replace("\n", "\r\n")
        if self.bom:
            text = BOM + text
        return text.encode("utf-8")


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a clear error for every way a path can be unusable."""
    shown = str(path)
    if not path.exists():
        raise InvalidInput(f"{shown}: bestand bestaat niet. Controleer de naam en de map.")
    if path.is_dir():
        raise InvalidInput(f"{shown}: dit is een map, geen bestand. Geef een YAML-bestand op.")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput(
                f"{shown}: bestand is te groot ({size // 1024} KiB; hoogstens "
                f"{MAX_FILE_BYTES // 1024} KiB). Is dit het juiste bestand?")
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise InvalidInput(
            f"{shown}: geen leesrechten. Pas de rechten aan (bijv. chmod u+r).") from None
    except OSError as error:
        raise InvalidInput(f"{shown}: kan niet gelezen worden ({error.strerror}).") from None


def decode(path: Path, raw: bytes) -> tuple[str, bool]:
    """UTF-8 text and whether it started with a byte-order mark."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InvalidInput(
            f"{path}:{line}: het bestand is geen UTF-8 (byte 0x{raw[error.start]:02x}). "
            "Sla het op als UTF-8 (in de meeste editors: 'Opslaan als' > codering UTF-8).",
            [Problem(str(path), line, None, "geen geldige UTF-8-tekst; sla op als UTF-8")],
        ) from None
    bom = text.startswith(BOM)
    return (text[1:] if bom else text), bom


def load(path: Path, *, round_trip: bool = True) -> Document:
    """Load a YAML file; every failure becomes `InvalidInput` with file:line:col.

    `round_trip=False` uses the fast C loader (plain dicts, no comments or positions):
    for files that are only read, with a round-trip reload when something is wrong.
    """
    raw = read_bytes(path)
    text, bom = decode(path, raw)
    crlf = "\r\n" in text
    text = text.replace("\r\n", "\n")  # comments would otherwise keep their '\r'
    try:
        tree = _yaml().load(text) if round_trip else YAML(typ="safe").load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        message = _yaml_message(error)
        started = error.context_mark
        if started is not None and mark is not None and started.line != mark.line:
            message += f" (het stuk dat hier misgaat begint op regel {started.line + 1})"
        raise InvalidInput(f"{path}: {message}", [Problem(str(path), line, column, message)]) \
            from None
    except YAMLError as error:
        raise InvalidInput(f"{path}: geen geldige YAML ({error}).") from None
    except RecursionError:
        raise InvalidInput(f"{path}: te diep genest; dit is geen normen- of auditbestand.") \
            from None
    except ValueError:
        # ruamel builds dates while parsing; an impossible date has no mark of its own
        line, column, token = _impossible_date(text)
        message = (f"'{token}' is geen bestaande datum; schrijf JJJJ-MM-DD"
                   if token else "een waarde kan niet gelezen worden")
        raise InvalidInput(f"{path}: {message}", [Problem(str(path), line, column, message)]) \
            from None
    check_size(path, tree)
    return Document(path=path, tree=tree, digest=hashlib.sha256(raw).hexdigest(), bom=bom,
                    crlf=crlf)


DATE_LIKE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")

# the parser's own words -> what it means for someone editing the file
SYNTAX_HINTS = (
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


def _impossible_date(text: str) -> tuple[int | None, int | None, str | None]:
    for number, line in enumerate(text.splitlines(), start=1):
        for match in DATE_LIKE.finditer(line):
            try:
                dt.date(*(int(part) for part in match.groups()))
            except ValueError:
                return number, match.start() + 1, match.group(0)
    return None, None, None


def _yaml_message(error: MarkedYAMLError) -> str:
    problem = str(error.problem or error.context or "onleesbare YAML")
    if "duplicate key" in problem:
        key = problem.split('"')[1] if '"' in problem else ""
        return (f"sleutel '{key}' staat twee keer in dezelfde lijst van velden; "
                "verwijder of hernoem er een")
    if "\\t" in problem or "'\\t'" in problem or "tab" in problem.lower():
        return "tab gebruikt om in te springen; YAML wil spaties (vervang de tab door spaties)"
    hint = next((dutch for english, dutch in SYNTAX_HINTS if english in problem),
                "controleer inspringing, dubbele punten en aanhalingstekens op deze regel "
                "en de regel erboven")
    return f"YAML-syntaxfout: {hint} ({problem})"


def check_size(path: Path, tree: Any) -> None:
    """Refuse trees that aliases blow up, or that nest absurdly deep."""
    sizes: dict[int, int] = {}

    def size_of(node: Any, depth: int) -> int:
        if depth > MAX_NESTING_DEPTH:
            raise InvalidInput(
                f"{path}: te diep genest (meer dan {MAX_NESTING_DEPTH} niveaus); "
                "dit is geen normen- of auditbestand.")
        if not isinstance(node, dict | list):
            return 1
        key = id(node)
        if key not in sizes:
            children = node.values() if isinstance(node, dict) else node
            sizes[key] = 1 + sum(size_of(child, depth + 1) for child in children)
        return sizes[key]

    total = size_of(tree, 0)
    if total > MAX_EXPANDED_NODES:
        raise InvalidInput(
            f"{path}: het bestand groeit door ankers en aliassen (&/*) uit tot {total} "
            f"waarden (hoogstens {MAX_EXPANDED_NODES}); schrijf de waarden uit in plaats "
            "van aliassen te stapelen.")


def position(tree: Any, loc: tuple[Any, ...]) -> tuple[int | None, int | None]:
    """1-based line and column of the deepest part of `loc` that exists in the tree."""
    node, found = tree, _start(tree)
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            where = _mark(node, part, "value" if _is_scalar(node[part]) else "key")
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            where = _mark(node, part, "item")
            node = node[part]
        elif isinstance(node, CommentedMap) and isinstance(part, str):
            continue  # a name pydantic adds that is not in the file
        else:
            break
        if where != (None, None):
            found = where
    return found


def _mark(node: Any, part: Any, kind: str) -> tuple[int | None, int | None]:
    """Where ruamel saw a key, value or item; nothing for parts added in memory."""
    try:
        line, column = getattr(node.lc, kind)(part)
    except (KeyError, IndexError, TypeError):
        return None, None
    if line is None:
        return None, None
    return line + 1, (column or 0) + 1


def _start(tree: Any) -> tuple[int | None, int | None]:
    if isinstance(tree, CommentedMap | CommentedSeq) and tree.lc.line is not None:
        return tree.lc.line + 1, (tree.lc.col or 0) + 1
    return None, None


def key_position(tree: Any, loc: tuple[Any, ...]) -> tuple[int | None, int | None]:
    """Like `position`, but points at the key itself (for unknown or duplicate keys)."""
    parent_loc, last = loc[:-1], loc[-1] if loc else None
    node = tree
    for part in parent_loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return position(tree, loc)
    if isinstance(node, CommentedMap) and last in node:
        where = _mark(node, last, "key")
        if where != (None, None):
            return where
    return position(tree, loc)


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, dict | list)


def validate(model: type[BaseModel], document: Document, context: dict | None = None):
    """Validate the tree against a pydantic model; all errors at once, each with a place."""
    try:
        return model.model_validate(document.tree, context=context)
    except ValidationError as error:
        problems = problems_from(error, document, model)
        raise InvalidInput(f"{document.path}: {len(problems)} fout(en)", problems) from None


def problems_from(error: ValidationError, document: Document, model: type[BaseModel]) \
        -> list[Problem]:
    problems = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        if item["type"] == "extra_forbidden":
            line, column = key_position(document.tree, loc)
        else:
            line, column = position(document.tree, loc)
        problems.append(Problem(str(document.path), line, column,
                                describe(item, loc, model, document.tree)))
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def describe(item: dict[str, Any], loc: tuple[Any, ...], model: type[BaseModel],
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
        hint = [DUTCH_KEYS[key.lower()]] if DUTCH_KEYS.get(key.lower()) in allowed else \
            difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        if hint:
            return f"onbekend veld '{key}'{_under(loc[:-1])}; bedoelt u '{hint[0]}'?"
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
    return set(found.model_fields) if found is not None else set()


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


def _new_file_mode() -> int:
    """What `open()` would give a new file: 0o666 less the user's umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves the old or the new file, whole."""
    folder = path.parent
    mode = path.stat().st_mode & 0o777 if path.exists() else _new_file_mode()
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


@contextlib.contextmanager
def folder_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the file's folder while reading-checking-writing it."""
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        fcntl.flock(directory, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(directory, fcntl.LOCK_UN)
        os.close(directory)


def digest_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None
