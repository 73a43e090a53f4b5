"""The verdict scale in the manifest: each verdict, what it counts and asks, and its words.

The code knows no verdict by name. What a verdict does comes from its fields: `weight`
(counted in the score; 0 means the norm is not met, so a core norm with it stands in the
way of a positive advice), `requires_reason` (it rests on a reason, not on evidence, like
"niet van toepassing"), `requires_improvement` and `allowed_on_core`. Its words (`short`,
`keys`, `aliases`, `en`) are the commission's to edit without re-pinning audits: the
fingerprint leaves them out (see `fingerprint.SCALE_WORD_FIELDS`).
"""

from __future__ import annotations

from typing import NamedTuple

from pydantic import Field

import kwaliteitslabel.words as wording
from kwaliteitslabel.framework.base import Identifier, Line, Strict, Text

KeyWord = Line


class ScaleWordsEn(Strict):
    """A verdict's words in English, for reports and the walk in English."""

    name: Line = Field(description="The verdict's name, e.g. 'Partly met'.")
    short: Line | None = Field(default=None, description=(
        "The word in tables, e.g. 'partly' (default: the name in small letters)."))
    said: Line | None = Field(default=None, description=(
        "How a sentence says it of norms, e.g. 'partly met' ('2 norms partly met: V3, "
        "D4'); default: rated '<name>'."))


class VerdictWords(NamedTuple):
    """What a verdict is called in one language: its name and its word in tables."""

    name: str
    short: str


class ScaleLevel(Strict):
    id: Identifier
    name: Text
    weight: float | None = Field(default=None, ge=0, description=(
        "Punten in de score. Leeg: telt niet mee (zoals nvt). 0: de norm is niet gehaald; "
        "een kernnorm met dit oordeel staat een positief advies in de weg."))
    requires_improvement: bool = False
    requires_reason: bool = Field(default=False, description=(
        "Het oordeel rust op een reden (nvt_reason), niet op bewijs, zoals 'niet van "
        "toepassing'."))
    allowed_on_core: bool = True
    short: Line | None = Field(default=None, description=(
        "Het woord in tabellen en in de walk, bijv. 'deels' (standaard: de naam in kleine "
        "letters)."))
    keys: list[KeyWord] = Field(default_factory=list, max_length=4, description=(
        "De toetsen voor dit oordeel in de walk, bijv. ['2', 'd'] (standaard: het "
        "volgnummer op de schaal)."))
    aliases: list[KeyWord] = Field(default_factory=list, max_length=12, description=(
        "Andere woorden die een auditor voor dit oordeel mag typen, bijv. 'deels'."))
    said: list[Line] = Field(default_factory=list, max_length=2, description=(
        "Hoe een zin het oordeel zegt, van één norm en van meer, bijv. ['voldoet deels', "
        "'voldoen deels'] ('2 normen voldoen deels: V3, D4'); standaard: met het oordeel "
        "'<naam>'."))
    en: ScaleWordsEn | None = Field(default=None, description=(
        "De woorden van het oordeel in het Engels (name, short); zonder deze woorden "
        "toont een Engels rapport de Nederlandse."))

    @property
    def counted(self) -> bool:
        """It adds to the score (a verdict without weight, like nvt, does not)."""
        return self.weight is not None

    @property
    def not_met(self) -> bool:
        """The norm is not met: the verdict is counted and worth nothing."""
        return self.weight == 0

    def words(self, lang: str) -> VerdictWords:
        """The verdict's name and short word in `lang` (Dutch where English is absent)."""
        if lang == "en" and self.en is not None:
            return VerdictWords(self.en.name, self.en.short or self.en.name.lower())
        return VerdictWords(self.name, self.short or self.name.lower())


    def said_of(self, lang: str) -> tuple[str, str]:
        """How a sentence in `lang` says the verdict of one norm and of more."""
        if lang == "en":
            name = self.en.name if self.en is not None else self.name
            said = self.en.said if self.en is not None and self.en.said else f"rated ‘{name}’"
            return said, said
        if self.said:
            return self.said[0], self.said[-1]
        fallback = f"met het oordeel ‘{self.name.lower()}’"
        return fallback, fallback


def scale_keys(scale: list[ScaleLevel]) -> dict[str, list[str]]:
    """The walk's keys per verdict: the ones the manifest gives, else its place (1, 2, ...;
    a verdict that rests on a reason gets 0)."""
    keys: dict[str, list[str]] = {}
    place = 0
    for level in scale:
        if level.keys:
            keys[level.id] = list(level.keys)
        elif level.requires_reason:
            keys[level.id] = ["0"]
        else:
            place += 1
            keys[level.id] = [str(place)]
    return keys


def scale_words(scale: list[ScaleLevel]) -> dict[str, str]:
    """Every word that names a verdict (id, keys, aliases, name, short) -> its id, in small
    letters with '_' and '-' read as spaces."""
    words: dict[str, str] = {}
    for level in scale:
        english = [level.en.name, level.en.short or ""] if level.en else []
        for word in [level.id, level.name, level.short or "", *level.aliases, *english]:
            if word:
                words.setdefault(spoken(word), level.id)
    for verdict, keys in scale_keys(scale).items():
        for key in keys:
            words.setdefault(spoken(key), verdict)
    return words


def spoken(word: str) -> str:
    """A typed verdict as it is compared: small letters, '_' and '-' as one space."""
    return " ".join(word.lower().replace("_", " ").replace("-", " ").split())


# the walks' own keys (walk/commands.py, walk/app/app.py): a verdict cannot take them
WALK_KEYS = ("s", "b", "p", "q", "t", "h", "g", "f", "?")


def clashes(scale: list[ScaleLevel]) -> list[str]:
    """Words or keys that would name two verdicts, or a key of the walk itself, as
    '<word>: <id>, <id>'."""
    itself = wording.word("framework.scale.walk_itself")
    seen: dict[str, set[str]] = {key: {itself} for key in WALK_KEYS}
    for level in scale:
        for word in [level.id, *level.aliases]:
            seen.setdefault(spoken(word), set()).add(level.id)
    for verdict, keys in scale_keys(scale).items():
        for key in keys:
            seen.setdefault(spoken(key), set()).add(verdict)
    return [f"'{word}': {', '.join(sorted(ids))}" for word, ids in seen.items()
            if len(ids) > 1]

