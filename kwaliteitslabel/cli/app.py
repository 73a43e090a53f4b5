"""The `kwaliteitslabel` command and its groups."""

from __future__ import annotations

import errno
import os
import sys
from typing import Annotated

import typer

from kwaliteitslabel import __version__
from kwaliteitslabel.cli import audit, certificate, keys, norms, register, report, verify
from kwaliteitslabel.cli.conventions import CONTEXT_SETTINGS, RootGroup
from kwaliteitslabel.cli.language import LANG_ENV, LANGUAGES
from kwaliteitslabel.cli.output import quiet_notices, tell_sources

app = typer.Typer(
    name="kwaliteitslabel",
    help="Audits voor het Kwaliteitslabel Sociaal Werk: normen, audits, scores en rapporten.",
    no_args_is_help=True,
    cls=RootGroup,
    context_settings=CONTEXT_SETTINGS,
    pretty_exceptions_enable=False,
)
app.add_typer(norms.app, name="norms")
app.add_typer(audit.app, name="audit")
app.add_typer(keys.app, name="keys")
app.add_typer(register.app, name="register")
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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Geen voortgang, meldingen "
                                        "of waarschuwingen op stderr; fouten wel.")] = False,
    lang: Annotated[str, typer.Option("--lang", help=f"Taal van de hulp en de meldingen: "
                                      f"{' of '.join(LANGUAGES)} (of ${LANG_ENV}).",
                                      show_default=False)] = "nl",
) -> None:
    """Audits voor het Kwaliteitslabel Sociaal Werk."""
    if lang not in LANGUAGES:
        raise typer.BadParameter(f"kies uit {', '.join(LANGUAGES)}", param_hint="--lang")
    tell_sources(verbose)
    quiet_notices(quiet)


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
