"""`audit export`: an audit as a spreadsheet (XLSX), CSV or JSON, one row per norm.

The XLSX is made for working in: a frozen header, filters, a drop-down of the scale's
verdicts, wrapped text, and the audit's print in the document properties.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from kwaliteitslabel import atomic
from kwaliteitslabel.audit.basis import basis_of
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.cycle.sheet import COLUMNS, HEADERS, audit_id, rows
from kwaliteitslabel.errors import InvalidInput

FORMATS = ("csv", "xlsx", "json")
SHEET_TITLE = "normen"


def default_path(audit: Path, kind: str) -> Path:
    return audit.with_suffix(f".{kind}")


def as_csv(loaded: LoadedAudit) -> bytes:
    """Semicolons and a byte order mark, so that a Dutch spreadsheet opens it as is."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for line in rows(loaded):
        writer.writerow([line[column.key] for column in COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def as_json(loaded: LoadedAudit) -> bytes:
    audit = loaded.audit
    data = {"audit": {"id": audit_id(audit), "organisation": audit.organisation,
                      "start": audit.dates.start.isoformat(), "route": audit.route,
                      "framework": audit.framework.version,
                      "fingerprint": audit.framework.fingerprint, "print": basis_of(audit)},
            "columns": {column.key: column.header for column in COLUMNS},
            "rows": rows(loaded)}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def as_xlsx(loaded: LoadedAudit) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    audit = loaded.audit
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    sheet.append(HEADERS)
    for line in rows(loaded):
        sheet.append([line[column.key] for column in COLUMNS])
    last = sheet.max_row
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        sheet.cell(row=1, column=index).font = Font(bold=True)
        for cells in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            cells[0].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"
    verdicts = [level.id for level in loaded.framework.manifest.scale]
    score_column = get_column_letter(HEADERS.index("oordeel") + 1)
    validation = DataValidation(type="list", formula1=f'"{",".join(verdicts)}"',
                                allow_blank=True, showErrorMessage=True,
                                errorTitle="Oordeel", error="Kies een oordeel uit de lijst.")
    validation.add(f"{score_column}2:{score_column}{last}")
    sheet.add_data_validation(validation)
    properties = book.properties
    properties.title = f"Audit {audit.organisation}"
    properties.subject = "Kwaliteitslabel Sociaal Werk"
    properties.identifier = audit_id(audit)
    properties.keywords = (f"normenkader {audit.framework.version} "
                           f"{audit.framework.fingerprint}")
    properties.description = f"afdruk van de audit (SHA-256): {basis_of(audit)}"
    properties.creator = "kwaliteitslabel"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export(loaded: LoadedAudit, kind: str) -> bytes:
    if kind not in FORMATS:
        raise InvalidInput(f"--format {kind}: kies uit {', '.join(FORMATS)}")
    return {"csv": as_csv, "xlsx": as_xlsx, "json": as_json}[kind](loaded)


def write(path: Path, data: bytes) -> None:
    if not path.parent.is_dir():
        raise InvalidInput(f"{path}: de map {path.parent} bestaat niet; maak haar eerst aan")
    atomic.write(path, data, doing="schrijven")
