"""`kwaliteitslabel audit migrate OLD --to VERSION -o NEW`: an audit to a newer framework."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from kwaliteitslabel.cli.options import NormsOption
from kwaliteitslabel.cli.output import err, out
from kwaliteitslabel.words import help_text, word


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
    out.print("[green]✓[/green] " + word("cli.audit_migrate.done",
                                         version=escape(target.version),
                                         path=escape(str(created.path))))
    renamed = [f"{old}→{new}" for old, new in migration.carried if old != new]
    out.print(word("cli.audit_migrate.carried", count=len(migration.carried),
                   renamed=word("cli.audit_migrate.renamed", ids=", ".join(renamed))
                   if renamed else ""))
    if migration.to_confirm:
        out.print(word("cli.audit_migrate.to_confirm", count=len(migration.to_confirm),
                       norms=", ".join(migration.to_confirm)))
    if migration.new_norms:
        out.print(word("cli.audit_migrate.new", norms=", ".join(migration.new_norms)))
    if migration.left_out:
        out.print(word("cli.audit_migrate.left_out", norms=", ".join(migration.left_out)))
    for warning in migration.warnings:
        err.print(f"[yellow]{escape(word('cli.warning', text=warning))}[/yellow]",
                  soft_wrap=True)
    out.print(word("cli.audit_new.continue_with",
                   command=f"kwaliteitslabel audit run {shlex.quote(str(created.path))}"))
