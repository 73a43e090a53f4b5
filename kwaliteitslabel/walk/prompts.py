"""Asking and telling through the walk's injected console and input stream.

The walk reads lines with `readline()`; the end of the stream means: stop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any

from rich.console import Console
from rich.text import Text

from kwaliteitslabel.errors import RefusedAnswer
from kwaliteitslabel.text import refusal
from kwaliteitslabel.walk.commands import Command, clean_line, parse_command


class Stop(Exception):
    """The user quit, or the input ended."""


class Back(Exception):
    """Back from a required question to the verdict."""


class Prompts:
    """The questions and answers of one session, through one console and one stream."""

    def __init__(self, console: Console, stream: IO[str], *, echo: bool = False) -> None:
        self.console = console
        self.stream = stream
        self.echo = echo  # repeat what was read, when no terminal does it

    def _line(self, question: str, label: str, existing: str | None, *,
              required: bool = False) -> str | None:
        """One line of text; Enter keeps `existing` (returned as None: unchanged)."""
        keep = " · Enter: zo laten" if existing else ""
        self.console.print(Text.assemble((question, "bold"), (keep, "dim")))
        if existing:
            self.console.print(Text.assemble(("  nu: ", "dim"), existing))
        while True:
            text = self._read(f"{label}: ")
            if text:
                if required and text.lower() == "b":
                    raise Back
                return text
            if existing or not required:
                return None
            self._hint("Dit is verplicht; typ een reden, of b om een ander oordeel te kiezen.")

    def _list(self, question: str, label: str, existing: list[Any], *,
              hint: str | None = None, parse: Callable[[str], Any] = lambda text: text,
              required: str | None = None) -> list[Any]:
        """Lines until an empty line, added to the existing ones; `required`: why one is
        needed, when the list may not stay empty."""
        self.console.print(Text.assemble((question, "bold"), (" · lege regel: klaar", "dim")))
        if hint:
            self.console.print(Text(hint, style="dim"))
        if existing:
            self.console.print(f"  Er staan er {len(existing)}; Enter: zo laten · nieuwe regels "
                               "komen erbij · -: leegmaken", style="dim")
        items = list(existing)
        while True:
            text = self._read(f"{label} {len(items) + 1}: ")
            if text == "-":  # never content: it empties the list
                items = []
                self.console.print("  Lijst leeg; typ nieuwe regels.", style="dim")
            elif text and required and not items and text.lower() == "b":
                raise Back
            elif text:
                try:
                    items.append(parse(text))
                except RefusedAnswer as refused:  # e.g. an evidence kind that does not exist
                    self._hint(f"{refused.message}; typ de regel opnieuw.")
            elif items or not required:
                return items
            else:
                self._hint(f"{required}; typ er een, of b om een ander "
                           "oordeel te kiezen.")

    def _command(self, prompt: str) -> Command:
        return parse_command(self._read(prompt))

    def _read(self, prompt: str) -> str:
        """One typed line; a character an audit cannot hold is refused and asked again."""
        while True:
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
        self.console.print(Text(f"Niet bewaard: {message}", style="red"))
