"""Word-by-word differences between two texts, for `norms diff`."""

from __future__ import annotations

import difflib
from typing import Literal

Op = Literal["=", "-", "+"]
Piece = tuple[Op, str]


def word_diff(old: str, new: str) -> list[Piece]:
    """The texts as runs of kept ('='), removed ('-') and added ('+') words."""
    before, after = old.split(), new.split()
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(("=", " ".join(before[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("-", " ".join(before[i1:i2])))
        if j2 > j1:
            pieces.append(("+", " ".join(after[j1:j2])))
    return pieces


def shortened(pieces: list[Piece], context: int = 6) -> list[Piece]:
    """Long kept runs cut to a few words around each change, with '…' for the rest."""
    result: list[Piece] = []
    for index, (op, text) in enumerate(pieces):
        words = text.split()
        if op != "=" or len(words) <= 2 * context + 1:
            result.append((op, text))
            continue
        first, last = index == 0, index == len(pieces) - 1
        head = [] if first else words[:context]
        tail = [] if last else words[-context:]
        result.append(("=", " ".join([*head, "…", *tail])))
    return result
