"""What a line typed at the plain walk's verdict prompt means: a verdict of the
framework's scale (its keys, names and aliases) or one of the walk's own commands."""

from __future__ import annotations

import pytest

from kwaliteitslabel.framework.load import load_framework
from kwaliteitslabel.framework.locate import shipped_root
from kwaliteitslabel.walk.commands import Command, clean_line, parse_command

FRAMEWORK_2019 = load_framework(shipped_root() / "2019")


@pytest.mark.parametrize(("typed", "command"), [
    ("", Command("enter")), ("  ", Command("enter")),
    ("1", Command("score", "voldoet")), (" X ", Command("score", "nvt")),
    ("voldoet deels", Command("score", "voldoet_deels")),
    ("s", Command("skip")), ("b", Command("back")), ("p", Command("progress")),
    ("q", Command("quit")), ("?", Command("help")), ("t", Command("text")),
    ("g o12", Command("goto", "O12")), ("V7", Command("goto", "V7")),
])
def test_parse_command(typed, command):
    assert parse_command(typed, FRAMEWORK_2019.verdict_for) == command


@pytest.mark.parametrize("typed", ["zzz", "12", "g zz", "7V", "vv"])
def test_parse_command_unknown(typed):
    assert parse_command(typed, FRAMEWORK_2019.verdict_for).action == "unknown"


def test_clean_line():
    assert clean_line("  a\x1b[D\x1b[Cb\tc\r\n") == "ab c"
