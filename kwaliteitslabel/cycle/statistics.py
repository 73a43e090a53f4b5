"""The commission's view across audits: per norm of a framework version, what audits found.

Per norm how often each verdict was given (and how often it is still open), which norms
fail most, which are most often `nvt`, which improvement points recur, and where the
verdicts differ between routes. Nothing names an organisation unless asked (`named`).
Pure: it reads register entries (see `register.py`), never the audit files themselves.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from kwaliteitslabel.cycle.register import Entry
from kwaliteitslabel.framework.locate import find_version
from kwaliteitslabel.terms import VERDICTS

KINDS = (*VERDICTS, "open")
TOP = 10  # how many norms each ranking names
ROUTE_GAP = 25.0  # percentage points of `voldoet` between two routes worth naming
ROUTE_MINIMUM = 5  # verdicts a route needs on a norm before it is compared


@dataclass
class NormStats:
    norm_id: str
    title: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    by_route: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    audits_with_points: int = 0
    points: int = 0
    recurring: Counter[str] = field(default_factory=Counter)  # normalised text -> audits
    wording: dict[str, str] = field(default_factory=dict)  # normalised text -> as written
    named: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @property
    def scored(self) -> int:
        return sum(self.counts[verdict] for verdict in VERDICTS)

    def share(self, verdict: str) -> float:
        """Share of the given verdicts (open ones not counted), in percent."""
        return round(100 * self.counts[verdict] / self.scored, 1) if self.scored else 0.0

    def route_share(self, route: str) -> float | None:
        counts = self.by_route[route]
        judged = sum(counts[verdict] for verdict in VERDICTS if verdict != "nvt")
        if judged < ROUTE_MINIMUM:
            return None
        return round(100 * counts["voldoet"] / judged, 1)


@dataclass
class FrameworkStats:
    version: str
    audits: int
    routes: Counter[str]
    norms: list[NormStats]
    named: bool

    def failing(self) -> list[NormStats]:
        """Norms with a `voldoet_niet` or `voldoet_deels`, most `voldoet_niet` first."""
        hit = [norm for norm in self.norms
               if norm.counts["voldoet_niet"] or norm.counts["voldoet_deels"]]
        return sorted(hit, key=lambda n: (-n.counts["voldoet_niet"],
                                          -n.counts["voldoet_deels"], n.norm_id))[:TOP]

    def not_applicable(self) -> list[NormStats]:
        hit = [norm for norm in self.norms if norm.counts["nvt"]]
        return sorted(hit, key=lambda n: (-n.counts["nvt"], n.norm_id))[:TOP]

    def recurring_points(self) -> list[NormStats]:
        hit = [norm for norm in self.norms if norm.audits_with_points]
        return sorted(hit, key=lambda n: (-n.audits_with_points, -n.points, n.norm_id))[:TOP]

    def route_differences(self) -> list[tuple[NormStats, dict[str, float]]]:
        """Norms whose share of `voldoet` differs by at least ROUTE_GAP between routes."""
        found = []
        for norm in self.norms:
            shares = {route: share for route in sorted(norm.by_route)
                      if (share := norm.route_share(route)) is not None}
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


def _titles(version: str) -> dict[str, str]:
    framework = find_version(version)
    return {} if framework is None else {norm.id: norm.title for norm in framework.norms}


def statistics(entries: list[Entry], *, named: bool = False) -> list[FrameworkStats]:
    """Per framework version (oldest first) the statistics of its readable audits."""
    by_version: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.error is None and entry.framework is not None:
            by_version[entry.framework].append(entry)
    result = []
    for version in sorted(by_version):
        group = by_version[version]
        titles = _titles(version)
        norms: dict[str, NormStats] = {}
        for entry in group:
            route = entry.route or "?"
            for norm_id, verdict in entry.verdicts.items():
                norm = norms.setdefault(norm_id, NormStats(norm_id, titles.get(norm_id, "")))
                kind = verdict or "open"
                norm.counts[kind] = norm.counts.get(kind, 0) + 1
                norm.by_route[route][kind] += 1
                if named and verdict in ("voldoet_niet", "voldoet_deels", "nvt"):
                    norm.named[verdict].append(entry.organisation or entry.path)
            for norm_id, points in entry.improvements.items():
                norm = norms.setdefault(norm_id, NormStats(norm_id, titles.get(norm_id, "")))
                norm.audits_with_points += 1
                norm.points += len(points)
                for text in {_normalised(point): point for point in points}.items():
                    norm.recurring[text[0]] += 1
                    norm.wording.setdefault(text[0], text[1])
        order = list(titles) + sorted(set(norms) - set(titles))
        result.append(FrameworkStats(
            version, len(group), Counter(entry.route or "?" for entry in group),
            [norms[norm_id] for norm_id in order if norm_id in norms], named))
    return result
