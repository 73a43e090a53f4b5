"""The tool starts and saves where the POSIX-only parts of Python are missing (Windows).

Each command runs in a process of its own in which the modules that exist only on POSIX
systems cannot be imported and the POSIX-only functions of `os` are gone, as on Windows.
Locks then fall back to filelock's soft lock (a file only one process can create).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.system import environment

POSIX_ONLY_MODULES = ("fcntl", "termios", "tty", "pty", "pwd", "grp", "resource", "syslog")
POSIX_ONLY_OS = ("getuid", "geteuid", "getgid", "getegid", "fchown", "fchmod", "statvfs",
                 "listxattr", "getxattr", "setxattr", "O_NOFOLLOW", "getpwuid")

BOOT = f"""
import os, sys
class Refuse:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {POSIX_ONLY_MODULES!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
for name in {POSIX_ONLY_MODULES!r}:
    sys.modules.pop(name, None)
sys.meta_path.insert(0, Refuse())
for name in {POSIX_ONLY_OS!r}:
    if hasattr(os, name):
        delattr(os, name)
sys.argv[0] = "kwaliteitslabel"
from kwaliteitslabel.cli.app import main
main()
"""


def run(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", BOOT, *(str(arg) for arg in args)],
                          capture_output=True, text=True, env=environment(), cwd=cwd,
                          timeout=120)


def test_the_boot_really_takes_the_posix_modules_away() -> None:
    probe = BOOT.replace("from kwaliteitslabel.cli.app import main\nmain()",
                         "import fcntl")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    assert "No module named 'fcntl'" in done.stderr


def test_version_and_help() -> None:
    done = run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("kwaliteitslabel ")
    assert run("audit", "--help").returncode == 0


def test_norms_check() -> None:
    done = run("norms", "check", ROOT / "norms" / "2019")
    assert done.returncode == 0, done.stderr
    assert "fout" not in done.stdout.lower()


def test_status_and_set_on_a_temporary_audit(tmp_path: Path) -> None:
    audit = tmp_path / "zelfevaluatie.yaml"
    shutil.copy(ROOT / "audits" / "zelfevaluatie.yaml", audit)
    status = run("audit", "status", audit)
    assert status.returncode == 0, status.stderr
    assert "Traceback" not in status.stderr

    done = run("audit", "set", audit, "V1", "--score", "voldoet_deels",
               "--finding", "Zonder POSIX bewaard.",
               "--evidence", "document: Methodiekhandboek 2026",
               "--improvement", "Het handboek bijwerken.")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "bewaard" in done.stdout
    assert "Zonder POSIX bewaard." in audit.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".*.tmp")), "a temporary file was left behind"

    again = run("audit", "status", audit)
    assert again.returncode == 0, again.stderr
