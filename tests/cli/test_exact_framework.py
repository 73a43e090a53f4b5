"""Only the exact framework opens an audit; special files and a bad
$KWALITEITSLABEL_NORMS are messages, never a hang or a silent fallback."""

from __future__ import annotations

import os
import shutil

import pytest

from kwaliteitslabel.framework.locate import shipped_root
from tests.conftest import AUDITS
from tests.helpers import edit

PINNED_2017 = "certificerend-2017.yaml"  # pinned to the first release's print


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A checkout-like folder whose `norms/` is a copy of the shipped frameworks."""
    root = tmp_path / "project"
    shutil.copytree(shipped_root(), root / "norms",
                    ignore=shutil.ignore_patterns("*.json"))
    shutil.copy(AUDITS / PINNED_2017, root / PINNED_2017)
    monkeypatch.chdir(root)
    return root


def test_an_edited_2017_never_opens_an_audit_pinned_to_the_first_print(cli, project):
    edit(project / "norms" / "2017" / "kader.yaml", "auditors: 2", "auditors: 1")
    run = cli("audit", "status", PINNED_2017)
    assert run.exit_code == 0 and "Traceback" not in run.output
    # the shipped 2017 is used, and the edited copy is named as different
    assert f"het normenkader in {project / 'norms' / '2017'} is gewijzigd" in run.stderr
    assert str(shipped_root() / "2017") in run.stderr
    named = cli("audit", "status", PINNED_2017, "--norms", project / "norms" / "2017")
    assert named.exit_code == 0 and "is gewijzigd" in named.stderr
    assert str(shipped_root() / "2017") in named.stderr  # never the edited copy


def test_an_unchanged_copy_opens_it_without_a_notice(cli, project):
    run = cli("audit", "check", PINNED_2017, "--norms", project / "norms" / "2017")
    assert run.exit_code == 0, run.output
    assert "gewijzigd" not in run.stderr


def test_a_new_audit_on_an_edited_workspace_says_so(cli, project):
    args = ("--organisation", "Stichting Proef", "--route", "zelfevaluatie",
            "--date", "2026-01-05")
    plain = cli("audit", "new", "gewoon.yaml", *args)
    assert plain.exit_code == 0 and "(zelfevaluatie, normenkader 2019, " in plain.stdout
    edit(project / "norms" / "2019" / "kader.yaml", "auditors: 2", "auditors: 1")
    changed = cli("audit", "new", "gewijzigd.yaml", *args)
    assert changed.exit_code == 0, changed.output
    assert f"normenkader 2019 (gewijzigd in {project / 'norms' / '2019'})" in changed.stdout


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_special_files_in_a_workspace_are_named_not_read(cli, project, kind):
    special = project / "norms" / "2019" / "extra.yaml"
    if kind == "fifo":
        os.mkfifo(special)
    else:
        special.symlink_to("/dev/zero")
    run = cli("norms", "list")
    assert run.exit_code == 1
    assert f"{special}: dit is geen gewoon bestand" in run.stderr
    # an audit pinned elsewhere still opens, against its own framework
    status = cli("audit", "status", PINNED_2017)
    assert status.exit_code == 0, status.output


@pytest.mark.parametrize("target", ["file", "fifo", "/dev/zero"])
@pytest.mark.parametrize("command", [("norms", "list"), ("audit", "status", PINNED_2017),
                                     ("audit", "new", "x.yaml", "--organisation", "X",
                                      "--route", "zelfevaluatie")])
def test_a_bad_environment_variable_is_an_error_in_every_command(
        cli, project, monkeypatch, tmp_path, target, command):
    path = tmp_path / "kader"
    if target == "file":
        path.write_text("kader: nee\n", encoding="utf-8")
    elif target == "fifo":
        os.mkfifo(path)
    else:
        path = target
    shutil.rmtree(project / "norms")  # no workspace: the variable is next in line
    monkeypatch.setenv("KWALITEITSLABEL_NORMS", str(path))
    run = cli(*command)
    assert run.exit_code == 1, run.output
    assert f"KWALITEITSLABEL_NORMS wijst naar {path}, maar dat is geen map" in run.stderr
