"""Which audit files to render and where each PDF goes; refuses unsafe targets.

No WeasyPrint here: the CLI checks every path before anything is rendered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import word

DEFAULT_FOLDER = Path("reports")
AUDIT_SUFFIXES = (".yaml", ".yml")
PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True)
class Target:
    source: Path
    output: Path


def safe_name(stem: str) -> str:
    """A file name from an audit file's stem: letters, digits, '.', '_' and '-' only."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip(".-_")
    name = re.sub(r"-{2,}", "-", name)[:100]
    return name or "rapport"


def collect_sources(items: list[Path]) -> tuple[list[Path], bool]:
    """The audit files named, folders expanded; and whether a folder was among them."""
    sources: list[Path] = []
    folder_given = False
    for item in items:
        if item.is_dir():
            folder_given = True
            found = sorted(path for path in item.iterdir()
                           if path.suffix.lower() in AUDIT_SUFFIXES and path.is_file()
                           and not path.name.startswith("."))
            if not found:
                raise InvalidInput(word("report.paths.no_audits", path=item))
            sources += found
        elif item.exists():
            sources.append(item)
        else:
            raise InvalidInput(word("file.missing", path=item))
    unique: list[Path] = []
    seen: set[Path] = set()
    for source in sources:
        if source.resolve() not in seen:
            seen.add(source.resolve())
            unique.append(source)
    return unique, folder_given


def pdf_target(stem: str, output: Path | None, lang: str,
               default_folder: Path = DEFAULT_FOLDER) -> Path:
    """Where a single PDF goes: `-o` (a .pdf file or a folder) or reports/STEM.pdf."""
    name = safe_name(stem) + ("" if lang == "nl" else f"-{lang}")
    if output is None:
        default_folder.mkdir(parents=True, exist_ok=True)
        return default_folder / f"{name}.pdf"
    if output.is_dir():
        return output / f"{name}.pdf"
    if output.suffix.lower() != ".pdf":
        raise InvalidInput(word("report.paths.pdf_or_folder", path=output))
    if not output.parent.is_dir():
        raise InvalidInput(word("report.paths.no_folder", path=output, folder=output.parent))
    return output


def check_writable(output: Path) -> None:
    """Refuse to write over a folder or over an existing file that is not a PDF."""
    if output.is_dir():
        raise InvalidInput(word("report.paths.is_folder", path=output))
    if output.exists():
        try:
            with output.open("rb") as handle:
                head = handle.read(len(PDF_MAGIC))
        except OSError as error:
            raise InvalidInput(word("report.paths.unreadable", path=output,
                                    reason=error.strerror)) from None
        if head != PDF_MAGIC:
            raise InvalidInput(word("report.paths.not_pdf", path=output))


def _file_name(source: Path, lang: str) -> str:
    return safe_name(source.stem) + ("" if lang == "nl" else f"-{lang}") + ".pdf"


def plan(items: list[Path], output: Path | None, *, lang: str = "nl",
         default_folder: Path = DEFAULT_FOLDER) -> list[Target]:
    """Pair every audit file with its PDF; every problem is raised before any rendering."""
    sources, folder_given = collect_sources(items)
    single = len(sources) == 1 and not folder_given
    if output is not None and single and not output.is_dir():
        if output.suffix.lower() != ".pdf":
            raise InvalidInput(word("report.paths.pdf_name", path=output))
        if not output.parent.is_dir():
            raise InvalidInput(word("report.paths.no_folder", path=output,
                                    folder=output.parent))
        targets = [Target(sources[0], output)]
    else:
        if output is None:
            folder = default_folder
            folder.mkdir(parents=True, exist_ok=True)
        elif output.is_dir():
            folder = output
        elif output.exists() or output.suffix.lower() == ".pdf":
            raise InvalidInput(word("report.paths.many_need_folder", path=output))
        else:
            raise InvalidInput(word("report.paths.make_folder", path=output))
        targets, used = [], set()
        for source in sources:
            name = _file_name(source, lang)
            stem, number = name[:-4], 2
            while name in used:
                name, number = f"{stem}-{number}.pdf", number + 1
            used.add(name)
            targets.append(Target(source, folder / name))
    for target in targets:
        check_writable(target.output)
        if target.output.resolve() == target.source.resolve():
            raise InvalidInput(word("report.paths.is_audit", path=target.output))
    return targets
