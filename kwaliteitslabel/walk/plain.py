"""The interactive walk: area by area, norm by norm, every confirmed answer saved at once.

It talks only through `Prompts` (an injected rich `Console` and an input stream); the
end of the stream means: stop, and save nothing half-done.
"""

from __future__ import annotations

import datetime as dt
from typing import IO

from rich.console import Console
from rich.rule import Rule
from rich.text import Text

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.basis import void_notice
from kwaliteitslabel.audit.evidence import describe_evidence, parse_evidence
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.model import NormResult
from kwaliteitslabel.audit.progress import Progress, progress
from kwaliteitslabel.audit.rules import verdict_violations
from kwaliteitslabel.errors import Conflict, InvalidInput
from kwaliteitslabel.framework.model import Norm
from kwaliteitslabel.walk import card, session, view
from kwaliteitslabel.walk.commands import Command
from kwaliteitslabel.walk.conflict_view import conflict_view
from kwaliteitslabel.walk.follow_up import FollowUpQuestions, follow_up_view
from kwaliteitslabel.walk.line_input import LineReader
from kwaliteitslabel.walk.norm_view import render_norm
from kwaliteitslabel.walk.plain_recovery import Recovery
from kwaliteitslabel.walk.prompts import Back, Stop
from kwaliteitslabel.walk.scale_view import anchors
from kwaliteitslabel.words import word


class Walkthrough(Recovery, FollowUpQuestions):
    """One session over one audit; `run()` walks until the user stops."""

    def __init__(self, loaded: LoadedAudit, console: Console, stream: IO[str], *,
                 start_at: str | None = None, auditor: str | None = None,
                 echo: bool = False, reader: LineReader | None = None,
                 at: dt.date | None = None) -> None:
        super().__init__(console, stream, echo=echo, reader=reader)
        self.session = session.WalkSession(loaded, auditor=auditor, at=at)
        self.auditor = auditor
        self.framework = loaded.framework
        self.verdict_for = loaded.framework.verdict_for
        self.norms = loaded.framework.norms
        route = loaded.framework.manifest.route(loaded.audit.route)
        self.words = view.wording(route.assessors if route else "auditoren")
        self.seen: set[str] = set()
        self.stopped = False
        self.pending: session.Pending | None = None  # an answer whose save failed
        self._reshow = False
        if start_at is not None:
            norm = self._norm(start_at)
            if norm is None:
                raise InvalidInput(word("walk.plain.no_norm", id=start_at,
                                        version=self.framework.version,
                                        ranges=view.id_ranges(self.framework)))
        first = self.session.start(start_at)
        self.position = self._index(first) if first else len(self.norms)

    @property
    def loaded(self) -> LoadedAudit:
        return self.session.loaded

    @loaded.setter
    def loaded(self, value: LoadedAudit) -> None:
        self.session.loaded = value

    # -- the session -------------------------------------------------------------------

    def run(self) -> None:
        self.console.print(view.welcome(self.loaded, self._progress()))
        try:
            self._offer_recovery()
            while True:
                if self.position >= len(self.norms):
                    self._at_end()
                else:
                    self._walk_norm(self.norms[self.position])
        except Stop:
            pass
        self.stop()

    def stop(self, *, interrupted: bool = False) -> None:
        """Say how far the audit is and how to go on (once)."""
        if self.stopped:
            return
        self.stopped = True
        self._keep_apart()
        self.console.print()
        at = self.norms[self.position].id if self.position < len(self.norms) else None
        self._say(*view.goodbye(self.loaded.path, self._progress(), interrupted, at))

    def _walk_norm(self, norm: Norm) -> None:
        self._refresh()
        self.session.remember(norm.id)
        self._show(norm)
        show_keys = True
        while True:
            if self._reshow:
                self._reshow = False
                self._show(norm)
            result = self.loaded.audit.result(norm.id)
            current = result.score if result else None
            if show_keys:
                self.console.print()
                self.console.print(self.words["score"].format(id=norm.id), style="bold")
                self.console.print(view.score_keys(self.framework, norm, current))
            show_keys = False
            command = self._command(word("walk.plain.verdict_prompt"))
            if command.action == "enter" and current is not None:
                command = Command("score", current)
            if command.action == "score" and command.value is not None:
                if self._answer(norm, command.value):
                    self.position = self._next_open_after(self.position)
                    return
                show_keys = True
            elif command.action == "enter":
                self._hint(word("walk.plain.choose_first"))
            elif command.action == "skip":
                self.console.print(word("walk.plain.skipped", id=norm.id), style="dim")
                self.position += 1
                return
            elif command.action == "back":
                if self.position == 0:
                    self._hint(word("walk.plain.first_norm"))
                else:
                    self.position -= 1
                    return
            elif command.action in ("text", "guide"):
                self._page(render_norm(self.framework, norm, full=True))
                show_keys = True
            elif self._common(command):
                return
            else:
                show_keys = command.action in ("progress", "help")

    def _at_end(self) -> None:
        self.session.remember(None)
        state = self._progress()
        self.console.print()
        self.console.print(Rule(word("walk.plain.end_rule", scored=state.scored,
                                     total=state.total), align="left"))
        self._say(*view.end_of_list(self.loaded.path, state))
        if not state.open:
            self.console.print(word("walk.plain.end_keys"), style="dim")
        while True:
            command = self._command(word("walk.plain.choice"))
            if command.action in ("enter", "skip"):
                if not state.open:
                    raise Stop
                self.position = self._index(state.open[0])
                return
            if command.action == "back":
                self.position = len(self.norms) - 1
                return
            if command.action in ("score", "text", "guide"):
                self._hint(word("walk.plain.nothing_here"))
            elif self._common(command):
                return

    def _common(self, command: Command) -> bool:
        """Commands that work everywhere; True when the position changed."""
        if command.action == "quit":
            raise Stop
        if command.action == "goto":
            norm = self._norm(command.value or "")
            if norm is None:
                self._hint(word("walk.plain.unknown_norm", id=command.value,
                                ranges=view.id_ranges(self.framework)))
                return False
            self.position = self.norms.index(norm)
            return True
        if command.action == "progress":
            self.console.print()
            self.console.print(view.progress_view(self._progress()))
        elif command.action == "help":
            self.console.print()
            self.console.print(view.help_view(self.framework))
        else:
            self._hint(word("walk.plain.unknown",
                            what=command.value or word("walk.plain.unknown_default")))
        return False

    # -- one answer ----------------------------------------------------------------------

    def _answer(self, norm: Norm, score: str) -> bool:
        """Ask the rest of the answer and save it; False: back at the verdict, nothing saved."""
        level = self.framework.level(score)
        refusals = verdict_violations(self.framework, norm.id, score)
        if refusals:
            self._hint(word("walk.plain.refused", reasons="; ".join(refusals)), style="red")
            return False
        old = self.loaded.audit.result(norm.id) or NormResult()
        verdict = view.verdict_name(self.framework, score)
        needs = (word("walk.plain.needs_improvement", verdict=verdict)
                 if level.requires_improvement else None)
        try:
            reason = None
            if level.requires_reason:
                reason = self._line(self.words["reason"].format(id=norm.id),
                                    word("walk.plain.label.reason"),
                                    old.nvt_reason, required=True) or old.nvt_reason
            findings = self._line(self.words["findings"], word("walk.plain.label.findings"),
                                  old.findings)
            evidence = self._list(self.words["evidence"], word("walk.plain.label.evidence"),
                                  [item.model_dump(exclude_none=True) for item in old.evidence],
                                  hint=view.evidence_hint(), parse=lambda text: parse_evidence(
                                      text, self.framework.manifest.evidence_kinds),
                                  show=describe_evidence)
            strengths = self._list(self.words["strengths"], word("walk.plain.label.strength"),
                                   list(old.strengths))
            improvements = self._list(
                self.words["improvements"], word("walk.plain.label.improvement"),
                [item.model_dump(exclude_none=True) for item in old.improvements],
                parse=lambda text: {"text": text}, required=needs,
                show=lambda item: str(item.get("text", "")))
            follow_up = self._ask_follow_up(self.loaded.audit.result(norm.id))
        except Back:
            self.console.print(word("walk.plain.back"), style="dim")
            return False
        answer = Answer(score=score, findings=findings, evidence=evidence,
                        strengths=strengths, improvements=improvements, nvt_reason=reason,
                        assessed_by=self.auditor, replace_lists=True, follow_up=follow_up)
        if session.unchanged(self.loaded, norm.id, answer):
            self.console.print(word("walk.plain.unchanged", id=norm.id), style="dim")
            return True
        for warning in self.session.warnings(norm.id, answer):
            self._hint(word("walk.plain.warning", warning=warning))
        return self._save(norm, answer, verdict)

    def _save(self, norm: Norm, answer: Answer, verdict: str, *, force: bool = False) -> bool:
        """Save; on a conflict let the auditor choose, on a failure offer to try again."""
        while True:
            self.pending = session.Pending(norm.id, answer, session.seen(self.loaded, norm.id))
            before = self.loaded.audit
            saved = self.session.save(norm.id, answer, force=True) if force else \
                self.session.save(norm.id, answer)
            if saved.status == "conflict" and saved.conflict is not None:
                self.pending = None
                return self._resolve(norm, answer, verdict, saved.conflict)
            if saved.status == "refused":
                self.pending = None
                self._refuse(saved.message)
                return False
            if saved.status == "failed":
                self._refuse(saved.message)
                if self._retry():
                    continue
                self._keep_apart()
                return True
            self.pending = None
            state = self._progress()
            self.console.print("[green]✓[/green] " + word(
                "walk.plain.saved", id=norm.id, verdict=verdict, scored=state.scored,
                total=state.total))
            notice = void_notice(before, self.loaded.audit)
            if notice:
                self.console.print(Text(notice, style="yellow"))
            return True

    def _resolve(self, norm: Norm, answer: Answer, verdict: str, conflict: Conflict) -> bool:
        """Another save changed this norm: show both, and let the auditor choose."""
        self.console.print()
        self.console.print(Text(conflict.message.split(": ", 1)[-1], style="bold yellow"))
        self.console.print(conflict_view(conflict))
        self.console.print(word("walk.plain.conflict_keys"), style="yellow")
        while True:
            choice = self._read(word("walk.plain.choice")).lower()
            if choice in ("", "r"):
                self.session.keep_theirs(norm.id)
                if choice == "":
                    self.console.print(word("walk.plain.theirs_stay", id=norm.id),
                                       style="dim")
                    return True
                self._reshow = True
                return False
            if choice == "o":
                return self._save(norm, answer, verdict, force=True)
            self._hint(word("walk.plain.conflict_choice"))

    # -- small helpers -------------------------------------------------------------------

    def _refresh(self) -> None:
        self.session.refresh()

    def _show(self, norm: Norm) -> None:
        state = self._progress()
        self.console.print()
        self.console.print(Rule(view.header(norm, self.framework.area(norm.area).name, state),
                                align="left"))
        self.seen.add(norm.id)
        result = self.loaded.audit.result(norm.id)
        summary = card.answer_summary(self.framework, result) if result is not None and (
            result.score is not None or result.notes) else None
        earlier = follow_up_view(self.session.previous(norm.id), result)
        used = sum(len(self.console.render_lines(part, pad=False))
                   for part in (summary, earlier) if part is not None)
        used += 1 if result is not None and result.score is not None else 0  # Enter: keep
        self.console.print(card.fitting_card(self.console, norm, anchors(self.framework, norm),
                                             self.session.notices(norm.id),
                                             self.console.height - used))
        for part in (summary, earlier):
            if part is not None:
                self.console.print(part)

    def _progress(self) -> Progress:
        return progress(self.framework, self.loaded.audit)

    def _norm(self, norm_id: str) -> Norm | None:
        return self.framework.norm(norm_id.strip())

    def _index(self, norm_id: str) -> int:
        return next(i for i, norm in enumerate(self.norms) if norm.id == norm_id)

    def _next_open_after(self, position: int) -> int:
        for index in range(position + 1, len(self.norms)):
            if self.loaded.audit.score_of(self.norms[index].id) is None:
                return index
        return len(self.norms)
