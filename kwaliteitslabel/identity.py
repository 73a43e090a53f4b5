"""Names of people, organisations and bodies, compared as people read them.

"Jan de Vries", "jan  de vries", "Jan de Vrie\u0301s" (a decomposed é) and
"Jan de Vries\u200b" (a zero-width space) read the same, so they are the same person:
`same` says so. A word that mixes Latin with Cyrillic or Greek letters ("Vrіes" with a
Cyrillic і) reads the same but is not: `mixed_scripts` finds it, entry warns about it and
the checks where identity matters (the audit duo, independence, the decider) refuse it.
Every comparison of names, organisations and bodies goes through this module.
"""

from __future__ import annotations

import re
import unicodedata

from kwaliteitslabel.words import word

# Characters that show nothing: zero-width spaces and joiners, the word joiner, the
# byte-order mark, soft hyphens and the bidirectional controls.
INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068"
    "\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0")
_SPACES = re.compile(r"\s+")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def key(name: str) -> str:
    """The form two names are compared in: NFKC, without invisible characters, white
    space collapsed, case-folded (and NFKC again, as case folding can undo it)."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(char for char in text if char not in INVISIBLE)
    text = _SPACES.sub(" ", text).strip().casefold()
    return unicodedata.normalize("NFKC", text)


def same(one: str | None, other: str | None) -> bool:
    """Whether two names are the same as a reader sees them (empty is never the same)."""
    return bool(one and other and key(one) and key(one) == key(other))


def _script(char: str) -> str | None:
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    return next((script for script in _SCRIPTS if name.startswith(script)), None)


def mixed_scripts(name: str) -> list[str]:
    """The words that mix Latin with Cyrillic or Greek letters ("Vrіes" with a Cyrillic і)."""
    mixed = []
    for part in unicodedata.normalize("NFKC", name).split():
        scripts = {script for script in map(_script, part) if script}
        if "LATIN" in scripts and len(scripts) > 1:
            mixed.append(part)
    return mixed


def shown(text: str) -> str:
    """The text with its invisible and non-Latin look-alike characters as codes, so that
    a message shows what a reader cannot see: 'Jan de Vr<U+0456>es'."""
    parts = []
    mixed = set(mixed_scripts(text))
    for part in re.split(r"(\s+)", text):
        for char in part:
            if char in INVISIBLE or (unicodedata.category(char) in ("Cf", "Mn")
                                     and char not in " "):
                parts.append(f"<U+{ord(char):04X}>")
            elif part in mixed and _script(char) not in (None, "LATIN"):
                parts.append(f"<U+{ord(char):04X}>")
            else:
                parts.append(char)
    return "".join(parts)


def refusal(what: str, name: str) -> str | None:
    """Why a name cannot stand for an identity, or None: mixed scripts within a word."""
    words = mixed_scripts(name)
    if not words:
        return None
    return word("identity.mixed_scripts", what=what, name=shown(name),
                words=", ".join(shown(part) for part in words))
