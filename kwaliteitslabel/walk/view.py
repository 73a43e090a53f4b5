"""What the walk shows: the wording per route, the keys, an answer, the progress."""

from __future__ import annotations

import shlex
from pathlib import Path

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.evidence import describe_evidence
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.model import NormResult
from kwaliteitslabel.audit.progress import Progress
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Norm
from kwaliteitslabel.walk.scale_view import help_rows, key_label
from kwaliteitslabel.words import current, word

# The organisation assesses itself in a zelfevaluatie; peers (toetsers) and auditors
# give a verdict on the other routes.
QUESTIONS = ("score", "findings", "evidence", "strengths", "improvements", "reason")


def wording(assessors: str) -> dict[str, str]:
    """The questions in the words of who assesses on the route (from the manifest), in
    the language of this run."""
    who = "self" if assessors == "organisatie" else "auditor"
    questions = {key: word(f"walk.view.{who}.{key}") for key in QUESTIONS}
    if assessors == "toetsers":
        questions["score"] = word("walk.view.peer.score")
    return questions


def evidence_hint() -> str:
    """How to type a line of evidence, with an example."""
    return word("walk.view.evidence_hint")


def verdict_name(framework: Framework, verdict: str) -> str:
    """The verdict's name in small letters in the language of this run ('voldoet deels')."""
    return framework.level(verdict).words(current()).name.lower()


def id_ranges(framework: Framework) -> str:
    """'V1–V16, D1–D16, O1–O20': the norm ids per area, for hints."""
    ranges = []
    for area in framework.manifest.areas:
        ids = [norm.id for norm in framework.norms_in(area.id)]
        if ids:
            ranges.append(f"{ids[0]}–{ids[-1]}" if len(ids) > 1 else ids[0])
    return ", ".join(ranges)


def header(norm: Norm, area_name: str, state: Progress) -> str:
    core = word("walk.view.core") if norm.core else ""
    scored = word("walk.view.scored", scored=state.scored, total=state.total)
    return f"{norm.id} · {area_name}{core} · {scored}"


def score_keys(framework: Framework, norm: Norm, current: str | None) -> Text:
    """The verdict keys this norm allows, then the other keys, wrapped under the question."""
    levels = [level for level in framework.manifest.scale
              if level.allowed_on_core or not norm.core]
    refused = [level for level in framework.manifest.scale if level not in levels]
    verdicts = " · ".join(f"{key_label(framework, level.id)} {verdict_name(framework, level.id)}"
                          for level in levels)
    if refused:
        verdicts += word("walk.view.core_refuses",
                         ids=", ".join(level.id for level in refused))
    lines = [f"  {verdicts}"]
    if current is not None:
        lines.append(word("walk.view.keep_verdict", verdict=verdict_name(framework, current)))
    lines.append(word("walk.view.other_keys"))
    return Text("\n".join(lines), style="dim")


def label(part: str) -> str:
    """The label of a part of an answer in a list of them, indented ('  bevindingen')."""
    return "  " + word(f"walk.view.label.{part}")


def current_answer(framework: Framework, result: NormResult) -> RenderableType:
    """The answer stored for a norm, as a small table with hanging indents."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", no_wrap=True, min_width=14)
    grid.add_column()
    who = " · ".join(part for part in (
        result.assessed_by,
        result.assessed_at.strftime("%Y-%m-%d %H:%M") if result.assessed_at else None) if part)
    score = framework.level(result.score).words(current()).name if result.score \
        else word("walk.view.no_verdict")
    title = Text.assemble((word("walk.view.current_answer"), "bold"), (score, "bold"),
                          (f"  ({who})" if who else "", "dim"))
    if result.nvt_reason:
        grid.add_row(label("nvt_reason"), Text(result.nvt_reason))
    if result.findings:
        grid.add_row(label("findings"), Text(result.findings))
    for item in result.evidence:
        grid.add_row(label("evidence"), Text(describe_evidence(item)))
    for strength in result.strengths:
        grid.add_row(label("strengths"), Text(strength))
    for improvement in result.improvements:
        grid.add_row(label("improvements"), Text(improvement.text))
    for note in result.notes:  # e.g. the old verdicts after `audit migrate`, to confirm
        grid.add_row(label("note"), Text(note))
    return Group(title, grid) if grid.rows else title


def progress_view(state: Progress) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column()
    for area in state.areas:
        filled = round(12 * area.scored / area.total) if area.total else 0
        shown = ", ".join(area.open[:6]) + (f" (+{len(area.open) - 6})"
                                            if len(area.open) > 6 else "")
        grid.add_row(f"  {area.name}", "█" * filled + "░" * (12 - filled),
                     f"{area.scored}/{area.total}",
                     word("walk.view.open_norms", norms=shown) if shown
                     else word("walk.view.area_done"))
    counts = " · ".join(f"{verdict.replace('_', ' ')} {count}"
                        for verdict, count in state.counts.items())
    return Group(Text(word("walk.view.progress", scored=state.scored, total=state.total),
                      style="bold"), grid, Text(f"  {counts}", style="dim"))


def help_view(framework: Framework) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column()
    for keys, meaning in (
        *help_rows(framework),
        ("Enter", word("walk.view.help.enter")),
        ("s", word("walk.view.help.skip")),
        ("b", word("walk.view.help.back")),
        (word("walk.view.help.goto_keys"), word("walk.view.help.goto")),
        ("p", word("walk.view.help.progress")),
        ("t", word("walk.view.help.text")),
        ("q", word("walk.view.help.quit")),
    ):
        grid.add_row(f"  {keys}", meaning)
    return Group(
        Text(word("walk.view.help.title"), style="bold"), grid, "",
        Text(word("walk.view.help.after")),
        Text(word("walk.view.help.evidence")), Text(evidence_hint()),
        Text(word("walk.view.help.saved")))


def welcome(loaded: LoadedAudit, state: Progress) -> RenderableType:
    audit = loaded.audit
    return Group(
        Text.assemble((audit.organisation, "bold"),
                      word("walk.view.welcome", route=audit.route,
                           version=loaded.framework.version, scored=state.scored,
                           total=state.total)),
        Text(word("walk.view.welcome_keys"), style="dim"))


def end_of_list(path: Path, state: Progress) -> tuple[Text, str | None]:
    """What to say at the end of the list, and a command to copy (if any)."""
    if state.open:
        shown = ", ".join(state.open[:8]) + (" …" if len(state.open) > 8 else "")
        return Text.assemble(word("walk.view.still_open", count=len(state.open), norms=shown),
                             (word("walk.view.end_keys", first=state.open[0]), "dim")), None
    return (Text(word("walk.view.all_done", total=state.total)), _command("score", path))


def goodbye(path: Path, state: Progress, interrupted: bool,
            resume_at: str | None = None) -> tuple[Text, str]:
    """How far the audit is, and the command that goes on from here (at `resume_at`, the
    norm the walk stopped at, when that is not the first open norm)."""
    text = Text(word("walk.view.interrupted" if interrupted else "walk.view.stopped")
                + word("walk.view.saved_count", scored=state.scored, total=state.total))
    if resume_at is not None and state.open and resume_at != state.open[0]:
        text.append(word("walk.view.resume_here", at=resume_at, first=state.open[0]))
        return text, _command("run", path)
    if state.open:
        text.append(word("walk.view.resume_first", first=state.open[0]))
        return text, _command("run", path)
    text.append(word("walk.view.outcome"))
    return text, _command("score", path)


def _command(name: str, path: Path) -> str:
    return f"  kwaliteitslabel audit {name} {shlex.quote(str(path))}"


def answer_text(norm_id: str, answer: Answer) -> str:
    """An answer as plain lines, to copy by hand when it can be saved nowhere."""
    lines = [f"{norm_id}: {answer.score}"]
    if answer.findings:
        lines.append(f"{label('findings')}: {answer.findings}")
    lines += [f"{label('evidence')}: {describe_evidence(item)}" for item in answer.evidence]
    lines += [f"{label('strengths')}: {text}" for text in answer.strengths]
    lines += [f"{label('improvements')}: {item.get('text', '')}"
              for item in answer.improvements]
    if answer.nvt_reason:
        lines.append(f"{label('reason')}: {answer.nvt_reason}")
    return "\n".join(lines)
