"""Running the CLI as a real process: as this user or another, on a small file system.

Disk-full and read-only cases need a file system the test controls: a tmpfs mounted by
the test, which needs root (as in CI). Permission cases need a user who is not root,
since root may write anywhere: the CLI then runs as `nobody` through `setpriv`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, Run

NOBODY = 65534


def environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("KWALITEITSLABEL_NORMS", "FORCE_COLOR")}
    env.update(PYTHONPATH=str(ROOT), NO_COLOR="1", TERM="dumb", COLUMNS="100")
    return env


def run(*args: object, cwd: Path | None = None, as_nobody: bool = False,
        timeout: float = 60) -> Run:
    """`kwaliteitslabel ARGS` in a process of its own, as a user would run it."""
    command = [sys.executable, "-m", "kwaliteitslabel", *(str(arg) for arg in args)]
    if as_nobody:
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                   *command]
    done = subprocess.run(command, capture_output=True, text=True, cwd=cwd,
                          env=environment(), timeout=timeout)
    return Run(done.returncode, done.stdout, done.stderr)


def need_root() -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root: mounting a small file system and switching users")
    if shutil.which("setpriv") is None:
        pytest.skip("needs setpriv (util-linux) to run the CLI as another user")


@contextlib.contextmanager
def tmpfs(size: str = "256k") -> Iterator[Path]:
    """A small file system of its own, removed afterwards."""
    need_root()
    folder = Path(tempfile.mkdtemp(prefix="kl-fs-"))
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=1777",
                              "tmpfs", str(folder)], capture_output=True, text=True)
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        with contextlib.suppress(OSError):
            folder.rmdir()


def fill(folder: Path) -> None:
    """Fill the file system of `folder` up to the last byte."""
    with (folder / "vulling.bin").open("wb", buffering=0) as handle:
        for size in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    handle.write(b"\0" * size)


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def open_folder() -> Path:
    """A folder that `nobody` may enter (pytest's own tmp_path is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="kl-shared-"))
    folder.chmod(0o777)
    return folder
