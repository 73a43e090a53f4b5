"""From a report context to HTML, with jinja2 and autoescape always on."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from kwaliteitslabel.report.context import ReportContext
from kwaliteitslabel.report.i18n import Texts

TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every value is text; only our own SVG is marked safe
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(ctx: ReportContext) -> str:
    return environment().get_template("report.html.j2").render(ctx=ctx, t=Texts(ctx.lang))
