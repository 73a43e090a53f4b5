"""Names compared as people read them (the one function every comparison uses)."""

from __future__ import annotations

import pytest

from kwaliteitslabel import identity


@pytest.mark.parametrize("one, other", [
    ("Jan de Vri\u00e9s", "Jan de Vrie\u0301s"),  # NFC and NFD
    ("Jan de Vries", "  jan   DE vries "),
    ("Jan de Vries", "Jan de Vries\u200b"),
    ("Jan de Vries", "Jan\u00a0de\u2060 Vries"),
    ("Stichting Ｗelzijn", "Stichting Welzijn"),  # a full-width letter (NFKC)
    ("STRASSE", "straße"),  # case folding
])
def test_names_that_read_the_same_are_the_same(one, other):
    assert identity.same(one, other)


@pytest.mark.parametrize("one, other", [
    ("Jan de Vries", "Jan de Vrіes"),  # a Cyrillic і is another letter
    ("Jan de Vries", "Jan de Vriés"),
    ("", ""), (None, "Jan"),
])
def test_different_or_empty_names_are_not_the_same(one, other):
    assert not identity.same(one, other)


def test_mixed_scripts_are_found_and_shown_as_codes():
    assert identity.mixed_scripts("Jan de Vrіes") == ["Vrіes"]
    assert identity.mixed_scripts("Ιωάννης Παπαδόπουλος") == []  # Greek alone is a name
    assert identity.shown("Jan de Vrіes\u200b") == "Jan de Vr<U+0456>es<U+200B>"
    refusal = identity.refusal("--by", "beheercommissie Kwalitеitslabel")
    assert refusal is not None and "<U+0435>" in refusal
    assert identity.refusal("--by", "beheercommissie Kwaliteitslabel") is None
