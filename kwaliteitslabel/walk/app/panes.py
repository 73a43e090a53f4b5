"""The panes of the full-screen walk: the norm list, the norm card, the guidance."""

from __future__ import annotations

import textwrap

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.widgets import ListItem, ListView, OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from kwaliteitslabel.framework.model import Norm
from kwaliteitslabel.walk.app.keys import speak
from kwaliteitslabel.walk.card import clip
from kwaliteitslabel.walk.session import WalkSession
from kwaliteitslabel.words import word

LIST_WIDTH = 18  # as #norms in walk.tcss
CARD_SHARE = 0.6  # of the screen's height at most, as #card in walk.tcss


class NormList(OptionList):
    """The norms per area with their state; the area lines show the progress."""

    def show(self, session: WalkSession, norms: list[Norm], current: str) -> None:
        shown = {norm.id for norm in norms}
        options: list[Option | None] = []
        for area in session.progress().areas:
            ids = [norm.id for norm in session.framework.norms_in(area.area) if norm.id in shown]
            if not ids:
                continue
            name = area.name if len(area.name) <= 10 else area.name[:9] + "…"
            options.append(Option(Text(f"{name} {area.scored}/{area.total}", style="bold"),
                                  disabled=True))
            for norm_id in ids:
                word = session.state_word(norm_id)
                options.append(Option(Text(f"{norm_id:<4} {word}"), id=norm_id))
        self.clear_options()
        self.add_options([option for option in options if option is not None])
        self.point_at(current)

    _scrolled_for: tuple[Size, Size, Size] | None = None

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size,
                      layout: bool = True) -> bool:
        """Textual compares the list's own virtual size (its lines) with the arranged one
        (the list has no children), which always differ: every layout of the screen would
        repaint the scrollbar and the list a frame later. Only a real change goes on."""
        key = (size, self.virtual_size, container_size)
        if key == self._scrolled_for:
            return False
        self._scrolled_for = key
        return super()._size_updated(size, virtual_size, container_size, layout)

    def point_at(self, norm_id: str) -> None:
        """Highlight a norm, when the list shows it."""
        try:
            self.highlighted = self.get_option_index(norm_id)
        except OptionDoesNotExist:
            pass


class Line(Static):
    """A static text redrawn only when it changed: a switch of norms leaves most lines
    as they were, and every redraw with `layout` costs Textual a pass over the screen."""

    _text: Text | None = None

    def render(self) -> RenderableType:
        return self._text if self._text is not None else Text("")

    def show_text(self, text: Text, *, layout: bool = True) -> None:
        last = self._text
        if last is not None and text == last and text.style == last.style:
            return
        self._text = text
        self.refresh(layout=layout)  # (Static.update takes `layout` only in newer Textual)


class NormCard(Static):
    """The norm being judged: id, title, statement, what is characteristic of each verdict
    (`rows`: the scale's short word and the norm's text, see `scale_view.anchors`)."""

    _key: tuple[object, ...] | None = None

    def show(self, norm: Norm, rows: list[tuple[str, str]], area: str, state: str,
             notices: list[str]) -> None:
        kern = word("walk.panes.core") if norm.core else ""
        width = max(30, self.app.size.width - LIST_WIDTH - 2)
        height = max(8, int(self.app.size.height * CARD_SHARE) - 1)
        key = (norm, tuple(rows), area, state, tuple(notices), width, height)
        if key == self._key:  # e.g. a field of the answer saved, the verdict unchanged
            return
        self._key = key
        title = f"{norm.id} {norm.title} · {area}{kern} · {state}"
        used = len(textwrap.wrap(title, width)) + len(textwrap.wrap(norm.statement, width))
        parts: list[RenderableType] = [
            Text.assemble((f"{norm.id} ", "bold"), (norm.title, "bold"),
                          (f" · {area}{kern} · {state}", "dim")),
            Text(norm.statement)]
        if rows:  # all always visible: each as long as the room allows
            per_anchor = max(1, (height - used - len(notices)) // len(rows))
            grid = Table.grid(padding=(0, 1))
            grid.add_column(width=7, style="dim", no_wrap=True)
            grid.add_column(ratio=1)
            for label, text in rows:
                grid.add_row(label, Text(clip(text, width - 10, per_anchor)))
            parts.append(grid)
        parts += [Text(f"! {notice}", style="yellow") for notice in notices]
        self.update(Group(*parts))


class ItemList(ListView):
    """The items of one list of the answer (evidence, strengths, improvements); Delete
    removes the highlighted one."""

    BINDINGS = [Binding("delete,backspace,minus", "remove", "walk.panes.key.remove")]

    def __init__(self, *items: ListItem, id: str | None = None) -> None:
        super().__init__(*items, id=id)
        speak(self)

    class Removed(Message):
        def __init__(self, items: ItemList, index: int) -> None:
            super().__init__()
            self.items = items
            self.index = index

    _shown: list[str] | None = None

    def show(self, texts: list[str]) -> None:
        """Show `texts`, numbered. The items are kept and their lines rewritten; those not
        needed are hidden: mounting and removing widgets would cost extra layout passes on
        every switch of norms."""
        if texts == self._shown:  # most norms switch from no items to no items
            return
        shown, self._shown = self._shown or [], list(texts)
        self.index = None  # as a new list: nothing highlighted until it has the focus
        items = list(self.query_children(ListItem))
        added: list[ListItem] = []
        for number, text in enumerate(texts, start=1):
            if number > len(items):
                added.append(ListItem(Static(Text(f"{number}. {text}"))))
                continue
            item = items[number - 1]
            if number > len(shown) or shown[number - 1] != text:
                item.query_one(Static).update(Text(f"{number}. {text}"))
            item.display = True
        for item in items[len(texts):]:
            item.display = False
        if added:
            self.extend(added)
        self.display = bool(texts)

    def validate_index(self, index: int | None) -> int | None:
        """Only the shown items can be highlighted (the hidden ones come last)."""
        count = len(self._shown or [])
        if index is None or not count:
            return None
        return min(max(index, 0), count - 1)

    def on_focus(self) -> None:
        if self.index is None and self._shown:
            self.index = 0

    def action_remove(self) -> None:
        if self.index is not None and 0 <= self.index < len(self._shown or []):
            self.post_message(self.Removed(self, self.index))
