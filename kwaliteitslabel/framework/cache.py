"""The validated framework, kept as plain data in the user's own cache folder.

Loading a framework is mostly parsing its YAML (about 50 of 56 ms); a later command
reads one JSON file instead and validates that (a few ms). The cache is never trusted
without checking: on every load each YAML file of the folder is read and hashed, and
the cache is used only when the folder, every file's name, size, mtime and SHA-256, the
package's version and the validating code are exactly those it was written for. A cache
file that is corrupt, written for other files, not a regular file or not this user's is
ignored and written anew (atomically, through atomic.py). The folder is
`$XDG_CACHE_HOME/kwaliteitslabel` (or the platform's own), mode 0700, this user's only.
Nothing depends on the cache: when it cannot be read or written, the framework is
loaded as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kwaliteitslabel import __version__, atomic, portable
from kwaliteitslabel.errors import KwaliteitslabelError
from kwaliteitslabel.limits import MAX_FILE_BYTES
from kwaliteitslabel.own_files import own_folder, read_own

if TYPE_CHECKING:
    from kwaliteitslabel.framework.loaded import Framework

FORMAT = 1
# The code whose verdict the cache keeps: a change to it (in a checkout) is a new key.
CODE = ("base.py", "model.py", "route_model.py", "scale_model.py", "load.py", "loaded.py",
        "fingerprint.py", "cache.py")


def cache_root() -> Path:
    """`$XDG_CACHE_HOME/kwaliteitslabel`, or the platform's cache folder."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if base and Path(base).is_absolute():
        return Path(base) / "kwaliteitslabel"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "kwaliteitslabel"
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "kwaliteitslabel" / "Cache"
    return Path.home() / ".cache" / "kwaliteitslabel"


def stamps(folder: Path) -> str | None:
    """The key of the folder's present content; None when a file is not a regular file
    or cannot be read (the ordinary load then says why)."""
    parts: list[Any] = [FORMAT, __version__, str(folder.resolve())]
    here = Path(__file__).parent
    try:
        for name in CODE:
            info = (here / name).stat()
            parts.append([name, info.st_size, info.st_mtime_ns])
        for path in sorted(folder.glob("*.yaml")):
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
                return None
            data = path.read_bytes()
            parts.append([path.name, info.st_size, info.st_mtime_ns,
                          hashlib.sha256(data).hexdigest()])
    except OSError:
        return None
    return hashlib.sha256(json.dumps(parts).encode("utf-8", "surrogateescape")).hexdigest()


def cache_path(folder: Path) -> Path:
    where = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogateescape"))
    return cache_root() / f"normenkader-{where.hexdigest()[:16]}.json"


def read(folder: Path, key: str) -> Framework | None:
    """The framework kept for `key`, validated again; None for anything else."""
    try:
        data = read_own(cache_path(folder), MAX_FILE_BYTES + 1)
    except OSError:  # none yet, a symlink, another user's: loaded as before
        return None
    try:
        kept = json.loads(data)
        if not isinstance(kept, dict) or kept.get("key") != key:
            return None
        from kwaliteitslabel.framework.loaded import Framework
        from kwaliteitslabel.framework.model import Manifest, Norm

        manifest = Manifest.model_validate(kept["manifest"])
        norms = []
        for area, data in kept["norms"]:  # a norm's area is not one of its fields
            norm = Norm.model_validate(data)
            norm._area = str(area)
            norms.append(norm)
    except (ValueError, TypeError, KeyError, RecursionError):  # pydantic's are ValueErrors
        return None
    if kept.get("fingerprint") is None:
        return None
    framework = Framework(path=folder, manifest=manifest, norms=norms)
    return framework if framework.fingerprint == kept["fingerprint"] else None


def write(folder: Path, key: str, framework: Framework) -> None:
    """Keep the framework for `key`; silently nothing when that is not possible."""
    try:
        own_folder(cache_root())
    except OSError:
        return
    path = cache_path(folder)
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or not portable.owned_by_user(info):
            os.unlink(path)  # someone else's file or a symlink: never written through
    except OSError:
        pass
    data = {"format": FORMAT, "key": key, "fingerprint": framework.fingerprint,
            "manifest": framework.manifest.model_dump(mode="json"),
            "norms": [[norm.area, norm.model_dump(mode="json")] for norm in framework.norms]}
    try:
        atomic.write(path, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                     doing="de cache van het normenkader bewaren")
    except (KwaliteitslabelError, OSError):
        pass


def through(folder: Path, load: Callable[[Path], Framework],
            key: str | None = None) -> Framework:
    """The framework in `folder`: from the cache when it holds exactly these files, else
    by `load` (kept when the files did not change while they were read). `key`: the
    folder's `stamps`, when the caller has them."""
    if key is None:
        key = stamps(folder) if folder.is_dir() else None
    kept = read(folder, key) if key is not None else None
    if kept is not None:
        return kept
    framework = load(folder)
    if key is not None and stamps(folder) == key:
        write(folder, key, framework)
    return framework
