"""The commission's view across audits: per norm of a framework version, what audits found.

Per norm how often each verdict was given (and how often it is still open), which norms
fail most, which most often rest on a reason (`nvt`), which improvement points recur, and
where the verdicts differ between routes. What each verdict means comes from the
version's scale (`ScaleRoles`). Nothing names an organisation unless asked (`named`).
Pure: it reads register entries (see `register.py`), never the audit files themselves.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from kwaliteitslabel.cycle.register import Entry
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.locate import find_version

TOP = 10  # how many norms each ranking names
ROUTE_GAP = 25.0  # percentage points of the best verdict between two routes worth naming
ROUTE_MINIMUM = 5  # verdicts a route needs on a norm before it is compared


@dataclass(frozen=True)
class ScaleRoles:
    """What the statistics read from a version's scale: its verdicts, their short words,
    which ask for improvement (worst first), which rest on a reason, which is the best."""

    verdicts: list[str]
    words: dict[str, str]
    failing: list[str] = field(default_factory=list)
    not_met: list[str] = field(default_factory=list)
    reasoned: list[str] = field(default_factory=list)
    counted: list[str] = field(default_factory=list)
    best: str | None = None

    @classmethod
    def of(cls, framework: Framework | None, seen: set[str]) -> ScaleRoles:
        """The roles of `framework`'s scale; without it (a version no longer at hand) only
        the verdicts `seen`, with no roles."""
        if framework is None:
            return cls(sorted(seen), {verdict: verdict for verdict in seen})
        scale = framework.manifest.scale
        counted = [level for level in scale if level.weight is not None]
        return cls(
            [level.id for level in scale],
            {level.id: level.words("nl").short for level in scale},
            [level.id for level in sorted(counted, key=lambda level: level.weight or 0.0)
             if level.requires_improvement],
            [level.id for level in counted if level.not_met],
            [level.id for level in scale if level.requires_reason],
            [level.id for level in counted],
            max(counted, key=lambda level: level.weight or 0.0).id if counted else None)

    def word(self, verdict: str) -> str:
        return self.words.get(verdict, verdict)


@dataclass
class NormStats:
    norm_id: str
    title: str
    counts: dict[str, int] = field(default_factory=dict)
    by_route: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    audits_with_points: int = 0
    points: int = 0
    recurring: Counter[str] = field(default_factory=Counter)  # normalised text -> audits
    wording: dict[str, str] = field(default_factory=dict)  # normalised text -> as written
    named: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @property
    def scored(self) -> int:
        return sum(count for kind, count in self.counts.items() if kind != "open")

    def share(self, verdicts: list[str]) -> float:
        """Share of these verdicts among the given ones (open not counted), in percent."""
        given = sum(self.counts.get(verdict, 0) for verdict in verdicts)
        return round(100 * given / self.scored, 1) if self.scored else 0.0

    def count_of(self, verdicts: list[str]) -> int:
        return sum(self.counts.get(verdict, 0) for verdict in verdicts)

    def route_share(self, route: str, roles: ScaleRoles) -> float | None:
        """Share of the best verdict among the counted ones on `route`; None with too few."""
        counts = self.by_route[route]
        judged = sum(counts[verdict] for verdict in roles.counted)
        if judged < ROUTE_MINIMUM or roles.best is None:
            return None
        return round(100 * counts[roles.best] / judged, 1)


@dataclass
class FrameworkStats:
    version: str
    audits: int
    routes: Counter[str]
    norms: list[NormStats]
    named: bool
    roles: ScaleRoles

    def failing(self) -> list[NormStats]:
        """Norms with a verdict that asks for improvement, the worst verdicts first."""
        failing = self.roles.failing
        hit = [norm for norm in self.norms if norm.count_of(failing)]
        return sorted(hit, key=lambda n: (*(-n.counts.get(v, 0) for v in failing),
                                          n.norm_id))[:TOP]

    def failing_words(self, norm: NormStats) -> str:
        """`niet 2, deels 1`: the counts of the verdicts that ask for improvement."""
        return ", ".join(f"{self.roles.word(verdict)} {norm.counts.get(verdict, 0)}"
                         for verdict in self.roles.failing)

    def not_applicable(self) -> list[NormStats]:
        """Norms most often judged with a verdict that rests on a reason (nvt)."""
        reasoned = self.roles.reasoned
        hit = [norm for norm in self.norms if norm.count_of(reasoned)]
        return sorted(hit, key=lambda n: (-n.count_of(reasoned), n.norm_id))[:TOP]

    def named_for(self, norm: NormStats, verdicts: list[str]) -> list[str]:
        return sorted({name for verdict in verdicts for name in norm.named.get(verdict, [])})

    def recurring_points(self) -> list[NormStats]:
        hit = [norm for norm in self.norms if norm.audits_with_points]
        return sorted(hit, key=lambda n: (-n.audits_with_points, -n.points, n.norm_id))[:TOP]

    def route_differences(self) -> list[tuple[NormStats, dict[str, float]]]:
        """Norms whose share of the best verdict differs by at least ROUTE_GAP between
        routes."""
        found = []
        for norm in self.norms:
            shares = {route: share for route in sorted(norm.by_route)
                      if (share := norm.route_share(route, self.roles)) is not None}
            if len(shares) >= 2 and max(shares.values()) - min(shares.values()) >= ROUTE_GAP:
                found.append((norm, shares))
        return sorted(found, key=lambda item: (-(max(item[1].values()) - min(item[1].values())),
                                               item[0].norm_id))

    def as_json(self) -> dict[str, Any]:
        def norm_json(norm: NormStats) -> dict[str, Any]:
            data: dict[str, Any] = {
                "title": norm.title, "counts": norm.counts,
                "by_route": {route: dict(counts) for route, counts in
                             sorted(norm.by_route.items())},
                "audits_with_improvements": norm.audits_with_points,
                "improvements": norm.points,
                "recurring_improvements": [
                    {"text": norm.wording[text], "audits": count}
                    for text, count in norm.recurring.most_common() if count > 1]}
            if self.named:
                data["organisations"] = {verdict: names for verdict, names in
                                         sorted(norm.named.items())}
            return data

        return {
            "framework": self.version, "audits": self.audits, "routes": dict(self.routes),
            "norms": {norm.norm_id: norm_json(norm) for norm in self.norms},
            "most_failing": [norm.norm_id for norm in self.failing()],
            "most_nvt": [norm.norm_id for norm in self.not_applicable()],
            "most_improvements": [norm.norm_id for norm in self.recurring_points()],
            "route_differences": [{"norm": norm.norm_id, "voldoet_pct": shares}
                                  for norm, shares in self.route_differences()],
        }


def _normalised(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()




def _stats_of(norms: dict[str, NormStats], norm_id: str, titles: dict[str, str],
              kinds: list[str]) -> NormStats:
    """The figures kept for `norm_id`, begun at zero for every kind on first sight."""
    if norm_id not in norms:
        norms[norm_id] = NormStats(norm_id, titles.get(norm_id, ""), dict.fromkeys(kinds, 0))
    return norms[norm_id]


def statistics(entries: list[Entry], *, named: bool = False) -> list[FrameworkStats]:
    """Per framework version (oldest first) the statistics of its readable audits."""
    by_version: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.error is None and entry.framework is not None:
            by_version[entry.framework].append(entry)
    result = []
    for version in sorted(by_version):
        group = by_version[version]
        framework = find_version(version)
        titles = {} if framework is None else {norm.id: norm.title for norm in framework.norms}
        roles = ScaleRoles.of(framework, {verdict for entry in group
                                          for verdict in entry.verdicts.values() if verdict})
        kinds = [*roles.verdicts, "open"]
        norms: dict[str, NormStats] = {}
        for entry in group:
            route = entry.route or "?"
            for norm_id, verdict in entry.verdicts.items():
                norm = _stats_of(norms, norm_id, titles, kinds)
                kind = verdict or "open"
                norm.counts[kind] = norm.counts.get(kind, 0) + 1
                norm.by_route[route][kind] += 1
                if named and verdict in (*roles.failing, *roles.reasoned):
                    norm.named[verdict].append(entry.organisation or entry.path)
            for norm_id, points in entry.improvements.items():
                norm = _stats_of(norms, norm_id, titles, kinds)
                norm.audits_with_points += 1
                norm.points += len(points)
                for text in {_normalised(point): point for point in points}.items():
                    norm.recurring[text[0]] += 1
                    norm.wording.setdefault(text[0], text[1])
        order = list(titles) + sorted(set(norms) - set(titles))
        result.append(FrameworkStats(
            version, len(group), Counter(entry.route or "?" for entry in group),
            [norms[norm_id] for norm_id in order if norm_id in norms], named, roles))
    return result
