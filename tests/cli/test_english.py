"""English on request: every command's help and the command line's own messages.

`--lang en` before the command or `KWALITEITSLABEL_LANG=en` gives the English help of
every command and option and no sentence of the Dutch help; the Dutch default is
checked in test_conventions.py.
"""

from __future__ import annotations

import re

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from kwaliteitslabel.cli.app import app
from kwaliteitslabel.cli.conventions import walk
from kwaliteitslabel.words import catalogue
from tests import system

NL, EN = catalogue("nl"), catalogue("en")
PATHS = [path for path, _ in walk(get_command(app))]


def flat(text: str) -> str:
    """The help as one line of words: no box drawing, no wrapping."""
    return " ".join(re.sub(r"[│╭╮╰╯─┃┏┓┗┛━┳┻╇╈┡┩]", " ", text).split())


def phrases(text: str, size: int = 4) -> set[str]:
    """Every run of `size` words of a text (its blanks left out)."""
    words = re.sub(r"\{\w+\}", " ", text).split()
    return {" ".join(words[i:i + size]) for i in range(max(len(words) - size + 1, 1))}


# phrases of the Dutch help that no English help has (an untranslated text included)
DUTCH = {phrase for key in NL if key.startswith("help.") for phrase in phrases(NL[key])} - {
    phrase for key in EN if key.startswith("help.") for phrase in phrases(EN[key])}


def run(*args: str, env: dict[str, str] | None = None):
    result = CliRunner().invoke(app, list(args), terminal_width=100, env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def test_every_help_text_and_message_is_translated():
    same = [key for key in NL if key.startswith(("help.", "cli.")) and NL[key] == EN[key]]
    assert same == []


def test_the_dutch_phrases_are_found_in_the_dutch_help():
    """The check below can fail: the Dutch help shows the Dutch phrases."""
    shown = flat(run("audit", "set", "-h").stdout)
    assert {phrase for phrase in DUTCH if phrase in shown}


@pytest.mark.parametrize("how", ["option", "env"])
@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "root")
def test_every_help_is_english_on_request(path, how):
    if how == "option":
        result = run("--lang", "en", *path, "--help")
    else:
        result = run(*path, "--help", env={"KWALITEITSLABEL_LANG": "en"})
    assert result.exit_code == 0, result.output
    shown = flat(result.stdout)
    assert "Usage: kwaliteitslabel" in shown and "Show this message and exit." in shown
    dutch = sorted(phrase for phrase in DUTCH if phrase in shown)
    assert dutch == [], (dutch, result.stdout)
    own = EN["help." + ".".join(path)] if path else EN["help.root"]
    assert " ".join(own.split("\n\n")[0].split()[:6]) in shown


def test_every_option_of_audit_set_reads_english():
    shown = flat(run("--lang", "en", "audit", "set", "-h").stdout)
    for key in [key for key in EN if key.startswith("help.audit.set.")]:
        if key != "help.audit.set.score":
            assert " ".join(EN[key].split()[:4]) in shown, key
    assert "its id, its name, another word for it or its key in the walk" in shown


def test_a_process_started_in_english_defines_its_help_in_english():
    """The help is written when the commands are imported: in a process of its own the
    language is known from the arguments before that."""
    done = system.run("--lang", "en", "audit", "set", "-h")
    assert done.exit_code == 0, done.output
    assert "Record the verdict on one norm" in flat(done.stdout)
    assert "Leg het oordeel" not in done.stdout


@pytest.fixture
def audit(new_audit):
    return new_audit("certificerend")


def test_a_usage_error_in_english(cli, audit):
    result = cli("--lang", "en", "audit", "set", audit)
    assert result.exit_code == 2
    assert ("Error: invalid value for NORM / --score: give a norm and --score, e.g. 'audit "
            "set FILE V3 --score voldoet'") in flat(result.stderr)
    assert "Try 'kwaliteitslabel audit set -h' for help." in flat(result.stderr)
    missing = cli("--lang", "en", "audit", "new")
    assert missing.exit_code == 2 and "Error: missing: FILE" in flat(missing.stderr)


def test_a_missing_file_in_english(cli, tmp_path, monkeypatch):
    result = cli("--lang", "en", "audit", "status", tmp_path / "elders.yaml")
    assert result.exit_code == 1
    assert "elders.yaml: the file does not exist. Check the name and the folder." \
        in flat(result.stderr)
    monkeypatch.setenv("KWALITEITSLABEL_LANG", "en")
    assert "the file does not exist" in cli("audit", "status", tmp_path / "x.yaml").stderr


def test_audit_set_says_what_it_saved_in_english(cli, audit):
    result = cli("--lang", "en", "audit", "set", audit, "V1", "--score", "d",
                 "--evidence", "document: jaarverslag", "--improvement", "Meer doen")
    assert result.exit_code == 0, result.output
    assert re.search(r"✓ V1: voldoet_deels saved in .*audit\.yaml \(1 of \d+ norms assessed\)",
                     flat(result.stdout))
    wrong = cli("--lang", "en", "audit", "set", audit, "V1", "--score", "voldoet_del")
    assert wrong.exit_code == 1
    assert "verdict 'voldoet_del' is not on the scale of framework 2019; did you mean " \
        "'voldoet_deels'? (keys: 1/v voldoet, 2/d voldoet_deels" in flat(wrong.stderr)


def test_dutch_again_after_an_english_run(cli, audit):
    assert cli("--lang", "en", "audit", "set", audit, "V1", "--score", "v").exit_code == 0
    result = cli("audit", "set", audit, "V2", "--score", "v")
    assert "V2: voldoet bewaard in" in flat(result.stdout)
    assert "Leg het oordeel over één norm vast" in flat(cli("audit", "set", "-h").stdout)


def test_audit_status_in_english(cli, audit):
    assert cli("audit", "set", audit, "V1", "--score", "v", "--evidence", "document: x",
               "--evidence", "gesprek/medewerkers: y").exit_code == 0
    shown = flat(cli("--lang", "en", "audit", "status", audit).stdout)
    assert "framework 2019" in shown and "area progress assessed still open" in shown
    assert re.search(r"Total 1 of \d+ assessed · voldoet: 1", shown)
    assert "Triangulation: 1 of 1 verdicts rest on two sources" in shown
    assert "First open norm:" in shown and "beoordeeld" not in shown
