"""The domain's fixed words without the models that use them.

Importing this costs nothing, so that the command line can name them in help texts and
Tab completion without loading pydantic or a framework. The verdicts are not here: they
are the framework's (its `scale`).
"""

from __future__ import annotations

from typing import Literal

# The status of an action in the organisation's improvement plan (audit/plan.py).
PlanStatus = Literal["gepland", "loopt", "afgerond"]
PLAN_STATUSES: tuple[PlanStatus, ...] = ("gepland", "loopt", "afgerond")
