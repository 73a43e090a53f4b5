"""The label artwork: the project's own shield, with or without the stamp 'gecertificeerd'.

The design is ours: a rounded shield with three overlapping circles for the three areas
(vakmanschap, dienstverlening, organisatie en bestuur) and the words
"Kwaliteitslabel Sociaal Werk". The stamped variant adds a round stamp
"gecertificeerd" with the date until which the certificate is valid. The artwork's
own words are Dutch in every report language: they are the label's name. They are drawn
as outlines (see `outline`); the figure's alternative text (`title`) says them.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from kwaliteitslabel.report.outline import outline

INK = "#17505e"
PALE = "#d5e9eb"
STAMP = "#a8321f"
CIRCLES = (("#8fd3c8", 94, 94), ("#f2c57c", 126, 94), ("#b7d3ef", 110, 121))

SHIELD = ("M 24 18 Q 24 8 34 8 H 186 Q 196 8 196 18 V 132 "
          "C 196 190 152 222 110 248 C 68 222 24 190 24 132 Z")


def label_svg(*, stamped: bool, title: str, valid_until: dt.date | None = None,
              css_class: str = "label") -> str:
    """The label as inline SVG; `title` is its text alternative (for screen readers)."""
    circles = "".join(
        f'<circle cx="{x}" cy="{y}" r="21" fill="{fill}" fill-opacity="0.78" '
        f'stroke="#ffffff" stroke-width="2.2"/>' for fill, x, y in CIRCLES)
    width = 264 if stamped else 220  # the stamp sits beside the shield's lower right
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{css_class}" '
        f'viewBox="0 0 {width} 260" role="img" width="{width}" height="260">'
        f'<title>{escape(title)}</title>',
        f'<path d="{SHIELD}" fill="{INK}"/>',
        f'<path d="{SHIELD}" fill="none" stroke="{PALE}" stroke-width="1.4" '
        'transform="translate(110 128) scale(0.92) translate(-110 -128)"/>',
        _words("KWALITEITSLABEL", PALE, size=11.5, weight=600, spacing=2.2, x=110, y=47),
        circles,
        f'<rect x="80" y="152" width="60" height="1.4" fill="{PALE}"/>',
        _words("Sociaal", "#ffffff", size=25, weight=700, x=110, y=181),
        _words("Werk", "#ffffff", size=25, weight=700, x=110, y=208),
    ]
    if stamped:
        parts.append(_stamp(valid_until))
    parts.append("</svg>")
    return "".join(parts)


def _words(text: str, fill: str, *, size: float, weight: int = 400, spacing: float = 0.0,
           x: float = 0.0, y: float = 0.0) -> str:
    path = outline(text, size=size, weight=weight, spacing=spacing, x=x, y=y, anchor="middle")
    return f'<path d="{path}" fill="{fill}"/>'


def _stamp(valid_until: dt.date | None) -> str:
    until = ""
    if valid_until is not None:
        until = (_words("geldig tot", STAMP, size=7, y=22)
                 + _words(valid_until.strftime("%d-%m-%Y"), STAMP, size=8.5, weight=700, y=32))
    return (
        '<g transform="translate(210 204) rotate(-14)">'
        f'<circle cx="0" cy="0" r="46" fill="#fffaf3" stroke="{STAMP}" stroke-width="3"/>'
        f'<circle cx="0" cy="0" r="40" fill="none" stroke="{STAMP}" stroke-width="0.9"/>'
        + _words("SOCIAAL WERK", STAMP, size=6.6, weight=600, spacing=1.2, y=-19)
        + f'<rect x="-52" y="-9" width="104" height="18" fill="{STAMP}"/>'
        + _words("GECERTIFICEERD", "#ffffff", size=10.2, weight=700, spacing=0.6, y=3.6)
        + f'{until}</g>')
