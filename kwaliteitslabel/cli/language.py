"""The language of the command line's own words: Dutch unless English is asked for.

The words typer and click print themselves (the help's headings, `[verplicht]`, the
error panel, "Probeer ... voor hulp") live in module constants and in typer's gettext
`_`; `apply` sets them for one run. English comes with `KWALITEITSLABEL_LANG=en` or
`--lang en` before the command (`kwaliteitslabel --lang en audit set -h`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from typer import core as typer_core

from kwaliteitslabel import words
from kwaliteitslabel.cli.typer_help import rich_utils
from kwaliteitslabel.words import LANG_ENV, LANGUAGES

__all__ = ["LANGUAGES", "LANG_ENV", "apply", "chosen", "current", "word"]

# typer's own constants, per language (the English ones as typer has them)
CONSTANTS = {
    "nl": {
        "DEPRECATED_STRING": "(vervallen) ",
        "DEFAULT_STRING": "[standaard: {}]",
        "ENVVAR_STRING": "[omgevingsvariabele: {}]",
        "REQUIRED_LONG_STRING": "[verplicht]",
        "ARGUMENTS_PANEL_TITLE": "Argumenten",
        "OPTIONS_PANEL_TITLE": "Opties",
        "COMMANDS_PANEL_TITLE": "Opdrachten",
        "ERRORS_PANEL_TITLE": "Fout",
        "ABORTED_TEXT": "Afgebroken.",
        "RICH_HELP": "Zie '{command_path} {help_option}' voor hulp.",
    },
    "en": {
        "DEPRECATED_STRING": "(deprecated) ",
        "DEFAULT_STRING": "[default: {}]",
        "ENVVAR_STRING": "[env var: {}]",
        "REQUIRED_LONG_STRING": "[required]",
        "ARGUMENTS_PANEL_TITLE": "Arguments",
        "OPTIONS_PANEL_TITLE": "Options",
        "COMMANDS_PANEL_TITLE": "Commands",
        "ERRORS_PANEL_TITLE": "Error",
        "ABORTED_TEXT": "Aborted.",
        "RICH_HELP": "Try '{command_path} {help_option}' for help.",
    },
}

# words of the usage line and the help option, and what typer's `_()` asks for
WORDS = {
    "nl": {"Usage: ": "Gebruik: ", "[OPTIONS]": "[OPTIES]",
           "COMMAND [ARGS]...": "OPDRACHT [ARGUMENTEN]...",
           "Show this message and exit.": "Toon deze hulp en stop.",
           "Missing command.": "Geef een opdracht.", "Aborted!": "Afgebroken.",
           "(dynamic)": "(wisselt)", "required": "verplicht",
           "default: {default}": "standaard: {default}",
           "env var: {var}": "omgevingsvariabele: {var}",
           "Arguments": "Argumenten", "Options": "Opties", "Commands": "Opdrachten",
           "Error": "Fout",
           "Install completion for the current shell.":
               "Installeer het aanvullen met Tab voor de huidige shell.",
           "Show completion for the current shell, to copy it or customize the "
           "installation.": "Toon het aanvullen met Tab voor de huidige shell, om het te "
           "kopiëren of zelf te installeren."},
    "en": {"[OPTIONS]": "[OPTIONS]"},
}



def current() -> str:
    """The language of this run: 'nl' or 'en' (kept in kwaliteitslabel/words)."""
    return words.current()


def chosen(args: Sequence[str]) -> str:
    """`--lang X` before the command, else $KWALITEITSLABEL_LANG, else Dutch."""
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return _known(args[index + 1])
        if arg.startswith("--lang="):
            return _known(arg.split("=", 1)[1])
        if not arg.startswith("-"):
            break  # the command's own --lang (report --lang en) is the PDF's language
    return _known(os.environ.get(LANG_ENV, "nl"))


def _known(value: str) -> str:
    value = value.strip().lower()[:2]
    return value if value in LANGUAGES else "nl"


def word(text: str) -> str:
    """One of typer's or click's own words in the language of this run."""
    return WORDS.get(words.current(), {}).get(text, text)


def apply(lang: str) -> None:
    """Speak `lang` in this run: the tool's own words and typer's."""
    words.set_language(lang)
    for name, value in CONSTANTS[words.current()].items():
        setattr(rich_utils, name, value)
    setattr(typer_core, "_", word)  # noqa: B010 - typer's gettext, replaced for this run
    setattr(rich_utils, "_", word)  # noqa: B010
