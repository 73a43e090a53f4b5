"""Fixtures shared by the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_commission_act import DUO, fill, new, norm_ids


@pytest.fixture
def ready(cli, tmp_path) -> Path:
    """A certifying audit with every norm scored, ready for the lead auditor's advice."""
    path = new(cli, tmp_path / "toetsing.yaml", "certificerend", *DUO)
    fill(path, norm_ids(cli))
    return path
