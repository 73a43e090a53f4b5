"""`audit programme FILE`: audit days, conversations per role and coverage per norm."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from kwaliteitslabel.cli.options import FileArgument, JsonOption, NormsOption
from kwaliteitslabel.cli.output import out, print_json
from kwaliteitslabel.words import help_text, word

if TYPE_CHECKING:
    from kwaliteitslabel.cycle.programme import Programme



def _days(plan: Programme) -> str:
    if plan.days is None:
        return word("cli.audit_programme.days_unknown")
    days = f"{plan.days:g}".replace(".", word("cli.audit_programme.decimal_mark"))
    return word("cli.audit_programme.days", days=days, fte=f"{plan.fte:g}",
                framework=plan.framework)


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
    title = word("cli.audit_programme.title", organisation=escape(plan.organisation))
    out.print(word("cli.audit_programme.header", title=f"[bold]{title}[/bold]",
                   route=plan.route, framework=plan.framework))
    out.print(word("cli.audit_programme.audit_days", days=escape(_days(plan))), soft_wrap=True)
    source = word("cli.audit_programme.from_participants" if plan.planned_from == "participants"
                  else "cli.audit_programme.from_roles")
    out.print(word("cli.audit_programme.conversations", count=len(plan.conversations),
                   source=source), soft_wrap=True)
    day = 0
    for talk in plan.conversations:
        if talk.day != day:
            day = talk.day
            out.print(f"[bold]{word('cli.audit_programme.day', day=day)}[/bold]")
        mark = f" [green]{word('cli.audit_programme.spoken')}[/green]" if talk.spoken else ""
        norms = word("cli.audit_programme.norms" if len(talk.norms) != 1
                     else "cli.audit_programme.one_norm", count=len(talk.norms),
                     norms=escape(", ".join(talk.norms)))
        out.print(f"  • {escape(talk.name)}{mark}: {norms}", soft_wrap=True)
        for norm_id, question in talk.questions:
            out.print(f"      {norm_id}: {escape(' '.join(question.split()))}", soft_wrap=True)
    table = Table(title=word("cli.audit_programme.coverage"), show_header=True,
                  header_style="bold")
    for heading in ("norm", *(word(f"cli.audit_programme.{key}") for key in (
            "roles", "documents", "observations", "heard", "covered"))):
        table.add_column(heading)
    for item in plan.coverage:
        state = (f"[green]{word('cli.audit_programme.triangulated')}[/green]"
                 if item.triangulated else word("cli.audit_programme.planned") if item.covered
                 else f"[red]{word('cli.audit_programme.gap')}[/red]")
        table.add_row(item.norm, escape(", ".join(item.roles) or "—"), str(item.documents),
                      str(item.observations), escape(", ".join(item.heard) or "—"), state)
    out.print(table)
    if plan.gaps:
        out.print(f"[red]{word('cli.audit_programme.gaps')}[/red] {', '.join(plan.gaps)}",
                  soft_wrap=True)
    else:
        out.print(f"[green]{word('cli.audit_programme.no_gaps')}[/green]", soft_wrap=True)
