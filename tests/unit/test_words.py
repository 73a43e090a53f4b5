"""The catalogues of words: the same keys in every language, the same blanks in each pair,
no key in two sections, and every key the code asks for present."""

from __future__ import annotations

import importlib
import re
import string
from pathlib import Path

import pytest

from kwaliteitslabel.words import LANGUAGES, SECTIONS, catalogue

PACKAGE = Path(__file__).resolve().parents[2] / "kwaliteitslabel"


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_language_has_the_same_keys():
    nl, en = catalogue("nl"), catalogue("en")
    assert sorted(set(nl) - set(en)) == [] and sorted(set(en) - set(nl)) == []
    assert len(nl) > 600


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_each_pair_has_the_same_blanks(lang):
    nl, other = catalogue("nl"), catalogue(lang)
    differ = {key: (fields(nl[key]), fields(other[key])) for key in nl
              if fields(nl[key]) != fields(other[key])}
    assert differ == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_key_is_in_two_sections(lang):
    seen: dict[str, str] = {}
    doubled = []
    for section in SECTIONS:
        module = importlib.import_module(f"kwaliteitslabel.words.{lang}.{section}")
        for key in module.WORDS:
            if key in seen:
                doubled.append((key, seen[key], section))
            seen[key] = section
    assert doubled == []
    assert len(seen) == len(catalogue(lang))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_section_file_is_assembled(lang):
    assert sorted(SECTIONS) == sorted(path.stem for path in (PACKAGE / "words" / lang).glob(
        "*.py") if path.stem != "__init__")


ASKED = re.compile(r"""\b(?:help_text|word|word_in\(\w+,)\s*\(?\s*["']([a-z_]+\.[\w.-]+)["']""")


def test_every_key_the_code_asks_for_exists():
    asked = {key for path in PACKAGE.rglob("*.py")
             for key in ASKED.findall(path.read_text(encoding="utf-8"))}
    assert len(asked) > 100
    assert sorted(asked - set(catalogue("nl"))) == []
