"""Files and folders that only their user may feed in: the recovery and state folder,
the framework cache, the register cache's key.

A folder is made with mode 0700 and refused when it is not a folder of this user; a file
is opened without following a symlink (nor blocking on a FIFO) and refused when it is not
a regular file of this user.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kwaliteitslabel import portable


class NotOwned(OSError):
    """A path that is not this user's own folder or regular file."""


def own_folder(folder: Path) -> Path:
    """`folder`, made with mode 0700 when missing and narrowed to it when looser."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode) or not portable.owned_by_user(info):
        raise NotOwned(f"{folder}: not a folder of this user")
    if info.st_mode & 0o077:
        os.chmod(folder, 0o700)
    return folder


def read_own(path: Path, limit: int, *, private: bool = False) -> bytes:
    """At most `limit` bytes of `path`, a regular file of this user (with `private`, one
    that nobody else may read either); FileNotFoundError when it is not there."""
    handle = os.open(path, os.O_RDONLY | portable.NOFOLLOW | portable.NONBLOCK)
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or not portable.owned_by_user(info) \
                or (private and info.st_mode & 0o077):
            raise NotOwned(f"{path}: not a file of this user only")
        with os.fdopen(handle, "rb", closefd=False) as stream:
            return stream.read(limit)
    finally:
        os.close(handle)
