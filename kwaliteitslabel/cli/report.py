"""`kwaliteitslabel report FILE...`: render PDF reports (the only path that loads WeasyPrint)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from kwaliteitslabel.cli.errors import reports_errors
from kwaliteitslabel.cli.options import LangOption, NormsOption
from kwaliteitslabel.cli.output import err, out

if TYPE_CHECKING:
    from kwaliteitslabel.report.job import Done
    from kwaliteitslabel.report.paths import Target

OUTCOME_WORDS = {
    "nl": {"concept": "CONCEPT", "zelfevaluatie": "zelfevaluatie",
           "geregistreerd": "geregistreerd", "advies_positief": "advies positief, besluit volgt",
           "advies_negatief": "certificering niet behaald", "gecertificeerd": "gecertificeerd",
           "afgewezen": "certificaat niet toegekend", "leerrapport": "leerrapport",
           "niet_geregistreerd": "niet geregistreerd", "verlopen": "certificaat verlopen"},
    "en": {"concept": "DRAFT", "zelfevaluatie": "self-evaluation",
           "geregistreerd": "registered", "leerrapport": "learning report",
           "niet_geregistreerd": "not registered", "verlopen": "certificate lapsed",
           "advies_positief": "positive advice, decision follows",
           "advies_negatief": "certification not achieved", "gecertificeerd": "certified",
           "afgewezen": "certificate not granted"},
}



@reports_errors
def report(
    files: Annotated[list[Path], typer.Argument(readable=False,
        metavar="FILE", help="Auditbestand(en) of een map met audits.")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Bij één audit: het PDF-bestand; bij meerdere audits of een "
        "map: de map voor de PDF's (standaard: reports/).", show_default=False)] = None,
    lang: LangOption = "nl",
    norms: NormsOption = None,
    sign: Annotated[Path | None, typer.Option(
        "--sign", metavar="KEY", help="Onderteken het rapport met de privésleutel van de "
        "commissie (PAdES); voor één rapport.", show_default=False)] = None,
) -> None:
    """Maak een PDF-rapport van een of meer audits (PDF/A, met de audit als bijlage)."""
    from kwaliteitslabel.report.paths import plan  # lazily: WeasyPrint only from here on

    targets = plan(files, output, lang=lang)
    if len(targets) == 1 and len(files) == 1 and not files[0].is_dir():
        _one(targets[0], lang, norms, sign)
    elif sign is not None:
        raise typer.BadParameter("ondertekenen kan per rapport: geef één auditbestand",
                                 param_hint="--sign")
    else:
        _many(targets, lang, norms)


def _one(target: Target, lang: str, norms: Path | None, sign: Path | None = None) -> None:
    from kwaliteitslabel.report.job import make_report

    with err.status(f"Rapport maken van {escape(str(target.source))} ..."):
        done = make_report(target, lang=lang, norms=norms, key=sign)
    if done.notice:
        err.print(f"[yellow]{escape(done.notice)}[/yellow]", soft_wrap=True)
    out.print(f"[green]✓[/green] {escape(str(done.output))} ({done.pages} pagina's, "
              f"{OUTCOME_WORDS[lang].get(done.outcome or '', '')})")
    _warn_concept(done)


def _warn_concept(done: Done) -> None:
    """A concept is made, and said to be one: what is missing, and how to see it."""
    if done.missing:
        err.print(f"[yellow]Let op: {escape(str(done.source))} is nog niet klaar; het rapport "
                  f"is een CONCEPT. Nog niet in orde: {escape('; '.join(done.missing))}. "
                  f"Zie 'kwaliteitslabel audit check {escape(str(done.source))}'.[/yellow]",
                  soft_wrap=True)


def _many(targets: list[Target], lang: str, norms: Path | None) -> None:
    from rich import progress as bars

    from kwaliteitslabel.report.batch import Batch

    batch = Batch(targets, lang=lang, norms=norms)
    batch.start()
    failed = []
    columns = (bars.TextColumn("Rapporten"), bars.BarColumn(), bars.MofNCompleteColumn(),
               bars.TimeElapsedColumn())
    with bars.Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("rapporten", total=len(targets))
        for done in batch.results():
            progress.advance(task)
            if done.notice:
                progress.console.print(f"[yellow]{escape(str(done.source))}: "
                                       f"{escape(done.notice)}[/yellow]", soft_wrap=True)
            if done.ok:
                _warn_concept(done)
                progress.console.print(
                    f"[green]✓[/green] {escape(str(done.output))} ({done.pages} pagina's, "
                    f"{OUTCOME_WORDS[lang].get(done.outcome or '', '')})", soft_wrap=True)
            else:
                failed.append(done)
                progress.console.print(f"[red]✗ {escape(str(done.source))}[/red]",
                                       soft_wrap=True)
    made = len(targets) - len(failed)
    folder = escape(str(targets[0].output.parent))
    out.print(f"{made} van {len(targets)} rapporten gemaakt in {folder}.")
    if failed:
        for done in failed:
            err.print(f"[red]Niet gelukt: {escape(str(done.source))}[/red]", soft_wrap=True)
            err.print(escape(done.error or ""), soft_wrap=True)
        raise typer.Exit(1)
