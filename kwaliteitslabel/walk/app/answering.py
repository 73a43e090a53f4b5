"""Answering in the full-screen walk: a verdict key, a confirmed field, a removed item;
each saved at once through the walk logic, a conflict shown with both versions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.widgets import Input, Select

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.evidence import parse_evidence
from kwaliteitslabel.errors import KwaliteitslabelError, RefusedAnswer
from kwaliteitslabel.walk.app.panes import ItemList
from kwaliteitslabel.walk.app.screens import ConflictScreen
from kwaliteitslabel.words import word

if TYPE_CHECKING:
    from kwaliteitslabel.framework.model import Norm
    from kwaliteitslabel.walk.session import WalkSession


class Answering(App[None]):
    """The answer part of `WalkApp`, which holds the session, the current norm and the
    answers not saved yet, and shows them."""

    session: WalkSession
    current: Norm
    drafts: dict[str, Answer]

    if TYPE_CHECKING:
        @property
        def draft(self) -> Answer: ...

    def say(self, message: str) -> None:
        raise NotImplementedError

    def show_list(self) -> None:
        raise NotImplementedError

    def show_norm(self, *, relist: bool = True) -> None:
        raise NotImplementedError

    def show_notes(self) -> None:
        raise NotImplementedError

    def action_verdict(self, score: str) -> None:
        refusals = self.session.refusals(self.current.id, score)
        if refusals:
            self.say(word("walk.answering.refused", refusals="; ".join(refusals)))
            return
        self.draft.score = score
        self.commit()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = " ".join(event.value.split())
        draft, field = self.draft, event.input.id
        if field == "findings":
            draft.findings = text or None
        elif field == "reason":
            draft.nvt_reason = text or None
        elif not text:
            return
        elif field == "evidence-note":
            kind = self.query_one("#kind", Select).value
            role = self.query_one("#role", Select).value
            head = f"{kind}/{role}" if isinstance(role, str) else str(kind)
            try:
                draft.evidence.append(parse_evidence(
                    f"{head}: {text}", self.session.framework.manifest.evidence_kinds))
            except RefusedAnswer as refused:
                self.say(refused.message)
                return
        elif field == "strength":
            draft.strengths.append(text)
        elif field == "improvement":
            draft.improvements.append({"text": text})
        self.commit()

    def on_item_list_removed(self, event: ItemList.Removed) -> None:
        draft = self.draft
        lists: dict[str, list[Any]] = {"evidence": draft.evidence, "strengths": draft.strengths,
                                       "improvements": draft.improvements}
        items = lists.get(event.items.id or "")
        if items is not None and event.index < len(items):
            items.pop(event.index)
            self.commit()

    def commit(self) -> None:
        """Save the draft of the current norm through the walk logic, and say how it went."""
        norm_id, draft = self.current.id, self.draft
        if not draft.score:
            self.refresh_answer()
            self.say(word("walk.answering.no_verdict"))
            return
        saved = self.session.save(norm_id, draft)
        if saved.status == "conflict" and saved.conflict is not None:
            self.refresh_answer()
            self.push_screen(ConflictScreen(saved.conflict), self.resolve)
            return
        if saved.status in ("saved", "unchanged"):
            self.drafts.pop(norm_id, None)
            state = self.session.progress()
            message = (word("walk.answering.saved", norm=norm_id, scored=state.scored,
                            total=state.total)
                       if saved.status == "saved"
                       else word("walk.answering.unchanged", norm=norm_id))
        else:
            message = word("walk.answering.not_yet", message=saved.message)
        self.refresh_answer()
        self.say(message)
        if saved.status not in ("saved", "unchanged"):
            self._focus_what_is_missing()

    def resolve(self, choice: str | None) -> None:
        norm_id = self.current.id
        if choice == "mijn":
            draft = self.drafts.get(norm_id)
            if draft is not None:
                saved = self.session.save(norm_id, draft, force=True)
                if saved.status == "saved":
                    self.drafts.pop(norm_id, None)
                self.refresh_answer()
                self.say(word("walk.answering.saved_mine", norm=norm_id)
                         if saved.status == "saved"
                         else word("walk.answering.not_saved", message=saved.message))
                return
        try:
            self.session.keep_theirs(norm_id)
        except KwaliteitslabelError as error:
            self.say(word("walk.answering.not_read", message=error.message))
            return
        self.drafts.pop(norm_id, None)
        self.refresh_answer()
        self.say(word("walk.answering.kept_theirs", norm=norm_id))

    def refresh_answer(self) -> None:
        """After a save: every pane again, the progress on the top line included."""
        self.show_norm(relist=True)

    def _focus_what_is_missing(self) -> None:
        level = self.session.framework.level(self.draft.score)
        if level.requires_reason and not self.draft.nvt_reason:
            self.query_one("#reason", Input).focus()
        elif level.requires_improvement and not self.draft.improvements:
            self.query_one("#improvement", Input).focus()
