"""How far an audit is: per area and overall, which norms are still open."""

from __future__ import annotations

from dataclasses import dataclass, field

from kwaliteitslabel.audit import coverage
from kwaliteitslabel.audit.model import Audit
from kwaliteitslabel.audit.rules import wants_evidence
from kwaliteitslabel.framework.loaded import Framework


@dataclass(frozen=True)
class AreaProgress:
    area: str
    name: str
    total: int
    scored: int
    open: list[str]


@dataclass(frozen=True)
class Progress:
    total: int
    scored: int
    open: list[str]
    counts: dict[str, int]
    areas: list[AreaProgress]
    to_confirm: list[str]  # open norms with notes, e.g. old verdicts after a migration
    conflicts: list[str] = field(default_factory=list)  # left by a merge: norms, fields
    triangulated: dict[str, bool] = field(default_factory=dict)  # per scored norm
    # the previous audit's points: per norm how many have no status yet
    follow_up_open: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        return {
            "total": self.total, "scored": self.scored, "open": self.open,
            "counts": self.counts, "to_confirm": self.to_confirm,
            "conflicts": self.conflicts, "triangulated": self.triangulated,
            "follow_up_open": self.follow_up_open,
            "areas": {a.area: {"name": a.name, "total": a.total, "scored": a.scored,
                               "open": a.open} for a in self.areas},
        }


def progress(framework: Framework, audit: Audit) -> Progress:
    counts: dict[str, int] = {verdict: 0 for verdict in framework.verdicts}
    areas = []
    for area in framework.manifest.areas:
        norms = framework.norms_in(area.id)
        open_ids = [norm.id for norm in norms if audit.score_of(norm.id) is None]
        areas.append(AreaProgress(area.id, area.name, len(norms), len(norms) - len(open_ids),
                                  open_ids))
        for norm in norms:
            score = audit.score_of(norm.id)
            if score is not None:
                counts[score] += 1
    open_all = [norm_id for area in areas for norm_id in area.open]
    total = len(framework.norms)
    noted = [norm_id for norm_id in open_all
             if (result := audit.result(norm_id)) is not None and result.notes
             and not result.conflict]
    triangulated = {norm.id: coverage.triangulates(audit.result(norm.id))
                    for norm in framework.norms
                    if wants_evidence(framework, audit.score_of(norm.id))}
    follow_up_open = {norm.id: waiting for norm in framework.norms
                      if (result := audit.result(norm.id)) is not None
                      and (waiting := sum(p.status == "open" for p in result.follow_up))}
    return Progress(total, total - len(open_all), open_all, counts, areas, noted,
                    coverage.conflicts(audit), triangulated, follow_up_open)


def first_open(framework: Framework, audit: Audit) -> str | None:
    return next((norm.id for norm in framework.norms if audit.score_of(norm.id) is None), None)
