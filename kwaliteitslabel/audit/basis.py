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
    # A sanction comes after the decision and does not change what it rests on; a place
    # counts once it is given, so that prints taken before the field existed still hold.
    content = audit.model_dump(mode="json", exclude={"decision", "sanction"})
    if content.get("place") is None:
        content.pop("place", None)
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def voids_decision(before: Audit, after: Audit) -> bool:
    """True when the change from `before` to `after` voids a decision that held before."""
    decision = after.decision
    return (decision is not None and decision.basis is not None
            and decision.basis == basis_of(before) and decision.basis != basis_of(after))
