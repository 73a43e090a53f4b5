"""Carrying the previous audit's improvement points to the norms of a new audit.

On the same framework version a point stays on its norm. Across versions the newer
framework's mapping (`herkomst.yaml`) says where each old norm went: a renumbered,
reworded or merged norm has one successor; a norm spread over more (a split, or a part
merged into one norm and a part into another, like 2017's V13 into D8 and O7) sends each
point to the successor whose title and statement share the most words with the point
(of the words that tell them apart), and to all of them when no one stands out, so that
no point is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.cycle.migrate import mapping_for
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.mapping import Mapping
from kwaliteitslabel.words import word


@dataclass
class Carried:
    """The previous audit in short, and its points per norm of the new framework."""

    previous: dict[str, Any]
    points: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # new id -> items
    placed: list[tuple[str, str, list[str]]] = field(default_factory=list)  # old, text, new

    @property
    def count(self) -> int:
        return len(self.placed)


def carry(previous: LoadedAudit, framework: Framework, file_as_given: str) -> Carried:
    """The previous audit's points as follow-up items on the norms of `framework`."""
    old = previous.framework
    mapping: Mapping | None = None
    if old.version != framework.version:
        if not _later(framework.version, old.version):
            raise InvalidInput(word("cycle.follow_up.newer", path=previous.path,
                                    old=old.version, new=framework.version))
        mapping = mapping_for(previous, framework)
    audit = previous.audit
    summary: dict[str, Any] = {"file": file_as_given, "framework": old.version,
                               "route": audit.route, "start": audit.dates.start}
    if audit.dates.end is not None:
        summary["end"] = audit.dates.end
    summary["verdicts"] = {norm.id: audit.score_of(norm.id) for norm in old.norms
                           if audit.score_of(norm.id) is not None}
    carried = Carried(summary)
    for norm in old.norms:
        result = audit.result(norm.id)
        for point in result.improvements if result is not None else []:
            targets = [norm.id] if mapping is None else mapping.targets(norm.id)
            chosen = _best(point.text, targets, framework)
            carried.placed.append((norm.id, point.text, chosen))
            for new_id in chosen:
                carried.points.setdefault(new_id, []).append(
                    {"text": point.text, "norm": norm.id, "status": "open"})
    return carried


def _later(version: str, than: str) -> bool:
    def key(text: str) -> tuple[int, str]:
        digits = re.match(r"\d+", text)
        return (int(digits.group()) if digits else 0, text)
    return key(version) > key(than)


def _stems(text: str) -> set[str]:
    """The longer words of a text, cut to six letters so that 'meldcode' and
    'meldcodes', 'agressie' and 'agressief' meet."""
    return {word[:6] for word in re.findall(r"[^\W\d_]+", text.lower()) if len(word) >= 5}


def _best(text: str, targets: list[str], framework: Framework) -> list[str]:
    """The successor the point is about, or all of them when that is not clear. Only
    the words that tell the successors apart count (not 'sociaal werkers', which all
    of them may name)."""
    if len(targets) <= 1:
        return targets
    about = {}
    for new_id in targets:
        norm = framework.norm(new_id)
        about[new_id] = _stems(f"{norm.title} {norm.statement}") if norm else set()
    shared = set.intersection(*about.values())
    words = _stems(text)
    scores = {new_id: len(words & (stems - shared)) for new_id, stems in about.items()}
    best = max(scores.values())
    return [new_id for new_id, score in scores.items() if score == best]
