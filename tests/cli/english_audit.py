"""Helpers for the tests of the audit commands in English: run a command with `--lang en`
and check that no sentence of the Dutch messages of those commands is in what it shows."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from kwaliteitslabel.words import catalogue
from tests.conftest import AUDITS

NL, EN = catalogue("nl"), catalogue("en")
SECTION = ("cli.score_view.", "cli.audit_")


def flat(text: str) -> str:
    """The output as one line of words: no box drawing, no wrapping."""
    return " ".join(re.sub(r"[│╭╮╰╯─┃┏┓┗┛━┳┻╇╈┡┩┃└┴┘┌┬┐├┼┤]", " ", text).split())


def phrases(text: str, size: int = 4) -> set[str]:
    """Every run of `size` words of a text, its blanks left out (none if it is shorter)."""
    words = re.sub(r"\{\w+\}", " ", text).split()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


# runs of four words of the Dutch messages of these commands that no English one has
DUTCH = {phrase for key in NL if key.startswith(SECTION) for phrase in phrases(NL[key])} - {
    phrase for key in EN if key.startswith(SECTION) for phrase in phrases(EN[key])}


def english(cli, *args: str, code: int = 0, data: str = "") -> str:
    """`kwaliteitslabel --lang en ARGS` as one line of output; no Dutch message in it
    (`data`: Dutch text from the audit itself, left out of that check)."""
    result = cli("--lang", "en", *args)
    assert result.exit_code == code, result.output
    shown = flat(result.output)
    words = shown.replace(flat(data), " ") if data else shown
    assert sorted(phrase for phrase in DUTCH if phrase in words) == [], shown
    return shown


def copy_example(folder: Path, name: str) -> Path:
    """A copy of a shipped example audit in `folder`, by its name (the tests run there)."""
    shutil.copy(AUDITS / name, folder / name)
    return Path(name)
