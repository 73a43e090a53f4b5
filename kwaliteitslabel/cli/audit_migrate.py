"""`kwaliteitslabel audit migrate OLD --to VERSION -o NEW`: an audit to a newer framework."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from kwaliteitslabel.cli.errors import reports_errors
from kwaliteitslabel.cli.options import NormsOption
from kwaliteitslabel.cli.output import err, out
from kwaliteitslabel.words import help_text


@reports_errors
def migrate(
    file: Annotated[Path, typer.Argument(metavar="OLD", readable=False,
                                         help=help_text("help.audit.migrate.file"))],
    to: Annotated[str, typer.Option("--to", help=help_text("help.audit.migrate.to"))],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help=help_text("help.audit.migrate.output"))],
    norms: NormsOption = None,
) -> None:
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.cycle.migrate import migrate as migrate_audit
    from kwaliteitslabel.cycle.migrate import target_framework

    loaded = load_audit(file, norms)
    target = target_framework(to, loaded.framework.path)
    created, migration = migrate_audit(loaded, target, output)
    out.print(f"[green]✓[/green] Audit overgezet naar normenkader {escape(target.version)}: "
              f"{escape(str(created.path))} (het oude bestand is niet gewijzigd)")
    renamed = [f"{old}→{new}" for old, new in migration.carried if old != new]
    out.print(f"  overgenomen:   {len(migration.carried)} normen die gelijk bleven"
              + (f" (nieuw id: {', '.join(renamed)})" if renamed else ""))
    if migration.to_confirm:
        out.print(f"  te bevestigen: {len(migration.to_confirm)} normen staan open met het oude "
                  f"oordeel als notitie: {', '.join(migration.to_confirm)}")
    if migration.new_norms:
        out.print(f"  nieuw:         {', '.join(migration.new_norms)} (nog open)")
    if migration.left_out:
        out.print(f"  niet mee:      {', '.join(migration.left_out)} (hoort bij het oude "
                  "kader)")
    for warning in migration.warnings:
        err.print(f"[yellow]Let op: {escape(warning)}[/yellow]", soft_wrap=True)
    out.print(f"  verder met: kwaliteitslabel audit run {shlex.quote(str(created.path))}")
