"""The walk's tests read the norm texts of the 2017 framework, so their audits use it."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def new_audit(cli, tmp_path):
    """An empty audit that started in 2018, so against framework 2017."""

    def make(route: str = "certificerend", name: str = "audit.yaml", *extra: str) -> Path:
        path = tmp_path / name
        result = cli("audit", "new", path, "--organisation", "Stichting Welzijn Testdorp",
                     "--route", route, "--auditor", "Anne Jansen", "--auditor", "Bram de Wit",
                     "--fte", "80", "--date", "2018-10-05", *extra)
        assert result.exit_code == 0, result.output
        assert "normenkader 2017" in result.stdout
        return path

    return make
