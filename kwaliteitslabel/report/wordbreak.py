"""Long unbroken words get places where a line may break.

WeasyPrint's line breaking slows down with the length of a word it cannot break: a
20 000-character "word" (a pasted hash list, a URL without end) made one report take
four times as long, 99 000 characters thirty times. Every run of more than
`LONG_WORD` characters without white space in the HTML's text (never inside a tag) gets
a zero-width space every `PIECE` characters: invisible on the page, a break opportunity
for the layout. Shorter words, hashes and URLs as printed keep their text unchanged.
"""

from __future__ import annotations

import re

LONG_WORD = 100  # longer than any hash or URL the report prints itself
PIECE = 50
ZERO_WIDTH_SPACE = "\u200b"

_TEXT = re.compile(r">([^<]+)<")
_LONG = re.compile(rf"[^\s<>{ZERO_WIDTH_SPACE}]{{{LONG_WORD + 1},}}")


def _pieces(match: re.Match[str]) -> str:
    word = match.group()
    return ZERO_WIDTH_SPACE.join(word[index:index + PIECE]
                                 for index in range(0, len(word), PIECE))


def _text(match: re.Match[str]) -> str:
    return ">" + _LONG.sub(_pieces, match.group(1)) + "<"


def break_long_words(html: str) -> str:
    """`html` with a break opportunity in every long word of its text."""
    if not _LONG.search(html):
        return html
    return _TEXT.sub(_text, html)
