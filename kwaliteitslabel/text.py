"""Text from people: which characters an audit may hold, and text made safe to show.

Every text that enters an audit (typed in the walk, given to `audit set` or `audit new`,
or written by hand in the file) passes `refusal`, through the model's text types: one
rule for every entry path. Refused are the characters that a YAML file cannot hold or
that change how other text is shown: C0 and C1 control characters except tab and line
feed, DEL, the line and paragraph separators, non-characters and the bidirectional
embeddings, overrides and isolates. They are refused, not silently dropped, so that
nothing an auditor typed is changed without their knowing.

Text printed to a terminal from a file goes through `for_terminal`, which shows such
characters as a visible code instead of letting a terminal act on them.
"""

from __future__ import annotations

import re
import unicodedata

from kwaliteitslabel.words import word

# The short names of the control characters, which Unicode gives no name of their own.
C0_NAMES = ("NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 "
            "NAK SYN ETB CAN EM SUB ESC FS GS RS US").split()
C1_NAMES = ("PAD HOP BPH NBH IND NEL SSA ESA HTS HTJ VTS PLD PLU RI SS2 SS3 DCS PU1 PU2 "
            "STS CCH MW SPA EPA SOS SGCI SCI CSI ST OSC PM APC").split()
# what a character is, for the ones people meet most: the key of its words
HINTS = {
    "\r": "text.char.cr", "\x1b": "text.char.esc", "\x07": "text.char.bel",
    "\x00": "text.char.nul", "\u2028": "text.char.line_separator",
    "\u2029": "text.char.paragraph_separator", "\x85": "text.char.nel",
}

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029" + BIDI_CONTROLS
    + "\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]"
    + "|[\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    + "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    + "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    + "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]")
# Shown as a code on a terminal: the above, plus the bidirectional marks.
_UNSAFE_TO_SHOW = re.compile("(?:" + _FORBIDDEN.pattern + ")|[\u200e\u200f\u061c]")


def code(char: str) -> str:
    """`U+0007 (BEL)`: how a character is named in messages and shown on screen."""
    point = ord(char)
    if point < 0x20:
        name = C0_NAMES[point]
    elif point == 0x7F:
        name = "DEL"
    elif 0x80 <= point <= 0x9F:
        name = C1_NAMES[point - 0x80]
    else:
        name = unicodedata.name(char, "")
    return f"U+{point:04X}" + (f" ({name})" if name else "")


def first_forbidden(text: str) -> tuple[int, str] | None:
    """The position and the character of the first character an audit may not hold."""
    if text.replace("\n", "").replace("\t", "").isprintable():
        return None  # every refused character is one Python calls unprintable
    match = _FORBIDDEN.search(text)
    return (match.start(), match.group()) if match else None


def _kind(char: str) -> str:
    if char in BIDI_CONTROLS:
        return word("text.char.bidi")
    if ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F:
        return word("text.char.control")
    return word("text.char.invalid")


def refusal(text: str) -> str | None:
    """Why `text` cannot be kept, or None when every character is allowed."""
    found = first_forbidden(text)
    if found is None:
        return None
    index, char = found
    hint = word(HINTS[char]) if char in HINTS else _kind(char)
    if len(text) > 1:
        return word("text.refused_at", code=code(char), position=index + 1, hint=hint)
    return word("text.refused", code=code(char), hint=hint)


def check(text: str) -> str:
    """`text` unchanged, or ValueError with the reason (for the models' text types)."""
    reason = refusal(text)
    if reason is not None:
        raise ValueError(reason)
    return text


def check_line(text: str) -> str:
    """Like `check`, and on one line (names, which also go into comments and headings)."""
    check(text)
    if "\n" in text:
        raise ValueError(word("text.one_line"))
    return text


EDGE_SPACE = " \t\n\r"


def normalise(text: str) -> str:
    """One kind of line break, no white space around the text (spaces, tabs, line breaks:
    anything else at the edge is kept, so that the rule can name it)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip(EDGE_SPACE)


def _visible(match: re.Match[str]) -> str:
    return f"⟨{code(match.group())}⟩"


def for_terminal(text: str) -> str:
    """Text from a file, with every control or direction character shown as a code."""
    return _UNSAFE_TO_SHOW.sub(_visible, text)


def _json_escape(match: re.Match[str]) -> str:
    point = ord(match.group())
    if point > 0xFFFF:  # JSON escapes these as a surrogate pair
        point -= 0x10000
        return f"\\u{0xD800 + (point >> 10):04x}\\u{0xDC00 + (point & 0x3FF):04x}"
    return f"\\u{point:04x}"


def for_json(json_text: str) -> str:
    """Serialised JSON with the characters a terminal could act on written as escapes."""
    return _UNSAFE_TO_SHOW.sub(_json_escape, json_text)


# Characters with no width at all: in a message "norm 'V1\u200b' bestaat niet" would look
# like "norm 'V1' bestaat niet", so error messages show them as codes too.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]")


def for_message(text: str) -> str:
    """An error message with zero-width characters (and everything `for_terminal`
    shows) written as codes, so that what differs can be seen."""
    return for_terminal(_INVISIBLE.sub(_visible, text))
