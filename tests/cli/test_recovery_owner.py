"""Only the user's own recovery files are fed into an audit (as an attacker would try).

Recovery files live beside the audit or in `$XDG_STATE_HOME/kwaliteitslabel` (mode
0700), never in the shared temporary folder; a planted file or symlink is refused with
a message and nothing of it reaches the audit.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
from pathlib import Path

import pexpect
import pytest

from kwaliteitslabel.audit import recovery
from kwaliteitslabel.audit.answer import Answer
from tests.conftest import AUDITS
from tests.system import NOBODY, fill, need_root, tmpfs
from tests.walk.test_walk_pty import PROMPT, spawn

PLANTED = recovery._dump(Path("audit.yaml"), [recovery.Kept(
    "D9", Answer(score="voldoet", findings="Geplant door een ander", replace_lists=True))]
).decode("utf-8")


@pytest.fixture
def state(tmp_path, monkeypatch):
    folder = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(folder))
    return folder / "kwaliteitslabel"


@pytest.fixture
def audit(tmp_path):
    path = tmp_path / "team" / "audit.yaml"
    path.parent.mkdir()
    shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
    return path


def _state_file(state, audit):
    where = hashlib.sha256(str(audit.resolve()).encode()).hexdigest()[:12]
    return state / f"{where}-audit.herstel.yaml"


def test_a_file_planted_by_another_user_beside_the_audit_is_refused(cli, audit, state):
    need_root()
    planted = audit.with_name("audit.herstel.yaml")
    planted.write_text(PLANTED, encoding="utf-8")
    os.chown(planted, NOBODY, NOBODY)
    before = audit.read_bytes()
    run = cli("audit", "set", audit, "--recover")
    assert run.exit_code == 1
    assert "niet van u" in run.stderr and "audit.herstel.yaml" in run.stderr
    assert audit.read_bytes() == before


def test_a_file_planted_in_the_state_folder_is_refused(cli, audit, state):
    need_root()
    state.mkdir(parents=True, mode=0o700)
    planted = _state_file(state, audit)
    planted.write_text(PLANTED, encoding="utf-8")
    os.chown(planted, NOBODY, NOBODY)
    before = audit.read_bytes()
    run = cli("audit", "set", audit, "--recover")
    assert run.exit_code == 1 and "niet van u" in run.stderr
    assert audit.read_bytes() == before


def test_a_planted_symlink_is_never_followed(cli, audit, state, tmp_path):
    victim = tmp_path / "slachtoffer.yaml"
    victim.write_text(PLANTED, encoding="utf-8")
    link = audit.with_name("audit.herstel.yaml")
    link.symlink_to(victim)
    before = audit.read_bytes()
    run = cli("audit", "set", audit, "--recover")
    assert run.exit_code == 1 and "symbolische koppeling" in run.stderr
    assert audit.read_bytes() == before


def test_the_walk_refuses_a_planted_file_and_goes_on(audit, state, monkeypatch):
    need_root()
    planted = audit.with_name("audit.herstel.yaml")
    planted.write_text(PLANTED, encoding="utf-8")
    os.chown(planted, NOBODY, NOBODY)
    before = audit.read_bytes()
    child = spawn(audit, "--norm", "V1")
    child.expect_exact("niet van u")
    child.expect_exact(PROMPT)
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert audit.read_bytes() == before


def test_a_full_disk_keeps_the_answer_in_the_state_folder_not_in_tmp(state, monkeypatch):
    with tmpfs("128k") as disk:
        path = disk / "audit.yaml"
        shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
        victim = disk.parent / f"victim-{os.getpid()}.yaml"
        path.with_name("audit.herstel.yaml").symlink_to(victim)  # planted beside the audit
        shared = [p for p in os.listdir(tempfile.gettempdir()) if p.endswith(".herstel.yaml")]
        fill(disk)
        child = spawn(path, "--norm", "V1")
        child.expect_exact(PROMPT)
        child.sendline("1")
        child.expect_exact("bevindingen: ")
        child.sendline("Bevinding bij volle schijf")
        for label in ("bewijs", "sterk punt", "verbeterpunt"):
            child.expect_exact(f"{label} ")
            child.sendline("")
        child.expect_exact("de schijf is vol")
        child.sendline("q")
        child.expect_exact("V1 apart bewaard in")
        child.expect(pexpect.EOF)
        child.close()
        kept = _state_file(state, path)
        assert kept.is_file() and "Bevinding bij volle schijf" in kept.read_text("utf-8")
        assert stat.S_IMODE(state.stat().st_mode) == 0o700
        assert not victim.exists()
        assert [p for p in os.listdir(tempfile.gettempdir())
                if p.endswith(".herstel.yaml")] == shared
        assert recovery.find(path) == path.with_name("audit.herstel.yaml")  # shown, refused
