"""An English report has no Dutch words of its own: only the framework's and the audit's
texts are Dutch, and those are marked as Dutch (lang="nl") for screen readers."""

from __future__ import annotations

import re

import pytest
from pdftext import text_by_lang
from report_helpers import EXAMPLE_AUDITS, EXAMPLES

from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.words import catalogue

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# words of the Dutch interface that are no English word, plus common Dutch words
COMMON = {"de", "het", "een", "van", "niet", "voor", "zijn", "geen", "nog", "wordt", "naar",
          "bij", "ook", "door", "als", "wel", "maar", "deze", "dit", "alle", "normen", "voldoet",
          "deels", "pagina", "hele", "organisatie", "januari", "februari", "maart", "mei",
          "juni", "juli", "augustus", "oktober", "dagen", "tot", "en", "op", "uit"}


def _words(texts) -> set[str]:
    return {word.lower() for text in texts for word in WORD.findall(text)}


DUTCH = (_words(catalogue("nl").values()) - _words(catalogue("en").values())) | COMMON


def _names(example: str) -> list[str]:
    """People's names, the commission's name and the file's name: neither Dutch nor
    English."""
    audit = load_audit(EXAMPLE_AUDITS / f"{example}.yaml").audit
    names = [auditor.name for auditor in audit.auditors] + [f"{example}.yaml"]
    names += [step.by for step in (audit.advice, audit.decision) if step is not None]
    return sorted(names, key=len, reverse=True)


def test_the_word_list_knows_the_interface():
    assert {"beoordeeld", "werkwijze", "bijlage", "reikwijdte", "hele"} <= DUTCH
    assert not {"norm", "route", "score", "framework"} & DUTCH


@pytest.mark.parametrize("example", EXAMPLES)
def test_no_dutch_outside_the_parts_marked_dutch(example_pdf, example):
    texts = text_by_lang(example_pdf(example, "en"), "en")
    english = texts["en"]
    for name in _names(example):
        english = english.replace(name, " ")
    english = re.sub(r"\b[0-9a-f]{64}\b", " ", english)  # a SHA-256 is no word ("...6de7...")
    found = sorted(_words([english]) & DUTCH)
    assert found == [], found
    assert set(texts) == {"en", "nl"} and len(texts["nl"]) > len(texts["en"])
