"""The report's chapter "Verbeterplan van de organisatie": per norm the auditors'
improvement points beside the organisation's own actions (owner, deadline, status).
No WeasyPrint here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.plan import plan_required, without_plan
from kwaliteitslabel.report.verdict_words import verdict_name
from kwaliteitslabel.words.texts import Texts


@dataclass(frozen=True)
class PlanAction:
    text: str
    details: str  # status and deadline in the report's words
    owner: str | None  # the audit's words (Dutch, marked so in an English report)
    status: str  # a status id (gepland, loopt, afgerond)


@dataclass(frozen=True)
class PlanRow:
    norm_id: str
    norm_title: str
    verdict: str
    points: list[str]  # the auditors' improvement points on the norm
    actions: list[PlanAction]  # the organisation's actions on it


@dataclass(frozen=True)
class PlanSection:
    intro: str
    missing: str | None  # the norms that still lack an action with a deadline
    rows: list[PlanRow]


def plan_section(loaded: LoadedAudit, t: Texts) -> PlanSection | None:
    """The chapter, or None when there is no plan and the route asks for none."""
    audit, framework = loaded.audit, loaded.framework
    required = plan_required(framework, audit)
    lacking = without_plan(framework, audit)
    if not audit.improvement_plan and not (required and lacking):
        return None
    rows = []
    for norm in framework.norms:
        result = audit.result(norm.id)
        points = [item.text for item in result.improvements] if result is not None else []
        actions = [_action(t, item.action, item.owner, item.deadline, item.status)
                   for item in audit.improvement_plan if item.norm == norm.id]
        if points or actions:
            verdict = result.score if result is not None and result.score else "open"
            rows.append(PlanRow(norm.id, norm.title, verdict_name(t, framework, verdict),
                                points, actions))
    intro = t("plan.intro", count=len(audit.improvement_plan))
    if required:
        intro += " " + t("plan.required")
    missing = t("plan.missing", norms=", ".join(lacking)) if lacking else None
    return PlanSection(intro, missing, rows)


def _action(t: Texts, text: str, owner: str | None, deadline: dt.date | None,
            status: str) -> PlanAction:
    parts = [t(f"plan.status.{status}")]
    if deadline is not None:
        parts.append(t("deadline", date=t.date(deadline)))
    if not owner:
        parts.append(t("plan.no_owner"))
    return PlanAction(text, " · ".join(parts), owner, status)
