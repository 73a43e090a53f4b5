"""Shared fixtures: run the CLI as a user would, and fresh copies of the shipped data."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from kwaliteitslabel.cli.app import app
from kwaliteitslabel.framework.locate import shipped_root

# Property tests: derandomised in CI (the same examples on every run, nothing stored
# between runs), so a red CI is always reproducible. `HYPOTHESIS_PROFILE=long` runs
# twenty times as many random examples; record what it finds as a regression test.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("long", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
AUDITS = ROOT / "audits"
DATA = Path(__file__).resolve().parent / "data"


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


@pytest.fixture(autouse=True)
def _walk_state(tmp_path_factory, monkeypatch):
    """Where the walk remembers the norm it stopped at (`walk/resume.py`) and where the
    framework is cached (`framework/cache.py`): folders per test, never the user's own."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def cli(monkeypatch):
    """`cli("norms", "check")` runs the command in-process and returns what a user sees."""
    monkeypatch.delenv("KWALITEITSLABEL_NORMS", raising=False)
    runner = CliRunner()

    def run(*args: str, input: str | None = None) -> Run:
        result = runner.invoke(app, [str(a) for a in args], input=input, terminal_width=100)
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Run(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture
def norms_copy(tmp_path) -> Path:
    """A writable copy of the shipped framework 2017."""
    target = tmp_path / "norms" / "2017"
    shutil.copytree(shipped_root() / "2017", target)
    return target


@pytest.fixture
def audit_start() -> tuple[str, str]:
    """The start date of a new audit and the framework that applies on it."""
    return "2026-10-05", "2019"


@pytest.fixture
def new_audit(cli, tmp_path, audit_start):
    """Create an empty audit for a route and return its path."""
    start, version = audit_start

    def make(route: str = "certificerend", name: str = "audit.yaml", *extra: str) -> Path:
        path = tmp_path / name
        result = cli("audit", "new", path, "--organisation", "Stichting Welzijn Testdorp",
                     "--route", route, "--auditor", "Anne Jansen", "--auditor", "Bram de Wit",
                     "--fte", "80", "--date", start, *extra)
        assert result.exit_code == 0, result.output
        assert f"normenkader {version}" in result.stdout
        return path

    return make


VERSIONS = DATA / "versions"


@pytest.fixture
def outside(tmp_path_factory, monkeypatch) -> Path:
    """Work from an empty folder with no `norms/` above it: no workspace applies."""
    folder = tmp_path_factory.mktemp("elders")
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture
def versions_workspace(tmp_path, monkeypatch) -> Path:
    """A project folder whose `norms/` holds the small test frameworks 2017 and 2019."""
    project = tmp_path / "project"
    shutil.copytree(VERSIONS, project / "norms")
    (project / "audits").mkdir()
    monkeypatch.chdir(project / "audits")
    return project / "norms"
