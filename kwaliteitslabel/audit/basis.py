"""The print of an audit as a decision rests on it."""

from __future__ import annotations

import hashlib
import json

from kwaliteitslabel.audit.model import Audit


def basis_of(audit: Audit) -> str:
    """The print of what a decision rests on: the whole audit but the decision itself.

    Any change after the decision (a verdict, the organisation, the scope) gives another
    print, so the decision no longer holds for the changed audit.
    """
    content = audit.model_dump(mode="json", exclude={"decision"})
    # a merge's conflicts are part of the print only while there are any
    if not content.get("conflicts"):
        content.pop("conflicts", None)
    for result in content["results"].values():
        if not result.get("conflict"):
            result.pop("conflict", None)
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def voids_decision(before: Audit, after: Audit) -> bool:
    """True when the change from `before` to `after` voids a decision that held before."""
    decision = after.decision
    return (decision is not None and decision.basis is not None
            and decision.basis == basis_of(before) and decision.basis != basis_of(after))
