"""The walk's tests read the norm texts of the 2017 framework, so their audits use it."""

from __future__ import annotations

import pytest


@pytest.fixture
def audit_start() -> tuple[str, str]:
    """An audit that started in 2018, so against framework 2017."""
    return "2018-10-05", "2017"
