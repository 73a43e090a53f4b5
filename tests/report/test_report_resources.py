"""Out of memory, a full disk or temporary folder, a killed worker: messages saying what
to do, never a traceback or a bare exit code."""

from __future__ import annotations

import errno
import os
import resource
import shutil
import signal
import subprocess
import sys

from report_helpers import EXAMPLE_AUDITS

from tests.system import environment


def _limited(kib: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (kib * 1024, kib * 1024))
    return apply


def test_a_memory_limit_too_small_gives_a_message(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kwaliteitslabel", "report",
                           str(EXAMPLE_AUDITS / "zelfevaluatie.yaml"), "-o",
                           str(tmp_path / "r.pdf")], capture_output=True, text=True,
                          env=environment(), preexec_fn=_limited(150_000), timeout=120)
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr
    assert "geheugen" in done.stderr and "ulimit -v" in done.stderr


def _copies(tmp_path, names=("zelfevaluatie.yaml", "intercollegiaal.yaml")):
    folder = tmp_path / "audits"
    folder.mkdir()
    for name in names:
        shutil.copy(EXAMPLE_AUDITS / name, folder / name)
    out = tmp_path / "pdf"
    out.mkdir()
    return folder, out


def test_a_full_temporary_folder_is_a_message_per_audit(cli, tmp_path, monkeypatch):
    from kwaliteitslabel.report import batch, job

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(job, "render_pdf", full)
    monkeypatch.setattr(batch, "START_METHOD", "fork")  # the workers inherit the failure
    folder, out = _copies(tmp_path)
    run = cli("report", folder, "-o", out)
    assert run.exit_code == 1
    assert "Traceback" not in run.output
    assert run.stderr.count("de schijf of de tijdelijke map") == 2
    assert "zet TMPDIR op een map met ruimte" in run.stderr
    single = cli("report", folder / "zelfevaluatie.yaml", "-o", out / "een.pdf")
    assert single.exit_code == 1 and "de tijdelijke map" in single.stderr


def test_a_worker_killed_for_memory_is_named(cli, tmp_path, monkeypatch):
    from kwaliteitslabel.report import batch

    def killed(target, lang="nl", norms=None):  # what the out-of-memory killer does
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(batch, "make_report_safely", killed)
    monkeypatch.setattr(batch, "START_METHOD", "fork")  # the workers inherit the kill
    folder, out = _copies(tmp_path)
    run = cli("report", folder, "-o", out)
    assert run.exit_code == 1
    assert "afsluitcode" not in run.output
    assert run.stderr.count("het systeem stopte het proces (SIGKILL), meestal omdat het "
                            "geheugen op was") == 2
