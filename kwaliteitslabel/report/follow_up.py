"""The report's section "Opvolging verbeterpunten vorige audit": per improvement point
of the previous audit the norm it belongs to now, what it was on then, and what became
of it. No WeasyPrint here."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kwaliteitslabel.audit.follow_up import STATUSES
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.report.verdict_words import verdict_name
from kwaliteitslabel.words.texts import Texts


@dataclass(frozen=True)
class FollowUpRow:
    norm_id: str
    norm_title: str
    was: str  # where the point was in the previous audit, and that norm's verdict
    text: str  # the point, in the previous audit's words
    status: str  # a status id (open, afgerond, loopt, niet_opgepakt)
    status_text: str
    note: str | None


@dataclass(frozen=True)
class FollowUpSection:
    intro: str
    counts: str
    rows: list[FollowUpRow]


def follow_up_section(loaded: LoadedAudit, t: Texts) -> FollowUpSection | None:
    """The section, or None when the audit records no previous audit."""
    audit, framework = loaded.audit, loaded.framework
    previous = audit.previous
    if previous is None:
        return None
    rows = []
    for norm in framework.norms:
        result = audit.result(norm.id)
        for point in result.follow_up if result is not None else []:
            verdict = previous.verdicts.get(point.norm)
            was = t("follow_up.was", version=previous.framework, norm=point.norm,
                    verdict=verdict_name(t, framework, verdict).lower() if verdict
                    else t("follow_up.no_verdict"))
            rows.append(FollowUpRow(norm.id, norm.title, was, point.text, point.status,
                                    t(f"follow_up.status.{point.status}"), point.note))
    counted = Counter(row.status for row in rows)
    counts = " · ".join(f"{t(f'follow_up.status.{status}').lower()}: {counted[status]}"
                        for status in STATUSES if counted[status])
    route = framework.manifest.route(previous.route)  # a route keeps its id across versions
    intro = t("follow_up.intro", route=route.words(t.lang).name if route else previous.route,
              period=t.period(previous.start, previous.end), version=previous.framework,
              count=len(rows))
    if previous.framework != framework.version:
        intro += " " + t("follow_up.mapped", old=previous.framework, new=framework.version)
    return FollowUpSection(intro, counts, rows)
