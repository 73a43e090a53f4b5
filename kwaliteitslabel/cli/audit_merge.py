"""`audit merge`, `audit merge-driver` and `audit git-setup`: the duo's two copies as one."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.prompt import Prompt

from kwaliteitslabel.cli.errors import show_error
from kwaliteitslabel.cli.options import JsonOption, NormsOption
from kwaliteitslabel.cli.output import err, out, print_json
from kwaliteitslabel.errors import KwaliteitslabelError
from kwaliteitslabel.framework.norm_ids import id_runs
from kwaliteitslabel.words import help_text, word

if TYPE_CHECKING:
    from kwaliteitslabel.cycle.merge import Choice, MergePlan

InputArgument = Annotated[Path, typer.Argument(readable=False, help=help_text("help.merge_input"))]


class Keuze(Prompt):
    """rich's prompt, answering in the language of the run."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.illegal_choice_message = \
            f"[prompt.invalid.choice]{word('cli.audit_merge.choose_option')}"


def _interactive(no_input: bool) -> bool:
    return not no_input and sys.stdin.isatty() and sys.stdout.isatty()


def merge(
    a: InputArgument,
    b: InputArgument,
    output: Annotated[Path, typer.Option(
        "--output", "-o", help=help_text("help.audit.merge.output"))],
    as_json: JsonOption = False,
    no_input: Annotated[bool, typer.Option(
        "--no-input", help=help_text("help.audit.merge.no_input"))]
    = False,
    norms: NormsOption = None,
) -> None:
    from kwaliteitslabel import yamlio
    from kwaliteitslabel.audit import store
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.progress import progress
    from kwaliteitslabel.cycle.merge import build, output_path, plan, unresolved

    output_path(output, (a, b))
    first, second = load_audit(a, norms, editable=True), load_audit(b, norms, editable=True)
    merged = plan(first, second)
    choices: dict[str, Choice] = {}
    if merged.has_conflicts and _interactive(no_input or as_json):
        choices = _ask(merged)
    created = store.create(yamlio.Document(path=output, tree=build(merged, choices),
                                           digest=""), first.framework)
    left = unresolved(merged, choices)
    if as_json:
        print_json({"file": str(output), "a": str(a), "b": str(b),
                    "taken_from_a": merged.taken_a, "taken_from_b": merged.taken_b,
                    "same": merged.same, "combined": merged.combined,
                    "chosen": {key: {"side": c.side, "score": c.score}
                               for key, c in choices.items()},
                    "conflicts": left})
    else:
        _summary(merged, choices, left, output)
        state = progress(created.framework, created.audit)
        out.print("  " + word("cli.audit_merge.assessed", scored=state.scored,
                              total=state.total, file=escape(str(output))))


def _summary(merged: MergePlan, choices: dict[str, Choice], left: list[str],
             output: Path) -> None:
    out.print("[green]✓[/green] " + word("cli.audit_merge.merged", output=escape(str(output)),
                                         a=escape(merged.a_name), b=escape(merged.b_name)))
    for label, ids in ((word("cli.audit_merge.from", name=merged.a_name), merged.taken_a),
                       (word("cli.audit_merge.from", name=merged.b_name), merged.taken_b),
                       (word("cli.audit_merge.same"), merged.same),
                       (word("cli.audit_merge.combined"), merged.combined),
                       (word("cli.audit_merge.chosen"), list(choices))):
        if ids:
            shown = id_runs([key.removeprefix("header:") for key in ids])
            out.print(f"  {escape(label)}: {len(ids)} ({escape(', '.join(shown))})",
                      soft_wrap=True)
    if left:
        err.print("[yellow]" + word("cli.audit_merge.left", conflicts=escape(", ".join(left)))
                  + "[/yellow]", soft_wrap=True)
        norm_ids = {conflict.norm_id for conflict in merged.norm_conflicts}
        norms = [key for key in left if key in norm_ids]
        if norms:
            err.print("  " + word("cli.audit_merge.choose_per_norm",
                                  file=escape(shlex.quote(str(output))),
                                  norm=escape(norms[0])), soft_wrap=True)
        if len(norms) < len(left):
            err.print("  " + word("cli.audit_merge.details",
                                  file=escape(shlex.quote(str(output)))), soft_wrap=True)


def _ask(merged: MergePlan) -> dict[str, Choice]:
    """Per conflict, the lead auditor's choice (in a terminal)."""
    from kwaliteitslabel.audit.answer import plain
    from kwaliteitslabel.cycle.merge import Choice, combine
    from kwaliteitslabel.walk.conflict_view import version

    choices: dict[str, Choice] = {}
    total = len(merged.norm_conflicts) + len(merged.header_conflicts)
    conflicts = word("cli.audit_merge.conflicts", count=total)
    out.print(word("cli.audit_merge.between", conflicts=f"[bold]{conflicts}[/bold]",
                   a=escape(merged.a_name), b=escape(merged.b_name)))
    number = 0
    for header in merged.header_conflicts:
        number += 1
        field = word("cli.audit_merge.field", field=escape(header.field))
        out.print(f"\n[bold]{number}/{total}. {field}[/bold]")
        out.print(f"  A: {escape(str(plain(header.a)))}", soft_wrap=True)
        out.print(f"  B: {escape(str(plain(header.b)))}", soft_wrap=True)
        answer = Keuze.ask(word("cli.audit_merge.ask_field"), choices=["a", "b", "o"],
                           default="o")
        if answer != "o":
            choices[f"header:{header.field}"] = Choice(answer)  # type: ignore[arg-type]
    framework = merged.a.framework
    for conflict in merged.norm_conflicts:
        number += 1
        norm = framework.norm(conflict.norm_id)
        title = f" {norm.title}" if norm is not None else ""
        out.print(f"\n[bold]{number}/{total}. {conflict.norm_id}{escape(title)}[/bold]")
        out.print(version(f"A ({merged.a_name})", plain(conflict.a)))
        out.print(version(f"B ({merged.b_name})", plain(conflict.b)))
        while True:
            answer = Keuze.ask(word("cli.audit_merge.ask_norm"),
                               choices=["a", "b", "s", "o"], default="o")
            if answer == "o":
                break
            if answer in ("a", "b"):
                choices[conflict.norm_id] = Choice(answer)  # type: ignore[arg-type]
                break
            score = Keuze.ask(word("cli.audit_merge.ask_verdict"), choices=framework.verdicts)
            problems = _problems(merged, conflict.norm_id, combine(conflict.a, conflict.b,
                                                                    score))
            if not problems:
                choices[conflict.norm_id] = Choice("both", score)
                break
            err.print(f"[red]{escape('; '.join(problems))}[/red]", soft_wrap=True)
    out.print("")
    return choices


def _problems(merged: MergePlan, norm_id: str, node: Any) -> list[str]:
    from pydantic import ValidationError

    from kwaliteitslabel.audit.answer import plain
    from kwaliteitslabel.audit.model import NormResult
    from kwaliteitslabel.audit.rules import rule_violations

    try:
        result = NormResult.model_validate(plain(node))
    except ValidationError as error:
        return [str(item["msg"]) for item in error.errors(include_url=False)]
    return rule_violations(merged.a.framework, norm_id, result)


def merge_driver_command(
    base: Annotated[Path, typer.Argument(metavar="O", readable=False,
                                         help=help_text("help.audit.merge-driver.base"))],
    ours: Annotated[Path, typer.Argument(metavar="A", readable=False,
                                         help=help_text("help.audit.merge-driver.ours"))],
    theirs: Annotated[Path, typer.Argument(metavar="B", readable=False,
                                           help=help_text("help.audit.merge-driver.theirs"))],
    name: Annotated[str | None, typer.Option(
        "--path", help=help_text("help.audit.merge-driver.name"))] = None,
) -> None:
    from kwaliteitslabel.cycle import merge_driver

    try:
        outcome = merge_driver.run(base, ours, theirs)
    except KwaliteitslabelError as error:
        show_error(error)
        raise typer.Exit(1) from None
    where = f"{name}: " if name else ""
    if outcome.conflicts:
        err.print(word("cli.audit_merge.driver_conflicts", where=escape(where),
                       conflicts=escape(", ".join(outcome.conflicts))), soft_wrap=True)
    elif outcome.text_merge:
        err.print(word("cli.audit_merge.driver_text", where=escape(where)), soft_wrap=True)
    raise typer.Exit(outcome.exit_code)


def git_setup(
    folder: Annotated[Path, typer.Argument(help=help_text("help.audit.git-setup.folder"),
                                           readable=False)] = Path("."),
    pattern: Annotated[str, typer.Option(
        "--pattern", help=help_text("help.audit.git-setup.pattern"))]
    = "*.yaml",
) -> None:
    from kwaliteitslabel.cycle import git_setup as setup

    done = setup.configure(folder, pattern)
    out.print(f"[green]✓[/green] {escape(str(done.attributes))}: {escape(done.line)}")
    out.print(f"[green]✓[/green] git config merge.kwaliteitslabel.driver "
              f"{escape(done.driver)}")
    out.print("  " + word("cli.audit_merge.git_add"), soft_wrap=True)
