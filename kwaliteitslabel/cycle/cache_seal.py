"""The register cache's seal: an HMAC of each row with a key only its user can read.

The cache lies beside a folder others may share, so anyone who can write there could
edit a row (make a refused audit `actief`, give it a number). A row counts only when its
seal, made with the key in the user's own state folder (mode 0700, the key file 0600),
holds; any other row is read again from its audit file. Another user's rows therefore
never count for you, and a key that is not yours is never used.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from kwaliteitslabel import portable
from kwaliteitslabel.audit.recovery import state_folder
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.own_files import read_own

KEY_NAME = "register-cache.key"
KEY_BYTES = 32


def _read_key(path: Path) -> bytes | None:
    """The key in `path`, None when there is none yet; OSError for anything else."""
    try:
        key = read_own(path, KEY_BYTES + 1, private=True)
    except FileNotFoundError:
        return None
    if len(key) != KEY_BYTES:
        raise OSError(f"{path}: not a key")
    return key


def _new_key(path: Path) -> bytes:
    key = secrets.token_bytes(KEY_BYTES)
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | portable.NOFOLLOW, 0o600)
    with os.fdopen(handle, "wb") as file:
        file.write(key)
        file.flush()
        os.fsync(file.fileno())
    return key


def user_key() -> bytes | None:
    """The user's cache key, made on first use; None when there is no safe place for it
    (then the register is read without its cache)."""
    try:
        path = state_folder() / KEY_NAME
        key = _read_key(path)
        if key is None:
            try:
                key = _new_key(path)
            except FileExistsError:  # made at the same moment by another run
                key = _read_key(path)
        return key
    except (InvalidInput, OSError):
        return None


def seal(key: bytes, *parts: str) -> str:
    """The seal of a row: an HMAC-SHA256 of its parts."""
    message = "\x1f".join(parts).encode("utf-8", "surrogateescape")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def holds(key: bytes, mark: str, *parts: str) -> bool:
    return hmac.compare_digest(seal(key, *parts), mark)
