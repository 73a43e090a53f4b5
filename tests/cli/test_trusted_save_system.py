"""The audit file you can trust, as the system fails around it: a full disk, a read-only
file system, a folder without write permission, a held lock, oversized input, escape
sequences and pipes; each is a message, never a traceback, and nothing is lost."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from tests.cli.test_trusted_save import example
from tests.conftest import AUDITS
from tests.system import ROOT, fill, open_folder, remount_read_only, run, tmpfs

# -- 5. every OS error is a message ------------------------------------------------------

def test_a_full_disk_gives_a_message_for_set_new_and_report(tmp_path):
    with tmpfs("96k") as disk:
        path = disk / "audit.yaml"
        shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
        before = path.read_bytes()
        fill(disk)
        result = run("audit", "set", path, "V1", "--score", "voldoet", "--strength", "X")
        assert result.exit_code == 1, result.output
        assert "de schijf is vol" in result.stderr and "Traceback" not in result.output
        assert path.read_bytes() == before
        result = run("audit", "new", disk / "nieuw.yaml", "--organisation", "W",
                     "--route", "zelfevaluatie")
        assert result.exit_code == 1 and "de schijf is vol" in result.stderr
        assert not (disk / "nieuw.yaml").exists()
        result = run("report", path, "-o", disk / "rapport.pdf")
        assert result.exit_code == 1 and "de schijf is vol" in result.stderr
        assert "Traceback" not in result.output
        assert not [name for name in os.listdir(disk) if name.endswith(".tmp")]


def test_a_read_only_file_system_gives_a_message(tmp_path):
    with tmpfs() as disk:
        path = disk / "audit.yaml"
        shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
        remount_read_only(disk)
        result = run("audit", "set", path, "V1", "--score", "voldoet")
        assert result.exit_code == 1
        assert "alleen-lezen" in result.stderr and "Traceback" not in result.output


def test_a_folder_without_write_permission_gives_a_message():
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv, to run the CLI as a user without rights")
    folder = open_folder()
    try:
        path = folder / "audit.yaml"
        shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
        path.chmod(0o666)
        folder.chmod(0o755)  # nobody may read it, not write in it
        result = run("audit", "set", path, "V1", "--score", "voldoet", as_nobody=True)
        assert result.exit_code == 1, result.output
        assert "geen toestemming" in result.stderr and "Traceback" not in result.output
        result = run("audit", "new", folder / "n.yaml", "--organisation", "W", "--route",
                     "zelfevaluatie", as_nobody=True)
        assert result.exit_code == 1 and "Traceback" not in result.output
    finally:
        shutil.rmtree(folder)


def test_a_file_of_another_user_in_a_sticky_folder_is_refused_with_a_message():
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv, to run the CLI as another user")
    folder = open_folder()
    try:
        folder.chmod(0o1777)
        path = folder / "audit.yaml"
        shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
        path.chmod(0o666)
        before = path.read_bytes()
        result = run("audit", "set", path, "V1", "--score", "voldoet", as_nobody=True)
        assert result.exit_code == 1, result.output
        assert "andere gebruiker" in result.stderr and "Traceback" not in result.output
        assert path.read_bytes() == before and path.stat().st_uid == 0
    finally:
        shutil.rmtree(folder)


def test_a_held_lock_is_waited_for_then_named(tmp_path):
    path = example(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from pathlib import Path
            from kwaliteitslabel.audit.lock import holding
            with holding(Path({str(path)!r})):
                print("vast", flush=True)
                time.sleep(30)
        """)], stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "vast"
        result = run("audit", "set", path, "V1", "--score", "voldoet")
        assert holder.poll() is None  # it gave up while the lock was still held
        assert result.exit_code == 1
        assert "wordt op dit moment bewaard door proces" in result.stderr
        assert f"proces {holder.pid}" in result.stderr
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


# -- 6. limits before parsing ------------------------------------------------------------

def test_thirty_thousand_brackets_give_a_message_not_a_crash(tmp_path, norms_copy):
    path = example(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "scope:", "extra: " + "[" * 30000 + "]" * 30000 + "\nscope:", 1), encoding="utf-8")
    result = run("audit", "status", path)
    assert result.exit_code == 1 and "te diep genest" in result.stderr
    deep = norms_copy / "vakmanschap.yaml"
    deep.write_text(deep.read_text(encoding="utf-8") + "extra: " + "[" * 30000 + "\n",
                    encoding="utf-8")
    for args in (("norms", "check", norms_copy), ("norms", "list", "--norms", norms_copy)):
        result = run(*args)
        assert result.exit_code == 1 and "te diep genest" in result.stderr, result.output


def test_dates_beyond_the_year_2999_are_refused(cli, tmp_path):
    result = cli("audit", "new", tmp_path / "n.yaml", "--organisation", "W", "--route",
                 "zelfevaluatie", "--date", "9999-06-01")
    assert result.exit_code == 1 and "het jaar 9999" in result.stderr
    path = example(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  start: 2026-", "  start: 9998-", 1).replace(
        "  end: 2026-", "  end: 9998-", 1), encoding="utf-8")
    for args in (("audit", "score", path), ("report", path, "-o", tmp_path / "r.pdf")):
        result = cli(*args)
        assert result.exit_code == 1 and "het jaar 9998" in result.stderr


# -- 7. safe output ----------------------------------------------------------------------

def test_escape_sequences_from_a_file_never_reach_the_terminal(tmp_path):
    path = example(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    score: voldoet\n",
                                 '    score: "\\e]52;c;aGVsbG8=\\a\\e[2J\\e]0;titel\\a"\n', 1),
                    encoding="utf-8")
    for command in ("status", "score", "run"):
        result = run("audit", command, path)
        assert result.exit_code == 1
        assert "\x1b" not in result.output and "\x07" not in result.output
        assert "⟨U+001B (ESC)⟩" in result.stderr


def test_a_named_pipe_and_an_unreadable_file_get_a_message(tmp_path):
    fifo = tmp_path / "pijp.yaml"
    os.mkfifo(fifo)
    result = run("audit", "status", fifo, timeout=30)
    assert result.exit_code == 1 and "geen gewoon bestand" in result.stderr
    if os.geteuid() == 0 and shutil.which("setpriv"):
        folder = open_folder()
        try:
            path = folder / "dicht.yaml"
            shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
            path.chmod(0o600)  # root's alone
            result = run("audit", "status", path, as_nobody=True)
            assert result.exit_code == 1 and "geen leesrechten" in result.stderr
        finally:
            shutil.rmtree(folder)


def test_a_broken_workspace_does_not_hide_the_framework_an_audit_is_pinned_to(tmp_path):
    workspace = tmp_path / "werkmap"
    (workspace / "norms" / "2019").mkdir(parents=True)
    (workspace / "norms" / "2019" / "kader.yaml").write_text("x: [\n", encoding="utf-8")
    shutil.copy(AUDITS / "certificerend.yaml", workspace / "c.yaml")
    result = run("audit", "score", "c.yaml", cwd=workspace)
    assert result.exit_code == 0, result.output


def test_output_that_cannot_be_written_is_a_message_not_a_traceback(tmp_path):
    path = example(tmp_path)
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "kwaliteitslabel", "audit", "set",
                               str(path), "V5", "--score", "voldoet", "--finding", "x"],
                              stdout=full, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "de uitvoer kan niet worden geschreven" in done.stderr
    from kwaliteitslabel.audit.load import load_audit
    assert load_audit(path).audit.results["V5"].findings == "x"  # and the answer is saved


def test_too_many_items_in_a_list_are_refused_quickly(cli, tmp_path):
    path = example(tmp_path)
    text = path.read_text(encoding="utf-8")
    item = "      - kind: document\n        note: kopie\n"
    path.write_text(text.replace("    evidence:\n", "    evidence:\n" + item * 300, 1),
                    encoding="utf-8")
    result = cli("audit", "status", path)
    assert result.exit_code == 1 and "heeft er te veel; hoogstens 15" in result.stderr
