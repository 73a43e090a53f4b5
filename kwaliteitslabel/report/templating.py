"""From a report context to HTML, with jinja2 and autoescape always on."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from kwaliteitslabel.report.booklet_context import BookletContext
from kwaliteitslabel.report.certificate_context import CertificateContext
from kwaliteitslabel.report.views import ReportContext
from kwaliteitslabel.report.visible import visible
from kwaliteitslabel.words.texts import Texts

TEMPLATES = Path(__file__).resolve().parent / "templates"
SOURCE_LANG = "nl"  # the language of the framework's texts and of what auditors write


def _shown(value: object) -> object:
    """Every text a template prints keeps all its characters, none of them applied."""
    return visible(value) if isinstance(value, str) and not isinstance(value, Markup) \
        else value


# Dutch names that data puts into translated sentences (the deciding body, by its name)
DUTCH_TERMS = re.compile(r"\bbeheercommissie(?: Kwaliteitslabel)?\b", re.IGNORECASE)


def dutch_terms(text: str, lang: str) -> Markup:
    """`text` with the Dutch names in it marked as Dutch, in a report in another language."""
    shown = visible(text)
    if lang == SOURCE_LANG:
        return Markup(escape(shown))
    parts, position = [], 0
    for match in DUTCH_TERMS.finditer(shown):
        parts.append(escape(shown[position:match.start()]))
        parts.append(Markup('<span lang="{}">{}</span>').format(SOURCE_LANG, match.group()))
        position = match.end()
    parts.append(escape(shown[position:]))
    return Markup("").join(parts)


@cache
def environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        finalize=_shown,
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every value is text; only our own SVG is marked safe
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["dutch_terms"] = dutch_terms
    return environment


def source_lang(lang: str) -> Markup:
    """` lang="nl"` for the audit's and the framework's own words in a report in `lang`."""
    return Markup("") if lang == SOURCE_LANG else Markup(f' lang="{SOURCE_LANG}"')


def render_html(ctx: ReportContext) -> str:
    return environment().get_template("report.html.j2").render(
        ctx=ctx, t=Texts(ctx.lang), dutch=source_lang(ctx.lang))


def render_certificate_html(ctx: CertificateContext) -> str:
    return environment().get_template("certificate.html.j2").render(
        ctx=ctx, t=Texts(ctx.lang), dutch=source_lang(ctx.lang))


def render_booklet_html(ctx: BookletContext) -> str:
    return environment().get_template("booklet.html.j2").render(
        ctx=ctx, t=Texts(ctx.lang), dutch=source_lang(ctx.lang))
