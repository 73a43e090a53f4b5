"""The register's cache: what it read of each audit, by the file's print, in SQLite.

The cache lives beside the register's folder (`.NAME.register.sqlite` next to `NAME/`),
never in a shared temporary folder, and is never the source of truth: an entry is used
only while the file's SHA-256 is the one it was read with, the tool's version is the
same, and (for an audit still in concept, whose readiness depends on the day) it was read
today, and its seal (`cache_seal`: an HMAC with the user's own key) holds, so that a row
edited by anyone who can write beside the folder is read again from its file. Files that
cannot be read are read again every time. A missing, stale or damaged cache is rebuilt;
one that cannot be written is left alone and the register is read without it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from kwaliteitslabel import __version__
from kwaliteitslabel.cycle import cache_seal
from kwaliteitslabel.cycle.register import Entry, audit_files, link_partials, read_entry

CACHE_VERSION = f"4/{__version__}"
PARALLEL_FROM = 40  # below this many files to read, one process is faster
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    path TEXT PRIMARY KEY, print TEXT NOT NULL, day TEXT NOT NULL, data TEXT NOT NULL,
    seal TEXT NOT NULL);
"""


@dataclass
class Collected:
    entries: list[Entry]
    cache: Path | None  # None: read without a cache
    reused: int
    read: int
    notice: str | None = None


def cache_path(root: Path) -> Path:
    """`.NAME.register.sqlite` beside the folder `NAME`."""
    resolved = root.resolve()
    return resolved.parent / f".{resolved.name or 'register'}.register.sqlite"


def _print(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _open(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=10)
    try:
        connection.executescript(SCHEMA)
        row = connection.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        if row is None or row[0] != CACHE_VERSION:
            with connection:  # an older layout of the table is made anew
                connection.execute("DROP TABLE entries")
                connection.executescript(SCHEMA)
                connection.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)",
                                   (CACHE_VERSION,))
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def _connect(path: Path) -> tuple[sqlite3.Connection | None, str | None]:
    """The cache, rebuilt when damaged; None with a reason when it cannot be used."""
    try:
        return _open(path), None
    except sqlite3.DatabaseError:
        try:
            path.unlink()
            return _open(path), None
        except (OSError, sqlite3.Error) as error:
            return None, f"{path}: de cache is niet te gebruiken ({error}); zonder cache gelezen"
    except (OSError, sqlite3.Error) as error:
        return None, f"{path}: de cache is niet te gebruiken ({error}); zonder cache gelezen"


def _read_all(paths: list[Path], root: Path, today: dt.date) -> list[Entry]:
    if len(paths) < PARALLEL_FROM:
        return [read_entry(path, root, today) for path in paths]
    workers = max(1, min(4, os.cpu_count() or 1))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(read_entry, paths, [root] * len(paths), [today] * len(paths),
                             chunksize=16))


def _usable(data: Entry, day: str, today: dt.date) -> bool:
    return data.error is None and (day == today.isoformat() or data.scoring_status != "concept")


def collect(root: Path, today: dt.date, *, use_cache: bool = True) -> Collected:
    """Every audit under `root` as an entry, from the cache where it still holds."""
    files = audit_files(root)
    prints = {path: _print(path) for path in files}
    connection, notice = (None, None)
    where = cache_path(root)
    key = cache_seal.user_key() if use_cache else None
    if use_cache and key is None:
        notice = ("de cache is niet te gebruiken: er is geen eigen map voor de sleutel die "
                  "hem verzegelt (XDG_STATE_HOME); zonder cache gelezen")
    elif use_cache:
        connection, notice = _connect(where)
    cached: dict[str, tuple[str, str, str]] = {}
    stored: set[str] = set()
    if connection is not None and key is not None:
        stored_rows = connection.execute("SELECT path, print, day, data, seal FROM entries")
        for name, print_, day, data, mark in stored_rows:
            stored.add(name)
            if cache_seal.holds(key, mark, name, print_, day, data):
                cached[name] = (print_, day, data)
    entries: dict[Path, Entry] = {}
    missing: list[Path] = []
    for path in files:
        relative = path.relative_to(root).as_posix()
        row = cached.get(relative)
        if row is not None and prints[path] is not None and row[0] == prints[path]:
            entry = Entry.from_dict(json.loads(row[2]))
            if _usable(entry, row[1], today):
                entries[path] = entry
                continue
        missing.append(path)
    fresh = dict(zip(missing, _read_all(missing, root, today), strict=True))
    entries.update(fresh)
    if connection is not None and key is not None:
        rows = [(entry.path, prints[path] or "", today.isoformat(),
                 json.dumps(entry.as_dict(), ensure_ascii=False))
                for path, entry in fresh.items() if prints[path] is not None]
        try:
            with connection:
                connection.executemany(
                    "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?)",
                    [(*row, cache_seal.seal(key, *row)) for row in rows])
                present = {path.relative_to(root).as_posix() for path in files}
                connection.executemany("DELETE FROM entries WHERE path = ?",
                                       [(gone,) for gone in stored if gone not in present])
        except sqlite3.Error as error:
            notice = f"{where}: de cache is niet bijgewerkt ({error})"
        finally:
            connection.close()
    listed = [entries[path] for path in files]
    link_partials(listed)
    return Collected(listed,
                     where if connection is not None else None,
                     len(files) - len(missing), len(missing), notice)
