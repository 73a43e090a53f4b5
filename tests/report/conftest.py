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
def shared_folder(tmp_path_factory, worker_id):
    """`shared_folder(name, make)`: a folder filled once per test session by `make(folder)`.

    Under pytest-xdist the workers share one folder, and a lock per name makes sure that
    each one is made by one worker only, however the tests are spread."""
    root = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        root = root.parent  # the folder of this session, shared by its workers
    shared = root / "shared"
    shared.mkdir(exist_ok=True)

    def get(name: str, make) -> Path:
        folder, done = shared / name, shared / f"{name}.done"
        with (shared / f"{name}.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                if not done.exists():
                    folder.mkdir(exist_ok=True)
                    make(folder)
                    done.touch()
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
        return folder

    return get


@pytest.fixture(scope="session")
def shared_pdfs(shared_folder):
    """`shared_pdfs(name, make)`: the PDF `name`, made once per test session by `make(path)`."""

    def get(name: str, make) -> Path:
        folder = shared_folder(name, lambda folder: make(folder / f"{name}.pdf"))
        target = folder / f"{name}.pdf"
        assert target.exists(), f"{name} was not made"
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
