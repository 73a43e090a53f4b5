"""Words of the label artwork as outlines (SVG paths) drawn from our own Inter fonts.

The label is a picture: its words ("KWALITEITSLABEL", the stamp "GECERTIFICEERD" around
a date) are part of the drawing, and the figure's alternative text says them in full.
As outlines they do not end up as scattered letters in the PDF's text, where copying
or a search would find "K WA L I T E I T S L A B E L" and the rotated stamp as noise.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent / "fonts"
WEIGHTS = {400: "Inter-Regular.otf", 600: "Inter-SemiBold.otf", 700: "Inter-Bold.otf"}


@cache
def _font(weight: int) -> TTFont:
    """Kept for the process, read from its bytes: no file stays open (lazy=True on a
    path would hold it open until the process ends)."""
    return TTFont(io.BytesIO((FONTS / WEIGHTS[weight]).read_bytes()), lazy=True)


@cache
def outline(text: str, *, size: float, weight: int = 400, spacing: float = 0.0,
            x: float = 0.0, y: float = 0.0, anchor: str = "start") -> str:
    """SVG path data for `text` set at (x, y) on its baseline, like <text> would be."""
    font = _font(weight)
    glyphs = font.getGlyphSet()
    cmap = font.getBestCmap()
    metrics = font["hmtx"]
    scale = size / font["head"].unitsPerEm
    names = [cmap.get(ord(char), ".notdef") for char in text]
    width = sum(metrics[name][0] * scale for name in names) + spacing * (len(names) - 1)
    cursor = x - {"start": 0.0, "middle": width / 2, "end": width}[anchor]
    pen = SVGPathPen(glyphs, ntos=lambda number: f"{number:.2f}".rstrip("0").rstrip("."))
    for name in names:
        glyphs[name].draw(TransformPen(pen, (scale, 0, 0, -scale, cursor, y)))
        cursor += metrics[name][0] * scale + spacing
    return str(pen.getCommands())
