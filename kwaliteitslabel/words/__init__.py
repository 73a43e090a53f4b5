"""The tool's own words: one catalogue per language (`words/nl`, `words/en`).

Each language is one mapping from a key to a text, assembled from modules per section
(the command line's help and messages, the report, the booklet, the cycle, readiness,
explain). `word(key, **fields)` gives the text in the language of this run, with its
`{fields}` filled in. The command line sets the language (cli/language.py) before it
imports its commands; code below the command line gets a language passed or reads it
here, never from the command line.

Texts from the framework and from an audit are never translated: norm titles, area
and role names, what auditors wrote.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping

LANGUAGES = ("nl", "en")
LANG_ENV = "KWALITEITSLABEL_LANG"

_state = {"lang": "nl"}
# help texts given at import, by text: their key and fields (see `translated`)
_given: dict[str, tuple[str, dict[str, object]]] = {}


def current() -> str:
    """The language of this run: 'nl' or 'en'."""
    return _state["lang"]


def set_language(lang: str) -> None:
    """Speak `lang` from now on (Dutch for anything not known)."""
    _state["lang"] = lang if lang in LANGUAGES else "nl"


# the sections of every language, each a module `words/<lang>/<section>.py` with WORDS
SECTIONS = ("report", "booklet", "cycle", "cli_help", "cli_messages", "cli_audit",
            "cli_other", "core_other", "core_other_domain", "explain", "readiness",
            "core_audit", "walk_app", "walk_plain")


@functools.cache
def catalogue(lang: str) -> Mapping[str, str]:
    """Every text of one language by its key, its sections assembled into one mapping
    (imported when first asked for)."""
    table: dict[str, str] = {}
    for section in SECTIONS:
        table.update(importlib.import_module(f"kwaliteitslabel.words.{lang}.{section}").WORDS)
    return table


def word_in(lang: str, key: str, **fields: object) -> str:
    """The text for `key` in `lang`, its `{fields}` filled in."""
    text = catalogue(lang)[key]
    return text.format(**fields) if fields else text


def word(key: str, **fields: object) -> str:
    """The text for `key` in the language of this run, its `{fields}` filled in."""
    return word_in(_state["lang"], key, **fields)


def help_text(key: str, **fields: object) -> str:
    """A help text, built when the command is defined, in the language of that moment.

    A process that runs the command line more than once (the tests) may define a
    command in one language and show it in another: `translated` finds the key again.
    """
    text = word(key, **fields)
    _given[text] = (key, fields)
    return text


def translated(text: str) -> str:
    """A text from `help_text` in the language of this run; any other text as it is."""
    found = _given.get(text)
    if found is None:
        return text
    key, fields = found
    return word(key, **fields)
