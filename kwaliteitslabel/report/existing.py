"""What an existing report PDF is: a final report, or a concept with its watermark."""

from __future__ import annotations

from pathlib import Path

WATERMARKS = ("CONCEPT", "DRAFT")


def is_final_report(path: Path) -> bool:
    """True for a readable report PDF whose first page carries no CONCEPT/DRAFT watermark."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        metadata = reader.metadata
        creator = str(metadata.get("/Creator", "")) if metadata is not None else ""
        if "kwaliteitslabel" not in creator:
            return False  # not one of ours: check_writable decides about it
        first = reader.pages[0].extract_text() if reader.pages else ""
    except (OSError, PdfReadError, ValueError, KeyError):
        return False
    return not any(word in first for word in WATERMARKS)
