"""The errors a user may see: each carries a message for people and an exit code.

The core raises these; only the CLI turns them into a red line and an exit code.
Any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One mistake in one file, at a place a text editor can jump to."""

    path: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"

    def as_json(self) -> dict[str, object]:
        return {"path": self.path, "line": self.line, "column": self.column,
                "message": self.message}


class KwaliteitslabelError(Exception):
    """Base of every error meant for a user; `exit_code` 1 means: the input is wrong."""

    exit_code = 1

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.problems = tuple(problems)


class InvalidInput(KwaliteitslabelError):
    """A file or value that cannot be used as it is; `problems` lists every mistake."""


class FrameworkMismatch(KwaliteitslabelError):
    """An audit is pinned to a framework that is not available in that exact form."""


class RefusedAnswer(KwaliteitslabelError):
    """An answer that breaks a rule of the framework (nvt on a core norm, ...)."""


class Conflict(KwaliteitslabelError):
    """Someone else changed the same norm since this user started on it: nothing saved.

    `theirs` is the norm as it is now in the file, `seen` as the user had it, and
    `mine` as this save would have made it (plain data, None for no result).
    """

    def __init__(self, message: str, *, norm_id: str, theirs: dict[str, object] | None,
                 seen: dict[str, object] | None, mine: dict[str, object]) -> None:
        super().__init__(message)
        self.norm_id = norm_id
        self.theirs = theirs
        self.seen = seen
        self.mine = mine
