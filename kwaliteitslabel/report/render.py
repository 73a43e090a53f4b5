"""HTML and CSS to PDF with WeasyPrint: PDF/A-3a and PDF/UA-1, the audit file attached.

This module, `fetcher` and `tagging` are the only ones that import WeasyPrint.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from weasyprint import CSS, HTML, Attachment
from weasyprint.text.fonts import FontConfiguration

from kwaliteitslabel.report.fetcher import SCHEME, AssetFetcher
from kwaliteitslabel.report.finish import finish
from kwaliteitslabel.report.page import page_css
from kwaliteitslabel.report.seal import seal
from kwaliteitslabel.report.tagging import html_semantics
from kwaliteitslabel.report.wordbreak import break_long_words
from kwaliteitslabel.words.texts import Texts

# PDF/A-3a: archivable, tagged ("a" = accessible) and the only PDF/A part that embeds any
# file (the audit, as an associated file). PDF/UA-1 is declared on top in `finish`.
PDF_VARIANT = "pdf/a-3a"


@dataclass
class Rendered:
    pdf: bytes
    pages: int
    layout_seconds: float
    write_seconds: float
    finish_seconds: float
    served: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def _collected_messages() -> Iterator[list[str]]:
    """WeasyPrint's warnings and errors for this render, kept off the terminal."""
    logger = logging.getLogger("weasyprint")
    handler = _Collect()
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def render_pdf(html: str, *, lang: str, draft: bool, attachment: bytes | None = None,
               attachment_name: str = "", modified: dt.datetime | None = None,
               description: str | None = None) -> Rendered:
    """Lay out `html` with our stylesheet and write a PDF/A-3a, PDF/UA-1, with `attachment`
    embedded if given (`description` says what the attached file is; by default, that it
    is the audit this document, named by its title, rests on)."""
    fetcher = AssetFetcher()
    fonts = FontConfiguration()
    with _collected_messages() as messages:
        start = time.perf_counter()
        document = HTML(string=break_long_words(html), url_fetcher=fetcher).render(
            font_config=fonts,
            stylesheets=[
                CSS(url=f"{SCHEME}report.css", url_fetcher=fetcher, font_config=fonts),
                CSS(string=page_css(Texts(lang), draft=draft), url_fetcher=fetcher,
                    font_config=fonts),
            ],
            pdf_variant=PDF_VARIANT, pdf_tags=True)
        laid_out = time.perf_counter()
        moment = (modified or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)  # written as UTC
        attachments = [] if attachment is None else [Attachment(
            string=attachment, name=attachment_name,
            description=description or Texts(lang)(
                "attachment.description_of", document=document.metadata.title or ""),
            created=moment, modified=moment, relationship="Source")]
        with html_semantics():
            pdf = document.write_pdf(pdf_variant=PDF_VARIANT, pdf_tags=True,
                                     attachments=attachments)
        written = time.perf_counter()
        pdf = seal(finish(pdf), attachment)
        finished = time.perf_counter()
    return Rendered(pdf, len(document.pages), laid_out - start, written - laid_out,
                    finished - written, fetcher.served, fetcher.refused, messages)
