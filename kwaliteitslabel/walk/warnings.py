"""What the walk warns about while an answer is given; it never refuses anything.

Both walks show these lines under the answer: a verdict without evidence, a verdict that
rests on one source, `deels` or `niet` without an improvement point, and the norm's own
notices (e.g. a cited law that no longer holds on the audit's dates).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kwaliteitslabel.audit.coverage import triangulated
from kwaliteitslabel.audit.model import Audit
from kwaliteitslabel.audit.references import outdated_references
from kwaliteitslabel.audit.rules import wants_evidence
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.words import current, word


def source_of(item: dict[str, Any]) -> str:
    """One source: a kind with who was heard (`gesprek/medewerkers`); a document or an
    observation without a source is its own source."""
    kind = str(item.get("kind") or "document")
    source = item.get("source")
    return f"{kind}/{source}" if source else f"{kind}: {item.get('note', '')}"


def answer_warnings(framework: Framework, norm_id: str, score: str | None,
                    evidence: Sequence[dict[str, Any]],
                    improvements: Sequence[Any]) -> list[str]:
    """Warnings for an answer as it stands (the answer may still change)."""
    if score is None or not wants_evidence(framework, score):
        return []
    warnings = []
    level = framework.level(score)
    if not evidence:
        warnings.append(word("walk.warnings.no_evidence", id=norm_id))
    elif not triangulated((str(item.get("kind") or "document"), item.get("source"))
                          for item in evidence):
        named = ", ".join(dict.fromkeys(source_of(dict(item)) for item in evidence))
        warnings.append(word("walk.warnings.one_source", id=norm_id, sources=named))
    if level.requires_improvement and not improvements:
        warnings.append(word("walk.warnings.no_improvement", id=norm_id,
                             verdict=level.words(current()).name.lower()))
    return warnings


def norm_notices(framework: Framework, audit: Audit, norm_id: str) -> list[str]:
    """Notices on the norm itself for this audit, shown with the norm in both walks: a
    law or code the norm cites that does not hold on the audit's last day."""
    return outdated_references(framework, norm_id, audit.dates.last)
