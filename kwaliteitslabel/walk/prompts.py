"""Asking and telling through the walk's injected console and input stream.

The walk reads lines with `readline()`; the end of the stream means: stop.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import IO, Any

from rich.console import Console
from rich.text import Text

from kwaliteitslabel.errors import RefusedAnswer
from kwaliteitslabel.text import refusal
from kwaliteitslabel.walk.commands import Command, clean_line, parse_command
from kwaliteitslabel.walk.line_input import LineReader
from kwaliteitslabel.words import word

REMOVE = re.compile(r"^-[0-9]+$")  # `-2`: remove item 2 of a list


class Stop(Exception):
    """The user quit, or the input ended."""


class Back(Exception):
    """Back from a required question to the verdict."""


class Prompts:
    """The questions and answers of one session, through one console and one stream."""

    def __init__(self, console: Console, stream: IO[str], *, echo: bool = False,
                 reader: LineReader | None = None) -> None:
        self.console = console
        self.stream = stream
        self.echo = echo  # repeat what was read, when no terminal does it
        self.reader = reader  # line editing and history, on a capable terminal
        # the verdict a typed word means (the framework's scale); none without one
        self.verdict_for: Callable[[str], str | None] = lambda typed: None

    def _line(self, question: str, label: str, existing: str | None, *,
              required: bool = False) -> str | None:
        """One line of text; Enter keeps `existing` (returned as None: unchanged)."""
        keep = word("walk.prompts.keep") if existing else ""
        self.console.print(Text.assemble((question, "bold"), (keep, "dim")))
        if existing:
            self.console.print(Text.assemble((word("walk.prompts.now"), "dim"), existing))
        while True:
            text = self._read(f"{label}: ")
            if text:
                if required and text.lower() == "b":
                    raise Back
                return text
            if existing or not required:
                return None
            self._hint(word("walk.prompts.required"))

    def _list(self, question: str, label: str, existing: list[Any], *,
              hint: str | None = None, parse: Callable[[str], Any] = lambda text: text,
              required: str | None = None, show: Callable[[Any], str] = str) -> list[Any]:
        """Lines until an empty line, added to the existing ones; `-N` removes item N;
        `required`: why one is needed, when the list may not stay empty."""
        self.console.print(Text.assemble((question, "bold"),
                                         (word("walk.prompts.empty_line"), "dim")))
        if hint:
            self.console.print(Text(hint, style="dim"))
        if existing:
            self._numbered(existing, show)
            self.console.print(word("walk.prompts.list_keys", count=len(existing)),
                               style="dim")
        items = list(existing)
        while True:
            text = self._read(f"{label} {len(items) + 1}: ")
            if text == "-":  # never content: it empties the list
                items = []
                self.console.print(word("walk.prompts.emptied"), style="dim")
            elif REMOVE.match(text):
                number = int(text[1:])
                if 1 <= number <= len(items):
                    gone = items.pop(number - 1)
                    self.console.print(Text(word("walk.prompts.removed", item=show(gone)),
                                            style="dim"))
                    self._numbered(items, show)
                else:
                    self._hint(word("walk.prompts.no_number", number=number, count=len(items)))
            elif text and required and not items and text.lower() == "b":
                raise Back
            elif text:
                try:
                    items.append(parse(text))
                except RefusedAnswer as refused:  # e.g. an evidence kind that does not exist
                    self._hint(word("walk.prompts.again", message=refused.message))
            elif items or not required:
                return items
            else:
                self._hint(word("walk.prompts.needs_one", required=required))

    def _numbered(self, items: list[Any], show: Callable[[Any], str]) -> None:
        for number, item in enumerate(items, start=1):
            self.console.print(Text(f"  {number}. {show(item)}", style="dim"),
                               overflow="ellipsis", no_wrap=True)

    def _page(self, renderable: Any) -> None:
        """Show a long text a screen at a time; Enter: the next screen, q: enough."""
        with self.console.capture() as captured:
            self.console.print(renderable)
        lines = captured.get().rstrip("\n").split("\n")
        size = max(5, self.console.height - 2)
        for start in range(0, len(lines), size):
            self.console.out("\n".join(lines[start:start + size]), highlight=False)
            if start + size >= len(lines):
                return
            if self._read(word("walk.prompts.page", shown=start + size,
                               total=len(lines))).lower() == "q":
                return

    def _command(self, prompt: str) -> Command:
        return parse_command(self._read(prompt), self.verdict_for)

    def _read(self, prompt: str) -> str:
        """One typed line; a character an audit cannot hold is refused and asked again."""
        while True:
            if self.reader is not None:
                edited = self.reader(prompt)
                if edited is None:
                    raise Stop
                line = edited
            else:
                self.console.print(prompt, end="", style="bold cyan")
                line = self.stream.readline()
                if not line:
                    self.console.print()
                    raise Stop
            text = clean_line(line)
            if self.echo:
                self.console.print(text, markup=False, highlight=False)
            reason = refusal(text)
            if reason is None:
                return text.strip()
            self._hint(f"{prompt.rstrip(': ')}: {reason}.")

    def _say(self, text: Text, command: str | None) -> None:
        self.console.print(text)
        if command:  # whole, to copy; the terminal wraps it if it must
            self.console.print(command, soft_wrap=True, markup=False)

    def _hint(self, message: str, style: str = "yellow") -> None:
        self.console.print(Text(message, style=style))

    def _refuse(self, message: str) -> None:
        self.console.print(Text(word("walk.prompts.not_saved", message=message), style="red"))
