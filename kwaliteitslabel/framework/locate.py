"""Where frameworks live, and which one a command uses.

In order: `--norms DIR`; the workspace, a `norms/` folder in the current folder or one
of its parents (like git finds its repository), so that the commission sees its own
edits without reinstalling; `$KWALITEITSLABEL_NORMS`; the versions shipped with the
package. A new audit gets the framework valid on its start date among all of these; a
pinned audit gets the framework with its fingerprint, wherever that is.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kwaliteitslabel import yamlio
from kwaliteitslabel.errors import FrameworkMismatch, InvalidInput
from kwaliteitslabel.framework import cache
from kwaliteitslabel.framework.load import MANIFEST_NAME, load_framework
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Manifest
from kwaliteitslabel.limits import LABEL_ADOPTED
from kwaliteitslabel.words import word

ENV_VARIABLE = "KWALITEITSLABEL_NORMS"
WORKSPACE_NAME = "norms"
log = logging.getLogger("kwaliteitslabel.norms")

SourceKind = Literal["option", "workspace", "environment", "shipped"]
# the words of a source (its key in the word catalogue), or the same in every language
SOURCE_WORDS: dict[SourceKind, str] = {
    "option": "framework.locate.source.option",
    "workspace": "framework.locate.source.workspace",
    "environment": f"${ENV_VARIABLE}",
    "shipped": "framework.locate.source.shipped",
}


@dataclass(frozen=True)
class Source:
    """A place with one framework or a folder of versions, and how it was found."""

    kind: SourceKind
    root: Path

    @property
    def word(self) -> str:
        said = SOURCE_WORDS[self.kind]
        return said if said.startswith("$") else word(said)


def shipped_root() -> Path:
    """The folder with the shipped framework versions (package data, or the checkout)."""
    package = Path(__file__).resolve().parent.parent
    bundled = package / "_norms"
    return bundled if bundled.is_dir() else package.parent / "norms"


def is_framework(folder: Path) -> bool:
    return (folder / MANIFEST_NAME).is_file()


def versions_in(root: Path) -> list[Path]:
    """The framework folders in `root`, oldest first; `root` itself if it is one."""
    if is_framework(root):
        return [root]
    if not root.is_dir():
        return []
    return sorted(path for path in root.iterdir() if is_framework(path))


def shipped_versions() -> list[Path]:
    return versions_in(shipped_root())


def workspace(start: Path | None = None) -> Path | None:
    """The nearest `norms/` folder with frameworks in `start` (the current folder) or above."""
    try:
        here = (start or Path.cwd()).resolve()
    except OSError:  # the current folder was removed
        return None
    for folder in (here, *here.parents):
        candidate = folder / WORKSPACE_NAME
        if candidate.is_dir() and versions_in(candidate):
            return candidate
    return None


def sources() -> list[Source]:
    """Workspace, environment variable and shipped versions, in that order, as present."""
    found = []
    space = workspace()
    if space is not None:
        found.append(Source("workspace", space))
    if os.environ.get(ENV_VARIABLE):
        named = Path(os.environ[ENV_VARIABLE])
        if not named.exists():
            raise InvalidInput(word("framework.locate.env_missing", variable=ENV_VARIABLE,
                                    named=named))
        if not named.is_dir():  # a file, a named pipe, a device
            raise InvalidInput(word("framework.locate.env_not_folder", variable=ENV_VARIABLE,
                                    named=named))
        found.append(Source("environment", named))
    found.append(Source("shipped", shipped_root()))
    return found


def known_folders() -> list[tuple[Source, Path]]:
    """Every framework folder of every source, in order; newest version first per source."""
    seen: set[Path] = set()
    folders = []
    for source in sources():
        for folder in reversed(versions_in(source.root)):
            resolved = folder.resolve()
            if resolved not in seen:
                seen.add(resolved)
                folders.append((source, folder))
    return folders


def resolve_folder(folder: Path) -> Path:
    """A framework folder; a folder of versions (like norms/) means its newest version."""
    if is_framework(folder) or not folder.is_dir():
        return folder
    versions = versions_in(folder)
    return versions[-1] if versions else folder


def chosen(option: Path | None = None) -> tuple[Path, Source]:
    """The folder a command reads, and where it was found.

    `--norms DIR`, else the workspace, else $KWALITEITSLABEL_NORMS, else the newest
    shipped version; a folder of versions means its newest.
    """
    if option is not None:
        if not option.exists() and option.name == str(option):
            version = _version_folder(str(option))  # `--norms 2017`: a known version
            if version is not None:
                return version, Source("option", version)
        return resolve_folder(option), Source("option", option)
    for source in sources():
        folder = resolve_folder(source.root)
        if source.kind != "shipped" or is_framework(folder):
            return folder, source
    raise InvalidInput(word("framework.locate.none_shipped", root=shipped_root(),
                            variable=ENV_VARIABLE))


def _version_folder(version: str) -> Path | None:
    """The folder of a framework version in the workspace, $KWALITEITSLABEL_NORMS or shipped."""
    for _source, folder in known_folders():
        if folder.name == version or _manifest(folder).version == version:
            return folder
    return None


def chosen_folder(option: Path | None = None) -> Path:
    return chosen(option)[0]


def load_chosen(option: Path | None = None) -> Framework:
    folder, source = chosen(option)
    framework = load_cached(folder)
    _say_used(framework, source)
    return framework


def _say_used(framework: Framework, source: Source) -> None:
    log.info("%s", word("framework.locate.used", version=framework.version,
                        path=framework.path, source=source.word))


@functools.lru_cache(maxsize=8)
def _load_by_key(folder: Path, key: str) -> Framework:
    return load_framework(folder, key)


def load_cached(folder: Path) -> Framework:
    """`load_framework`, reusing the result in this process while the files are byte for
    byte the same (the key of `cache.stamps`: every file's name, size, time and SHA-256).

    A `.yaml` in the folder that is not a regular file of a sane size (a named pipe would
    block every command, a device never end) gives no key: the loader then says what is
    wrong with it."""
    key = cache.stamps(folder) if folder.is_dir() else None
    if key is None:
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
            yamlio.read_bytes(path)  # names a pipe, a device or a file too large
        return load_framework(folder)  # or the loader says what is wrong
    return _load_by_key(folder, key)


# -- versions and validity -------------------------------------------------------------

def find_version(version: str, near: Path | None = None) -> Framework | None:
    """The framework of `version`: beside `near` first, then in the known places."""
    candidates = [near.parent / version] if near is not None else []
    candidates += [folder for _, folder in known_folders()]
    for folder in candidates:
        if not is_framework(folder):
            continue
        if folder.name != version and _manifest(folder).version != version:
            continue
        framework = load_cached(folder)
        if framework.version == version:
            return framework
    return None


def _manifest(folder: Path) -> Manifest:
    """Only the manifest: enough to know a framework's version and validity."""
    document = yamlio.load(folder / MANIFEST_NAME, round_trip=False)
    try:
        return yamlio.validate(Manifest, document)
    except InvalidInput:
        return load_framework(folder).manifest  # raises with every problem and its line


def valid_on(manifest: Manifest, day: dt.date) -> bool:
    """Whether an audit that starts on `day` belongs to this framework: within its
    validity, and never before the label existed (`LABEL_ADOPTED`). The one home of this
    rule: `audit new`, `audit details --date`, readiness and migration ask it."""
    return (day >= LABEL_ADOPTED
            and (manifest.valid_from is None or manifest.valid_from <= day)
            and (manifest.valid_until is None or day <= manifest.valid_until))


def validity_span(manifest: Manifest) -> tuple[dt.date, dt.date | None]:
    """The first and last start day `valid_on` accepts (None: no end)."""
    start = max(manifest.valid_from or LABEL_ADOPTED, LABEL_ADOPTED)
    return start, manifest.valid_until


def validity(manifest: Manifest) -> str:
    """'van 2016-12-01 tot en met 2019-12-31', 'vanaf 2020-01-01'."""
    start, end = validity_span(manifest)
    if end:
        return word("framework.locate.valid_span", start=start, end=end)
    return word("framework.locate.valid_from", start=start)


def framework_for_date(day: dt.date) -> Framework:
    """The framework valid on `day`: the first known one whose validity covers it.

    A concept is never chosen by date; name it with --norms to use it.
    """
    known = []
    for source, folder in known_folders():
        manifest = _manifest(folder)
        known.append(manifest)
        if manifest.status != "concept" and valid_on(manifest, day):
            framework = load_cached(folder)
            _say_used(framework, source)
            return framework
    listed = "; ".join(f"{m.version} ({validity(m)})" for m in known) or word(
        "framework.locate.none")
    raise InvalidInput(word("framework.locate.none_on_date", day=day, listed=listed))


def framework_for_audit(day: dt.date, option: Path | None = None) -> Framework:
    """The framework for a new audit starting on `day`; refuses one that does not apply."""
    if option is None:
        return framework_for_date(day)
    framework = load_chosen(option)
    if valid_on(framework.manifest, day):
        return framework
    try:
        valid = framework_for_date(day)
        instead = word("framework.locate.instead", day=day, version=valid.version,
                       path=valid.path)
    except InvalidInput:
        instead = word("framework.locate.instead_none", day=day)
    raise InvalidInput(word("framework.locate.not_on_date", version=framework.version,
                            path=framework.path, validity=validity(framework.manifest),
                            day=day, instead=instead))


# -- pinned audits ---------------------------------------------------------------------

def find_pinned(version: str, fingerprint: str, option: Path | None = None) \
        -> tuple[Framework, Framework | None]:
    """The framework an audit is pinned to, and the differing one found first, if any.

    Looks in the chosen folder and its sibling of the same version, then the version's
    folder in every known place, then every known framework. Never returns a framework
    with another fingerprint.
    """
    first, _ = chosen(option)
    places = [source.root for source in sources()]
    candidates = [first, first.parent / version, *(root / version for root in places),
                  *(folder for _, folder in known_folders())]
    seen: set[Path] = set()
    differing: Framework | None = None
    broken: InvalidInput | None = None
    for folder in candidates:
        folder = folder.resolve()
        if folder in seen or not is_framework(folder):
            continue
        seen.add(folder)
        try:
            framework = load_cached(folder)
        except InvalidInput as error:
            if option is not None and folder == first.resolve():
                raise  # the folder the user named
            broken = broken or error  # a broken workspace must not hide the pinned one
            continue
        if framework.pinned_by(fingerprint):
            log.info("%s", word("framework.locate.used_pinned", version=framework.version,
                                path=framework.path))
            return framework, differing
        named = option is not None and folder == first.resolve()
        if differing is None and (framework.version == version or named):
            differing = framework
    if broken is not None and differing is None:
        raise broken
    found = word("framework.locate.pinned_found", version=differing.version,
                 path=differing.path, fingerprint=differing.fingerprint[:12]) \
        if differing else ""
    raise FrameworkMismatch(word("framework.locate.pinned_missing", version=version,
                                 fingerprint=fingerprint[:12], found=found))
