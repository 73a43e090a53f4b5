"""The domain's fixed words (the verdicts) without the models that use them.

Importing this costs nothing, so that the command line can name them in help texts and
Tab completion without loading pydantic or a framework.
"""

from __future__ import annotations

from typing import Literal

Verdict = Literal["voldoet", "voldoet_deels", "voldoet_niet", "nvt"]
VERDICTS: tuple[Verdict, ...] = ("voldoet", "voldoet_deels", "voldoet_niet", "nvt")
# The verdict that says a norm does not apply: it rests on a reason, not on evidence.
NOT_APPLICABLE: Verdict = "nvt"

# The status of an action in the organisation's improvement plan (audit/plan.py).
PlanStatus = Literal["gepland", "loopt", "afgerond"]
PLAN_STATUSES: tuple[PlanStatus, ...] = ("gepland", "loopt", "afgerond")
