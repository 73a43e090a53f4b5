"""`audit check`: is the audit ready for its route? Every requirement, met or missing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from kwaliteitslabel.cli.errors import reports_errors
from kwaliteitslabel.cli.options import JsonOption, NormsOption
from kwaliteitslabel.cli.output import out, print_json
from kwaliteitslabel.words import help_text

FileArgument = Annotated[Path, typer.Argument(metavar="FILE", help=help_text("help.audit_file"),
                                              readable=False)]


@reports_errors
def check(file: FileArgument, norms: NormsOption = None, as_json: JsonOption = False) -> None:
    from kwaliteitslabel.audit import readiness
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.references import notes_for_audit

    loaded = load_audit(file, norms, editable=False)
    ready = readiness.check(loaded.framework, loaded.audit)
    references = notes_for_audit(loaded.framework, loaded.audit)
    if as_json:
        print_json({"file": str(file), "organisation": loaded.audit.organisation,
                    **ready.as_json(), "outdated_references": references})
    else:
        route = ready.route
        out.print(f"[bold]{escape(loaded.audit.organisation)}[/bold] · "
                  f"{escape(route.name if route else loaded.audit.route)} · normenkader "
                  f"{escape(loaded.framework.version)}")
        out.print("Eisen:")
        for item in ready.requirements:
            mark = "[green]✓[/green]" if item.met else "[red]✗[/red]"
            out.print(f"  {mark} {escape(item.text())}", soft_wrap=True)
            hint = item.hint(file)
            if hint:
                out.print(f"      [dim]{escape(hint)}[/dim]", soft_wrap=True)
        if ready.warnings:
            out.print("Waarschuwingen:")
            for item in ready.warnings:
                out.print(f"  [yellow]![/yellow] {escape(item.text())}", soft_wrap=True)
        if references:
            out.print("Verwijzingen die op de auditdagen niet (meer) gelden:")
            for notes in references.values():
                for note in notes:
                    out.print(f"  [yellow]![/yellow] {escape(note)}", soft_wrap=True)
        if ready.ready:
            report = route.report if route else "rapport"
            out.print(f"[green]Klaar voor een definitief {escape(report)}.[/green]")
        else:
            count = len(ready.missing)
            missing = "1 eis ontbreekt" if count == 1 else f"{count} eisen ontbreken"
            out.print(f"[red]Nog niet klaar: {missing}.[/red] Het rapport wordt een concept.")
    if not ready.ready:
        raise typer.Exit(1)
