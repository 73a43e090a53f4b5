"""Fixtures for the report tests.

Rendering costs a second or more per PDF, so the tests render a handful of audits once
per module and read those PDFs many times.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kwaliteitslabel.cli.app import app


@pytest.fixture(scope="session")
def run_cli():
    """The CLI in-process, usable from module-scoped fixtures."""
    runner = CliRunner()

    def run(*args):
        result = runner.invoke(app, [str(arg) for arg in args], terminal_width=100)
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result

    return run
