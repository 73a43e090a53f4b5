"""The duo merge as a git merge driver: `kwaliteitslabel audit merge-driver %O %A %B`.

Git gives the common ancestor, our version and theirs as temporary files and expects the
result in our file: exit 0 when it merged cleanly, non-zero when conflicts remain (git
then stops the merge for the user). A merged audit with recorded conflicts is a valid
audit that loads; its open norms are resolved with `audit set` or the walk. A file that
is not an audit (a norm file, other YAML) gets git's own text merge.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kwaliteitslabel import yamlio
from kwaliteitslabel.audit import store
from kwaliteitslabel.audit.load import LoadedAudit, load_audit
from kwaliteitslabel.cycle.merge import build, plan, unresolved
from kwaliteitslabel.errors import KwaliteitslabelError

OURS = "lokaal (HEAD)"
THEIRS = "binnengehaald"


@dataclass
class Outcome:
    exit_code: int
    conflicts: list[str] = field(default_factory=list)
    text_merge: bool = False


def _looks_like_audit(path: Path) -> bool:
    try:
        tree: Any = yamlio.load(path, round_trip=False, plain_data=True).tree
    except KwaliteitslabelError:
        return False
    return isinstance(tree, dict) and "framework" in tree and "organisation" in tree


def _text_merge(base: Path, ours: Path, theirs: Path) -> Outcome:
    """git's own line merge, as without the driver (conflict markers in `ours`)."""
    completed = subprocess.run(
        ["git", "merge-file", "-L", "lokaal", "-L", "voorouder", "-L", "binnengehaald",
         str(ours), str(base), str(theirs)], check=False)
    return Outcome(0 if completed.returncode == 0 else 1, text_merge=True)


def _base(path: Path) -> LoadedAudit | None:
    """The common ancestor, when there is one that loads (empty for two new files)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        return load_audit(path, editable=False)
    except KwaliteitslabelError:
        return None


def run(base: Path, ours: Path, theirs: Path) -> Outcome:
    """Merge `theirs` into `ours` (the file git reads back)."""
    if not (_looks_like_audit(ours) and _looks_like_audit(theirs)):
        return _text_merge(base, ours, theirs)
    try:  # an audit that does not load, or two different audits: git's text merge
        mine = load_audit(ours)
        merged = plan(mine, load_audit(theirs), _base(base), names=(OURS, THEIRS))
    except KwaliteitslabelError:
        return _text_merge(base, ours, theirs)
    store.replace(mine, build(merged))
    left = unresolved(merged, {})
    return Outcome(1 if left else 0, left)
