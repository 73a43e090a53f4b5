"""`audit import FILE SHEET`: the norms changed in an exported sheet, saved back.

Only rows whose cells differ from the audit as it is now are applied, each through the
one save path with the framework's rules; every message names the sheet's row and
column. A sheet of another audit is refused as a whole; a norm that was changed in the
file since the export is refused (its `controle` no longer matches). In an XLSX, a
formula is read as its computed text, a number as its shown text; a date where text is
expected, or a formula without a computed value, is refused with its cell.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kwaliteitslabel import yamlio
from kwaliteitslabel.audit.answer import Answer, preview
from kwaliteitslabel.audit.evidence import parse_evidence
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.store import save_answer
from kwaliteitslabel.cycle.sheet import (
    COLUMNS,
    HEADERS,
    KEY_OF,
    audit_id,
    cells,
    lines,
    norm_check,
)
from kwaliteitslabel.errors import InvalidInput, KwaliteitslabelError
from kwaliteitslabel.words import word

LABELS = {column.key: column.header for column in COLUMNS}


@dataclass
class Cell:
    text: str
    ref: str  # e.g. "D7"


@dataclass
class SheetRow:
    number: int
    cells: dict[str, Cell]


@dataclass
class Applied:
    """What the import did (or would do, with --dry-run), per norm."""

    changed: list[tuple[str, int, list[str]]] = field(default_factory=list)  # id, row, what
    refused: list[tuple[str, int, str]] = field(default_factory=list)  # id, row, message
    unchanged: int = 0


def _letter(index: int) -> str:
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text


def _shown(value: Any, ref: str, path: Path, header: str) -> str:
    """A cell's value as the text it shows; a date in a text column is refused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "WAAR" if value else "ONWAAR"
    if isinstance(value, dt.datetime | dt.date | dt.time):
        if header == "wanneer":
            return str(value)
        raise InvalidInput(word("cycle.import_sheet.date_cell", path=path, ref=ref,
                                header=header))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _rows_from(table: list[list[Any]], path: Path, refs: list[list[str]] | None = None) \
        -> tuple[list[str], list[SheetRow]]:
    if not table:
        raise InvalidInput(word("cycle.import_sheet.empty", path=path))
    header = [str(cell or "").strip().lower() for cell in table[0]]
    missing = [name for name in HEADERS if name not in header]
    if missing:
        raise InvalidInput(word("cycle.import_sheet.columns", path=path,
                                columns=", ".join(missing)))
    found = []
    for number, values in enumerate(table[1:], start=2):
        if not any(str(value or "").strip() for value in values):
            continue
        row: dict[str, Cell] = {}
        for index, name in enumerate(header):
            if name not in KEY_OF:
                continue
            ref = refs[number - 1][index] if refs else f"{_letter(index)}{number}"
            value = values[index] if index < len(values) else None
            row[KEY_OF[name]] = Cell(_shown(value, ref, path, name), ref)
        found.append(SheetRow(number, row))
    return header, found


def read_csv(path: Path) -> list[SheetRow]:
    text, _ = yamlio.decode(path, yamlio.read_bytes(path))
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    table = [list(line) for line in csv.reader(io.StringIO(text), delimiter=delimiter)]
    return _rows_from(table, path)[1]


def read_xlsx(path: Path) -> list[SheetRow]:
    from openpyxl import load_workbook

    data = yamlio.read_bytes(path)
    try:
        formulas = load_workbook(io.BytesIO(data), read_only=True)
        computed = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is no XLSX
        raise InvalidInput(word("cycle.import_sheet.not_xlsx", path=path,
                                error=error)) from None
    sheet, values = formulas.worksheets[0], computed.worksheets[0]
    table: list[list[Any]] = []
    refs: list[list[str]] = []
    for cells_f, cells_v in zip(sheet.iter_rows(), values.iter_rows(), strict=False):
        line: list[Any] = []
        line_refs: list[str] = []
        for cell_f, cell_v in zip(cells_f, cells_v, strict=False):
            ref = f"{cell_f.column_letter}{cell_f.row}"
            value = cell_f.value
            if isinstance(value, str) and value.startswith("="):
                value = cell_v.value
                if value is None:
                    raise InvalidInput(word("cycle.import_sheet.formula", path=path,
                                            ref=ref))
            line.append(value)
            line_refs.append(ref)
        table.append(line)
        refs.append(line_refs)
    return _rows_from(table, path, refs)[1]


def read(path: Path) -> list[SheetRow]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    raise InvalidInput(word("cycle.import_sheet.kind", path=path))


def _where(path: Path, row: SheetRow, key: str) -> str:
    cell = row.cells.get(key)
    ref = cell.ref if cell else word("cycle.import_sheet.row", row=row.number)
    return word("cycle.import_sheet.where", name=path.name, row=row.number, ref=ref,
                label=LABELS[key])


def check_identity(loaded: LoadedAudit, path: Path, rows: list[SheetRow]) -> None:
    expected = audit_id(loaded.audit)
    for row in rows:
        cell = row.cells.get("audit")
        if cell is None or cell.text != expected:
            found = cell.text if cell else word("cycle.import_sheet.empty_cell")
            raise InvalidInput(word(
                "cycle.import_sheet.other_audit", where=_where(path, row, "audit"),
                path=loaded.path, found=found, expected=expected))


def apply(loaded: LoadedAudit, path: Path, *, dry_run: bool = False) -> Applied:
    rows = read(path)
    check_identity(loaded, path, rows)
    applied = Applied()
    seen: set[str] = set()
    for row in rows:
        norm_cell = row.cells.get("norm")
        norm = loaded.framework.norm(norm_cell.text.strip()) if norm_cell else None
        if norm is None or norm.id in seen:
            text = norm_cell.text if norm_cell else ""
            reason = word("cycle.import_sheet.twice") if norm is not None else \
                word("cycle.import_sheet.no_norm", text=text, version=loaded.framework.version)
            applied.refused.append((text, row.number, f"{_where(path, row, 'norm')}: {reason}"))
            continue
        seen.add(norm.id)
        try:
            loaded = _apply_row(loaded, path, row, norm.id, applied, dry_run)
        except KwaliteitslabelError as error:
            marked = word("cycle.import_sheet.row_mark", row=row.number) in error.message
            message = error.message if marked else \
                f"{_where(path, row, 'score')}: {error.message}"
            applied.refused.append((norm.id, row.number, message))
    return applied


def _apply_row(loaded: LoadedAudit, path: Path, row: SheetRow, norm_id: str,
               applied: Applied, dry_run: bool) -> LoadedAudit:
    result = loaded.audit.result(norm_id)
    now = cells(result)
    sheet = {key: row.cells[key].text.strip() if key in row.cells else now[key]
             for key in now}
    changed = [key for key in now if _normal(sheet[key]) != _normal(now[key])]
    if not changed:
        applied.unchanged += 1
        return loaded
    check = row.cells.get("check")
    if check is not None and check.text != norm_check(result):
        raise InvalidInput(word("cycle.import_sheet.changed", where=_where(path, row, "check"),
                                norm=norm_id, name=loaded.path.name))
    answer = _answer(loaded, path, row, sheet, result)
    preview(loaded, norm_id, answer, {key: f"{_where(path, row, key)}" for key in LABELS})
    applied.changed.append((norm_id, row.number, [LABELS[key] for key in changed]))
    if dry_run:
        return loaded
    return save_answer(loaded, norm_id, answer)


def _normal(text: str) -> str:
    return "\n".join(lines(text))


def _answer(loaded: LoadedAudit, path: Path, row: SheetRow, sheet: dict[str, str],
            result: Any) -> Answer:
    verdicts = [level.id for level in loaded.framework.manifest.scale]
    score = sheet["score"]
    if score not in verdicts:
        what = (word("cycle.import_sheet.no_verdict", score=score) if score else
                word("cycle.import_sheet.no_clearing"))
        raise InvalidInput(word("cycle.import_sheet.choose", where=_where(path, row, "score"),
                                what=what, choices=", ".join(verdicts)))
    kinds = loaded.framework.manifest.evidence_kinds
    old = cells(result)
    evidence = ([item.model_dump(exclude_none=True, mode="json") for item in result.evidence]
                if result is not None and _normal(sheet["evidence"]) ==
                _normal(old["evidence"]) else
                [parse_evidence(text, kinds, where=_where(path, row, "evidence"))
                 for text in lines(sheet["evidence"])])
    kept = {item.text: item for item in result.improvements} if result is not None else {}
    improvements = [kept[text].model_dump(exclude_none=True, mode="json") if text in kept
                    else {"text": text} for text in lines(sheet["improvements"])]
    return Answer(score=score, findings=sheet["findings"] or None, evidence=evidence,
                  strengths=lines(sheet["strengths"]), improvements=improvements,
                  nvt_reason=sheet["nvt_reason"] or None,
                  assessed_by=sheet["assessed_by"] or None, replace_lists=True)
