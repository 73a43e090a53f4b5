"""Reading one line in the plain walk: with line editing and history on a capable
terminal (prompt_toolkit), else plainly from a stream (pipes, TERM=dumb, tests)."""

from __future__ import annotations

import re
from typing import Protocol

from prompt_toolkit import PromptSession
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import InMemoryHistory

_NUMBER = re.compile(r"\s*\d+:\s*$")


class LineReader(Protocol):
    """Ask with `prompt`, return the typed line, or None at the end of the input."""

    def __call__(self, prompt: str) -> str | None: ...


class EditedLines:
    """prompt_toolkit on the terminal: cursor keys, Home/End, Ctrl-A/E, and a history per
    question (↑ brings back what was typed at the same question)."""

    def __init__(self) -> None:
        self._sessions: dict[str, PromptSession[str]] = {}

    def __call__(self, prompt: str) -> str | None:
        key = _NUMBER.sub("", prompt).strip().rstrip(":")  # 'bewijs 2: ' -> 'bewijs'
        session = self._sessions.get(key)
        if session is None:
            session = self._sessions[key] = PromptSession(history=InMemoryHistory())
        try:
            return session.prompt(FormattedText([("bold ansicyan", prompt)]))
        except EOFError:
            return None
