"""Which characters of a report no font can show (they would print as empty boxes).

The report's font (Inter, shipped with the package) covers Latin, Greek and Cyrillic;
what it lacks falls back to the system's fonts through fontconfig. A character no font
has (emoji or CJK on a machine without such fonts) is named in a warning, so that the
auditor knows before a reader does.
"""

from __future__ import annotations

import functools
import html as markup
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

from fontTools.ttLib import TTFont

FONT = Path(__file__).resolve().parent / "fonts" / "Inter-Regular.otf"

MAX_LOOKED_UP = 40  # distinct characters asked of fontconfig; the rest are counted
_TEXT = re.compile(r">([^<]+)<")
_IGNORED = {"Cc", "Cf", "Zs", "Zl", "Zp"}  # controls, format characters, spaces


@functools.lru_cache(maxsize=1)
def _shipped() -> frozenset[int]:
    with TTFont(FONT, lazy=True) as font:
        return frozenset(font.getBestCmap())


@functools.lru_cache(maxsize=256)
def _system_has(char: str) -> bool:
    tool = shutil.which("fc-list")
    if tool is None:
        return False
    try:
        found = subprocess.run([tool, f":charset={ord(char):x}", "family"],
                               capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(found.stdout.strip())


def uncovered(html: str) -> list[str]:
    """The characters in `html`'s text that no font can show, in order of appearance."""
    seen: dict[str, None] = {}
    shipped = _shipped()
    for match in _TEXT.finditer(html):
        for char in markup.unescape(match.group(1)):
            if ord(char) not in shipped and unicodedata.category(char) not in _IGNORED:
                seen.setdefault(char, None)
    missing = [char for char in list(seen)[:MAX_LOOKED_UP] if not _system_has(char)]
    return missing + [char for char in list(seen)[MAX_LOOKED_UP:]]


def warning(missing: list[str]) -> str | None:
    """A Dutch warning naming the characters (at most ten), or None."""
    if not missing:
        return None
    shown = ", ".join(f"{char} (U+{ord(char):04X})" for char in missing[:10])
    more = f" en nog {len(missing) - 10}" if len(missing) > 10 else ""
    return (f"{len(missing)} teken(s) kan geen lettertype op deze computer tonen; ze staan "
            f"als leeg vakje in het rapport: {shown}{more}. Installeer een lettertype dat "
            "ze heeft (bijv. fonts-noto-color-emoji of fonts-noto-cjk) en maak het rapport "
            "opnieuw, of laat de tekens weg.")
