"""Charts as SVG, drawn here: scores per area and the distribution of verdicts.

Every text that goes into a chart is escaped; each chart has a <title> that PDF
readers use as its text alternative, and the report shows the same numbers in a table.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

FONT = 'font-family="KL Inter"'
INK = "#1f2d3a"
MUTED = "#5b6875"
GRID = "#d6dce2"
BAR = "#2a6f7c"
BAR_TOTAL = "#17505e"
TRACK = "#edf1f4"

# a verdict's tone (verdict_words.tone) -> (fill, text colour); the text colours keep a
# contrast of at least 4.5:1
TONE_COLOURS = {
    "ok": ("#2e7d4f", "#ffffff"),
    "partly": ("#e3a73c", "#1f2d3a"),
    "fail": ("#b3261e", "#ffffff"),
    "na": ("#66727f", "#ffffff"),
    "open": ("#e3e7eb", "#1f2d3a"),
}


@dataclass(frozen=True)
class ScoreRow:
    name: str
    pct: float
    total: bool = False


@dataclass(frozen=True)
class DistributionRow:
    name: str
    counts: dict[str, int]  # verdict (and "open") -> number of norms


def _svg(width: int, height: int, title: str, body: str, css_class: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="{css_class}" role="img" '
            f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
            f"<title>{escape(title)}</title>{body}</svg>")


def scores_chart(rows: list[ScoreRow], title: str) -> str:
    """Horizontal bars from 0 to 100% with a grid every 25%."""
    label_w, bar_w, value_w, row_h, top = 190, 380, 54, 30, 8
    width = label_w + bar_w + value_w
    height = top + row_h * len(rows) + 26
    parts = []
    for step in range(0, 101, 25):
        x = label_w + bar_w * step / 100
        parts.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" '
                     f'y2="{top + row_h * len(rows)}" stroke="{GRID}" stroke-width="1"/>')
        parts.append(f'<text x="{x:.1f}" y="{height - 8}" text-anchor="middle" {FONT} '
                     f'font-size="10" fill="{MUTED}">{step}%</text>')
    for index, row in enumerate(rows):
        y = top + index * row_h
        weight = "700" if row.total else "400"
        fill = BAR_TOTAL if row.total else BAR
        length = bar_w * max(0.0, min(row.pct, 100.0)) / 100
        parts.append(f'<text x="{label_w - 10}" y="{y + 19}" text-anchor="end" {FONT} '
                     f'font-size="12" font-weight="{weight}" fill="{INK}">'
                     f"{escape(row.name)}</text>")
        parts.append(f'<rect x="{label_w}" y="{y + 6}" width="{bar_w}" height="18" '
                     f'fill="{TRACK}"/>')
        if length > 0:
            parts.append(f'<rect x="{label_w}" y="{y + 6}" width="{length:.1f}" '
                         f'height="18" fill="{fill}"/>')
        parts.append(f'<text x="{label_w + bar_w + 8}" y="{y + 19}" {FONT} font-size="12" '
                     f'font-weight="{weight}" fill="{INK}">{row.pct:.0f}%</text>')
    return _svg(width, height, title, "".join(parts), "chart chart-scores")


def distribution_chart(rows: list[DistributionRow], order: list[str],
                       names: dict[str, str], tones: dict[str, str], title: str) -> str:
    """One 100% stacked bar per area (`tones`: each verdict's tone, for its colour), the
    count inside each wide enough segment."""
    label_w, bar_w, row_h, top = 190, 434, 30, 4
    width = label_w + bar_w
    legend_y = top + row_h * len(rows) + 14
    height = legend_y + 22
    parts = []
    for index, row in enumerate(rows):
        y = top + index * row_h
        total = sum(row.counts.get(key, 0) for key in order) or 1
        parts.append(f'<text x="{label_w - 10}" y="{y + 19}" text-anchor="end" {FONT} '
                     f'font-size="12" fill="{INK}">{escape(row.name)}</text>')
        x = float(label_w)
        for key in order:
            count = row.counts.get(key, 0)
            if not count:
                continue
            fill, text_colour = TONE_COLOURS[tones[key]]
            segment = bar_w * count / total
            parts.append(f'<rect x="{x:.1f}" y="{y + 5}" width="{segment:.1f}" height="20" '
                         f'fill="{fill}" stroke="#ffffff" stroke-width="1"/>')
            if segment >= 18:
                parts.append(f'<text x="{x + segment / 2:.1f}" y="{y + 19}" '
                             f'text-anchor="middle" {FONT} font-size="11" font-weight="600" '
                             f'fill="{text_colour}">{count}</text>')
            x += segment
    x = float(label_w)
    for key in order:
        fill, _ = TONE_COLOURS[tones[key]]
        name = escape(names[key])
        parts.append(f'<rect x="{x:.1f}" y="{legend_y}" width="11" height="11" '
                     f'fill="{fill}"/>')
        parts.append(f'<text x="{x + 15:.1f}" y="{legend_y + 9.5}" {FONT} font-size="10.5" '
                     f'fill="{INK}">{name}</text>')
        x += 24 + 6.2 * len(names[key])
    return _svg(width, height, title, "".join(parts), "chart chart-distribution")
