"""The prints an advice and a decision rest on.

An advice holds for the audit as it was when it was given (every field but the advice,
the decision, a later sanction and the organisation's improvement plan); a decision
holds for the audit as it was decided on (the advice included) together with its own
words (granted, date, by, signatories, number, reason), so that any change after
either, or a hand edit of the decision, voids it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from kwaliteitslabel.audit.model import Audit, Decision
from kwaliteitslabel.words import word


def _digest(content: Any) -> str:
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _content(audit: Audit, leave_out: set[str]) -> dict[str, Any]:
    """The audit as printed: fields added after a print was made count only when set,
    so that older advice and decisions keep holding."""
    # A sanction comes after the decision and does not change what it rests on; the
    # organisation's improvement plan is its own living document (statuses change after
    # the decision): a positive advice and a certificate require it, but do not rest on
    # its words (audit/plan.py).
    content = audit.model_dump(mode="json",
                               exclude=leave_out | {"sanction", "improvement_plan"})
    for later in ("place", "previous", "partial_of"):  # added later: count once given
        if content.get(later) is None:
            content.pop(later, None)
    # a merge's conflicts are part of the print only while there are any
    if not content.get("conflicts"):
        content.pop("conflicts", None)
    for result in content["results"].values():
        for part in [result, *(result.get("conflict") or [])]:
            for later in ("conflict", "follow_up", "carried"):
                if not part.get(later):
                    part.pop(later, None)
    return content


def advice_basis_of(audit: Audit) -> str:
    """The print of what an advice rests on: the whole audit but advice and decision."""
    return _digest(_content(audit, {"advice", "decision"}))


def basis_of(audit: Audit, decision: Decision | None = None) -> str:
    """The print of a decision: the audit without its decision, plus the decision's own
    fields (all but the print and the signature). Without `decision`, the audit's own
    decision is used (none: the audit alone)."""
    decision = decision if decision is not None else audit.decision
    own = None if decision is None else decision.model_dump(
        mode="json", exclude={"basis", "signature"})
    return _digest({"audit": _content(audit, {"decision"}), "decision": own})


def advice_holds(audit: Audit) -> bool:
    """Whether the audit's advice was given on the audit as it is now."""
    advice = audit.advice
    return advice is None or advice.basis == advice_basis_of(audit)


def decision_holds(audit: Audit) -> bool:
    """Whether the audit's decision was taken on the audit as it is, in its own words."""
    decision = audit.decision
    return decision is None or decision.basis == basis_of(audit)


def voids_decision(before: Audit, after: Audit) -> bool:
    """True when the change from `before` to `after` voids a decision that held before."""
    decision = after.decision
    return (decision is not None and decision.basis is not None
            and decision.basis == basis_of(before) and decision.basis != basis_of(after))


def voids_advice(before: Audit, after: Audit) -> bool:
    """True when the change from `before` to `after` voids an advice that held before."""
    advice = after.advice
    return (advice is not None and advice.basis is not None
            and advice.basis == advice_basis_of(before)
            and advice.basis != advice_basis_of(after))


def void_notice(before: Audit, after: Audit) -> str | None:
    """What a change voided, in a sentence for the user (None: nothing)."""
    advice, decision = voids_advice(before, after), voids_decision(before, after)
    if not (advice or decision):
        return None
    if advice and decision:
        return word("audit.basis.void_both")
    return word("audit.basis.void_advice" if advice else "audit.basis.void_decision")

