"""The `kwaliteitslabel` command and its groups."""

from __future__ import annotations

import errno
import functools
import importlib
import os
import sys
from typing import Annotated, Any

import typer
from typer.models import CommandInfo, TyperInfo

from kwaliteitslabel import __version__
from kwaliteitslabel.cli.conventions import CONTEXT_SETTINGS, RootGroup
from kwaliteitslabel.cli.language import LANG_ENV, LANGUAGES
from kwaliteitslabel.cli.lazy import Maker, Settings, group_stand_in, make_lazy
from kwaliteitslabel.cli.output import quiet_notices, tell_sources

# The commands and groups under `kwaliteitslabel`, in the order the help lists them:
# (name, module, attribute: a function or a typer app, the line the root's help shows).
# A child's module is imported only when the child is used (see cli/lazy.py); a
# group's line is its help, a command's full help is its docstring.
CHILDREN = (
    ("report", "kwaliteitslabel.cli.report", "report",
     "Maak een PDF-rapport van een of meer audits (PDF/A, met de audit als bijlage)."),
    ("certificate", "kwaliteitslabel.cli.certificate", "certificate",
     "Maak het certificaat (één pagina), alleen na toekenning door de beheercommissie."),
    ("verify", "kwaliteitslabel.cli.verify", "verify",
     "Controleer of een rapport nog bij zijn audit hoort."),
    ("norms", "kwaliteitslabel.cli.norms", "app",
     "Het normenkader: controleren, bekijken, vergelijken."),
    ("audit", "kwaliteitslabel.cli.audit", "app",
     "Audits: aanmaken, doorlopen, invullen, voortgang en score."),
    ("keys", "kwaliteitslabel.cli.keys", "app",
     "De sleutels waarmee de beheercommissie haar besluiten ondertekent."),
    ("register", "kwaliteitslabel.cli.register", "app",
     "Het Kwaliteitsregister: alle audits in een map, met status en geldigheid; "
     "'register stats' de cijfers per norm voor de commissie."),
)


def _child(name: str, module: str, attribute: str, line: str) -> Any:
    target = getattr(importlib.import_module(module), attribute)
    settings = Settings(app)
    if isinstance(target, typer.Typer):
        return settings.group(TyperInfo(target, name=name, help=line))
    return settings.command(CommandInfo(name, callback=target, short_help=line))


class Root(RootGroup):
    """The root group; its children are made when used."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        makers: dict[str, Maker] = {name: functools.partial(_child, name, *rest)
                                    for name, *rest in CHILDREN}
        stand_ins: dict[str, Maker] = {name: functools.partial(group_stand_in, name, line)
                                       for name, _, _, line in CHILDREN}
        make_lazy(self, makers, stand_ins)


app = typer.Typer(
    name="kwaliteitslabel",
    help="Audits voor het Kwaliteitslabel Sociaal Werk: normen, audits, scores en rapporten.",
    no_args_is_help=True,
    cls=Root,
    context_settings=CONTEXT_SETTINGS,
    pretty_exceptions_enable=False,
)


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
