"""Which roles a framework asks to hear, who an audit has heard, and which norms rest on
more than one source (triangulation).

A norm triangulates when its evidence comes from two sources: a source is a role heard,
a document or an observation (two roles; a role and a document; a document and an
observation; two documents are one source). Pure: framework and audit in, facts out.
"""

from __future__ import annotations

from collections.abc import Iterable

from kwaliteitslabel.audit.model import Audit, NormResult
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Norm, Question


def norm_roles(norm: Norm) -> list[str]:
    """The roles a norm's questions and evidence name, in the order they are named."""
    roles: list[str] = []
    for question in norm.questions:
        if isinstance(question, Question):
            roles += [role for role in question.roles if role not in roles]
    roles += [role for role in norm.evidence.interviews if role not in roles]
    return roles


def required_roles(framework: Framework) -> list[str]:
    """Every role some norm names, in the manifest's order."""
    named = {role for norm in framework.norms for role in norm_roles(norm)}
    return [role.id for role in framework.manifest.roles if role.id in named]


def spoken_roles(audit: Audit) -> set[str]:
    """The roles the audit records as spoken to: participants and interview evidence."""
    spoken = {participant.role for participant in audit.participants}
    for result in audit.results.values():
        spoken |= {item.source for item in result.evidence
                   if item.kind == "interview" and item.source}
    return spoken


def unknown_roles(framework: Framework, audit: Audit) -> list[str]:
    """The participants' roles that the framework does not name (readiness, migration)."""
    roles = {role.id for role in framework.manifest.roles}
    return sorted({p.role for p in audit.participants if p.role not in roles})


def never_spoken(framework: Framework, audit: Audit) -> list[str]:
    spoken = spoken_roles(audit)
    return [role for role in required_roles(framework) if role not in spoken]


def sources(result: NormResult) -> tuple[list[str], list[str]]:
    """The roles heard on a norm and the other kinds of evidence (document, observation)."""
    return sources_of((item.kind, item.source) for item in result.evidence)


def sources_of(evidence: Iterable[tuple[str, str | None]]) -> tuple[list[str], list[str]]:
    """`sources` for evidence as (kind, source) pairs, also of an answer not yet saved."""
    roles: list[str] = []
    other: list[str] = []
    for kind, source in evidence:
        if kind == "interview":
            role = source or "gesprek"
            if role not in roles:
                roles.append(role)
        elif kind not in other:
            other.append(kind)
    return roles, other


def triangulated(evidence: Iterable[tuple[str, str | None]]) -> bool:
    """The one home of triangulation: two sources, each a role heard or another kind of
    evidence. `audit status`, `audit check`, the walk and the programme ask this."""
    roles, other = sources_of(evidence)
    return len(roles) + len(other) >= 2


def triangulates(result: NormResult | None) -> bool:
    if result is None:
        return False
    return triangulated((item.kind, item.source) for item in result.evidence)


def conflicts(audit: Audit) -> list[str]:
    """What a merge left to choose: norms with both answers, then header fields."""
    norms = [norm_id for norm_id, result in audit.results.items() if result.conflict]
    return norms + [item.field for item in audit.conflicts]
