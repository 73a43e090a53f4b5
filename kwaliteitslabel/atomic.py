"""Replacing a file so that it stays the same file, and a crash leaves it whole.

The new content goes to a temporary file in the same folder (fsync), which then takes
the old one's place in one rename: a killed process leaves the old file or the new one,
never half of one. The file stays the same file to its users: a symlink keeps pointing
at it (the target is replaced), and owner, group, mode and extended attributes are kept.
What cannot be kept is refused before anything is written: a read-only file, a file
with more names (hard links, which a rename would split), an owner this process cannot
give the new file. Every failure of the operating system becomes a message that names
the file and what to do.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kwaliteitslabel import portable
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import word

TEMP_SUFFIX = ".kl.tmp"
_OUR_TEMPS = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]{8}(?P<ours>\.kl)?\.tmp$")


@dataclass(frozen=True)
class _Keep:
    """What the new file takes over from the old one."""

    mode: int
    uid: int | None = None
    gid: int | None = None
    xattrs: tuple[tuple[str, bytes], ...] = ()


def target_of(path: Path) -> Path:
    """The file a save really writes: the end of a chain of symlinks, or `path` itself."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _new_file_mode() -> int:
    """What `open()` would give a new file: 0o666 less the user's umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


# what a save was doing, as callers name it in Dutch -> its words in the run's language
DOING = {
    "bewaren": "atomic.doing.save", "lezen": "atomic.doing.read",
    "schrijven": "atomic.doing.write", "apart bewaren": "atomic.doing.save_aside",
    "het programma opslaan": "atomic.doing.programme",
    "het certificaat opslaan": "atomic.doing.certificate",
    "het boekje opslaan": "atomic.doing.booklet",
    "de statistiek opslaan": "atomic.doing.statistics",
    "het rapport opslaan": "atomic.doing.report",
    "de sleutel bewaren": "atomic.doing.key",
    "de publieke sleutel bewaren": "atomic.doing.public_key",
    "het schema schrijven": "atomic.doing.schema",
    "de schemaregel schrijven": "atomic.doing.schema_line",
    "de cache van het normenkader bewaren": "atomic.doing.cache",
}


def os_message(error: OSError, path: Path, doing: str = "bewaren") -> str:
    """A sentence for what went wrong, with what the user can do about it."""
    doing = word(DOING[doing]) if doing in DOING else doing
    code = error.errno
    if code == errno.ENOSPC:
        return word("atomic.disk_full", path=path, doing=doing)
    if code == getattr(errno, "EDQUOT", None):  # no disk quotas on Windows
        return word("atomic.quota", path=path, doing=doing)
    if code == errno.EROFS:
        return word("atomic.read_only_system", path=path, doing=doing)
    if code in (errno.EACCES, errno.EPERM):
        return word("atomic.no_permission", path=path, doing=doing, reason=error.strerror)
    if code == errno.ENOENT:
        return word("atomic.gone", path=path, doing=doing)
    if code == errno.EIO:
        return word("atomic.disk_error", path=path, doing=doing)
    return word("atomic.failed", path=path, doing=doing, reason=error.strerror or error)


def _what_to_keep(target: Path) -> _Keep | None:
    """Owner, mode and extended attributes of the file, or None for a new file."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInput(word("atomic.not_regular", path=target))
    if info.st_nlink > 1:
        raise InvalidInput(word("atomic.hard_links", path=target, count=info.st_nlink))
    if not info.st_mode & stat.S_IWUSR:
        raise InvalidInput(word("atomic.read_only", path=target, name=target.name))
    if not os.access(target, os.W_OK):
        if portable.read_only_file_system(target.parent):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        raise OSError(errno.EACCES, os.strerror(errno.EACCES))
    attributes = tuple(portable.extended_attributes(target))
    return _Keep(stat.S_IMODE(info.st_mode), info.st_uid, info.st_gid, attributes)


def _take_over(handle: int, temporary: Path, keep: _Keep, target: Path) -> None:
    """Give the temporary file the old file's owner, group, mode and attributes."""
    owner = portable.effective_owner()  # None: files have no such owner here (Windows)
    if keep.uid is not None and keep.gid is not None and owner is not None and \
            (keep.uid, keep.gid) != owner:
        try:
            portable.set_owner(handle, keep.uid, keep.gid)
        except PermissionError:
            raise InvalidInput(word("atomic.other_owner", path=target, uid=keep.uid,
                                    gid=keep.gid)) from None
    portable.set_mode(handle, temporary, keep.mode)
    for name, value in keep.xattrs:
        try:
            portable.set_extended_attribute(handle, name, value)
        except OSError:
            if name.startswith("user."):
                raise InvalidInput(word("atomic.attribute", path=target, name=name)) from None
            # system attributes (security labels) are set by the system itself


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporary files of saves that were killed; a running save is left alone.

    A save holds a lock on its temporary file until the file has its final name, so a
    temporary file whose lock can be taken belongs to nobody any more.
    """
    removed: list[Path] = []
    try:
        present = set(os.listdir(folder))
    except OSError:
        return removed
    names = []
    for name in present:
        match = _OUR_TEMPS.match(name)
        # this tool's own, or the first release's (plain .tmp) beside the file it saved
        if match and (match["ours"] or (match["name"] in present
                                        and match["name"].endswith((".yaml", ".yml")))):
            names.append(name)
    for name in names:
        path = folder / name
        try:
            handle = os.open(path, os.O_RDONLY | portable.NOFOLLOW)
        except OSError:
            continue
        try:
            free = portable.try_lock(handle)
        except (OSError, portable.NoNativeLocks):
            free = False  # without locks nobody can tell a running save from a dead one
        if not free:
            os.close(handle)
            continue  # a save is writing it right now
        try:
            if os.path.samestat(os.fstat(handle), os.lstat(path)):
                os.unlink(path)
                removed.append(path)
        except OSError:
            pass
        finally:
            os.close(handle)
    return removed


class _Temporary:
    """A temporary file beside the target, locked while it is written (see
    `remove_stale_temporaries`), closed before its rename where the system needs that."""

    def __init__(self, folder: Path, name: str) -> None:
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=TEMP_SUFFIX,
                                             dir=folder)
        self.handle: int | None = handle
        self.path = Path(temporary)
        with contextlib.suppress(portable.NoNativeLocks):
            portable.try_lock(handle)  # a fresh file: nobody else can hold it

    def ready_to_rename(self) -> None:
        if not portable.RENAME_WHILE_OPEN:
            self.close()

    def close(self) -> None:
        if self.handle is not None:
            os.close(self.handle)
            self.handle = None


@contextlib.contextmanager
def _temporary(folder: Path, name: str) -> Iterator[_Temporary]:
    temporary = _Temporary(folder, name)
    try:
        yield temporary
    finally:
        temporary.close()  # Windows cannot remove a file that is still open
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary.path)


def write(path: Path, data: bytes, *, new: bool = False, doing: str = "bewaren") -> Path:
    """Put `data` in `path` atomically, keeping the file what it was; return the target.

    `new=True`: the file must not exist yet, and is never overwritten, not even by a file
    that appears while this one is written.
    """
    target = target_of(path)
    folder = target.parent
    try:
        keep = _what_to_keep(target)
        if new and (keep is not None or os.path.lexists(path)):
            raise InvalidInput(word("atomic.exists", path=path))
        if not folder.is_dir():
            raise InvalidInput(word("atomic.no_folder", path=path, folder=folder))
        remove_stale_temporaries(folder)
        with _temporary(folder, target.name) as temporary:
            handle = temporary.handle
            assert handle is not None
            _take_over(handle, temporary.path, keep or _Keep(_new_file_mode()), target)
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view):]
            os.fsync(handle)
            temporary.ready_to_rename()
            if new:
                _link_new(temporary.path, target)
            else:
                os.replace(temporary.path, target)
        portable.sync_folder(folder)
    except OSError as error:
        raise InvalidInput(os_message(error, path, doing)) from None
    return target


def _link_new(temporary: Path, target: Path) -> None:
    """Give the temporary file its final name only if that name is still free."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise InvalidInput(word("atomic.exists", path=target)) from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        if os.path.lexists(target):  # no hard links here (FAT, some network shares)
            raise InvalidInput(word("atomic.exists", path=target)) from None
        os.replace(temporary, target)
