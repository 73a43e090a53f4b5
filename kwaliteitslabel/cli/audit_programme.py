"""`audit programme FILE`: audit days, conversations per role and coverage per norm."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from kwaliteitslabel.cli.errors import reports_errors
from kwaliteitslabel.cli.options import JsonOption, NormsOption
from kwaliteitslabel.cli.output import out, print_json
from kwaliteitslabel.words import help_text

if TYPE_CHECKING:
    from kwaliteitslabel.cycle.programme import Programme

FileArgument = Annotated[Path, typer.Argument(metavar="FILE", help=help_text("help.audit_file"),
                                              readable=False)]


def _days(plan: Programme) -> str:
    if plan.days is None:
        return ("onbekend: leg de omvang vast met 'audit details FILE --fte N' (de tabel van "
                "het normenkader gaat uit van fte)")
    days = f"{plan.days:g}".replace(".", ",")
    return f"{days} ({plan.fte:g} fte, volgens de tabel van normenkader {plan.framework})"


@reports_errors
def programme_command(
    file: FileArgument,
    as_json: JsonOption = False,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o",
help=help_text("help.audit.programme.output"), show_default=False)] = None,
    norms: NormsOption = None,
) -> None:
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.cycle.programme import programme

    loaded = load_audit(file, norms, editable=False)
    plan = programme(loaded.framework, loaded.audit)
    pdf = None
    if output is not None:
        from kwaliteitslabel.report.programme import render_programme

        pdf = render_programme(loaded, plan, output)
    if as_json:
        print_json({"file": str(file), **plan.as_json(),
                    **({"pdf": str(pdf)} if pdf is not None else {})})
        return
    _print(plan)
    if pdf is not None:
        out.print(f"[green]✓[/green] PDF: {escape(str(pdf))}")


def _print(plan: Programme) -> None:
    out.print(f"[bold]Auditprogramma {escape(plan.organisation)}[/bold] · {plan.route} · "
              f"normenkader {plan.framework}")
    out.print(f"Auditdagen: {escape(_days(plan))}", soft_wrap=True)
    source = ("de gesprekspartners in de audit" if plan.planned_from == "participants"
              else "alle rollen die de normen noemen (nog geen gesprekspartners vastgelegd)")
    out.print(f"Gesprekken: {len(plan.conversations)}, gepland met {source}", soft_wrap=True)
    day = 0
    for talk in plan.conversations:
        if talk.day != day:
            day = talk.day
            out.print(f"[bold]Dag {day}[/bold]")
        mark = " [green](gesproken)[/green]" if talk.spoken else ""
        out.print(f"  • {escape(talk.name)}{mark}: {len(talk.norms)} normen "
                  f"({escape(', '.join(talk.norms))})", soft_wrap=True)
        for norm_id, question in talk.questions:
            out.print(f"      {norm_id}: {escape(' '.join(question.split()))}", soft_wrap=True)
    table = Table(title="Dekking per norm", show_header=True, header_style="bold")
    for title in ("norm", "rollen", "doc.", "obs.", "bewijs (rollen)", "dekking"):
        table.add_column(title)
    for item in plan.coverage:
        state = ("[green]getrianguleerd[/green]" if item.triangulated else
                 "gepland" if item.covered else "[red]gat[/red]")
        table.add_row(item.norm, escape(", ".join(item.roles) or "—"), str(item.documents),
                      str(item.observations), escape(", ".join(item.heard) or "—"), state)
    out.print(table)
    if plan.gaps:
        out.print(f"[red]Niet gedekt (minder dan twee rollen, of een rol zonder document of "
                  f"observatie):[/red] {', '.join(plan.gaps)}", soft_wrap=True)
    else:
        out.print("[green]Elke norm is gedekt door twee rollen, of een rol en een document of "
                  "observatie.[/green]", soft_wrap=True)
