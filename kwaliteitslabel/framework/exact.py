"""Whether a framework's content is exactly one the package ships.

The first release pinned audits to a print that leaves out fields added later (routes,
evidence kinds, validity): two frameworks can share that print and still differ in how
an audit is judged. Such a pin therefore only opens a framework whose full content is
the same as a shipped version's; an edited copy is refused however little it differs.
Decided by content, so a new shipped print (a corrected text) needs no change here.
"""

from __future__ import annotations

import functools
from pathlib import Path

from kwaliteitslabel.errors import InvalidInput


def is_shipped(fingerprint: str) -> bool:
    return shipped_path_of(fingerprint) is not None


@functools.lru_cache(maxsize=16)
def shipped_path_of(fingerprint: str) -> Path | None:
    """The shipped folder with this full print, if any. The newest version first, and each
    loaded only when the ones before it differ: an audit of the newest framework that
    asks (by an earlier print) loads no other."""
    from kwaliteitslabel.framework.locate import load_cached, shipped_versions

    for folder in reversed(shipped_versions()):
        try:
            if load_cached(folder).fingerprint == fingerprint:
                return folder
        except InvalidInput:  # a broken checkout: it matches nothing
            continue
    return None


def named(version: str, fingerprint: str, path: Path) -> str:
    """'normenkader 2019', or 'normenkader 2019 (gewijzigd in MAP)' when its content is
    not that of any shipped framework."""
    if is_shipped(fingerprint):
        return f"normenkader {version}"
    return f"normenkader {version} (gewijzigd in {path})"
