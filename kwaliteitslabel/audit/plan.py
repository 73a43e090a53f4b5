"""The organisation's improvement plan: its own actions, apart from the auditors' points.

Per item a norm, an action, an owner, a deadline and a status, kept at the top level of
the audit file under `improvement_plan` (`audit improvements` lists and sets them;
saving is the store's work). The plan is the organisation's living document: its
statuses change after the advice and the decision, so it is left out of the prints
they rest on (`audit/basis.py`). A route may require it (`requires.improvement_plan` in
the manifest): then a positive advice, and a certificate, need for every norm whose
verdict requires an improvement point (`rules.improvement_required`, `voldoet_deels` in
the shipped frameworks) a plan item with a deadline.
"""

from __future__ import annotations

import shlex

from kwaliteitslabel.audit.model import Audit
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.terms import PlanStatus
from kwaliteitslabel.words import word

# What a user may type for a status.
PLAN_STATUS_KEYS: dict[str, PlanStatus] = {
    "gepland": "gepland", "g": "gepland", "planned": "gepland",
    "loopt": "loopt", "l": "loopt", "bezig": "loopt",
    "afgerond": "afgerond", "a": "afgerond", "klaar": "afgerond",
}


def plan_status_of(typed: str) -> PlanStatus | None:
    """A status as typed (`loopt`, `l`, `Afgerond`), or None when it is none."""
    return PLAN_STATUS_KEYS.get(" ".join(typed.lower().split()))


def plan_required(framework: Framework, audit: Audit) -> bool:
    """Whether the audit's route asks for a plan before a positive advice."""
    route = framework.manifest.route(audit.route)
    return route is not None and route.requires.improvement_plan


def without_plan(framework: Framework, audit: Audit) -> list[str]:
    """The norms (in the framework's order) whose verdict requires an improvement point
    and that have no plan item with a deadline."""
    needing = set(framework.manifest.rules.improvement_required)
    planned = {item.norm for item in audit.improvement_plan if item.deadline is not None}
    return [norm.id for norm in framework.norms
            if audit.score_of(norm.id) in needing and norm.id not in planned]


def missing_for_advice(framework: Framework, audit: Audit) -> list[str]:
    """The norms that stop a positive advice for lack of a plan item with a deadline
    (none when the route does not require a plan)."""
    return without_plan(framework, audit) if plan_required(framework, audit) else []


def refusal(framework: Framework, audit: Audit, what: str, file: object) -> str | None:
    """Why `what` (a positive advice, a certificate) cannot be given yet, or None."""
    missing = missing_for_advice(framework, audit)
    if not missing:
        return None
    verdicts = word("audit.plan.or").join(v.replace("_", " ")
                                          for v in framework.manifest.rules.improvement_required)
    return word("audit.plan.refusal", what=what, verdicts=verdicts, missing=", ".join(missing),
                file=shlex.quote(str(file)), norm=missing[0])
