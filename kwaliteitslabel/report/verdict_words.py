"""A verdict as a report shows it: its words from the framework's scale (in the report's
language) and its tone, which sets its colour in the text and the charts."""

from __future__ import annotations

from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.words.texts import Texts

OPEN = "open"  # no verdict (yet): not a level of the scale


def verdict_name(t: Texts, framework: Framework, verdict: str) -> str:
    """`Voldoet deels` / `Partly meets the norm`; a verdict this scale lacks (one of an
    earlier framework) as written, with spaces."""
    if verdict == OPEN:
        return t("verdict.open")
    level = framework.manifest.level(verdict)
    return level.words(t.lang).name if level is not None else verdict.replace("_", " ")


def verdict_short(t: Texts, framework: Framework, verdict: str) -> str:
    """`deels` / `partly`: the word in tables and legends."""
    if verdict == OPEN:
        return t("verdict_short.open")
    level = framework.manifest.level(verdict)
    return level.words(t.lang).short if level is not None else verdict.replace("_", " ")


def order(framework: Framework) -> list[str]:
    """The scale's verdicts, then open: the columns of the tables and charts."""
    return [*framework.verdicts, OPEN]


def tone(framework: Framework, verdict: str) -> str:
    """ok (the best weight), partly, fail (weight 0), na (not counted) or open."""
    level = framework.manifest.level(verdict)
    if level is None:
        return OPEN
    if level.weight is None:
        return "na"
    if level.not_met:
        return "fail"
    best = max(other.weight or 0.0 for other in framework.manifest.scale)
    return "ok" if level.weight >= best else "partly"
