"""The audit programme as a PDF: days, conversations with their questions, coverage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kwaliteitslabel import __version__, atomic
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.cycle.programme import Programme
from kwaliteitslabel.report.paths import check_writable, pdf_target
from kwaliteitslabel.report.render import render_pdf
from kwaliteitslabel.report.templating import environment
from kwaliteitslabel.words.texts import Texts


def programme_html(loaded: LoadedAudit, plan: Programme) -> str:
    days = (f"{plan.days:g}".replace(".", ",") + f" ({plan.fte:g} fte)"
            if plan.days is not None and plan.fte is not None else "onbekend (geen fte)")
    names = {role.id: role.name for role in loaded.framework.manifest.roles}
    return environment().get_template("programme.html.j2").render(
        plan=plan, days=days, names=names, t=Texts("nl"),
        title=f"Auditprogramma {plan.organisation}",
        generated=dt.date.today().isoformat(), generator=f"kwaliteitslabel {__version__}")


def render_programme(loaded: LoadedAudit, plan: Programme, output: Path) -> Path:
    """Render into `output` (a .pdf file or a folder); an existing non-PDF is refused."""
    target = pdf_target(f"programma-{loaded.path.stem}", output, "nl")
    check_writable(target)
    rendered = render_pdf(programme_html(loaded, plan), lang="nl", draft=False)
    if rendered.refused:  # the template never asks for anything else: this is a bug
        raise RuntimeError(f"the programme asked for URLs that are not assets: "
                           f"{rendered.refused[:5]}")
    atomic.write(target, rendered.pdf, doing="het programma opslaan")
    return target
