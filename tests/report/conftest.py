"""Fixtures for the report tests.

Rendering costs a second or more per PDF, so the tests render a handful of audits once
per module and read those PDFs many times.
"""

from __future__ import annotations

import fcntl
from pathlib import Path

import pytest
from report_helpers import EXAMPLE_AUDITS
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


@pytest.fixture(scope="session")
def shared_pdfs(tmp_path_factory, worker_id):
    """`shared_pdfs(name, make)`: the PDF `name`, made once per test session by `make(path)`.

    Under pytest-xdist the workers share one folder, and a lock per PDF makes sure that
    each PDF is rendered by one worker only, however the tests are spread."""
    root = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        root = root.parent  # the folder of this session, shared by its workers
    folder = root / "shared-pdfs"
    folder.mkdir(exist_ok=True)

    def get(name: str, make) -> Path:
        target = folder / f"{name}.pdf"
        with (folder / f"{name}.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                if not target.exists():
                    make(target)
                    assert target.exists(), f"{name} was not made"
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
        return target

    return get


@pytest.fixture(scope="session")
def example_pdf(shared_pdfs, run_cli):
    """`example_pdf("certificerend", "en")`: the example audit's report, made once."""

    def get(example: str, lang: str) -> Path:
        def make(target: Path) -> None:
            audit = EXAMPLE_AUDITS / f"{example}.yaml"
            run = run_cli("report", audit, "--lang", lang, "-o", target)
            assert run.exit_code == 0, run.output

        return shared_pdfs(f"example-{example}-{lang}", make)

    return get
