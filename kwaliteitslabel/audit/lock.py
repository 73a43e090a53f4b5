"""One save of an audit at a time: a lock file beside the audit, that says who holds it.

The lock is a lock on the open file `.NAME.lock` in the audit's folder (flock on POSIX,
LockFileEx on Windows, both through filelock); the operating system lets go of it when
the holder ends, however it ends. On a system without such locks the file's existence
is the lock (filelock's soft lock). The file itself tells a waiting save who
is saving (process, user, command, since when), and is removed when the save is done.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import os
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from kwaliteitslabel import portable
from kwaliteitslabel.atomic import os_message, target_of
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.limits import LOCK_WAIT_SECONDS
from kwaliteitslabel.words import word


def lock_path(audit: Path) -> Path:
    target = target_of(audit)
    return target.parent / f".{target.name}.lock"


def _holder() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError, ImportError):  # ImportError: no pwd module (Windows)
        user = portable.user_id()
    command = " ".join(os.path.basename(part) if i == 0 else part
                       for i, part in enumerate(sys.argv[:3]))
    since = dt.datetime.now().strftime("%H:%M:%S")
    return word("audit.lock.holder", pid=os.getpid(), user=user, host=socket.gethostname(),
                command=command, since=since)


@contextlib.contextmanager
def holding(audit: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the audit's lock; after `wait` seconds, say who holds it instead."""
    path = lock_path(audit)
    if not portable.native_locks():
        with _soft_lock(audit, path, wait):
            yield
        return
    deadline = time.monotonic() + wait
    while True:
        try:
            handle = os.open(path, os.O_RDWR | os.O_CREAT | portable.NOFOLLOW, 0o666)
        except OSError as error:
            raise InvalidInput(os_message(error, audit)) from None
        if not portable.try_lock(handle):
            os.close(handle)
            if time.monotonic() >= deadline:
                raise InvalidInput(_busy(audit, path, wait)) from None
            time.sleep(0.05)
            continue
        # a lock file removed by its last holder while we waited is not the lock any more
        try:
            same = os.path.samestat(os.fstat(handle), os.stat(path))
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(handle)
    try:
        with contextlib.suppress(OSError):
            os.ftruncate(handle, 0)
            os.write(handle, (_holder() + "\n").encode("utf-8", "replace"))
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(handle)


@contextlib.contextmanager
def _soft_lock(audit: Path, path: Path, wait: float) -> Iterator[None]:
    """The lock where the system has none on open files: a file only one can create."""
    import filelock

    soft = filelock.SoftFileLock(str(path), timeout=wait)
    try:
        soft.acquire()
    except filelock.Timeout:
        raise InvalidInput(_busy(audit, path, wait)) from None
    except OSError as error:
        raise InvalidInput(os_message(error, audit)) from None
    try:
        yield
    finally:
        soft.release()


def _busy(audit: Path, path: Path, wait: float) -> str:
    try:
        who = path.read_text(encoding="utf-8", errors="replace").strip()[:300]
    except OSError:
        who = ""
    if who:
        return word("audit.lock.busy_by", path=audit, who=who, wait=f"{wait:.0f}")
    return word("audit.lock.busy", path=audit, wait=f"{wait:.0f}")
