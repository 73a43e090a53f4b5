"""`audit merge`, `audit merge-driver` and `audit git-setup`: the duo's two copies as one."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.prompt import Prompt

from kwaliteitslabel.cli.errors import reports_errors, show_error
from kwaliteitslabel.cli.options import JsonOption, NormsOption
from kwaliteitslabel.cli.output import err, out, print_json
from kwaliteitslabel.errors import KwaliteitslabelError
from kwaliteitslabel.framework.norm_ids import id_runs
from kwaliteitslabel.words import help_text

if TYPE_CHECKING:
    from kwaliteitslabel.cycle.merge import Choice, MergePlan

InputArgument = Annotated[Path, typer.Argument(readable=False, help=help_text("help.merge_input"))]


class Keuze(Prompt):
    illegal_choice_message = "[prompt.invalid.choice]Kies een van de mogelijkheden."


def _interactive(no_input: bool) -> bool:
    return not no_input and sys.stdin.isatty() and sys.stdout.isatty()


@reports_errors
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
        out.print(f"  {state.scored} van {state.total} normen beoordeeld in "
                  f"{escape(str(output))}")


def _summary(merged: MergePlan, choices: dict[str, Choice], left: list[str],
             output: Path) -> None:
    out.print(f"[green]✓[/green] Samengevoegd in {escape(str(output))} ({escape(merged.a_name)} "
              f"en {escape(merged.b_name)} zijn niet gewijzigd)")
    for label, ids in ((f"uit {merged.a_name}", merged.taken_a),
                       (f"uit {merged.b_name}", merged.taken_b),
                       ("gelijk in beide", merged.same),
                       ("zelfde oordeel, lijsten samen", merged.combined),
                       ("gekozen", list(choices))):
        if ids:
            shown = id_runs([key.removeprefix("header:") for key in ids])
            out.print(f"  {escape(label)}: {len(ids)} ({escape(', '.join(shown))})",
                      soft_wrap=True)
    if left:
        err.print(f"[yellow]Conflicten vastgelegd, nog open: {escape(', '.join(left))}.[/yellow]",
                  soft_wrap=True)
        norm_ids = {conflict.norm_id for conflict in merged.norm_conflicts}
        norms = [key for key in left if key in norm_ids]
        if norms:
            err.print(f"  Kies per norm in de loop: kwaliteitslabel audit run "
                      f"{escape(shlex.quote(str(output)))} --norm {escape(norms[0])} (of met "
                      "audit set).", soft_wrap=True)
        if len(norms) < len(left):
            err.print(f"  Gegevens: kwaliteitslabel audit details "
                      f"{escape(shlex.quote(str(output)))}", soft_wrap=True)


def _ask(merged: MergePlan) -> dict[str, Choice]:
    """Per conflict, the lead auditor's choice (in a terminal)."""
    from kwaliteitslabel.audit.answer import plain
    from kwaliteitslabel.cycle.merge import Choice, combine
    from kwaliteitslabel.walk.conflict_view import version

    choices: dict[str, Choice] = {}
    total = len(merged.norm_conflicts) + len(merged.header_conflicts)
    out.print(f"[bold]{total} conflict(en)[/bold] tussen {escape(merged.a_name)} (A) en "
              f"{escape(merged.b_name)} (B). Kies per conflict; 'o' laat het open.")
    number = 0
    for header in merged.header_conflicts:
        number += 1
        out.print(f"\n[bold]{number}/{total}. Gegeven '{escape(header.field)}'[/bold]")
        out.print(f"  A: {escape(str(plain(header.a)))}", soft_wrap=True)
        out.print(f"  B: {escape(str(plain(header.b)))}", soft_wrap=True)
        answer = Keuze.ask("Kies A, B of open", choices=["a", "b", "o"], default="o")
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
            answer = Keuze.ask("Kies A, B, s (samen: beide lijsten, één oordeel) of open",
                               choices=["a", "b", "s", "o"], default="o")
            if answer == "o":
                break
            if answer in ("a", "b"):
                choices[conflict.norm_id] = Choice(answer)  # type: ignore[arg-type]
                break
            score = Keuze.ask("Oordeel", choices=framework.verdicts)
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
        err.print(f"kwaliteitslabel: {escape(where)}conflicten vastgelegd in de audit, nog open: "
                  f"{escape(', '.join(outcome.conflicts))}; kies met 'audit set' of 'audit "
                  "run', daarna git add en git commit", soft_wrap=True)
    elif outcome.text_merge:
        err.print(f"kwaliteitslabel: {escape(where)}geen audit; gewone tekstmerge van git",
                  soft_wrap=True)
    raise typer.Exit(outcome.exit_code)


@reports_errors
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
    out.print("  Zet .gitattributes in git (git add .gitattributes) en draai dit ook in de "
              "andere kloon: git config geldt per kloon.", soft_wrap=True)
