"""The screens over the walk: a conflict to choose from, the keys, the progress, a jump."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from kwaliteitslabel.errors import Conflict
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.walk.app.keys import speak
from kwaliteitslabel.walk.conflict_view import conflict_view
from kwaliteitslabel.walk.scale_view import help_rows
from kwaliteitslabel.words import word

HELP_KEYS = (  # after the scale's keys (scale_view.help_rows): keys, their meaning's key
    ("", "next"), ("", "previous"), ("g", "jump"), ("f", "filter"), ("p", "progress"),
    ("Tab", "tab"), ("Enter", "enter"), ("Delete", "delete"), ("Esc", "escape"),
    ("?", "help"), ("q", "quit"),
)


def help_keys() -> list[tuple[str, str]]:
    """The walk's own keys and what they do, in the language of the run (the keys with
    an 'or' in them too)."""
    return [(keys or word(f"walk.screens.keys.{what}"), word(f"walk.screens.help.{what}"))
            for keys, what in HELP_KEYS]


class InfoScreen(ModalScreen[None]):
    """A text to read (help, progress); Esc, q or Enter closes it."""

    BINDINGS = [Binding("escape,q,enter,question_mark,p", "close", "walk.screens.key.close")]

    def __init__(self, content: RenderableType) -> None:
        super().__init__()
        speak(self)
        self.content = content

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Static(self.content)
            yield Static(Text(word("walk.screens.close"), style="dim"))

    def action_close(self) -> None:
        self.dismiss(None)


def help_text(framework: Framework) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column()
    for keys, meaning in [*help_rows(framework), *help_keys()]:
        grid.add_row(keys, meaning)
    return Group(Text(word("walk.screens.help.title"), style="bold"), grid, Text(""),
                 Text(word("walk.screens.help.saving")))


class ConflictScreen(ModalScreen[str]):
    """Another writer changed this norm: both versions, and the choice."""

    BINDINGS = [Binding("escape,b", "choose('bestand')", "walk.screens.key.keep"),
                Binding("o", "choose('mijn')", "walk.screens.key.overwrite")]

    def __init__(self, conflict: Conflict) -> None:
        super().__init__()
        speak(self)
        self.conflict = conflict

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Static(Text(self.conflict.message.split(": ", 1)[-1], style="bold yellow"))
            yield Static(conflict_view(self.conflict))
            with Horizontal(classes="buttons"):
                yield Button(word("walk.screens.keep"), id="bestand")
                yield Button(word("walk.screens.overwrite"), id="mijn", variant="warning")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "bestand")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)


class JumpScreen(ModalScreen[str]):
    """Ask for a norm id or part of a title."""

    AUTO_FOCUS = "#jump"
    BINDINGS = [Binding("escape", "cancel", "walk.screens.key.back")]

    def __init__(self) -> None:
        super().__init__()
        speak(self)

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog small"):
            yield Static(word("walk.screens.jump"))
            yield Input(id="jump")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()  # not on to the app, which would take it for a field of the answer
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss("")
