"""What the framework allows for one verdict on one norm."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwaliteitslabel.audit.model import Audit, NormResult
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Norm

if TYPE_CHECKING:  # load.py uses this module
    from kwaliteitslabel.audit.load import LoadedAudit


def verdict_violations(framework: Framework, norm_id: str, score: str) -> list[str]:
    """What forbids this verdict on this norm, whatever the rest of the answer says."""
    norm = framework.norm(norm_id)
    if norm is None:
        return []
    level = framework.level(score)
    if norm.core and not level.allowed_on_core:
        return [f"{norm.id} is een kernnorm en kan niet '{level.name.lower()}' zijn; "
                "kies een ander oordeel"]
    return []


def rule_violations(framework: Framework, norm_id: str, result: NormResult, *,
                    final: bool = True) -> list[str]:
    """What breaks the framework's rules for this verdict (final: also missing points)."""
    if framework.norm(norm_id) is None or result.score is None:
        return []
    level = framework.level(result.score)
    messages = verdict_violations(framework, norm_id, result.score)
    if level.requires_reason and not result.nvt_reason:
        messages.append(f"'{level.name.lower()}' vraagt een reden; geef die op")
    if final and level.requires_improvement and not result.improvements:
        messages.append(f"'{level.name.lower()}' vraagt minstens één verbeterpunt; "
                        "geef er een op")
    return messages


def unsupported(loaded: LoadedAudit, norm_id: str) -> list[str]:
    """Warnings for a verdict that rests on nothing: no findings, no evidence."""
    norm = loaded.framework.norm(norm_id)
    result = loaded.audit.result(norm.id) if norm is not None else None
    route = loaded.framework.manifest.route(loaded.audit.route)
    if result is None or result.score in (None, "nvt") or norm is None:
        return []
    warnings = []
    if not result.evidence and route is not None and route.requires.evidence:
        warnings.append(f"{norm.id} heeft geen bewijs; op een {route.name} rust elk oordeel op "
                        "bewijs (--evidence 'gesprek/medewerkers: ...'). Zie 'audit check'.")
    elif not result.evidence and not result.findings:
        warnings.append(f"{norm.id} heeft geen bevindingen en geen bewijs.")
    return warnings


def accepted_verdict(framework: Framework, norm: Norm, audit: Audit) -> str | None:
    """The norm's verdict as it counts; None (open) when missing or not allowed."""
    result = audit.result(norm.id)
    if result is None or result.score is None:
        return None
    level = framework.level(result.score)
    if norm.core and not level.allowed_on_core:
        return None
    if level.requires_reason and not result.nvt_reason:
        return None
    return result.score
