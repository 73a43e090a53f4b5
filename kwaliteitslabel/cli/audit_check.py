"""`audit check`: is the audit ready for its route? Every requirement, met or missing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from kwaliteitslabel.cli.options import FileArgument, JsonOption, NormsOption
from kwaliteitslabel.cli.output import out, print_json
from kwaliteitslabel.words import current, word

if TYPE_CHECKING:  # the core is imported inside the command: help stays light
    from kwaliteitslabel.audit.load import LoadedAudit
    from kwaliteitslabel.audit.readiness import Readiness
    from kwaliteitslabel.framework.route_model import RouteDefinition



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
        _show(ready, references, loaded, file)
    if not ready.ready:
        raise typer.Exit(1)


def _report_name(route: RouteDefinition | None, lang: str) -> str:
    """What the route's final report is called: its own word in Dutch, its English title
    (with a small letter) in English."""
    if route is None:
        return word("cli.audit_check.report")
    if lang == "nl":
        return route.report
    title = route.words(lang).title
    return title[:1].lower() + title[1:]


def _show(ready: Readiness, references: dict[str, list[str]], loaded: LoadedAudit,
          file: Path) -> None:
    lang = current()
    route = ready.route
    out.print(word("cli.audit_check.header",
                   organisation=f"[bold]{escape(loaded.audit.organisation)}[/bold]",
                   route=escape(route.words(lang).name if route else loaded.audit.route),
                   version=escape(loaded.framework.version)))
    out.print(word("cli.audit_check.requirements"))
    for item in ready.requirements:
        mark = "[green]✓[/green]" if item.met else "[red]✗[/red]"
        out.print(f"  {mark} {escape(item.text(lang))}", soft_wrap=True)
        hint = item.hint(file)
        if hint:
            out.print(f"      [dim]{escape(hint)}[/dim]", soft_wrap=True)
    if ready.warnings:
        out.print(word("cli.audit_check.warnings"))
        for item in ready.warnings:
            out.print(f"  [yellow]![/yellow] {escape(item.text(lang))}", soft_wrap=True)
    if references:
        out.print(word("cli.audit_check.references"))
        for notes in references.values():
            for note in notes:
                out.print(f"  [yellow]![/yellow] {escape(note)}", soft_wrap=True)
    if ready.ready:
        report = escape(_report_name(route, lang))
        out.print(f"[green]{word('cli.audit_check.ready', report=report)}[/green]")
    else:
        count = len(ready.missing)
        missing = word("cli.audit_check.missing_one") if count == 1 else \
            word("cli.audit_check.missing_many", count=count)
        out.print(f"[red]{word('cli.audit_check.not_ready', missing=missing)}[/red] "
                  + word("cli.audit_check.draft"))
