"""The follow-up of the previous audit: what it was, and its improvement points per norm.

`audit new --previous` records the previous audit (`previous`: its file, framework,
dates and verdicts, by the ids of its own framework) and puts each of its improvement
points on the norm it belongs to now (`follow_up` under the norm's result). The next
audit says per point what became of it: `afgerond`, `loopt` or `niet_opgepakt` (`open`
while nobody asked). Pure data and words here; carrying the points is `cycle/`'s work,
saving the store's.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from kwaliteitslabel.audit.worded import Worded
from kwaliteitslabel.framework.base import Day, Identifier, Line, Strict, Text
from kwaliteitslabel.words import word

if TYPE_CHECKING:
    from kwaliteitslabel.framework.loaded import Framework

FollowUpStatus = Literal["open", "afgerond", "loopt", "niet_opgepakt"]
STATUSES: tuple[FollowUpStatus, ...] = ("open", "afgerond", "loopt", "niet_opgepakt")

class _StatusWords(Worded):
    """The statuses as shown: as typed, but `open` explained in the run's language."""

    def __getitem__(self, status: str) -> str:
        return super().__getitem__(status) if status == "open" else \
            {"afgerond": "afgerond", "loopt": "loopt", "niet_opgepakt": "niet opgepakt"}[status]


STATUS_WORDS: Mapping[str, str] = _StatusWords("audit.follow_up.", STATUSES)
# What a user may type for a status (the walk's keys, and the words with a space).
STATUS_KEYS: dict[str, FollowUpStatus] = {
    "afgerond": "afgerond", "a": "afgerond", "klaar": "afgerond",
    "loopt": "loopt", "l": "loopt",
    "niet_opgepakt": "niet_opgepakt", "niet opgepakt": "niet_opgepakt", "n": "niet_opgepakt",
    "open": "open", "o": "open",
}


class FollowUp(Strict):
    """One improvement point of the previous audit, to follow up on this norm."""

    text: Text = Field(description="Het verbeterpunt zoals de vorige audit het gaf.")
    norm: Identifier = Field(description="De norm waarop het punt in de vorige audit stond "
                             "(het id in het normenkader van die audit).")
    status: FollowUpStatus = "open"
    note: Text | None = None


class PreviousAudit(Strict):
    """The audit before this one, as `audit new --previous` found it."""

    file: Line = Field(description="Het bestand van de vorige audit, zoals opgegeven.")
    framework: Line = Field(description="De versie van het normenkader van de vorige audit.")
    route: Identifier
    start: Day
    end: Day | None = None
    verdicts: dict[Identifier, Identifier] = Field(default_factory=dict, description=(
        "De oordelen van de vorige audit, per norm van haar eigen normenkader."))


def status_of(typed: str) -> FollowUpStatus | None:
    """A status as typed (`loopt`, `l`, `niet opgepakt`), or None when it is none."""
    return STATUS_KEYS.get(" ".join(typed.lower().replace("-", " ").split()))


def previous_ids(framework: Framework, previous: PreviousAudit, norm_id: str) -> list[str]:
    """The norms of the previous audit that the norm comes from: itself on the same
    framework version, else by the framework's mapping (`herkomst.yaml`)."""
    if previous.framework == framework.version:
        return [norm_id]
    return list(_sources(str(framework.path), previous.framework).get(norm_id, ()))


@functools.lru_cache(maxsize=8)
def _sources(folder: str, from_version: str) -> dict[str, tuple[str, ...]]:
    """Per norm of the framework in `folder`, where it comes from in `from_version`."""
    from kwaliteitslabel.framework.mapping import load_mapping

    mapping = load_mapping(Path(folder))
    if mapping is None or mapping.from_version != from_version:
        return {}
    return {new_id: tuple(origin.from_) for new_id, origin in mapping.origins.items()}


def previous_verdicts(framework: Framework, previous: PreviousAudit | None, norm_id: str) \
        -> list[tuple[str, str | None]]:
    """Per norm of the previous audit that this norm comes from: its id and verdict."""
    if previous is None:
        return []
    return [(old_id, previous.verdicts.get(old_id))
            for old_id in previous_ids(framework, previous, norm_id)]


def describe_previous(framework: Framework, previous: PreviousAudit | None,
                      norm_id: str) -> str | None:
    """'Vorige audit (normenkader 2017): V11 voldoet deels' for the walk and the report."""
    found = previous_verdicts(framework, previous, norm_id)
    if not found or previous is None:
        return None
    parts = [f"{old_id} {(verdict or word('audit.follow_up.no_verdict')).replace('_', ' ')}"
             for old_id, verdict in found]
    return word("audit.follow_up.previous", year=previous.start.year,
                framework=previous.framework, verdicts=", ".join(parts))
