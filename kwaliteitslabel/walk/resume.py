"""Where the walk stopped, per audit file: a small state file of the user's own.

It lives in `$XDG_STATE_HOME/kwaliteitslabel/walk.json` (by default
`~/.local/state/...`), never in the audit (that would change its print) and never in a
shared temporary folder. Losing it loses nothing but the starting point.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

MAX_AUDITS = 200  # the oldest positions go first


def state_file() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "kwaliteitslabel" / "walk.json"


def _key(audit: Path) -> str:
    return str(Path(os.path.realpath(audit)))


def _read() -> dict[str, str]:
    try:
        data = json.loads(state_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(key): str(value) for key, value in data.items() if isinstance(value, str)}


def last_norm(audit: Path) -> str | None:
    """The norm the walk was at when it last stopped on this audit, if known."""
    return _read().get(_key(audit))


def remember(audit: Path, norm_id: str | None) -> None:
    """Record the norm the walk is at (None: at the end of the list); quietly gives up
    when the state file cannot be written."""
    positions = _read()
    key = _key(audit)
    positions.pop(key, None)
    if norm_id is not None:
        positions[key] = norm_id
    kept = dict(list(positions.items())[-MAX_AUDITS:])
    path = state_file()
    try:  # whole or not at all, but without fsync: a lost position costs nothing
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=".walk.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(kept, stream, indent=1, ensure_ascii=False)
        os.replace(name, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(name)
