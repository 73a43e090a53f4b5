"""`audit export` and `audit import`: an audit in a spreadsheet and back."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from kwaliteitslabel.cli.options import FileArgument, NormsOption
from kwaliteitslabel.cli.output import err, out
from kwaliteitslabel.words import help_text, word


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
        raise typer.BadParameter(word("cli.choose_from", choices=", ".join(exporting.FORMATS)),
                                 param_hint="--format")
    loaded = load_audit(file, norms, editable=False)
    data = exporting.export(loaded, kind)
    if output is None and kind != "xlsx":
        sys.stdout.write(data.decode("utf-8-sig"))
        sys.stdout.flush()
        return
    target = output or exporting.default_path(file, kind)
    exporting.write(target, data)
    out.print("[green]✓[/green] " + word("cli.audit_sheet.written",
                                         count=len(loaded.framework.norms),
                                         target=escape(str(target))))
    out.print(word("cli.audit_sheet.read_back", file=escape(str(file)),
                   target=escape(str(target))), soft_wrap=True)


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
    verb = word("cli.audit_sheet.would_change" if dry_run else "cli.audit_sheet.saved")
    for norm_id, row, what in applied.changed:
        out.print("[green]✓[/green] " + word("cli.audit_sheet.row", norm=norm_id, row=row,
                                             what=escape(", ".join(what)), verb=verb),
                  soft_wrap=True)
    for _norm_id, _row, message in applied.refused:
        err.print(f"[red]{escape(word('cli.audit_sheet.refused', message=message))}[/red]",
                  soft_wrap=True)
    counts = {"changed": len(applied.changed), "unchanged": applied.unchanged,
              "refused": len(applied.refused)}
    out.print(word("cli.audit_sheet.summary_dry_run", **counts) if dry_run else
              word("cli.audit_sheet.summary", file=escape(str(file)), **counts))
    if applied.refused:
        raise typer.Exit(1)
