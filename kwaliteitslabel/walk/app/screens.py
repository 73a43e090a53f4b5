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
from kwaliteitslabel.walk.conflict_view import conflict_view
from kwaliteitslabel.walk.scale_view import help_rows

HELP_KEYS = (  # after the scale's keys (scale_view.help_rows)
    ("PgDn of ]", "volgende norm"), ("PgUp, [ of b", "vorige norm"),
    ("g", "naar een norm: id (V7) of een deel van de titel"),
    ("f", "filter: alle, open, dit gebied, conflicten"),
    ("p", "voortgang per gebied"), ("Tab", "naar het volgende veld"),
    ("Enter", "in een veld: bewaren of toevoegen"),
    ("Delete", "in een lijst: het gekozen item weghalen (bewaard)"),
    ("Esc", "uit een veld, terug naar de lijst met normen"),
    ("?", "deze hulp"), ("q", "stoppen (bewaarde antwoorden blijven)"),
)


class InfoScreen(ModalScreen[None]):
    """A text to read (help, progress); Esc, q or Enter closes it."""

    BINDINGS = [Binding("escape,q,enter,question_mark,p", "close", "sluiten")]

    def __init__(self, content: RenderableType) -> None:
        super().__init__()
        self.content = content

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Static(self.content)
            yield Static(Text("Esc: sluiten", style="dim"))

    def action_close(self) -> None:
        self.dismiss(None)


def help_text(framework: Framework) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column()
    for keys, meaning in [*help_rows(framework), *HELP_KEYS]:
        grid.add_row(keys, meaning)
    return Group(Text("Toetsen van de loop", style="bold"), grid, Text(""),
                 Text("Elk bevestigd veld wordt direct bewaard. Een oordeel dat nog iets "
                      "vraagt (een reden, een verbeterpunt) wacht in het formulier tot "
                      "dat er is."))


class ConflictScreen(ModalScreen[str]):
    """Another writer changed this norm: both versions, and the choice."""

    BINDINGS = [Binding("escape,b", "choose('bestand')", "houd het bestand"),
                Binding("o", "choose('mijn')", "overschrijf")]

    def __init__(self, conflict: Conflict) -> None:
        super().__init__()
        self.conflict = conflict

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Static(Text(self.conflict.message.split(": ", 1)[-1], style="bold yellow"))
            yield Static(conflict_view(self.conflict))
            with Horizontal(classes="buttons"):
                yield Button("b: houd het bestand", id="bestand")
                yield Button("o: overschrijf met mijn antwoord", id="mijn", variant="warning")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "bestand")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)


class JumpScreen(ModalScreen[str]):
    """Ask for a norm id or part of a title."""

    AUTO_FOCUS = "#jump"
    BINDINGS = [Binding("escape", "cancel", "terug")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog small"):
            yield Static("Naar norm: typ een id (V7) of een deel van de titel")
            yield Input(id="jump")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss("")
