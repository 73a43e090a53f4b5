"""Wrong usage in the user's language: what is wrong, the closest match, exit code 2.

click raises its usage errors with English text; this module says the same in Dutch
(or English), names every missing argument and option at once, and offers the closest
command or option for a typo.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from typing import Any

from rich.markup import escape
from typer import _click

from kwaliteitslabel.cli.language import current
from kwaliteitslabel.words import word

Exceptions = _click.exceptions

# click's and pydantic's English sentences, and what they say in Dutch
PATTERNS: list[tuple[str, str]] = [
    (r"Got unexpected extra argument\(s\) \((?P<a>.*)\)",
     "te veel argumenten: {a}; zet tekst met spaties tussen aanhalingstekens"),
    (r"Option '(?P<a>[^']*)' requires an argument\.", "optie {a} vraagt een waarde"),
    (r"Option '(?P<a>[^']*)' requires (?P<b>\d+) arguments\.",
     "optie {a} vraagt {b} waarden"),
    (r"Option '(?P<a>[^']*)' does not take a value\.", "optie {a} neemt geen waarde"),
    (r"Argument '(?P<a>[^']*)' takes (?P<b>\d+) values\.", "argument {a} vraagt {b} waarden"),
    (r"Value '(?P<a>.*)' is not a valid (?P<b>\w+)\.", "'{a}' is geen geldige waarde"),
    (r"Input should be a valid number.*", "geef een getal, bijv. 12,5"),
    (r"Input should be a valid integer.*", "geef een geheel getal, bijv. 3"),
    (r"Input should be a valid boolean.*", "geef ja of nee"),
    (r"Input should be a valid date.*", "geef een datum als JJJJ-MM-DD"),
    (r"(?P<a>\w+) '(?P<b>.*)' does not exist\.", "'{b}' bestaat niet"),
    (r"(?P<a>\w+) '(?P<b>.*)' is a file\.", "'{b}' is een bestand; geef een map"),
    (r"(?P<a>\w+) '(?P<b>.*)' is a directory\.", "'{b}' is een map; geef een bestand"),
    (r"(?P<a>\w+) '(?P<b>.*)' is not readable\.", "'{b}' is niet leesbaar"),
    (r"(?P<a>\w+) '(?P<b>.*)' is not writable\.", "'{b}' is niet schrijfbaar"),
    (r"'(?P<a>.*)' is not one of (?P<b>.*)\.", "'{a}' is geen van {b}"),
    (r"Missing command\.", "geef een opdracht"),
]
_COMPILED = [(re.compile(english + "$", re.S), dutch) for english, dutch in PATTERNS]


def sentence(text: str) -> str:
    """One of click's or pydantic's English messages in Dutch (unchanged in English)."""
    if current() == "en":
        return text
    for pattern, dutch in _COMPILED:
        match = pattern.match(text.strip())
        if match:
            return dutch.format(**match.groupdict())
    return text


def suggestion(typo: str, options: Sequence[str]) -> str:
    """'; bedoelt u X?' for the closest of `options`, or nothing."""
    match = difflib.get_close_matches(typo, list(options), n=1, cutoff=0.6)
    if not match:
        return ""
    return word("cli.usage.did_you_mean", name=match[0])


def _hint(param: Any) -> str:
    if param is None:
        return ""
    if param.param_type_name == "argument":
        return str(param.metavar or param.name).upper()
    return " / ".join(param.opts)


def message(error: _click.ClickException) -> str:
    """The message of a usage error, without click's English."""
    if isinstance(error, Exceptions.MissingParameter):
        names = getattr(error, "all_missing", None) or [_hint(error.param)]
        return word("cli.usage.missing", names=", ".join(names))
    if isinstance(error, Exceptions.NoSuchOption):
        ctx = error.ctx
        options = [opt for param in ctx.command.get_params(ctx) for opt in param.opts
                   if opt.startswith("--")] if ctx is not None else []
        return word("cli.usage.unknown_option", option=error.option_name,
                    suggestion=suggestion(error.option_name, options))
    if isinstance(error, Exceptions.BadParameter):
        hint = error.param_hint if isinstance(error.param_hint, str) else _hint(error.param)
        if not hint:
            return sentence(error.message)
        return word("cli.usage.invalid_value", hint=hint, message=sentence(error.message))
    if isinstance(error, Exceptions.UsageError):
        found = re.match(r"No such command '(?P<name>[^']*)'", error.message)
        if found and error.ctx is not None:
            name = found.group("name")
            commands = list(getattr(error.ctx.command, "commands", {}))
            return word("cli.usage.unknown_command", name=name,
                        suggestion=suggestion(name, commands))
    return sentence(error.format_message())


def show(error: _click.ClickException, echo: Callable[[str], None]) -> None:
    """Usage line, the message and where to find help, through `echo` (stderr)."""
    ctx = getattr(error, "ctx", None)
    if ctx is not None:
        echo(escape(ctx.get_usage()))
    text = message(error)
    echo(f"[red]{word('cli.usage.error')}: {escape(text)}[/red]")
    if ctx is not None:
        help_name = "-h" if "-h" in ctx.help_option_names else "--help"
        echo(escape(word("cli.usage.more", path=ctx.command_path, help=help_name)))


def missing_all(command: Any, ctx: Any, args: list[str]) -> list[str]:
    """Every required argument and option that `args` leaves out, in the help's order."""
    try:
        opts, _, _ = command.make_parser(ctx).parse_args(args=list(args))
    except _click.ClickException:
        return []
    missing = []
    for param in command.get_params(ctx):
        if not param.required or opts.get(param.name) not in (None, (), []):
            continue
        if getattr(param, "envvar", None) and param.resolve_envvar_value(ctx) is not None:
            continue
        missing.append(_hint(param))
    return missing


def wrong_usage(text: str) -> _click.exceptions.UsageError:
    """A usage error (exit 2) of the running command, with its usage line."""
    from typer._click.globals import get_current_context

    return _click.exceptions.UsageError(text, get_current_context(silent=True))
