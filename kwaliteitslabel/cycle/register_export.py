"""The register as rows: for the terminal, JSON, CSV and a spreadsheet (openpyxl).

Text from audit files is data: in the spreadsheet every value is written as a text or a
date cell, never as a formula, whatever it starts with.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

from kwaliteitslabel import atomic
from kwaliteitslabel.cycle.register import Entry, status_of
from kwaliteitslabel.text import for_terminal

# (JSON key, Dutch column heading)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("organisation", "organisatie"), ("place", "plaats"), ("route", "route"),
    ("framework", "normenkader"), ("start", "begin"), ("end", "einde"),
    ("outcome", "uitkomst"), ("advice", "advies"), ("decision", "besluit"),
    ("decision_date", "besluitdatum"), ("number", "nummer"),
    ("valid_until", "geldig tot"), ("status", "status"), ("sanction", "schorsing/intrekking"),
    ("file", "bestand"), ("error", "fout"),
)
DATES = {"start", "end", "decision_date", "valid_until"}


def sanction_text(entry: Entry) -> str | None:
    if entry.sanction is None:
        return None
    sanction = entry.sanction
    return f"{sanction['kind']} op {sanction['date']} door {sanction['by']}: {sanction['reason']}"


def row(entry: Entry, today: dt.date) -> dict[str, Any]:
    """One entry as plain values under the JSON keys of `COLUMNS`."""
    return {
        "organisation": entry.organisation, "place": entry.place, "route": entry.route,
        "framework": entry.framework, "start": entry.start, "end": entry.end,
        "outcome": entry.outcome, "advice": entry.advice, "decision": entry.decision,
        "decision_date": entry.decision_date, "number": entry.number,
        "valid_until": entry.valid_until, "status": status_of(entry, today),
        "sanction": sanction_text(entry), "file": entry.path, "error": entry.error,
    }


def as_json(entries: list[Entry], today: dt.date) -> list[dict[str, Any]]:
    result = []
    for entry in entries:
        data = row(entry, today)
        data["sanction"] = entry.sanction
        data["partial_of"] = entry.partial_of
        data["completed_by"] = entry.completed_by
        result.append(data)
    return result


def as_csv(entries: list[Entry], today: dt.date) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([heading for _, heading in COLUMNS])
    for entry in entries:
        data = row(entry, today)
        writer.writerow(["" if data[key] is None else data[key] for key, _ in COLUMNS])
    return buffer.getvalue()


def write_csv(path: Path, entries: list[Entry], today: dt.date) -> None:
    atomic.write(path, as_csv(entries, today).encode("utf-8-sig"))  # Excel reads it as UTF-8


def write_xlsx(path: Path, entries: list[Entry], today: dt.date) -> None:
    """One sheet 'Register', a heading row, frozen; dates as dates, texts never formulas."""
    from openpyxl import Workbook  # only for this export
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Register"
    sheet.append([heading for _, heading in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, entry in enumerate(entries, start=2):
        data = row(entry, today)
        for column, (key, _) in enumerate(COLUMNS, start=1):
            value = data[key]
            if value is None:
                continue
            cell = sheet.cell(row=number, column=column)
            if key in DATES:
                cell.value = dt.date.fromisoformat(value)
                cell.number_format = "yyyy-mm-dd"
            else:
                cell.value = for_terminal(str(value))
                cell.data_type = "s"  # '=...' in a name stays text
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for column, (key, heading) in enumerate(COLUMNS, start=1):
        width = max([len(heading)] + [len(str(row(entry, today)[key] or ""))
                                      for entry in entries[:200]])
        sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = \
            min(max(width + 2, 10), 60)
    buffer = io.BytesIO()
    book.save(buffer)
    atomic.write(path, buffer.getvalue())
