"""`audit run` on a capable terminal: one screen with the norms, the norm being judged
(always visible), its questions and guidance, and the answer form.

Everything it asks, allows, saves and warns goes through `WalkSession`, the same logic
as the plain walk; a field is saved as soon as it is confirmed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, OptionList, Static, TabbedContent, TabPane

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.errors import KwaliteitslabelError
from kwaliteitslabel.framework.model import Norm
from kwaliteitslabel.walk import view
from kwaliteitslabel.walk.app.answering import Answering
from kwaliteitslabel.walk.app.form import AnswerForm
from kwaliteitslabel.walk.app.keys import speak
from kwaliteitslabel.walk.app.panes import Line, NormCard, NormList
from kwaliteitslabel.walk.app.screens import InfoScreen, JumpScreen, help_text
from kwaliteitslabel.walk.norm_view import render_norm
from kwaliteitslabel.walk.scale_view import anchors, short
from kwaliteitslabel.walk.session import FILTERS, WalkSession
from kwaliteitslabel.words import word


def filter_name(name: str) -> str:
    """What a filter of the norm list shows (alle, open, gebied, conflict)."""
    return word(f"walk.app.filter.{name}")


class WalkApp(Answering):
    """The full-screen walk over one audit."""

    CSS_PATH = "walk.tcss"
    TITLE = "kwaliteitslabel"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("pagedown", "move(1)", "walk.app.key.next", priority=True),
        Binding("pageup", "move(-1)", "walk.app.key.previous", priority=True),
        Binding("right_square_bracket", "move(1)", "walk.app.key.next", show=False),
        Binding("left_square_bracket,b", "move(-1)", "walk.app.key.previous", show=False),
        Binding("g", "jump", "walk.app.key.jump"),
        Binding("f", "filter", "filter"),
        Binding("p", "progress", "walk.app.key.progress"),
        Binding("question_mark", "help", "walk.app.key.help"),
        Binding("escape", "leave_field", "walk.app.key.list", show=False),
        Binding("q", "quit_walk", "stop"),
        Binding("ctrl+q,ctrl+c", "quit_walk(True)", "stop", show=False, priority=True),
    ]

    def __init__(self, loaded: LoadedAudit, *, start_at: str | None = None,
                 auditor: str | None = None, at: dt.date | None = None) -> None:
        super().__init__()
        speak(self)
        self.session = WalkSession(loaded, auditor=auditor, at=at)
        for verdict, keys in loaded.framework.verdict_keys.items():  # the scale's keys
            typed = [key.lower() for key in keys if len(key) == 1 and key.isalnum()]
            if typed:
                self.bind(",".join(typed), f"verdict({verdict!r})", show=False,
                          description=short(loaded.framework, verdict))
        first = self.session.start(start_at)
        norm = self.session.norm(first) if first else None
        self.current: Norm = norm or self.session.norms[0]
        self.drafts: dict[str, Answer] = {}  # answers that cannot be saved yet
        self.filter = "alle"
        self.message = ""
        self._asked_to_quit = False
        self._guide_of = ""  # the norm whose guidance was drawn last

    # -- layout ----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Line(id="top")
        with Horizontal(id="main"):
            yield NormList(id="norms", markup=False)
            with Vertical(id="right"):
                yield NormCard(id="card")
                with TabbedContent(id="tabs"):
                    with TabPane(word("walk.app.tab.answer"), id="answer"):
                        yield AnswerForm(self.session.framework)
                    with TabPane(word("walk.app.tab.questions"), id="questions"):
                        with Vertical(id="guidance"):
                            yield Static(id="guide")
        yield Line(id="notes")
        yield Footer()

    def on_mount(self) -> None:
        self.show_norm()
        self.query_one(NormList).focus()

    # -- showing ---------------------------------------------------------------------

    @property
    def draft(self) -> Answer:
        """The answer being given on the current norm: held, stored, or empty."""
        norm_id = self.current.id
        if norm_id not in self.drafts:
            stored = self.session.answer_of(norm_id)
            self.drafts[norm_id] = stored or Answer(score="", assessed_by=self.session.auditor,
                                                    replace_lists=True)
        return self.drafts[norm_id]

    def show_norm(self, *, relist: bool = True) -> None:
        """Show the current norm everywhere (the switch the benchmark times); the list is
        rebuilt only when states or the filter changed (`relist`), a pane redrawn only
        when what it shows changed."""
        with self.batch_update():  # one layout pass for all the panes
            session, norm = self.session, self.current
            framework = session.framework
            state = session.progress()
            audit = session.loaded.audit
            self.query_one("#top", Line).show_text(Text(
                word("walk.app.top", organisation=audit.organisation, route=audit.route,
                     version=framework.version, scored=state.scored, total=state.total,
                     filter=filter_name(self.filter)),
                overflow="ellipsis", no_wrap=True), layout=False)  # one line: no relayout
            self.query_one(NormCard).show(norm, anchors(framework, norm),
                                          framework.area(norm.area).name,
                                          session.state_word(norm.id), session.notices(norm.id))
            self.show_guidance()
            self.query_one(AnswerForm).show(self.draft, [level.id for level in
                                                         session.levels(norm)])
            if relist:
                self.show_list()
            else:
                self.query_one(NormList).point_at(norm.id)
            self.show_notes()

    def show_guidance(self) -> None:
        """The questions and guidance, drawn only when their tab is open and not already
        drawn for this norm."""
        if (self.query_one("#tabs", TabbedContent).active == "questions"
                and self._guide_of != self.current.id):
            guide = render_norm(self.session.framework, self.current, full=True)
            self.query_one("#guide", Static).update(guide)
            self._guide_of = self.current.id

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.show_guidance()

    def show_list(self) -> None:
        area = self.current.area
        self.query_one(NormList).show(self.session, self.session.matching(self.filter, area),
                                      self.current.id)

    def show_notes(self) -> None:
        draft = self.draft
        warnings = self.session.warnings(self.current.id, draft if draft.score else None)
        lines = [self.message] if self.message else []
        lines += [word("walk.app.note", warning=warning) for warning in warnings]
        lines += self.session.follow_up_lines(self.current.id)  # shown; set with audit set
        self.query_one("#notes", Line).show_text(Text("\n".join(lines)))

    def say(self, message: str) -> None:
        self.message = message
        self.show_notes()

    # -- going from norm to norm -----------------------------------------------------

    def go(self, norm_id: str) -> None:
        norm = self.session.norm(norm_id)
        if norm is None:
            return
        try:
            self.session.refresh()
        except KwaliteitslabelError as error:  # e.g. the file was broken by hand meanwhile
            self.say(word("walk.app.not_read", message=error.message))
            return
        if not self._held(self.current.id):
            self.drafts.pop(self.current.id, None)
        self.current = norm
        self.message = ""
        self._asked_to_quit = False
        self.session.remember(norm.id)
        self.show_norm(relist=False)

    def _held(self, norm_id: str) -> bool:
        """Whether the draft of a norm differs from what is saved (not saved yet)."""
        draft = self.drafts.get(norm_id)
        if draft is None:
            return False
        stored = self.session.answer_of(norm_id)
        if stored is None:
            return bool(draft.score or draft.findings or draft.evidence or draft.strengths
                        or draft.improvements)
        return dataclasses.astuple(stored)[:6] != dataclasses.astuple(draft)[:6]

    def action_move(self, step: int) -> None:
        if self.screen is not self.screen_stack[0]:  # a dialog is open
            return
        norms = self.session.matching(self.filter, self.current.area) or self.session.norms
        ids = [norm.id for norm in norms]
        here = ids.index(self.current.id) if self.current.id in ids else -1
        target = here + step
        if 0 <= target < len(ids):
            self.go(ids[target])
        else:
            self.say(word("walk.app.first" if target < 0 else "walk.app.last"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.go(event.option.id)

    def action_jump(self) -> None:
        def jump(text: str | None) -> None:
            if not text:
                return
            found = self.session.find(text)
            if not found:
                self.say(word("walk.app.no_match", text=text))
                return
            self.go(found[0].id)
            if len(found) > 1:
                self.say(word("walk.app.matches", count=len(found),
                              ids=", ".join(norm.id for norm in found[:8])))
        self.push_screen(JumpScreen(), jump)

    def action_filter(self) -> None:
        self.filter = FILTERS[(FILTERS.index(self.filter) + 1) % len(FILTERS)]
        self.show_norm()
        self.say(f"Filter: {filter_name(self.filter)}")

    def action_progress(self) -> None:
        self.push_screen(InfoScreen(view.progress_view(self.session.progress())))

    def action_help(self) -> None:
        self.push_screen(InfoScreen(help_text(self.session.framework)))

    def action_leave_field(self) -> None:
        self.query_one(NormList).focus()

    def action_quit_walk(self, now: bool = False) -> None:
        held = [norm_id for norm_id in self.drafts if self._held(norm_id)]
        if held and not now and not self._asked_to_quit:
            self._asked_to_quit = True
            self.say(word("walk.app.quit_held", held=", ".join(held)))
            return
        self.session.remember(self.current.id)
        self.exit()

    def farewell(self) -> list[str]:
        """What to print on the terminal after the app closed."""
        state = self.session.progress()
        text, command = view.goodbye(self.session.loaded.path, state, False, self.current.id)
        held = [norm_id for norm_id in self.drafts if self._held(norm_id)]
        lines = [text.plain, command]
        if held:
            lines.append(word("walk.app.held", held=", ".join(held)))
        return lines
