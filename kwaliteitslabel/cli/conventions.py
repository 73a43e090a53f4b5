"""The conventions every command follows, applied once to the whole command tree.

The root group prepares each command before a run: `-h` beside `--help`, help texts in
the user's language and wrapped at word boundaries, metavars that read as words
(`BESTAND`, `NORM`, `MAP`, `OUD NIEUW`) instead of Python types, Tab completion by the
parameter's name, a decimal comma in numbers, and every missing argument and option named
at once. Usage errors come out in the same language with exit code 2. A command added
later follows all this without an edit of its own.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any, get_args

import typer
from typer import _click
from typer._click import decorators
from typer.core import TyperArgument, TyperGroup

from kwaliteitslabel.cli import completion, language, usage
from kwaliteitslabel.cli.lazy import LazyCommands, built
from kwaliteitslabel.cli.output import alarm, err, quiet_notices
from kwaliteitslabel.errors import KwaliteitslabelError
from kwaliteitslabel.words import translated, word

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}

# metavars by the parameter's name, then by its type: (Dutch, English)
BY_NAME = {
    "file": ("BESTAND", "FILE"), "files": ("BESTAND", "FILE"), "audit": ("BESTAND", "FILE"),
    "norm": ("NORM", "NORM"), "norm_id": ("NORM", "NORM"), "start_at": ("NORM", "NORM"),
    "folder": ("MAP", "DIR"), "old": ("OUD", "OLD"), "new": ("NIEUW", "NEW"),
    "output": ("PAD", "PATH"), "norms": ("MAP|VERSIE", "DIR|VERSION"),
    "score": ("OORDEEL", "VERDICT"), "route": ("ROUTE", "ROUTE"), "lang": ("TAAL", "LANG"),
    "date": ("DATUM", "DATE"), "end_date": ("DATUM", "DATE"), "at": ("DATUM", "DATE"),
    "since": ("OUD", "OLD"), "fte": ("GETAL", "NUMBER"), "area": ("GEBIED", "AREA"),
    "organisation": ("NAAM", "NAME"), "certifying_body": ("NAAM", "NAME"),
    "by": ("NAAM", "NAME"), "peer": ("NAAM", "NAME"), "auditor": ("NAAM", "NAME"),
    "participant": ("ROL:AANTAL", "ROLE:COUNT"), "evidence": ("SOORT/ROL: TEKST",
                                                              "KIND/ROLE: TEXT"),
    "key": ("SLEUTEL", "KEY"), "to": ("VERSIE", "VERSION"), "number": ("NUMMER", "NUMBER"),
}
BY_TYPE = {"str": ("TEKST", "TEXT"), "Path": ("PAD", "PATH"), "float": ("GETAL", "NUMBER"),
           "int": ("AANTAL", "COUNT"), "date": ("DATUM", "DATE")}


def _pick(pair: tuple[str, str]) -> str:
    return pair[1] if language.current() == "en" else pair[0]


def _type_name(param: Any) -> str:
    annotation = param.type_descriptor.annotation
    for candidate in (annotation, *get_args(annotation)):
        name = getattr(candidate, "__name__", "")
        if name in BY_TYPE or name == "bool":
            return str(name)
    return "str"


def metavar(param: Any) -> str | None:
    """The word shown for a parameter's value; None for a flag."""
    if param.param_type_name == "option" and (param.is_flag or param.count):
        return None
    pair = BY_NAME.get(param.name or "")
    if pair is None:
        type_name = _type_name(param)
        if type_name == "bool":
            return None
        pair = BY_TYPE[type_name]
    return _pick(pair)


def _paragraphs(text: str) -> str:
    """Single line breaks inside a paragraph become spaces: rich wraps at word boundaries."""
    parts = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(part.split()) for part in parts)


def walk(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every command of the tree with its path of names, groups first (all of them made)."""
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from walk(sub, (*path, name))


def _usage_name(param: Any) -> str:
    name = str(param.metavar)
    name = name if param.required else f"[{name}]"
    return name + ("..." if param.nargs != 1 else "")


def _format_usage(command: Any, ctx: Any, formatter: Any) -> None:
    pieces = command.collect_usage_pieces(ctx)
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=language.word("Usage: "))


def _parse_naming_every_missing(command: Any, ctx: Any, args: list[str]) -> list[str]:
    try:
        rest: list[str] = type(command).parse_args(command, ctx, list(args))
        return rest
    except _click.exceptions.MissingParameter as error:
        error.all_missing = usage.missing_all(command, ctx, args)  # type: ignore[attr-defined]
        raise
    except _click.exceptions.UsageError as error:
        if error.ctx is None:  # the parser's errors come without: the usage line needs it
            error.ctx = ctx
        raise


def _decimal_comma(param: Any, ctx: Any, value: Any) -> Any:
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+,\d+\s*", value):
        value = value.replace(",", ".")
    return type(param).process_value(param, ctx, value)


def _unconverted(param: Any, ctx: Any, value: Any) -> Any:
    """Nothing given, a text given as text, a flag as a flag: what typer's converter
    returns for them, without importing it (and pydantic) on every start-up."""
    kind = param.type_descriptor.annotation
    if not (value is None or (kind in (str, bool) and isinstance(value, kind))):
        return type(param).process_value(param, ctx, value)
    if param.required and value is None:
        raise _click.exceptions.MissingParameter(ctx=ctx, param=param)
    return param.callback(ctx, param, value) if param.callback is not None else value


def _install_completion(ctx: Any, param: Any, value: Any) -> Any:
    if not value or ctx.resilient_parsing:
        return value
    from typer._completion_shared import install

    shell, path = install(shell=value if isinstance(value, str) else None)
    err.print(word("cli.completion_installed", shell=shell, path=path), soft_wrap=True,
              markup=False)
    sys.exit(0)


def _shadow(target: Any, name: str, value: Any) -> None:
    """Give one object its own `name` (a method of this object only, not of its class)."""
    setattr(target, name, value)


def _prepare_param(param: Any) -> None:
    original = param.__dict__.setdefault("_kl_help", param.help)
    if original:
        param.help = _paragraphs(language.word(translated(original)))
    if param.name == "install_completion":
        param.callback = _install_completion
    if not hasattr(param, "type_descriptor"):
        return
    word = metavar(param)
    if isinstance(param, TyperArgument):
        param.metavar = word or param.name.upper()
        _shadow(param, "display_type_rich", lambda ctx: None)
        _shadow(param, "_usage_display_name", functools.partial(_usage_name, param))
    else:
        _shadow(param, "display_type_rich", lambda ctx, shown=word: shown)
    if param._custom_shell_complete is None and param.name in completion.BY_NAME:
        param._custom_shell_complete = completion.BY_NAME[param.name]
    if _type_name(param) == "float":
        _shadow(param, "process_value", functools.partial(_decimal_comma, param))
    elif param.nargs == 1 and not param.multiple:
        _shadow(param, "process_value", functools.partial(_unconverted, param))


def _made(command: Any) -> Iterator[Any]:
    """`command` and every command under it that is made already (see cli/lazy.py)."""
    yield command
    for sub in built(command).values():
        yield from _made(sub)


def prepare(root: Any) -> None:
    """Apply the conventions to every command under `root` made so far (again on each
    run: cheap), and to every command made later, when it is made."""
    for command in _made(root):
        if isinstance(getattr(command, "commands", None), LazyCommands):
            command.commands.on_build = prepare
        original = command.__dict__.setdefault("_kl_help", command.help)
        if original:
            command.help = _paragraphs(translated(original))
        line = command.__dict__.setdefault("_kl_short_help", command.short_help)
        if line:
            command.short_help = translated(line)
        command.options_metavar = language.word("[OPTIONS]")
        if isinstance(command, TyperGroup):
            command.subcommand_metavar = language.word("COMMAND [ARGS]...")
        command._help_option = None  # made again, in this run's language
        _shadow(command, "format_usage", functools.partial(_format_usage, command))
        _shadow(command, "parse_args", functools.partial(_parse_naming_every_missing, command))
        for param in command.params:
            _prepare_param(param)


def _help_option_in_language(names: list[str]) -> Any:
    make = _original_help_option(names)

    def apply(command: Any) -> Any:
        result = make(command)
        option = command.params[-1]
        option.help = language.word("Show this message and exit.")
        option.display_type_rich = lambda ctx: None
        if hasattr(option, "type_descriptor"):
            _shadow(option, "process_value", functools.partial(_unconverted, option))
        return result

    return apply


_original_help_option = decorators.help_option
setattr(decorators, "help_option", _help_option_in_language)  # noqa: B010


class RootGroup(TyperGroup):
    """The `kwaliteitslabel` group: conventions applied, usage errors in the user's words."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        language.apply(language.chosen(argv))
        quiet_notices(False)
        prepare(self)
        try:
            result = super().main(args=argv, prog_name=prog_name, complete_var=complete_var,
                                  standalone_mode=False, **extra)
        except _click.exceptions.NoArgsIsHelpError:
            if not standalone_mode:
                raise
            sys.exit(2)  # the help is shown already; nothing was asked (as click does)
        except _click.ClickException as error:
            if not standalone_mode:
                raise
            usage.show(error, lambda line: alarm.print(line, soft_wrap=True, highlight=False))
            sys.exit(error.exit_code)
        except typer.Abort:
            if not standalone_mode:
                raise
            alarm.print(language.word("Aborted!"))
            sys.exit(1)
        except (KwaliteitslabelError, MemoryError) as error:  # of every command, in one place
            if not standalone_mode:
                raise
            from kwaliteitslabel.cli.errors import show_error

            sys.exit(show_error(error))
        if not standalone_mode:
            return result
        sys.exit(result if isinstance(result, int) else 0)
