"""Small helpers for tests that edit copies of real files."""

from __future__ import annotations

import os
from pathlib import Path


def examples(count: int) -> int:
    """A property test's number of examples: `count` in CI, twenty times that in the long
    run outside CI (`HYPOTHESIS_PROFILE=long`)."""
    return count * (20 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 1)


def edit(path: Path, old: str, new: str) -> int:
    """Replace the first `old` by `new` in the file; return the 1-based line of the edit."""
    text = path.read_text(encoding="utf-8")
    index = text.index(old)
    path.write_text(text[:index] + new + text[index + len(old):], encoding="utf-8")
    return text[:index].count("\n") + 1


def line_of(path: Path, needle: str) -> int:
    text = path.read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1
