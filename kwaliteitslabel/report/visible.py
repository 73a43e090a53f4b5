"""Text from an audit or a framework as the PDF shows it: every character kept, none applied.

Bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E/F, U+061C) would reorder
what a reader sees ("RLO\u202eTXT.EXE" shown as "RLOEXE.TXT"), and control characters
(NUL, ESC, ...) would silently vanish from the page. Both are shown as a visible code
such as "[U+202E]" in the place where they stand; the text keeps its logical order.
Line breaks and tabs stay what they are.
"""

from __future__ import annotations

import re

BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 and C1 controls but tab and line feed
HIDDEN = re.compile(f"[{BIDI}{CONTROLS}]")


def code(char: str) -> str:
    return f"[U+{ord(char):04X}]"


def visible(text: str) -> str:
    """`text` with every bidi control and control character written as a visible code."""
    return HIDDEN.sub(lambda match: code(match.group()), text)
