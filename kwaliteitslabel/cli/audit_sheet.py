"""`audit export` and `audit import`: an audit in a spreadsheet and back."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from kwaliteitslabel.cli.errors import reports_errors
from kwaliteitslabel.cli.options import NormsOption
from kwaliteitslabel.cli.output import err, out
from kwaliteitslabel.words import help_text

FileArgument = Annotated[Path, typer.Argument(metavar="FILE", help=help_text("help.audit_file"),
                                              readable=False)]


@reports_errors
def export(
    file: FileArgument,
    kind: Annotated[str, typer.Option("--format", help=help_text("help.audit.export.kind"))],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help=help_text("help.audit.export.output"), show_default=False)] = None,
    norms: NormsOption = None,
) -> None:
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.cycle import export as exporting

    if kind not in exporting.FORMATS:
        raise typer.BadParameter(f"kies uit {', '.join(exporting.FORMATS)}",
                                 param_hint="--format")
    loaded = load_audit(file, norms, editable=False)
    data = exporting.export(loaded, kind)
    if output is None and kind != "xlsx":
        sys.stdout.write(data.decode("utf-8-sig"))
        sys.stdout.flush()
        return
    target = output or exporting.default_path(file, kind)
    exporting.write(target, data)
    out.print(f"[green]✓[/green] {len(loaded.framework.norms)} normen geschreven naar "
              f"{escape(str(target))}")
    out.print(f"  terug inlezen: kwaliteitslabel audit import {escape(str(file))} "
              f"{escape(str(target))}", soft_wrap=True)


@reports_errors
def import_(
    file: FileArgument,
    sheet: Annotated[Path, typer.Argument(metavar="SHEET", readable=False,
                                          help=help_text("help.audit.import.sheet"))],
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help=help_text("help.audit.import.dry_run"))] = False,
    norms: NormsOption = None,
) -> None:
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.cycle import import_sheet

    loaded = load_audit(file, norms)
    applied = import_sheet.apply(loaded, sheet, dry_run=dry_run)
    verb = "zou wijzigen" if dry_run else "bewaard"
    for norm_id, row, what in applied.changed:
        out.print(f"[green]✓[/green] {norm_id} (rij {row}): {escape(', '.join(what))} {verb}",
                  soft_wrap=True)
    for _norm_id, _row, message in applied.refused:
        err.print(f"[red]Geweigerd: {escape(message)}[/red]", soft_wrap=True)
    summary = (f"{len(applied.changed)} norm(en) {'te wijzigen' if dry_run else 'gewijzigd'}, "
               f"{applied.unchanged} ongewijzigd, {len(applied.refused)} geweigerd")
    out.print(summary + (" (proef: niets bewaard)" if dry_run else
                         f" in {escape(str(file))}"))
    if applied.refused:
        raise typer.Exit(1)
