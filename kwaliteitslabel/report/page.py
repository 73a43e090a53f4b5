"""The few CSS rules that depend on the language or on a draft: page numbers, CONCEPT.

Only the report's own words end up here, and even those are written as escaped CSS
strings; text from an audit reaches the page margins through `string-set` only.
"""

from __future__ import annotations

import re

from kwaliteitslabel.words.texts import Texts

SAFE = re.compile(r"[A-Za-z0-9 .,:;()/-]")


def css_string(text: str) -> str:
    """A CSS string literal: everything but plain letters, digits and punctuation escaped."""
    return '"' + "".join(ch if SAFE.fullmatch(ch) else f"\\{ord(ch):x} " for ch in text) + '"'


def page_numbers(t: Texts) -> str:
    """`pagina {page} van {pages}` as CSS content with counters."""
    parts = []
    for piece in re.split(r"(\{page\}|\{pages\})", t("page_of")):
        if piece == "{page}":
            parts.append("counter(page)")
        elif piece == "{pages}":
            parts.append("counter(pages)")
        elif piece:
            parts.append(css_string(piece))
    return " ".join(parts)


def page_css(t: Texts, *, draft: bool) -> str:
    rules = [f"@page {{ @bottom-right {{ content: {page_numbers(t)}; }} }}"]
    if draft:
        mark = css_string(t("draft"))
        style = ("font: 700 8pt 'KL Inter'; color: #b3261e; letter-spacing: 0.4pt; "
                 "vertical-align: bottom; padding-bottom: 3mm;")
        rules.append(f"@page {{ @top-right {{ content: {mark}; {style} }} }}")
        rules.append(f"@page cover {{ @top-right {{ content: {mark}; {style} }} }}")
    return "\n".join(rules)
