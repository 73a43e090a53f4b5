"""What the framework allows for one verdict on one norm."""

from __future__ import annotations

from kwaliteitslabel.audit.model import NormResult
from kwaliteitslabel.framework.load import Framework


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
