"""`audit programme`: the audit days, the conversations per role and the coverage of every
norm, from the framework and the audit's size and participants.

The days come from the manifest's table by fte. A conversation is proposed for every
role that the norms' questions (or their evidence) name, with those norms and questions,
spread over the days in the manifest's order of roles. A norm is covered when at least
two planned roles speak about it, or a role and a document or observation; the evidence
already gathered counts too (see `audit/coverage.py`). Pure: no I/O.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from kwaliteitslabel.audit import coverage
from kwaliteitslabel.audit.model import Audit
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Question


@dataclass
class Conversation:
    role: str
    name: str
    day: int
    norms: list[str] = field(default_factory=list)
    questions: list[tuple[str, str]] = field(default_factory=list)  # (norm id, question)
    spoken: bool = False  # the audit already records this role as spoken to

    def as_json(self) -> dict[str, object]:
        return {"role": self.role, "name": self.name, "day": self.day, "norms": self.norms,
                "questions": [{"norm": norm, "text": text} for norm, text in self.questions],
                "spoken": self.spoken}


@dataclass
class Coverage:
    norm: str
    title: str
    roles: list[str]  # planned roles that speak about this norm
    documents: int
    observations: int
    heard: list[str]  # roles in the evidence so far
    triangulated: bool  # the evidence already rests on two sources

    @property
    def covered(self) -> bool:
        planned = len(self.roles) >= 2 or (bool(self.roles) and
                                           bool(self.documents or self.observations))
        return self.triangulated or planned

    def as_json(self) -> dict[str, object]:
        return {"norm": self.norm, "title": self.title, "roles": self.roles,
                "documents": self.documents, "observations": self.observations,
                "heard": self.heard, "triangulated": self.triangulated,
                "covered": self.covered}


@dataclass
class Programme:
    organisation: str
    route: str
    framework: str
    fte: float | None
    days: float | None
    conversations: list[Conversation]
    coverage: list[Coverage]
    planned_from: str  # "participants" or "framework"

    @property
    def gaps(self) -> list[str]:
        return [item.norm for item in self.coverage if not item.covered]

    def as_json(self) -> dict[str, object]:
        return {"organisation": self.organisation, "route": self.route,
                "framework": self.framework, "fte": self.fte, "days": self.days,
                "planned_from": self.planned_from,
                "conversations": [c.as_json() for c in self.conversations],
                "coverage": [c.as_json() for c in self.coverage], "gaps": self.gaps}


def _questions(framework: Framework) -> dict[str, list[tuple[str, str]]]:
    per_role: dict[str, list[tuple[str, str]]] = {}
    for norm in framework.norms:
        for question in norm.questions:
            # a question without roles is for the roles the norm's evidence names
            roles, text = ((question.roles, question.text) if isinstance(question, Question)
                           else (norm.evidence.interviews, question))
            for role in roles:
                per_role.setdefault(role, []).append((norm.id, text))
    return per_role


def programme(framework: Framework, audit: Audit) -> Programme:
    roles = coverage.required_roles(framework)
    names = {role.id: role.name for role in framework.manifest.roles}
    questions = _questions(framework)
    days = framework.audit_days(audit.fte)
    day_count = max(1, math.ceil(days or 1))
    per_day = math.ceil(len(roles) / day_count) if roles else 1
    spoken = coverage.spoken_roles(audit)
    conversations = []
    for index, role in enumerate(roles):
        norms = [norm.id for norm in framework.norms if role in coverage.norm_roles(norm)]
        conversations.append(Conversation(role, names.get(role, role), index // per_day + 1,
                                          norms, questions.get(role, []), role in spoken))
    participants = {participant.role for participant in audit.participants}
    planned = [role for role in roles if role in participants] if participants else roles
    table = []
    for norm in framework.norms:
        result = audit.result(norm.id)
        heard = coverage.sources(result)[0] if result is not None else []
        table.append(Coverage(
            norm.id, norm.title, [role for role in coverage.norm_roles(norm) if role in planned],
            len(norm.evidence.documents), len(norm.evidence.observations), heard,
            coverage.triangulates(result)))
    return Programme(audit.organisation, audit.route, framework.version, audit.fte, days,
                     conversations, table, "participants" if participants else "framework")
