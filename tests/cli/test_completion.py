"""Tab completion as a shell asks for it: norm ids, verdicts, routes, roles, audit files."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kwaliteitslabel.cli.app import app


def complete(words: str, cwd=None) -> list[str]:
    """What bash gets back when the user presses Tab after `words`."""
    parts = words.split(" ")
    env = {"_KWALITEITSLABEL_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(len(parts) - 1)}
    result = CliRunner().invoke(app, [], prog_name="kwaliteitslabel", env=env)
    assert result.exit_code == 0, result.output
    return result.stdout.split()


@pytest.fixture
def audit(new_audit, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    new_audit(name="rivierstad.yaml")
    return "rivierstad.yaml"


def test_verdicts(audit):
    assert complete(f"kwaliteitslabel audit set {audit} V3 --score voldoet_") == [
        "voldoet_deels", "voldoet_niet"]


def test_norm_ids_of_the_audits_framework(audit):
    found = complete(f"kwaliteitslabel audit set {audit} V1")
    assert found[:2] == ["V1", "V10"] and all(norm.startswith("V1") for norm in found)
    assert "O1" in complete("kwaliteitslabel norms show O")


def test_routes(tmp_path):
    assert complete(f"kwaliteitslabel audit new {tmp_path}/x.yaml --route c") == [
        "certificerend", "combinatie"]


def test_roles(audit):
    assert complete(f"kwaliteitslabel audit details {audit} --participant clientenr") == [
        "clientenraad:"]


def test_audit_files(audit, tmp_path):
    (tmp_path / "notities.txt").write_text("geen audit", encoding="utf-8")
    (tmp_path / "oud").mkdir()
    found = complete("kwaliteitslabel audit status ")
    assert "rivierstad.yaml" in found and "oud/" in found
    assert "notities.txt" not in found


def test_commands_and_options():
    assert complete("kwaliteitslabel au") == ["audit"]
    assert "--score" in complete("kwaliteitslabel audit set x.yaml V1 --sc")


def test_completion_can_be_installed(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    result = CliRunner().invoke(app, ["--install-completion", "bash"],
                                prog_name="kwaliteitslabel")
    assert result.exit_code == 0, result.output
    assert "Aanvullen met Tab voor bash geïnstalleerd" in result.stderr
    script = tmp_path / ".bash_completions" / "kwaliteitslabel.sh"
    assert "_KWALITEITSLABEL_COMPLETE" in script.read_text(encoding="utf-8")
    assert str(script) in (tmp_path / ".bashrc").read_text(encoding="utf-8")
