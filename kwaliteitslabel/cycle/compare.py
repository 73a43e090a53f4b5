"""`audit compare OLD NEW`: per norm the old and the new verdict and what changed, and per
area the change in score, across framework versions through the newer one's mapping.

A norm of the new audit is compared with the norm(s) it comes from: itself on the same
version, else what `herkomst.yaml` names. A merged norm is compared with the weakest of
the verdicts it comes from (what the organisation had to improve on). Verdicts rank by
their weight on their own framework's scale, as a share of its best weight (voldoet >
voldoet deels > voldoet niet); a verdict that is not counted (nvt) and an open norm do
not rank, so a change to or from them is `niet_vergelijkbaar` (the same uncounted
verdict twice is `gelijk`). Pure: no printing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.scoring import evaluate
from kwaliteitslabel.cycle.migrate import mapping_for
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.words import word

CHANGES = ("beter", "gelijk", "slechter", "nieuw", "vervallen", "niet_vergelijkbaar")


@dataclass(frozen=True)
class NormChange:
    norm: str | None  # the new norm (None: the old one lapsed)
    old_norms: list[str]
    old: list[str | None]  # per old norm its verdict (None: open)
    new: str | None
    change: str

    def as_json(self) -> dict[str, object]:
        return {"norm": self.norm, "from": self.old_norms, "old": self.old, "new": self.new,
                "change": self.change}


@dataclass(frozen=True)
class AreaChange:
    area: str
    name: str
    old_pct: float | None
    new_pct: float
    change: str
    counts: dict[str, int] = field(default_factory=dict)  # per change, the norms

    def as_json(self) -> dict[str, object]:
        return {"area": self.area, "name": self.name, "old_score_pct": self.old_pct,
                "new_score_pct": self.new_pct, "change": self.change, "counts": self.counts}


@dataclass(frozen=True)
class Comparison:
    old: LoadedAudit
    new: LoadedAudit
    norms: list[NormChange]
    areas: list[AreaChange]

    def counts(self) -> dict[str, int]:
        return {change: sum(n.change == change for n in self.norms) for change in CHANGES}

    def as_json(self) -> dict[str, object]:
        def side(loaded: LoadedAudit) -> dict[str, object]:
            return {"file": str(loaded.path), "organisation": loaded.audit.organisation,
                    "framework": loaded.framework.version,
                    "start": loaded.audit.dates.start.isoformat()}
        return {"old": side(self.old), "new": side(self.new), "counts": self.counts(),
                "norms": [n.as_json() for n in self.norms],
                "areas": [a.as_json() for a in self.areas]}


def _version_key(version: str) -> tuple[int, str]:
    digits = re.match(r"\d+", version)
    return (int(digits.group()) if digits else 0, version)


def ranks(framework: Framework) -> dict[str, float]:
    """Each counted verdict's weight as a share of the scale's best: comparable across
    framework versions."""
    counted = {level.id: level.weight for level in framework.manifest.scale
               if level.weight is not None}
    top = max(counted.values(), default=0.0) or 1.0
    return {verdict: weight / top for verdict, weight in counted.items()}


def change_of(old: list[str | None], new: str | None, old_ranks: dict[str, float],
              new_ranks: dict[str, float]) -> str:
    """What changed from the old verdict(s) to the new one (each ranked on its own scale)."""
    if not old:
        return "nieuw"
    ranked = [old_ranks[v] for v in old if v is not None and v in old_ranks]
    if new is not None and new not in new_ranks and all(v == new for v in old):
        return "gelijk"
    if new is None or new not in new_ranks or len(ranked) != len(old):
        return "niet_vergelijkbaar"
    before, after = min(ranked), new_ranks[new]
    return "beter" if after > before else "slechter" if after < before else "gelijk"


def compare(old: LoadedAudit, new: LoadedAudit) -> Comparison:
    """Compare two audits; `old` is the earlier one (same or older framework version)."""
    old_version, new_version = old.framework.version, new.framework.version
    if _version_key(old_version) > _version_key(new_version):
        raise InvalidInput(word("cycle.compare.order", old=old.path, old_version=old_version,
                                new=new.path, new_version=new_version))
    mapping = None if old_version == new_version else mapping_for(old, new.framework)

    def sources(norm_id: str) -> list[str]:
        return [norm_id] if mapping is None else mapping.sources(norm_id)

    norms: list[NormChange] = []
    old_ranks, new_ranks = ranks(old.framework), ranks(new.framework)
    for norm in new.framework.norms:
        old_ids = sources(norm.id)
        before = [old.audit.score_of(old_id) for old_id in old_ids]
        after = new.audit.score_of(norm.id)
        norms.append(NormChange(norm.id, old_ids, before, after, change_of(before, after, old_ranks,
                                                                        new_ranks)))
    reached = {old_id for change in norms for old_id in change.old_norms}
    for gone in old.framework.norms:
        if gone.id not in reached:
            norms.append(NormChange(None, [gone.id], [old.audit.score_of(gone.id)], None,
                                    "vervallen"))
    return Comparison(old, new, norms, _areas(old, new, norms))


def _areas(old: LoadedAudit, new: LoadedAudit, norms: list[NormChange]) -> list[AreaChange]:
    before = {area.area: area for area in evaluate(old.framework, old.audit).areas}
    areas = []
    for area in evaluate(new.framework, new.audit).areas:
        ids = {norm.id for norm in new.framework.norms_in(area.area)}
        counts = {change: sum(n.change == change for n in norms if n.norm in ids)
                  for change in CHANGES if change != "vervallen"}
        earlier = before.get(area.area)
        old_pct = round(earlier.score_pct, 1) if earlier is not None else None
        new_pct = round(area.score_pct, 1)  # as shown: a tenth of a percent
        change = "nieuw" if old_pct is None else "beter" if new_pct > old_pct \
            else "slechter" if new_pct < old_pct else "gelijk"
        areas.append(AreaChange(area.area, area.name, old_pct, new_pct, change,
                                {k: v for k, v in counts.items() if v}))
    return areas
