"""The `kwaliteitslabel` command and its groups."""

from __future__ import annotations

import errno
import os
import sys
from typing import Annotated

import typer

from kwaliteitslabel import __version__
from kwaliteitslabel.cli import audit, certificate, norms, report, verify
from kwaliteitslabel.cli.output import tell_sources

app = typer.Typer(
    name="kwaliteitslabel",
    help="Audits voor het Kwaliteitslabel Sociaal Werk: normen, audits, scores en rapporten.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(norms.app, name="norms")
app.add_typer(audit.app, name="audit")
app.command("report")(report.report)
app.command("certificate")(certificate.certificate)
app.command("verify")(verify.verify)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"kwaliteitslabel {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Toon de versie en stop.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Meld op stderr welk "
                                          "normenkader uit welke map gebruikt wordt.")]
    = False,
) -> None:
    """Audits voor het Kwaliteitslabel Sociaal Werk."""
    tell_sources(verbose)


def main() -> None:
    try:
        app(prog_name="kwaliteitslabel", standalone_mode=True)
        sys.stdout.flush()
    except BrokenPipeError:  # `kwaliteitslabel ... | head`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1) from None
    except OSError as error:  # the output itself cannot be written (a full disk, ...)
        if error.errno not in (errno.ENOSPC, errno.EIO, getattr(errno, "EDQUOT", None),
                               errno.EPIPE):
            raise
        sys.stderr.write(f"Fout: de uitvoer kan niet worden geschreven ({error.strerror}). "
                         "Wat bewaard moest worden, is bewaard; kijk met 'audit status'.\n")
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1) from None
