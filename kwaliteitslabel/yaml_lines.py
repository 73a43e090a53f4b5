"""Lines and columns in a YAML file without a round-trip load.

A command that only reports where something is (a note on a norm's reference, a route
without English words, a wrong entry in `herkomst.yaml`) needs the place of a few nodes,
not a tree that keeps comments. The C parser composes a norm file into nodes with their
marks in a few milliseconds, against some 70 for the round-trip loader; the places are
those `yamlio.position` and `yamlio.key_position` give on a round-trip tree (tested on
every shipped file). When the C parser is missing or refuses the text, the round-trip
loader answers, as before.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kwaliteitslabel import yamlio
from kwaliteitslabel.errors import InvalidInput

Place = tuple[int | None, int | None]


def position(document: yamlio.Document, loc: tuple[Any, ...], *, key: bool = False) -> Place:
    """Where `loc` is in the document's file, as `yamlio.position` (or `key_position` with
    `key=True`) says on a round-trip tree; the document's tree may be plain data."""
    if not _plain(document.tree):
        return (yamlio.key_position if key else yamlio.position)(document.tree, loc)
    root = _compose(document.path)
    if root is None:
        tree = yamlio.load(document.path).tree
        return (yamlio.key_position if key else yamlio.position)(tree, loc)
    return _key_place(root, loc) if key else _place(root, loc)


def in_file(path: Path, loc: tuple[Any, ...]) -> Place:
    """`yamlio.position` of `loc` in the file at `path`, without its round-trip tree."""
    root = _compose(path)
    if root is None:
        return yamlio.position(yamlio.load(path).tree, loc)
    return _place(root, loc)


def item_where(path: Path, loc: tuple[Any, ...], key: str, value: str) -> int | None:
    """The index of the first mapping in the list at `loc` whose `key` is `value`."""
    root = _compose(path)
    if root is None:
        items = yamlio.load(path, round_trip=False).tree
        for part in loc:
            items = items.get(part) if isinstance(items, dict) else None
        return next((index for index, item in enumerate(items or [])
                     if isinstance(item, dict) and item.get(key) == value), None)
    node: Node | None = root
    for part in loc:
        child = _child(node, part) if node is not None else None
        node = child[1] if child is not None else None
    if not isinstance(node, SequenceNode):
        return None
    for index, item in enumerate(node.value):
        found = _child(item, key)
        if found is not None and isinstance(found[1], ScalarNode) and found[1].value == value:
            return index
    return None


def _plain(tree: Any) -> bool:
    return not hasattr(tree, "lc")


def _compose(path: Path) -> Node | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return _composed(str(path), info.st_size, info.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _composed(path: str, size: int, mtime_ns: int) -> Node | None:
    """The file's nodes, composed once per version of the file (size and mtime)."""
    try:
        from ruamel.yaml.cyaml import CBaseLoader
    except ImportError:  # no C parser: the round-trip loader answers
        return None
    try:
        text, _ = yamlio.decode(Path(path), yamlio.read_bytes(Path(path)))
        node: Node | None = CBaseLoader(text.replace("\r\n", "\n")).get_single_node()
    except (InvalidInput, YAMLError, ValueError, RecursionError):
        return None
    return node


def _mark(node: Node) -> Place:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _child(node: Node, part: Any) -> tuple[Node, Node] | None:
    """(the node that marks `part`'s place, the node below it), or None."""
    if isinstance(node, MappingNode) and isinstance(part, str):
        for key, value in reversed(node.value):  # a repeated key: the last one counts
            if isinstance(key, ScalarNode) and key.value == part:
                return (value if isinstance(value, ScalarNode) else key), value
        return None
    if isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        item = node.value[part]
        return item, item
    return None


def _place(root: Node, loc: tuple[Any, ...]) -> Place:
    node, found = root, _mark(root)
    for part in loc:
        child = _child(node, part)
        if child is None:
            if isinstance(node, MappingNode) and isinstance(part, str):
                continue  # a name pydantic adds that is not in the file
            break
        found = _mark(child[0])
        node = child[1]
    return found


def _key_place(root: Node, loc: tuple[Any, ...]) -> Place:
    node: Node | None = root
    for part in loc[:-1]:
        child = _child(node, part) if node is not None else None
        node = child[1] if child is not None else None
    if isinstance(node, MappingNode) and loc and isinstance(loc[-1], str):
        for key, _ in reversed(node.value):
            if isinstance(key, ScalarNode) and key.value == loc[-1]:
                return _mark(key)
    return _place(root, loc)
