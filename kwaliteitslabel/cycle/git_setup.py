"""`audit git-setup`: the `.gitattributes` line and the git config entry for the driver."""

from __future__ import annotations

import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from kwaliteitslabel import atomic
from kwaliteitslabel.errors import InvalidInput

DRIVER_NAME = "kwaliteitslabel"


@dataclass
class Setup:
    attributes: Path
    line: str
    driver: str


def _git(folder: Path, *args: str) -> str:
    try:
        completed = subprocess.run(["git", "-C", str(folder), *args], capture_output=True,
                                   text=True, check=False)
    except FileNotFoundError:
        raise InvalidInput("git is niet gevonden; installeer git en probeer opnieuw") from None
    if completed.returncode != 0:
        raise InvalidInput(f"{folder}: git {' '.join(args[:2])} lukt niet: "
                           f"{completed.stderr.strip() or 'geen git-repository?'}")
    return completed.stdout.strip()


def driver_command() -> str:
    """How git calls the driver: this Python, so that it works without a PATH."""
    return (f"{shlex.quote(sys.executable)} -m kwaliteitslabel audit merge-driver "
            "%O %A %B --path %P")


def configure(folder: Path, pattern: str) -> Setup:
    """Write the attribute (once) in the repository's top folder and the driver config."""
    if not folder.is_dir():
        raise InvalidInput(f"{folder}: geen map; geef de map van de git-repository op")
    if not pattern.strip() or any(char.isspace() for char in pattern):
        raise InvalidInput(f"--pattern '{pattern}': geef één patroon zonder spaties, bijv. "
                           "'audits/*.yaml'")
    top = Path(_git(folder, "rev-parse", "--show-toplevel"))
    attributes = top / ".gitattributes"
    line = f"{pattern} merge={DRIVER_NAME}"
    text = attributes.read_text(encoding="utf-8") if attributes.exists() else ""
    if line not in text.splitlines():
        joined = text + ("" if not text or text.endswith("\n") else "\n") + line + "\n"
        atomic.write(attributes, joined.encode("utf-8"), doing="schrijven")
    driver = driver_command()
    _git(folder, "config", f"merge.{DRIVER_NAME}.name",
         "kwaliteitslabel: audits norm voor norm samenvoegen")
    _git(folder, "config", f"merge.{DRIVER_NAME}.driver", driver)
    return Setup(attributes, line, driver)
