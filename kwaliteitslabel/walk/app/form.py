"""The answer form of the full-screen walk: verdict, findings, evidence, strengths,
improvement points and the reason (for a verdict that rests on one, like nvt); each
confirmed field is saved at once."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Select, Static

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.evidence import describe_evidence
from kwaliteitslabel.audit.rules import takes_reason
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.walk.app.panes import ItemList, Line
from kwaliteitslabel.walk.scale_view import key_label
from kwaliteitslabel.words import current, word


class AnswerForm(VerticalScroll):
    """The fields of one answer; the app fills them and saves what is confirmed."""

    def __init__(self, framework: Framework) -> None:
        super().__init__(id="form")
        self.framework = framework

    def compose(self) -> ComposeResult:
        kinds = [(kind.name, kind.id) for kind in self.framework.manifest.evidence_kinds]
        roles = [(role.name, role.id) for role in self.framework.manifest.roles]
        yield Line(id="verdict")
        yield Input(placeholder=word("walk.form.findings"),
                    id="findings")
        yield Static(word("walk.form.evidence"), classes="label")
        yield ItemList(id="evidence")
        with Horizontal(id="evidence-row"):
            yield Select(kinds, value=kinds[0][1], allow_blank=False, id="kind",
                         compact=True)
            yield Select(roles, prompt=word("walk.form.source"), id="role", compact=True)
        yield Input(placeholder=word("walk.form.evidence_note"),
                    id="evidence-note")
        yield Static(word("walk.form.strengths"), classes="label")
        yield ItemList(id="strengths")
        yield Input(placeholder=word("walk.form.strength"), id="strength")
        yield Static(word("walk.form.improvements"), classes="label")
        yield ItemList(id="improvements")
        yield Input(placeholder=word("walk.form.improvement"), id="improvement")
        reasoned = next((level.words(current()).name.lower()
                         for level in self.framework.manifest.scale
                         if level.requires_reason), word("walk.form.this_verdict"))
        yield Input(placeholder=word("walk.form.reason", verdict=reasoned), id="reason")

    def show(self, answer: Answer, allowed: list[str]) -> None:
        """Fill the fields with `answer` (score '' when there is no verdict yet)."""
        lang = current()
        level = (self.framework.level(answer.score).words(lang).name if answer.score
                 else word("walk.form.no_verdict"))
        keys = " · ".join(f"{key_label(self.framework, verdict)} "
                          f"{self.framework.level(verdict).words(lang).name.lower()}"
                          for verdict in allowed)
        self.query_one("#verdict", Line).show_text(
            Text.assemble((word("walk.form.verdict"), "bold"), (level, "bold"),
                          (f"   {keys}", "dim")))
        self.query_one("#findings", Input).value = answer.findings or ""
        self.query_one("#evidence", ItemList).show(
            [describe_evidence(item) for item in answer.evidence])
        self.query_one("#strengths", ItemList).show(list(answer.strengths))
        self.query_one("#improvements", ItemList).show(
            [str(item.get("text", "")) for item in answer.improvements])
        reason = self.query_one("#reason", Input)
        reason.value = answer.nvt_reason or ""
        reason.display = takes_reason(self.framework, answer.score)
        for field in ("#evidence-note", "#strength", "#improvement"):
            self.query_one(field, Input).value = ""
