"""The framework booklet: load the framework (and an older one), build the view, render."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kwaliteitslabel import atomic
from kwaliteitslabel.framework.diff import diff_frameworks
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.mapping import load_mapping
from kwaliteitslabel.report.booklet_context import build_booklet
from kwaliteitslabel.report.paths import DEFAULT_FOLDER, check_writable, pdf_target
from kwaliteitslabel.report.render import render_pdf
from kwaliteitslabel.report.templating import render_booklet_html


@dataclass
class Booklet:
    output: Path
    version: str
    pages: int
    since: str | None


def booklet_path(framework: Framework, output: Path | None, lang: str,
                 default_folder: Path = DEFAULT_FOLDER) -> Path:
    """Where the booklet goes: `-o` (a .pdf file or a folder) or reports/normenkader-V.pdf."""
    return pdf_target(f"normenkader-{framework.version}", output, lang, default_folder)


def make_booklet(framework: Framework, output: Path, *, lang: str = "nl",
                 since: Framework | None = None) -> Booklet:
    """Render `framework` as the commission's booklet into `output`."""
    check_writable(output)
    diff = diff_frameworks(since, framework, load_mapping(framework.path)) if since else None
    context = build_booklet(framework, lang=lang,
                            since=(since, diff) if since is not None and diff else None)
    rendered = render_pdf(render_booklet_html(context), lang=lang, draft=False)
    if rendered.refused:  # the templates never ask for anything else: this is a bug
        raise RuntimeError(f"the booklet asked for URLs that are not assets: "
                           f"{rendered.refused[:5]}")
    atomic.write(output, rendered.pdf, doing="het boekje opslaan")
    return Booklet(output, framework.version, rendered.pages,
                   since.version if since else None)
