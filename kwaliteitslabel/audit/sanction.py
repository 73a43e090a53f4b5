"""The commission's suspension or withdrawal of a label, after its decision.

Kept as its own key in the audit file (`sanction`), apart from the decision: a
suspension does not change what the decision rests on, it says that the label does not
hold for now (`geschorst`) or no longer holds (`ingetrokken`). These functions say
whether a sanction may be recorded and build it; saving is the store's work.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from kwaliteitslabel.framework.base import Day, Line, Strict, Text
from kwaliteitslabel.words import word

SanctionKind = Literal["geschorst", "ingetrokken"]


class Sanction(Strict):
    """A suspension (`geschorst`) or a withdrawal (`ingetrokken`) by the commission."""

    kind: SanctionKind
    date: Day
    reason: Text
    by: Line


def check_sanction(*, kind: SanctionKind, date: dt.date, label_since: dt.date | None,
                   earlier: Sanction | None, auditors: list[str], by: str,
                   force: bool = False, today: dt.date | None = None) -> str | None:
    """Why this sanction cannot be recorded (a sentence in the run's language), or None
    when it can.

    `label_since` is the date of the commission's act that gave the label (None: the
    audit has no label to suspend or withdraw).
    """
    today = today or dt.date.today()
    if label_since is None:
        return word("audit.sanction.no_label")
    if date < label_since:
        return word("audit.sanction.before_label", date=date, since=label_since)
    if date > today:
        return word("audit.sanction.in_future", date=date)
    if by.casefold() in {name.casefold() for name in auditors}:
        return word("audit.sanction.auditor", by=by)
    if earlier is not None and not force:
        escalation = earlier.kind == "geschorst" and kind == "ingetrokken"
        if not escalation:
            return word("audit.sanction.already", kind=earlier.kind, date=earlier.date,
                        by=earlier.by)
        if date < earlier.date:
            return word("audit.sanction.withdrawal_first", date=date, earlier=earlier.date)
    return None


def label_since(status: str, decision_date: dt.date | None, last_day: dt.date) -> dt.date | None:
    """From when the audit carries a label of the commission, by its status (see
    `audit/scoring.py`): a granted certificate from its decision, a registration from its
    decision or else the last audit day; None without a label."""
    if status == "gecertificeerd":
        return decision_date
    if status == "geregistreerd":
        return decision_date or last_day
    return None
