"""The framework's rules for one verdict on one norm, each in one place.

Loading, saving, the walk, readiness, scoring and migration call these; none of them
states a rule again. A rule reads the framework (its scale and its core norms), so a
commission that changes the scale changes every check at once.
"""

from __future__ import annotations

from kwaliteitslabel.audit.model import Audit, NormResult
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Norm
from kwaliteitslabel.framework.route_model import RouteDefinition
from kwaliteitslabel.framework.scale_model import ScaleLevel
from kwaliteitslabel.words import word


def refused_on_core(norm: Norm, level: ScaleLevel) -> bool:
    """A core norm cannot take this verdict (the scale's `allowed_on_core`)."""
    return norm.core and not level.allowed_on_core


def takes_reason(framework: Framework, score: str | None) -> bool:
    """Whether a verdict carries a reason (the scale's `requires_reason`, e.g. nvt): only
    then is a reason saved with it and shown."""
    level = framework.manifest.level(score) if score is not None else None
    return level is not None and level.requires_reason


def lacks_reason(level: ScaleLevel, result: NormResult) -> bool:
    """The verdict asks for a reason (`requires_reason`, e.g. nvt) and has none."""
    return level.requires_reason and not result.nvt_reason


def lacks_improvement(level: ScaleLevel, result: NormResult) -> bool:
    """The verdict asks for an improvement point (`requires_improvement`) and has none."""
    return level.requires_improvement and not result.improvements


def wants_evidence(framework: Framework, score: str | None) -> bool:
    """A verdict rests on evidence, except none and one that rests on a reason (the
    scale's `requires_reason`, like 'niet van toepassing')."""
    return score is not None and not takes_reason(framework, score)


def lacks_evidence(framework: Framework, result: NormResult | None) -> bool:
    """A verdict that should rest on evidence and rests on none."""
    return (result is not None and wants_evidence(framework, result.score)
            and not result.evidence)


def evidence_required(route: RouteDefinition | None) -> bool:
    """Whether the route makes a verdict without evidence an error, not a warning."""
    return route is not None and route.requires.evidence


def verdict_violations(framework: Framework, norm_id: str, score: str) -> list[str]:
    """What forbids this verdict on this norm, whatever the rest of the answer says."""
    norm = framework.norm(norm_id)
    if norm is None:
        return []
    level = framework.level(score)
    if refused_on_core(norm, level):
        return [word("audit.rules.core", norm=norm.id, verdict=level.name.lower())]
    return []


def rule_violations(framework: Framework, norm_id: str, result: NormResult, *,
                    final: bool = True) -> list[str]:
    """What breaks the framework's rules for this verdict (final: also missing points)."""
    if framework.norm(norm_id) is None or result.score is None:
        return []
    level = framework.level(result.score)
    messages = verdict_violations(framework, norm_id, result.score)
    if lacks_reason(level, result):
        messages.append(word("audit.rules.reason", verdict=level.name.lower()))
    if final and lacks_improvement(level, result):
        messages.append(word("audit.rules.improvement", verdict=level.name.lower()))
    return messages


def unsupported(framework: Framework, audit: Audit, norm_id: str) -> list[str]:
    """Warnings for a verdict that rests on nothing: no findings, no evidence."""
    norm = framework.norm(norm_id)
    result = audit.result(norm.id) if norm is not None else None
    if norm is None or result is None or not lacks_evidence(framework, result):
        return []
    route = framework.manifest.route(audit.route)
    if route is not None and evidence_required(route):
        return [word("audit.rules.no_evidence_route", norm=norm.id, route=route.name)]
    if not result.findings:
        return [word("audit.rules.unsupported", norm=norm.id)]
    return []


def accepted_verdict(framework: Framework, norm: Norm, audit: Audit) -> str | None:
    """The norm's verdict as it counts; None (open) when missing or not allowed."""
    result = audit.result(norm.id)
    if result is None or result.score is None:
        return None
    if rule_violations(framework, norm.id, result, final=False):
        return None
    return result.score
