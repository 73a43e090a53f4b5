"""`register stats -o PATH.pdf`: the commission's view across audits as a tagged PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from kwaliteitslabel import __version__, atomic
from kwaliteitslabel.report.paths import check_writable, pdf_target
from kwaliteitslabel.report.render import render_pdf
from kwaliteitslabel.report.templating import environment

if TYPE_CHECKING:  # the figures come from cycle/, which the CLI calls; no import at run time
    from kwaliteitslabel.cycle.statistics import FrameworkStats

def stats_html(frameworks: list[FrameworkStats], folder: Path, *, named: bool,
               gap: float) -> str:
    return environment().get_template("register_stats.html.j2").render(
        title="Oordelen over audits heen", frameworks=frameworks, folder=str(folder),
        audits=sum(item.audits for item in frameworks), named=named,
        gap=f"{gap:.0f}", generated=dt.date.today().isoformat(),
        generator=f"kwaliteitslabel {__version__}")


def render_stats(frameworks: list[FrameworkStats], folder: Path, output: Path, *,
                 named: bool, gap: float) -> Path:
    """Render into `output` (a .pdf file or a folder); an existing non-PDF is refused."""
    target = pdf_target("register-statistiek", output, "nl")
    check_writable(target)
    rendered = render_pdf(stats_html(frameworks, folder, named=named, gap=gap), lang="nl",
                          draft=False)
    if rendered.refused:  # the template never asks for anything else: this is a bug
        raise RuntimeError(f"the statistics asked for URLs that are not assets: "
                           f"{rendered.refused[:5]}")
    atomic.write(target, rendered.pdf, doing="de statistiek opslaan")
    return target
