"""Where frameworks live: the shipped ones, `--norms DIR` and `KWALITEITSLABEL_NORMS`."""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path

from kwaliteitslabel.errors import FrameworkMismatch, InvalidInput
from kwaliteitslabel.framework.load import MANIFEST_NAME, Framework, load_framework

ENV_VARIABLE = "KWALITEITSLABEL_NORMS"


def shipped_root() -> Path:
    """The folder with the shipped framework versions (package data, or the checkout)."""
    package = Path(__file__).resolve().parent.parent
    bundled = package / "_norms"
    return bundled if bundled.is_dir() else package.parent / "norms"


def shipped_versions() -> list[Path]:
    root = shipped_root()
    if not root.is_dir():
        return []
    return sorted(path for path in root.iterdir() if (path / MANIFEST_NAME).is_file())


def resolve_folder(folder: Path) -> Path:
    """A framework folder; a folder of versions (like norms/) means its newest version."""
    if (folder / MANIFEST_NAME).exists() or not folder.is_dir():
        return folder
    versions = sorted(path for path in folder.iterdir() if (path / MANIFEST_NAME).is_file())
    return versions[-1] if versions else folder


def chosen_folder(option: Path | None = None) -> Path:
    """`--norms DIR`, else $KWALITEITSLABEL_NORMS, else the newest shipped version."""
    if option is not None:
        return resolve_folder(option)
    if os.environ.get(ENV_VARIABLE):
        return resolve_folder(Path(os.environ[ENV_VARIABLE]))
    versions = shipped_versions()
    if not versions:
        raise InvalidInput(f"geen normenkader gevonden in {shipped_root()}; geef er een op "
                           f"met --norms DIR of {ENV_VARIABLE}")
    return versions[-1]


def load_chosen(option: Path | None = None) -> Framework:
    return load_cached(chosen_folder(option))


def _content_key(folder: Path) -> str:
    """A hash of every file in the folder: any edit gives a new key."""
    digest = hashlib.sha256(str(folder.resolve()).encode())
    for path in sorted(folder.glob("*.yaml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.lru_cache(maxsize=8)
def _load_by_key(folder: Path, key: str) -> Framework:
    return load_framework(folder)


def load_cached(folder: Path) -> Framework:
    """`load_framework`, reusing the result while the files are byte for byte the same."""
    if not folder.is_dir():
        return load_framework(folder)  # raises the clear error
    try:
        key = _content_key(folder)
    except OSError:
        return load_framework(folder)
    return _load_by_key(folder, key)


def find_pinned(version: str, fingerprint: str, option: Path | None = None) \
        -> tuple[Framework, Framework | None]:
    """The framework an audit is pinned to, and the differing one found first, if any.

    Looks in the chosen folder, its sibling of the same version, and the shipped
    versions. Never returns a framework with another fingerprint.
    """
    first = chosen_folder(option)
    candidates = [first, first.parent / version, shipped_root() / version,
                  *shipped_versions()]
    seen: set[Path] = set()
    differing: Framework | None = None
    for folder in candidates:
        folder = folder.resolve()
        if folder in seen or not (folder / MANIFEST_NAME).is_file():
            continue
        seen.add(folder)
        try:
            framework = load_cached(folder)
        except InvalidInput:
            if folder == first.resolve():
                raise
            continue
        if framework.pinned_by(fingerprint):
            return framework, differing
        if differing is None and (framework.version == version or folder == first.resolve()):
            differing = framework
    found = (f" Gevonden: versie {differing.version} in {differing.path} met vingerafdruk "
             f"{differing.fingerprint[:12]}, dus met andere inhoud." if differing else "")
    raise FrameworkMismatch(
        f"deze audit hoort bij normenkader versie {version} met vingerafdruk "
        f"{fingerprint[:12]}, en dat kader is niet gevonden.{found} Zet dat kader terug "
        "(bijv. uit versiebeheer) en wijs het aan met --norms DIR; de audit wordt nooit "
        "tegen een ander kader voortgezet.")
