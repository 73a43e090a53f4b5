"""What an existing report PDF is: a final report, or a concept.

Read from the metadata the report writes itself (through pikepdf, within the limits of
`pdfopen`), not from the page text: a concept's subject ends in the outcome "Concept:
nog geen definitief rapport" (or its English), the words that also put CONCEPT on its
pages.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf

from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.limits import MAX_PDF_BYTES
from kwaliteitslabel.report.pdfopen import open_pdf, read_regular
from kwaliteitslabel.words.texts import LANGUAGES, Texts

# How a concept's subject ends, in each language the report is written in
DRAFT_ENDINGS = tuple(Texts(lang)("outcome.concept") for lang in LANGUAGES)


def is_final_report(path: Path) -> bool:
    """True for a readable PDF made by kwaliteitslabel that is not a concept."""
    try:
        data = read_regular(path, MAX_PDF_BYTES, "een PDF-rapport")
        with open_pdf(path, data) as pdf:
            info = pdf.docinfo
            creator = str(info.get("/Creator", ""))
            subject = str(info.get("/Subject", ""))
    except (InvalidInput, pikepdf.PdfError, ValueError, KeyError, TypeError):
        return False
    if "kwaliteitslabel" not in creator:
        return False  # not one of ours: check_writable decides about it
    return not subject.rstrip().endswith(DRAFT_ENDINGS)
