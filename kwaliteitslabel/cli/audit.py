"""`kwaliteitslabel audit ...`: create, walk, set, status and score an audit.

The core is imported inside each command, so that `--help` loads no framework, YAML or
pydantic (see tests/cli/test_start_up.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from kwaliteitslabel.cli.audit_check import check
from kwaliteitslabel.cli.audit_compare import compare_command
from kwaliteitslabel.cli.audit_decision import advise, decide
from kwaliteitslabel.cli.audit_details import show_or_change
from kwaliteitslabel.cli.audit_follow_up import (
    FollowUpOption,
    NoteOption,
    StatusOption,
    set_follow_up,
)
from kwaliteitslabel.cli.audit_merge import git_setup, merge, merge_driver_command
from kwaliteitslabel.cli.audit_migrate import migrate
from kwaliteitslabel.cli.audit_new import new
from kwaliteitslabel.cli.audit_partial import (
    partial_json,
    show_partial,
)
from kwaliteitslabel.cli.audit_plan import improvements_command
from kwaliteitslabel.cli.audit_programme import programme_command
from kwaliteitslabel.cli.audit_sheet import export, import_
from kwaliteitslabel.cli.errors import show_error
from kwaliteitslabel.cli.options import FileArgument, JsonOption, NormsOption
from kwaliteitslabel.cli.output import (
    err,
    out,
    print_json,
    warn_if_decision_lapsed,
)
from kwaliteitslabel.cli.score_view import print_progress, print_result
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import help_text, word

if TYPE_CHECKING:
    from kwaliteitslabel.framework.loaded import Framework

app = typer.Typer(no_args_is_help=True)  # its help: CHILDREN in cli/app.py

app.command("migrate")(migrate)
app.command("compare")(compare_command)
app.command("details")(show_or_change)
app.command("check")(check)
app.command("advise")(advise)
app.command("decide")(decide)
app.command("merge")(merge)
app.command("merge-driver")(merge_driver_command)
app.command("git-setup")(git_setup)
app.command("export")(export)
app.command("import")(import_)
app.command("programme")(programme_command)
app.command("improvements")(improvements_command)
app.command("new")(new)



def _show_notice(notice: str | None) -> None:
    if notice:
        err.print(f"[yellow]{escape(notice)}[/yellow]", soft_wrap=True)


@app.command()
def run(
    file: FileArgument,
    norms: NormsOption = None,
    start_at: Annotated[str | None, typer.Option(
        "--norm", help=help_text("help.audit.run.start_at"))]
    = None,
    auditor: Annotated[str | None, typer.Option(help=help_text("help.audit.run.auditor"))]
    = None,
    plain: Annotated[bool, typer.Option(
        "--plain", help=help_text("help.audit.run.plain"))] = False,
    at: Annotated[str | None, typer.Option(
        "--at", help=help_text("help.audit.run.at"), show_default=False)] = None,
) -> None:
    from kwaliteitslabel.audit import details
    from kwaliteitslabel.audit.answer import verdict_day
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.cli.terminal_walk import walk_in_terminal

    loaded = load_audit(file, norms)
    day = verdict_day(loaded, details.day("--at", at)) if at else None
    _show_notice(loaded.notice)
    walk_in_terminal(loaded, start_at=start_at, auditor=auditor, plain=plain, at=day)


def _verdict(framework: Framework, typed: str) -> str:
    """A verdict as the walk takes it: its id, name, short word, an alias or its key."""
    verdict = framework.verdict_for(typed)
    if verdict is None:
        from kwaliteitslabel.audit.load import unknown_verdict

        keys = ", ".join(f"{'/'.join(keys)} {verdict}"
                         for verdict, keys in framework.verdict_keys.items())
        raise InvalidInput(word("cli.set.unknown_verdict",
                                problem=unknown_verdict(framework, typed), keys=keys))
    return verdict


SET_LABELS = {"score": "--score", "findings": "--finding", "evidence": "--evidence",
              "strengths": "--strength", "improvements": "--improvement",
              "nvt_reason": "--reason", "assessed_by": "--auditor"}


@app.command("set")
def set_(
    file: FileArgument,
    norm: Annotated[str | None, typer.Argument(
        metavar="NORM", help=help_text("help.audit.set.norm"),
                                               show_default=False)] = None,
    score: Annotated[str | None, typer.Option(
        help=help_text("help.audit.set.score"),
        show_default=False)] = None,
    finding: Annotated[str | None, typer.Option(help=help_text("help.audit.set.finding"))]
    = None,
    evidence: Annotated[list[str] | None, typer.Option(
        help=help_text("help.audit.set.evidence"))] = None,
    strength: Annotated[list[str] | None, typer.Option(
        help=help_text("help.audit.set.strength"))] = None,
    improvement: Annotated[list[str] | None, typer.Option(
        help=help_text("help.audit.set.improvement"))] = None,
    reason: Annotated[str | None, typer.Option(help=help_text("help.audit.set.reason"))] = None,
    auditor: Annotated[str | None, typer.Option(help=help_text("help.audit.set.auditor"))] = None,
    at: Annotated[str | None, typer.Option(
        "--at", help=help_text("help.audit.set.at"), show_default=False)] = None,
    replace: Annotated[bool, typer.Option(
        "--replace", help=help_text("help.audit.set.replace"))] = False,
    force: Annotated[bool, typer.Option(
        "--force", help=help_text("help.audit.set.force"))] = False,
    recover: Annotated[bool, typer.Option(
        "--recover", help=help_text("help.audit.set.recover"))]
    = False,
    follow_up: FollowUpOption = None,
    status: StatusOption = None,
    note: NoteOption = None,
    norms: NormsOption = None,
) -> None:
    if follow_up is not None or status is not None or note is not None:
        if norm is None or follow_up is None or score is not None:
            raise typer.BadParameter(word("cli.set.follow_up_usage"), param_hint="--follow-up")
        set_follow_up(file, norm, follow_up, status, note, force=force, norms=norms)
        return
    if recover:
        if norm is not None or score is not None:
            raise typer.BadParameter(word("cli.set.recover_usage"), param_hint="NORM")
        _recover(file, norms)
        return
    if norm is None or score is None:
        raise typer.BadParameter(word("cli.set.usage"), param_hint="NORM / --score")
    from kwaliteitslabel.audit import details
    from kwaliteitslabel.audit.answer import Answer, verdict_day
    from kwaliteitslabel.audit.evidence import parse_evidence
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.progress import progress
    from kwaliteitslabel.audit.rules import unsupported
    from kwaliteitslabel.audit.store import save_answer

    loaded = load_audit(file, norms)
    score = _verdict(loaded.framework, score)
    _show_notice(loaded.notice)
    kinds = loaded.framework.manifest.evidence_kinds
    answer = Answer(
        score=score, findings=finding,
        evidence=[parse_evidence(text, kinds, where="--evidence") for text in evidence or []],
        strengths=list(strength or []),
        improvements=[{"text": text} for text in improvement or []],
        nvt_reason=reason, assessed_by=auditor, replace_lists=replace,
        at=verdict_day(loaded, details.day("--at", at)) if at else None)
    saved = save_answer(loaded, norm, answer, force=force, labels=SET_LABELS)
    warn_if_decision_lapsed(loaded.audit, saved.audit)
    state = progress(saved.framework, saved.audit)
    out.print("[green]✓[/green] " + escape(word(
        "cli.set.saved", norm=norm.upper(), verdict=score, file=file, scored=state.scored,
        total=state.total)))
    for warning in unsupported(saved.framework, saved.audit, norm):
        err.print(f"[yellow]{escape(word('cli.warning', text=warning))}[/yellow]",
                  soft_wrap=True)


def _recover(file: Path, norms: Path | None) -> None:
    from kwaliteitslabel.audit import recovery
    from kwaliteitslabel.audit.load import load_audit

    path = recovery.find(file)
    if path is None:
        raise InvalidInput(word("cli.set.no_recovery", file=file,
                                name=recovery.recovery_path(file).name))
    applied = recovery.apply(load_audit(file, norms), path)
    for norm_id in applied.saved:
        out.print("[green]✓[/green] " + escape(word("cli.set.recovered", norm=norm_id,
                                                     file=file, source=path.name)))
    for _norm_id, error in applied.refused:
        show_error(error)
    if applied.left is not None:
        left = ", ".join(norm_id for norm_id, _ in applied.refused)
        err.print(word("cli.set.not_recovered", left=applied.left, norms=left), soft_wrap=True,
                  markup=False)
        raise typer.Exit(1)


@app.command()
def status(file: FileArgument, norms: NormsOption = None, as_json: JsonOption = False) -> None:
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.progress import progress

    loaded = load_audit(file, norms, editable=False)
    state = progress(loaded.framework, loaded.audit)
    if as_json:
        print_json({"file": str(file), "organisation": loaded.audit.organisation,
                    "route": loaded.audit.route, "framework": loaded.framework.version,
                    **state.as_json()})
        return
    _show_notice(loaded.notice)
    print_progress(loaded, state)


@app.command()
def score(file: FileArgument, norms: NormsOption = None, as_json: JsonOption = False) -> None:
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.scoring import evaluate

    loaded = load_audit(file, norms, editable=False)
    result = evaluate(loaded.framework, loaded.audit)
    if as_json:
        print_json({"file": str(file), "organisation": loaded.audit.organisation,
                    **result.as_json(), **partial_json(loaded)})
        return
    _show_notice(loaded.notice)
    print_result(loaded, result)
    show_partial(loaded)
