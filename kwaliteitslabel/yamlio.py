"""Reading and writing YAML without losing anything.

Round-trip loading keeps comments, key order and the line of every key, so that
validation errors point at `file:line:col` and a save changes only what was changed.
Writing files is `atomic.py`'s work; saving audits `audit/store.py`'s.
"""

from __future__ import annotations

import copy
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

from kwaliteitslabel.errors import InvalidInput, Problem
from kwaliteitslabel.limits import (
    MAX_AUDIT_BYTES,
    MAX_EXPANDED_NODES,
    MAX_FILE_BYTES,
    MAX_NESTING_DEPTH,
)
from kwaliteitslabel.messages import describe, impossible_date, syntax_message
from kwaliteitslabel.plain_yaml import check_characters, check_events
from kwaliteitslabel.words import word

BOM = "\ufeff"
M = TypeVar("M", bound=BaseModel)


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
        raise InvalidInput(word("file.missing", path=shown))
    if path.is_dir():
        raise InvalidInput(word("file.is_folder", path=shown))
    if not path.is_file():  # a named pipe or a device would block or never end
        raise InvalidInput(word("file.not_regular", path=shown))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput(word("yamlio.too_big", path=shown, size=size // 1024,
                                    most=MAX_FILE_BYTES // 1024))
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise InvalidInput(word("yamlio.no_read", path=shown)) from None
    except OSError as error:
        raise InvalidInput(word("yamlio.unreadable", path=shown,
                                reason=error.strerror)) from None


def decode(path: Path, raw: bytes) -> tuple[str, bool]:
    """UTF-8 text and whether it started with a byte-order mark."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InvalidInput(
            word("yamlio.not_utf8", path=path, line=line, byte=f"{raw[error.start]:02x}"),
            [Problem(str(path), line, None, word("yamlio.not_utf8.problem"))],
        ) from None
    bom = text.startswith(BOM)
    return (text[1:] if bom else text), bom


def load(path: Path, *, round_trip: bool = True, plain_data: bool = False) -> Document:
    """Load a YAML file; every failure becomes `InvalidInput` with file:line:col.

    `round_trip=False` uses the fast C loader (plain dicts, no comments or positions):
    for files that are only read, with a round-trip reload when something is wrong.
    `plain_data=True` refuses anchors, aliases, merge keys and tags (audit files).
    """
    return parse(path, read_bytes(path), round_trip=round_trip, plain_data=plain_data)


def parse(path: Path, raw: bytes, *, round_trip: bool = True,
          plain_data: bool = False) -> Document:
    """`load` for bytes already read, or about to be written to `path`."""
    if plain_data and len(raw) > MAX_AUDIT_BYTES:
        raise InvalidInput(word("yamlio.audit_too_big", path=path, size=len(raw) // 1024,
                                most=MAX_AUDIT_BYTES // 1024))
    text, bom = decode(path, raw)
    crlf = "\r\n" in text
    text = text.replace("\r\n", "\n")  # comments would otherwise keep their '\r'
    check_characters(path, text)
    check_events(path, text, plain_data=plain_data)
    try:
        tree = _yaml().load(text) if round_trip else YAML(typ="safe").load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        message = syntax_message(error)
        started = error.context_mark
        if started is not None and mark is not None and started.line != mark.line:
            message += word("yamlio.started_at", line=started.line + 1)
        raise InvalidInput(f"{path}: {message}", [Problem(str(path), line, column, message)]) \
            from None
    except YAMLError as error:
        raise InvalidInput(word("yamlio.invalid", path=path, error=error)) from None
    except RecursionError:
        raise InvalidInput(word("yamlio.too_deep", path=path)) from None
    except ValueError:
        # ruamel builds dates while parsing; an impossible date has no mark of its own
        line, column, token = impossible_date(text)
        message = (word("yamlio.no_such_date", token=token)
                   if token else word("yamlio.unreadable_value"))
        raise InvalidInput(f"{path}: {message}", [Problem(str(path), line, column, message)]) \
            from None
    check_size(path, tree)
    return Document(path=path, tree=tree, digest=digest(raw), bom=bom,
                    crlf=crlf)


def check_size(path: Path, tree: Any) -> None:
    """Refuse trees that aliases blow up, or that nest absurdly deep."""
    sizes: dict[int, int] = {}

    def size_of(node: Any, depth: int) -> int:
        if depth > MAX_NESTING_DEPTH:
            raise InvalidInput(word("yamlio.too_deep_levels", path=path,
                                    most=MAX_NESTING_DEPTH))
        if not isinstance(node, dict | list):
            return 1
        key = id(node)
        if key not in sizes:
            children = node.values() if isinstance(node, dict) else node
            sizes[key] = 1 + sum(size_of(child, depth + 1) for child in children)
        return sizes[key]

    total = size_of(tree, 0)
    if total > MAX_EXPANDED_NODES:
        raise InvalidInput(word("yamlio.aliases", path=path, total=total,
                                most=MAX_EXPANDED_NODES))


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


def validate(model: type[M], document: Document) -> M:
    """Validate the tree against a pydantic model; all errors at once, each with a place."""
    try:
        return model.model_validate(document.tree)
    except ValidationError as error:
        problems = problems_from(error, document, model)
        raise InvalidInput(word("yamlio.problems", path=document.path, count=len(problems)),
                           problems) from None


def problems_from(error: ValidationError, document: Document, model: type[BaseModel]) \
        -> list[Problem]:
    problems: list[Problem] = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        if item["type"] == "extra_forbidden":
            line, column = key_position(document.tree, loc)
        else:
            line, column = position(document.tree, loc)
        problems.append(Problem(str(document.path), line, column,
                                describe(item, loc, model, document.tree)))
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


FOLD_AT = 80  # the width of a folded text, as the shipped files are written


def scalar(text: str) -> str:
    """A text as it reads best in the file: a long line folded (`>-`), lines kept (`|-`).

    Only texts that read back exactly in that style get it (no tabs, no double or edge
    spaces); the save path checks the result by reading it back in any case.
    """
    if "\t" in text or text != text.strip() or "\r" in text:
        return text
    if "\n" in text:
        lines = text.split("\n")
        if all(line == line.rstrip() for line in lines) and not lines[0].startswith(" "):
            kept: str = LiteralScalarString(text)
            return kept
        return text
    if len(text) <= FOLD_AT or "  " in text:
        return text
    folded: str = FoldedScalarString(text)
    positions, start, space = [], 0, None
    for index, char in enumerate(text):
        if char == " ":
            space = index
        if index - start >= FOLD_AT and space is not None and space > start:
            positions.append(space)
            start, space = space + 1, None
    folded.fold_pos = positions  # type: ignore[attr-defined]
    return folded


def tree_of(data: Any) -> Any:
    """Plain data as a round-trip tree, so that it can be put into a loaded document."""
    if isinstance(data, dict):
        return CommentedMap((key, tree_of(value)) for key, value in data.items())
    if isinstance(data, list):
        return CommentedSeq(tree_of(value) for value in data)
    if isinstance(data, str):
        return scalar(data)
    return data


def copy_for_edit(tree: Any, *keys: str) -> Any:
    """A copy of `tree` to change at its top level and in the mappings under `keys`.

    Those mappings are copied with their comments, formats and positions; the nodes below
    them are shared with `tree` (a deep copy of a whole audit costs more than reading it),
    so whoever changes a node deeper down copies that node first.
    """
    if not isinstance(tree, CommentedMap):
        return copy.deepcopy(tree)
    top = _copy_map(tree)
    for key in keys:
        if isinstance(top.get(key), CommentedMap):
            top[key] = _copy_map(top[key])
    return top


def _copy_map(node: CommentedMap) -> CommentedMap:
    copied = CommentedMap()
    for key, value in node.items():
        copied[key] = value
    node.copy_attributes(copied, memo={})  # a memo: comments and positions copied, not shared
    return copied


def digest(data: bytes) -> str:
    """SHA-256 of the bytes, as kept in a `Document` to notice changes on disk."""
    return hashlib.sha256(data).hexdigest()
