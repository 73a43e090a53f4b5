"""`kwaliteitslabel report FILE...`: render PDF reports (the only path that loads WeasyPrint)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from kwaliteitslabel.cli.options import LangOption, NormsOption
from kwaliteitslabel.cli.output import command, err, out
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import help_text, word, word_in

if TYPE_CHECKING:
    from kwaliteitslabel.report.job import Done
    from kwaliteitslabel.report.paths import Target

# The outcome in the summary line, in the report's language (cli.report.outcome.<status>)
OUTCOMES = ("concept", "zelfevaluatie", "geregistreerd", "advies_positief", "advies_negatief",
            "gecertificeerd", "afgewezen", "leerrapport", "niet_geregistreerd", "verlopen")


def report(
    files: Annotated[list[Path], typer.Argument(readable=False,
        metavar="FILE", help=help_text("help.report.files"))],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help=help_text("help.report.output"), show_default=False)] = None,
    lang: LangOption = "nl",
    norms: NormsOption = None,
    sign: Annotated[Path | None, typer.Option(
        "--sign", metavar="KEY", help=help_text("help.report.sign"), show_default=False)] = None,
    force: Annotated[bool, typer.Option(
        "--force", help=help_text("help.report.force"))] = False,
) -> None:
    from kwaliteitslabel.report.paths import plan  # lazily: WeasyPrint only from here on

    targets = plan(files, output, lang=lang)
    if not force:
        _keep_final_reports(targets, norms)
    if len(targets) == 1 and len(files) == 1 and not files[0].is_dir():
        _one(targets[0], lang, norms, sign)
    elif sign is not None:
        raise typer.BadParameter(word("cli.report.sign_one"),
                                 param_hint="--sign")
    else:
        _many(targets, lang, norms)


def _summary(done: Done, lang: str) -> str:
    """`(31 pagina's, gecertificeerd)`, all of it in the report's language."""
    outcome = (word_in(lang, f"cli.report.outcome.{done.outcome}")
               if done.outcome in OUTCOMES else "")
    return word_in(lang, "cli.report.summary", pages=done.pages, outcome=outcome)


def _keep_final_reports(targets: list[Target], norms: Path | None) -> None:
    """Refuse, before rendering anything, to put a CONCEPT over a final report."""
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.scoring import evaluate
    from kwaliteitslabel.report.existing import is_final_report

    for target in targets:
        if not target.output.is_file() or not is_final_report(target.output):
            continue
        loaded = load_audit(target.source, norms, editable=False)
        if evaluate(loaded.framework, loaded.audit).draft:
            raise InvalidInput(word("cli.report.keep_final", output=target.output,
                                    source=target.source,
                                    command=command("audit", "check", target.source)))


def _one(target: Target, lang: str, norms: Path | None, sign: Path | None = None) -> None:
    from kwaliteitslabel.report.job import make_report

    with err.status(word("cli.report.making", source=escape(str(target.source)))):
        done = make_report(target, lang=lang, norms=norms, key=sign)
    if done.notice:
        err.print(f"[yellow]{escape(done.notice)}[/yellow]", soft_wrap=True)
    out.print(f"[green]✓[/green] {escape(str(done.output))} {_summary(done, lang)}")
    _warn_concept(done)


def _warn_concept(done: Done) -> None:
    """A concept is made, and said to be one: what is missing, and how to see it."""
    if done.missing:
        text = word("cli.report.concept", source=escape(str(done.source)),
                    missing=escape("; ".join(done.missing)),
                    command=escape(command("audit", "check", done.source)))
        err.print(f"[yellow]{text}[/yellow]", soft_wrap=True)


def _many(targets: list[Target], lang: str, norms: Path | None) -> None:
    from rich import progress as bars

    from kwaliteitslabel.report.batch import Batch

    batch = Batch(targets, lang=lang, norms=norms)
    batch.start()
    failed = []
    columns = (bars.TextColumn(escape(word("cli.report.reports"))), bars.BarColumn(),
               bars.MofNCompleteColumn(), bars.TimeElapsedColumn())
    with bars.Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(word("cli.report.reports"), total=len(targets))
        for done in batch.results():
            progress.advance(task)
            if done.notice:
                progress.console.print(f"[yellow]{escape(str(done.source))}: "
                                       f"{escape(done.notice)}[/yellow]", soft_wrap=True)
            if done.ok:
                _warn_concept(done)
                progress.console.print(
                    f"[green]✓[/green] {escape(str(done.output))} {_summary(done, lang)}",
                    soft_wrap=True)
            else:
                failed.append(done)
                progress.console.print(f"[red]✗ {escape(str(done.source))}[/red]",
                                       soft_wrap=True)
    made = len(targets) - len(failed)
    folder = escape(str(targets[0].output.parent))
    out.print(word("cli.report.made", made=made, total=len(targets), folder=folder))
    if failed:
        for done in failed:
            failure = word("cli.report.failed", source=escape(str(done.source)))
            err.print(f"[red]{failure}[/red]", soft_wrap=True)
            err.print(escape(done.error or ""), soft_wrap=True)
        raise typer.Exit(1)
