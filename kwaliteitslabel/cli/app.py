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
from kwaliteitslabel.cli import language
from kwaliteitslabel.cli.conventions import CONTEXT_SETTINGS, RootGroup
from kwaliteitslabel.cli.language import LANG_ENV, LANGUAGES
from kwaliteitslabel.cli.lazy import Maker, Settings, group_stand_in, make_lazy
from kwaliteitslabel.cli.output import quiet_notices, tell_sources
from kwaliteitslabel.words import help_text, word

# The help below is written when this module is imported: in the language asked for.
language.apply(language.chosen(sys.argv[1:]))

# The commands and groups under `kwaliteitslabel`, in the order the help lists them:
# (name, module, attribute: a function or a typer app). A child's module is imported
# only when the child is used (see cli/lazy.py). The root's help shows a group's help
# (`help.<group>` in kwaliteitslabel/words) and a command's line (`help.line.<command>`).
CHILDREN = (
    ("report", "kwaliteitslabel.cli.report", "report"),
    ("certificate", "kwaliteitslabel.cli.certificate", "certificate"),
    ("verify", "kwaliteitslabel.cli.verify", "verify"),
    ("norms", "kwaliteitslabel.cli.norms", "app"),
    ("audit", "kwaliteitslabel.cli.audit", "app"),
    ("keys", "kwaliteitslabel.cli.keys", "app"),
    ("register", "kwaliteitslabel.cli.register", "app"),
)
GROUPS = {name for name, _, attribute in CHILDREN if attribute == "app"}


def _line(name: str) -> str:
    return help_text(f"help.{name}" if name in GROUPS else f"help.line.{name}")


def _child(name: str, module: str, attribute: str) -> Any:
    target = getattr(importlib.import_module(module), attribute)
    settings = Settings(app)
    if isinstance(target, typer.Typer):
        return settings.group(TyperInfo(target, name=name, help=_line(name)), (name,))
    return settings.command(CommandInfo(name, callback=target, short_help=_line(name)),
                            (name,))


class Root(RootGroup):
    """The root group; its children are made when used."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        makers: dict[str, Maker] = {name: functools.partial(_child, name, *rest)
                                    for name, *rest in CHILDREN}
        stand_ins: dict[str, Maker] = {name: functools.partial(group_stand_in, name,
                                                               _line(name))
                                       for name, _, _ in CHILDREN}
        make_lazy(self, makers, stand_ins)


app = typer.Typer(
    name="kwaliteitslabel",
    help=help_text("help.root"),
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
                                          help=help_text("help.root.version"))] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v",
                                          help=help_text("help.root.verbose"))] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q",
                                        help=help_text("help.root.quiet"))] = False,
    lang: Annotated[str, typer.Option("--lang", help=help_text(
        "help.root.lang", env=LANG_ENV), show_default=False)] = "nl",
) -> None:
    """The options of every command (its help is `help.root`, given to the Typer above)."""
    if lang not in LANGUAGES:
        raise typer.BadParameter(word("cli.choose_from", choices=", ".join(LANGUAGES)),
                                 param_hint="--lang")
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
        sys.stderr.write(word("cli.output_failed", reason=error.strerror) + "\n")
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1) from None
