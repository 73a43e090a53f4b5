"""What a line typed at the score prompt of the walk means: a verdict or a command."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kwaliteitslabel.words import word

COMMANDS = {
    "s": "skip", "b": "back", "p": "progress", "q": "quit", "t": "text",
    "?": "help", "h": "help",
}

NORM_ID = re.compile(r"^[A-Za-z]+[0-9]+$")
_ESCAPES = re.compile(r"\x1b(\[[0-9;?]*[ -/]*[@-~]|O.|.)?")  # arrow keys and the like


def clean_line(line: str) -> str:
    """A typed line without its line end and the escape sequences of keys (arrows, ...).

    Other control characters stay, so that the walk can refuse them with a message
    instead of changing what was typed without a word (see `text.refusal`).
    """
    text = line.rstrip("\r\n").replace("\t", " ")
    return _ESCAPES.sub("", text).strip()


@dataclass(frozen=True)
class Command:
    """`action` is one of: score, enter, skip, back, goto, progress, text, guide, help,
    quit, unknown; `value` is the verdict for score, the norm id for goto, a hint for unknown."""

    action: str
    value: str | None = None


def parse_command(line: str, verdict_for: Callable[[str], str | None]) -> Command:
    """`verdict_for`: the verdict a typed word means on the framework's scale (its keys,
    names and aliases, `Framework.verdict_for`), or None."""
    text = " ".join(line.strip().split()).lower()
    if not text:
        return Command("enter")
    verdict = verdict_for(text)
    if verdict is not None:
        return Command("score", verdict)
    if text in COMMANDS:
        return Command(COMMANDS[text])
    if text == "g":
        return Command("guide")
    if text.startswith("g ") and NORM_ID.match(text[2:].strip()):
        return Command("goto", text[2:].strip().upper())
    if NORM_ID.match(text):
        return Command("goto", text.upper())
    return Command("unknown", word("walk.commands.unknown", typed=line.strip()))
