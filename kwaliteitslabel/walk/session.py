"""What the walk decides without talking to anyone, for both its faces (the plain line
walk and the full-screen app): what is asked, allowed, saved and warned, whether an
answer changes anything, whether the file changed under it, and the answer it holds
while a save fails. No YAML and no terminal here: saving goes through `audit/store.py`."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from kwaliteitslabel import yamlio
from kwaliteitslabel.audit.answer import Answer, node_of, plain, result_node
from kwaliteitslabel.audit.follow_up import STATUS_WORDS, describe_previous
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.model import NormResult
from kwaliteitslabel.audit.progress import Progress, first_open, progress
from kwaliteitslabel.audit.rules import takes_reason, verdict_violations
from kwaliteitslabel.audit.store import reload, save_answer
from kwaliteitslabel.errors import Conflict, InvalidInput, KwaliteitslabelError, RefusedAnswer
from kwaliteitslabel.framework.model import Norm
from kwaliteitslabel.framework.scale_model import ScaleLevel
from kwaliteitslabel.walk import resume, warnings
from kwaliteitslabel.words import current, word

# the states of a norm that are not a verdict, by the words that are the same in both
# languages; follow-up is `walk.session.follow_up` in the run's language
STATE_WORDS_FIXED = {"open": "open", "conflict": "conflict"}

WHO_AND_WHEN = ("assessed_by", "assessed_at")


@dataclass(frozen=True)
class Pending:
    """An answer that is not saved yet, and the norm as the auditor saw it."""

    norm_id: str
    answer: Answer
    seen: Any


def seen(loaded: LoadedAudit, norm_id: str) -> Any:
    return plain(node_of(loaded, norm_id))


def _content(result: Any) -> Any:
    if not isinstance(result, dict):
        return result
    return {key: value for key, value in result.items() if key not in WHO_AND_WHEN}


def unchanged(loaded: LoadedAudit, norm_id: str, answer: Answer) -> bool:
    """True when saving the answer would change nothing but who and when."""
    before = node_of(loaded, norm_id)
    after = result_node(answer, copy.deepcopy(before),
                        reason=takes_reason(loaded.framework, answer.score))
    return before is not None and _content(plain(after)) == _content(plain(before))


def changed_on_disk(loaded: LoadedAudit) -> bool:
    """Whether the file is no longer the one `loaded` was read from."""
    try:
        return yamlio.digest(yamlio.read_bytes(loaded.path)) != loaded.document.digest
    except KwaliteitslabelError:  # an unreadable file: the next save says what is wrong
        return False


@dataclass(frozen=True)
class Saved:
    """What became of a save: `status` is saved, unchanged, refused (the framework's
    rules or a wrong value; nothing written), conflict (another writer changed the norm;
    nothing written) or failed (the file could not be written; the answer is kept)."""

    status: str
    message: str = ""
    conflict: Conflict | None = None


FILTERS = ("alle", "open", "gebied", "conflict")


class WalkSession:
    """The walk's logic over one audit, shared by the plain walk and the full-screen app:
    what is asked and allowed, what is saved (through `audit/store.py`) and warned, and
    where the walk goes. It never prints, prompts or reads input."""

    def __init__(self, loaded: LoadedAudit, *, auditor: str | None = None,
                 at: dt.date | None = None) -> None:
        self.loaded = loaded
        self.auditor = auditor
        self.at = at  # the day the verdicts of this walk were given, when entered later
        self.framework = loaded.framework
        self.norms: list[Norm] = list(loaded.framework.norms)
        self.conflicts: dict[str, Conflict] = {}

    # -- what is there ---------------------------------------------------------------

    def result(self, norm_id: str) -> NormResult | None:
        return self.loaded.audit.result(norm_id)

    def norm(self, norm_id: str) -> Norm | None:
        return self.framework.norm(norm_id.strip())

    def index(self, norm_id: str) -> int:
        return next(i for i, norm in enumerate(self.norms) if norm.id == norm_id)

    def progress(self) -> Progress:
        return progress(self.framework, self.loaded.audit)

    def state_of(self, norm_id: str) -> str:
        """open, a verdict of the scale, conflict or follow-up (open with notes to confirm,
        e.g. after a migration)."""
        if norm_id in self.conflicts:
            return "conflict"
        result = self.result(norm_id)
        if result is None or result.score is None:
            waiting = result is not None and (result.notes or result.follow_up)
            return "follow-up" if waiting else "open"
        return result.score

    def state_word(self, norm_id: str) -> str:
        """The state as the norm list shows it: a verdict by its short word (`deels`)."""
        state = self.state_of(norm_id)
        level = self.framework.manifest.level(state)
        if level is not None:
            return level.words(current()).short
        return STATE_WORDS_FIXED.get(state) or word("walk.session.follow_up")

    def levels(self, norm: Norm) -> list[ScaleLevel]:
        """The verdicts this norm allows (no nvt on a core norm, when the scale says so)."""
        return [level for level in self.framework.manifest.scale
                if level.allowed_on_core or not norm.core]

    def refusals(self, norm_id: str, score: str) -> list[str]:
        return verdict_violations(self.framework, norm_id, score)

    def answer_of(self, norm_id: str) -> Answer | None:
        """The stored answer, complete, as the start of a change (None: no verdict yet)."""
        result = self.result(norm_id)
        if result is None or result.score is None:
            return None
        return Answer(score=result.score, findings=result.findings,
                      evidence=[item.model_dump(exclude_none=True) for item in result.evidence],
                      strengths=list(result.strengths),
                      improvements=[item.model_dump(exclude_none=True)
                                    for item in result.improvements],
                      nvt_reason=result.nvt_reason, assessed_by=self.auditor,
                      replace_lists=True)

    def warnings(self, norm_id: str, answer: Answer | None) -> list[str]:
        """The warnings for an answer as it stands, then the norm's own notices."""
        found = [] if answer is None else warnings.answer_warnings(
            self.framework, norm_id, answer.score, answer.evidence, answer.improvements)
        return found + self.notices(norm_id)

    def previous(self, norm_id: str) -> str | None:
        """The previous audit's verdict on what this norm was then (None: no previous
        audit recorded)."""
        return describe_previous(self.framework, self.loaded.audit.previous, norm_id)

    def follow_up_lines(self, norm_id: str) -> list[str]:
        """The previous verdict and the numbered points to follow up, one line each."""
        result = self.result(norm_id)
        previous = self.previous(norm_id)
        lines = [previous] if previous else []
        for number, point in enumerate(result.follow_up if result else [], start=1):
            lines.append(word("walk.session.follow_up_line", number=number, norm=point.norm,
                              text=" ".join(point.text.split()),
                              status=STATUS_WORDS[point.status]))
        return lines

    def notices(self, norm_id: str) -> list[str]:
        return warnings.norm_notices(self.framework, self.loaded.audit, norm_id)

    # -- where to go -----------------------------------------------------------------

    def start(self, start_at: str | None = None) -> str | None:
        """The norm to begin at: the one asked for, else where the walk last stopped on
        this audit, else the first open norm (None: none open)."""
        if start_at is not None:
            norm = self.norm(start_at)
            if norm is None:
                raise InvalidInput(word("walk.session.no_norm", id=start_at,
                                        version=self.framework.version))
            return norm.id
        last = resume.last_norm(self.loaded.path)
        if last is not None and self.norm(last) is not None:
            return last
        return first_open(self.framework, self.loaded.audit)

    def remember(self, norm_id: str | None) -> None:
        resume.remember(self.loaded.path, norm_id)

    def find(self, text: str) -> list[Norm]:
        """Norms by id (`V7`) or by part of the title (`vrijwillig`), in framework order."""
        wanted = " ".join(text.split()).lower()
        if not wanted:
            return []
        exact = self.norm(wanted.upper())
        if exact is not None:
            return [exact]
        return [norm for norm in self.norms if wanted in norm.title.lower()]

    def matching(self, which: str = "alle", area: str | None = None) -> list[Norm]:
        """The norms a filter shows: all, open only, one area, or those in conflict."""
        if which == "open":
            return [n for n in self.norms if self.loaded.audit.score_of(n.id) is None]
        if which == "gebied" and area is not None:
            return self.framework.norms_in(area)
        if which == "conflict":
            return [n for n in self.norms if n.id in self.conflicts]
        return list(self.norms)

    def next_open_after(self, norm_id: str) -> str | None:
        for norm in self.norms[self.index(norm_id) + 1:]:
            if self.loaded.audit.score_of(norm.id) is None:
                return norm.id
        return None

    # -- saving ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the audit again when another save changed it since it was read."""
        if changed_on_disk(self.loaded):
            self.loaded = reload(self.loaded)

    def save(self, norm_id: str, answer: Answer, *, force: bool = False) -> Saved:
        """Save one answer through the one save path."""
        if self.at is not None and answer.at is None:
            answer = dataclasses.replace(answer, at=self.at)
        if not force and unchanged(self.loaded, norm_id, answer):
            return Saved("unchanged")
        try:
            self.loaded = save_answer(self.loaded, norm_id, answer, force=force)
        except Conflict as conflict:
            self.conflicts[norm_id] = conflict
            return Saved("conflict", conflict.message, conflict)
        except RefusedAnswer as error:
            return Saved("refused", error.message)
        except KwaliteitslabelError as error:
            details = [problem.message for problem in error.problems] or [error.message]
            return Saved("failed", "; ".join(details))
        self.conflicts.pop(norm_id, None)
        return Saved("saved")

    def keep_theirs(self, norm_id: str) -> None:
        """After a conflict: the version in the file stays; read it."""
        self.conflicts.pop(norm_id, None)
        self.loaded = reload(self.loaded)
