"""The command line's conventions, for every command the app has (found, not listed).

Help in Dutch (English on request) without Python types, `-h` beside `--help`, help
texts wrapped at word boundaries, and wrong usage answered in Dutch with exit code 2.
"""

from __future__ import annotations

import re

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from kwaliteitslabel.cli.app import app
from kwaliteitslabel.cli.conventions import walk

WIDTH = 80
ENGLISH = re.compile(r"\b(the|this|and|for|with|show|message|required|default|usage|"
                     r"options|arguments|commands|try|invalid|missing|error|such)\b",
                     re.IGNORECASE)
PYTHON_TYPES = re.compile(r"<\w+(\[[^\]]*\])?>|\{[A-Z_]+\}|\b(TEXT|PATH|FLOAT|INTEGER|"
                          r"BOOLEAN|str|int|float|bool|list\[str\])\b")


def all_commands() -> list[tuple[str, ...]]:
    """Every command and group of the app, as the words that call it."""
    return [path for path, _ in walk(get_command(app))]


def prose(text: str) -> str:
    """The help without option names and command names (those are the tool's own words)."""
    names = {name for path in all_commands() for name in path}
    text = re.sub(r"-{1,2}[\w-]+", " ", text)
    return " ".join(word for word in text.split() if word not in names)


def run(*args: object, env: dict[str, str] | None = None):
    runner = CliRunner()
    result = runner.invoke(app, [str(a) for a in args], terminal_width=WIDTH, env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def test_the_app_has_its_commands():
    found = all_commands()
    assert ("audit", "set") in found and ("norms", "diff") in found and ("report",) in found
    assert len(found) >= 20


@pytest.mark.parametrize("path", all_commands(), ids=lambda p: " ".join(p) or "root")
def test_help_is_dutch_without_python_types_and_h_is_help(path):
    long = run(*path, "--help")
    short = run(*path, "-h")
    assert long.exit_code == 0 and short.exit_code == 0, long.output + short.output
    assert short.stdout == long.stdout
    text = long.stdout
    assert "Gebruik: kwaliteitslabel" in text
    assert "Toon deze hulp en stop." in text
    english = ENGLISH.findall(prose(text))
    assert not english, (english, text)
    types = PYTHON_TYPES.findall(text)
    assert not types, (types, text)


def _description(help_text: str) -> list[str]:
    """The lines of a command's own help text, between the usage line and the panels."""
    lines = help_text.splitlines()
    start = next(i for i, line in enumerate(lines) if "Gebruik:" in line) + 1
    end = next((i for i, line in enumerate(lines) if line.startswith("╭")), len(lines))
    return [line.strip() for line in lines[start:end]]


@pytest.mark.parametrize("path", all_commands(), ids=lambda p: " ".join(p) or "root")
def test_help_texts_wrap_at_the_width_not_in_the_middle_of_a_sentence(path):
    description = _description(run(*path, "-h").stdout)
    for line, following in zip(description, description[1:], strict=False):
        if not line or not following:
            continue  # a paragraph ends
        next_word = following.split()[0]
        # rich pads the text by one column on each side
        assert len(line) + 1 + len(next_word) > WIDTH - 2, (line, following)


def test_audit_check_help_keeps_its_sentence_together():
    text = " ".join(_description(run("audit", "check", "-h").stdout))
    assert "(exit 1 als een eis ontbreekt)" in text


def test_metavars_read_as_words():
    assert "Gebruik: kwaliteitslabel norms diff [OPTIES] OUD NIEUW" in run("norms", "diff",
                                                                         "-h").stdout
    text = run("audit", "set", "-h").stdout
    assert "kwaliteitslabel audit set [OPTIES] BESTAND [NORM]" in text
    assert re.search(r"--score\s+OORDEEL", text) and "[verplicht]" in text
    assert re.search(r"--norms\s+MAP\|VERSIE", run("norms", "list", "-h").stdout)
    assert "BESTAND..." in run("report", "-h").stdout


@pytest.mark.parametrize("how", ["env", "option"])
def test_english_on_request(how):
    if how == "env":
        result = run("audit", "set", "-h", env={"KWALITEITSLABEL_LANG": "en"})
    else:
        result = run("--lang", "en", "audit", "set", "-h")
    assert result.exit_code == 0
    assert "Usage: kwaliteitslabel audit set [OPTIONS] FILE [NORM]" in result.stdout
    assert "[required]" in result.stdout and "Show this message and exit." in result.stdout
    assert "Gebruik" not in result.stdout and "[verplicht]" not in result.stdout
    wrong = run("--lang", "en", "audit", "sett")
    assert wrong.exit_code == 2
    assert "Error: unknown command 'sett'; did you mean 'set'?" in wrong.stderr
    assert "Try 'kwaliteitslabel audit -h' for help." in wrong.stderr


def test_english_words_do_not_stay_after_an_english_run():
    assert run("--lang", "en", "norms", "-h").exit_code == 0
    assert "Opdrachten" in run("norms", "-h").stdout


def test_the_root_offers_completion_quiet_and_language():
    text = run("-h").stdout
    for option in ("--install-completion", "--show-completion", "--quiet", "-q", "--lang"):
        assert option in text
