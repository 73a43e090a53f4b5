"""The command tree, each command built when it is used.

typer builds every command of an app before it parses anything: it reads the signature
and evaluates the annotations of each command function (about 35 of them), a fifth of
the start-up of `--help`. Here a group's commands are a mapping that builds a command
on first use: `audit set` builds the group `audit` and the command `set`, nothing else;
a group's help lists its commands from their help texts alone (stand-ins without
parameters); the root's children (see cli/app.py) are not even imported until used.
Listing all of them (`.items()`, as `conventions.walk` does) builds them all.
"""

from __future__ import annotations

import copy
import functools
import inspect
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

from typer import Typer
from typer._click import Command
from typer.core import TyperCommand, TyperGroup
from typer.main import (
    get_command_from_info,
    get_command_name,
    get_group_from_info,
    solve_typer_info_defaults,
    solve_typer_info_help,
)
from typer.models import CommandInfo, TyperInfo

from kwaliteitslabel.words import catalogue, current, help_text

Maker = Callable[[], Command]


class LazyCommands(MutableMapping[str, Command]):
    """A group's commands by name, each made on first use (in the order given).

    While `listing` (a group's help being drawn) a command not built yet is shown by a
    stand-in with its name and help; `on_build` is applied to every command made,
    stand-ins included (the conventions of cli/conventions.py).
    """

    def __init__(self, makers: dict[str, Maker], stand_ins: dict[str, Maker]) -> None:
        self._makers = makers
        self._stand_ins = stand_ins
        self.built: dict[str, Command] = {}
        self.listing = False
        self.on_build: Callable[[Command], None] = lambda command: None

    def __getitem__(self, name: str) -> Command:
        if name in self.built:
            return self.built[name]
        if name not in self._makers:
            raise KeyError(name)
        if self.listing:
            stand_in = self._stand_ins[name]()
            self.on_build(stand_in)
            return stand_in
        command = self.built[name] = self._makers[name]()
        self.on_build(command)
        return command

    def __setitem__(self, name: str, command: Command) -> None:
        self._makers.setdefault(name, lambda: command)
        self._stand_ins.setdefault(name, lambda: command)
        self.built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._makers[name]
        self.built.pop(name, None)

    def __contains__(self, name: object) -> bool:
        return name in self._makers

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)


def built(group: Any) -> dict[str, Command]:
    """The commands of a group made so far (all of them for a group that is not lazy)."""
    commands = getattr(group, "commands", {})
    return commands.built if isinstance(commands, LazyCommands) else dict(commands)


def _listing(group: TyperGroup, ctx: Any, formatter: Any) -> None:
    """The group's help, its commands shown by their stand-ins."""
    commands = group.commands
    assert isinstance(commands, LazyCommands)
    commands.listing = True
    try:
        type(group).format_help(group, ctx, formatter)
    finally:
        commands.listing = False


def make_lazy(group: TyperGroup, makers: dict[str, Maker], stand_ins: dict[str, Maker]) -> None:
    """Give `group` commands that are made on first use."""
    commands = group.commands = LazyCommands(makers, stand_ins)
    group.format_help = functools.partial(_listing, group)  # type: ignore[method-assign]
    group.list_commands = lambda ctx: list(commands)  # type: ignore[method-assign]


class Settings:
    """typer's settings of the root app that every command is built with."""

    def __init__(self, app: Typer) -> None:
        self.pretty_exceptions_short = app.pretty_exceptions_short
        self.rich_markup_mode = app.rich_markup_mode
        self.suggest_commands = app.suggest_commands

    def command(self, info: CommandInfo, path: tuple[str, ...]) -> Command:
        """typer's command for `info`, with its help from the words (see `with_help`)."""
        return get_command_from_info(with_help(info, path),
                                     pretty_exceptions_short=self.pretty_exceptions_short,
                                     rich_markup_mode=self.rich_markup_mode)

    def group(self, info: TyperInfo, path: tuple[str, ...]) -> TyperGroup:
        """typer's group for `info` (as `add_typer` registers it), commands made later."""
        instance = info.typer_instance
        assert isinstance(instance, Typer)
        shell = copy.copy(instance)
        shell.registered_commands, shell.registered_groups = [], []
        shell_info = copy.copy(info)
        shell_info.typer_instance = shell
        group = get_group_from_info(
            shell_info, pretty_exceptions_short=self.pretty_exceptions_short,
            rich_markup_mode=self.rich_markup_mode, suggest_commands=self.suggest_commands)
        makers: dict[str, Maker] = {}
        stand_ins: dict[str, Maker] = {}
        for command_info in instance.registered_commands:
            assert command_info.callback is not None
            name = command_info.name or get_command_name(command_info.callback.__name__)
            makers[name] = functools.partial(self.command, command_info, (*path, name))
            stand_ins[name] = functools.partial(command_stand_in, name, command_info,
                                                (*path, name))
        for group_info in instance.registered_groups:
            solved = solve_typer_info_defaults(group_info)
            if solved.name:
                makers[solved.name] = functools.partial(self.group, group_info,
                                                        (*path, solved.name))
                stand_ins[solved.name] = functools.partial(
                    group_stand_in, solved.name, solve_typer_info_help(group_info))
        make_lazy(group, makers, stand_ins)
        return group


def with_help(info: CommandInfo, path: tuple[str, ...]) -> CommandInfo:
    """`info` with the command's help from kwaliteitslabel/words (`help.audit.set` for
    `audit set`), where the words have one and `info` none of its own."""
    key = "help." + ".".join(path)
    if info.help is not None or key not in catalogue(current()):
        return info
    info = copy.copy(info)
    info.help = help_text(key)
    return info


def command_stand_in(name: str, info: CommandInfo, path: tuple[str, ...]) -> Command:
    """A command as its group's help shows it: name and help, no parameters."""
    info = with_help(info, path)
    text = info.help if info.help is not None else inspect.getdoc(info.callback)
    return TyperCommand(name, help=inspect.cleandoc(text or ""), short_help=info.short_help,
                        hidden=info.hidden, deprecated=info.deprecated,
                        rich_help_panel=info.rich_help_panel)


def group_stand_in(name: str, text: str | None) -> Command:
    return TyperGroup(name=name, help=inspect.cleandoc(text or ""))
