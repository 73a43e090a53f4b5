"""What differs between Windows, macOS and Linux, in one place.

Nothing here imports a module that exists on one operating system only: the locking
library (filelock) is imported when a lock is first taken, and every POSIX-only call
is looked up on `os` when it is used, so that the tool starts wherever Python runs.
"""

from __future__ import annotations

import os
import sys

WINDOWS = sys.platform == "win32"

#: Opening a path without following a final symlink, where the system can (not Windows).
NOFOLLOW: int = getattr(os, "O_NOFOLLOW", 0)

#: Opening without waiting for a writer (a named pipe), where the system has such files.
NONBLOCK: int = getattr(os, "O_NONBLOCK", 0)

#: Whether a file may be renamed over while this process still has it open. Windows
#: refuses that, so there the temporary file is closed before it takes the audit's place.
RENAME_WHILE_OPEN = not WINDOWS


class NoNativeLocks(Exception):
    """This system has no lock on open files (neither flock nor LockFileEx)."""


def native_locks() -> bool:
    """Whether this system locks open files (flock on POSIX, LockFileEx on Windows)."""
    import filelock  # imported here: only saves need it

    return WINDOWS or bool(filelock.has_fcntl)


def try_lock(handle: int) -> bool:
    """Lock the open file `handle` for this process alone; False when another holds it.

    The operating system releases the lock when the process ends, however it ends.
    """
    import filelock

    if not native_locks():
        raise NoNativeLocks
    return bool(filelock.lock_descriptor(handle, blocking=False))


def user_id() -> str:
    """Who runs this process, as the system numbers users (a name where there are none)."""
    getuid = getattr(os, "getuid", None)
    if getuid is not None:
        return str(getuid())
    return os.environ.get("USERNAME", "gebruiker")


def effective_owner() -> tuple[int, int] | None:
    """(uid, gid) of this process, or None where files have no such owner (Windows)."""
    geteuid = getattr(os, "geteuid", None)
    getegid = getattr(os, "getegid", None)
    if geteuid is None or getegid is None:
        return None
    return geteuid(), getegid()


def owned_by_user(info: os.stat_result) -> bool:
    """Whether the file is this user's (always, where files have no owner: Windows)."""
    geteuid = getattr(os, "geteuid", None)
    return geteuid is None or info.st_uid == geteuid()


def read_only_file_system(folder: str | os.PathLike[str]) -> bool:
    """True when the folder lies on a file system mounted read-only (where that is known)."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    return bool(statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1))


def extended_attributes(path: str | os.PathLike[str]) -> list[tuple[str, bytes]]:
    """The file's extended attributes where the system has them (Linux), else none."""
    listxattr = getattr(os, "listxattr", None)
    getxattr = getattr(os, "getxattr", None)
    if listxattr is None or getxattr is None:
        return []
    found: list[tuple[str, bytes]] = []
    try:
        names = listxattr(path)
    except OSError:  # a file system without extended attributes
        return found
    for name in names:
        try:
            found.append((name, getxattr(path, name)))
        except OSError:
            pass
    return found


def set_extended_attribute(handle: int, name: str, value: bytes) -> None:
    setxattr = getattr(os, "setxattr", None)
    if setxattr is not None:
        setxattr(handle, name, value)


def set_owner(handle: int, uid: int, gid: int) -> None:
    fchown = getattr(os, "fchown", None)
    if fchown is not None:
        fchown(handle, uid, gid)


def set_mode(handle: int, path: str | os.PathLike[str], mode: int) -> None:
    """The file's permission bits (on Windows only whether it is read-only)."""
    fchmod = getattr(os, "fchmod", None)
    if fchmod is not None:
        fchmod(handle, mode)
    else:
        os.chmod(path, mode)


def sync_folder(folder: str | os.PathLike[str]) -> None:
    """Make a rename in `folder` durable. Windows cannot open a folder and needs no such
    step: its rename is durable once the file system has written its journal."""
    if WINDOWS:
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
