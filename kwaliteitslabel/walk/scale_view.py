"""The verdict scale as both walks show it: keys, short words, what each verdict asks
and what is characteristic of it on a norm, all from the framework's `scale`."""

from __future__ import annotations

from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Norm
from kwaliteitslabel.framework.scale_model import ScaleLevel
from kwaliteitslabel.words import current, word


def key_label(framework: Framework, verdict: str, joiner: str = "/") -> str:
    """The verdict's keys in the walk, e.g. `2/d`."""
    return joiner.join(framework.verdict_keys.get(verdict, []))


def short(framework: Framework, verdict: str) -> str:
    """The verdict's word in the walk's lists, e.g. `deels`, in the language of this run."""
    return framework.level(verdict).words(current()).short


def anchors(framework: Framework, norm: Norm) -> list[tuple[str, str]]:
    """What makes the norm meet each counted verdict, in the scale's order (empty when the
    framework describes none)."""
    if not norm.levels:
        return []
    lang = current()
    return [(level.words(lang).short, norm.levels[level.id])
            for level in framework.manifest.scale if level.id in norm.levels]


def asks(level: ScaleLevel) -> str:
    """What choosing the verdict asks for, in brackets ('' when nothing)."""
    wants = ([*([word("walk.scale_view.an_improvement")] if level.requires_improvement else []),
              *([word("walk.scale_view.a_reason")] if level.requires_reason else [])])
    refused = [] if level.allowed_on_core else [word("walk.scale_view.not_core")]
    parts = [word("walk.scale_view.asks", what=word("walk.scale_view.and").join(wants))] \
        if wants else []
    parts += refused
    return f" ({'; '.join(parts)})" if parts else ""


def help_rows(framework: Framework) -> list[tuple[str, str]]:
    """One row per verdict for a help screen: its keys and what it means and asks."""
    lang = current()
    return [(key_label(framework, level.id, word("walk.scale_view.or")),
             level.words(lang).name.lower() + asks(level))
            for level in framework.manifest.scale]
