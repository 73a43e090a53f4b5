"""`audit export` and `audit import`: an audit in a spreadsheet and back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil

import pytest
from openpyxl import load_workbook
from ruamel.yaml import YAML

from tests.conftest import AUDITS

SCORE_COLUMN = "D"  # oordeel


def saved(path):
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def ok(result):
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def audit(tmp_path):
    path = tmp_path / "audit.yaml"
    shutil.copyfile(AUDITS / "certificerend-advies.yaml", path)
    return path


@pytest.fixture
def sheet(cli, audit):
    target = audit.parent / "audit.xlsx"
    ok(cli("audit", "export", audit, "--format", "xlsx", "-o", target))
    return target


def row_of(book, norm_id):
    sheet = book.worksheets[0]
    return next(cell.row for cell in sheet["A"] if cell.value == norm_id)


def test_the_xlsx_has_a_frozen_header_filters_a_verdict_dropdown_and_the_print(audit, sheet):
    book = load_workbook(sheet)
    table = book.worksheets[0]
    assert [cell.value for cell in table[1]][:6] == \
        ["norm", "gebied", "titel", "oordeel", "reden nvt", "bevindingen"]
    assert table.max_row == 50  # the header and 49 norms
    assert table.freeze_panes == "A2"
    assert table.auto_filter.ref == "A1:M50"
    [validation] = table.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"voldoet,voldoet_deels,voldoet_niet,nvt"'
    assert str(validation.sqref) == "D2:D50"
    assert table["F2"].alignment.wrap_text
    assert book.properties.keywords.startswith("normenkader 2019 94b72114")
    assert book.properties.description.startswith("afdruk van de audit (SHA-256): ")
    assert table[f"A{row_of(book, 'V1')}"].value == "V1"


def test_an_unchanged_sheet_changes_nothing(cli, audit, sheet, tmp_path):
    before = audit.read_bytes()
    result = ok(cli("audit", "import", audit, sheet))
    assert "0 norm(en) gewijzigd, 49 ongewijzigd, 0 geweigerd" in result.stdout
    csv_sheet = tmp_path / "audit.csv"
    ok(cli("audit", "export", audit, "--format", "csv", "-o", csv_sheet))
    ok(cli("audit", "import", audit, csv_sheet))
    assert audit.read_bytes() == before


def test_three_edited_verdicts_change_exactly_those_three_norms(cli, audit, sheet):
    before = saved(audit)["results"]
    book = load_workbook(sheet)
    table = book.worksheets[0]
    table[f"{SCORE_COLUMN}{row_of(book, 'V2')}"] = "voldoet_niet"
    table[f"I{row_of(book, 'V2')}"] = "Vraagverheldering in elk team"
    table[f"{SCORE_COLUMN}{row_of(book, 'D3')}"] = "voldoet_deels"
    table[f"I{row_of(book, 'D3')}"] = "Bereik meten"
    table[f"{SCORE_COLUMN}{row_of(book, 'O1')}"] = "voldoet_deels"
    table[f"I{row_of(book, 'O1')}"] = "Visie actualiseren"
    book.save(sheet)
    dry = ok(cli("audit", "import", audit, sheet, "--dry-run"))
    assert "3 norm(en) te wijzigen" in dry.stdout
    assert saved(audit)["results"] == before
    result = ok(cli("audit", "import", audit, sheet))
    assert "V2 (rij" in result.stdout and "oordeel, verbeterpunten bewaard" in result.stdout
    after = saved(audit)["results"]
    differing = sorted(norm for norm in after if after[norm] != before[norm])
    assert differing == ["D3", "O1", "V2"]
    assert after["V2"]["score"] == "voldoet_niet"
    assert after["V2"]["findings"] == before["V2"]["findings"]
    assert after["V2"]["evidence"] == before["V2"]["evidence"]
    assert after["V2"]["improvements"][-1] == {"text": "Vraagverheldering in elk team"}


def test_a_bad_verdict_names_its_row_and_column_and_the_rest_is_saved(cli, audit, sheet):
    book = load_workbook(sheet)
    table = book.worksheets[0]
    bad_row = row_of(book, "V5")
    table[f"{SCORE_COLUMN}{bad_row}"] = "voldoet_wel"
    table[f"{SCORE_COLUMN}{row_of(book, 'V6')}"] = "voldoet_deels"  # no improvement point
    table[f"F{row_of(book, 'V7')}"] = "Nieuwe bevinding."
    book.save(sheet)
    result = cli("audit", "import", audit, sheet)
    assert result.exit_code == 1
    assert (f"audit.xlsx: rij {bad_row}, cel D{bad_row} (oordeel): 'voldoet_wel' is geen "
            "oordeel; kies uit voldoet, voldoet_deels, voldoet_niet, nvt") in result.stderr
    assert f"rij {row_of(book, 'V6')}, cel D{row_of(book, 'V6')} (oordeel)" in result.stderr
    assert "vraagt minstens één verbeterpunt" in result.stderr
    assert saved(audit)["results"]["V7"]["findings"] == "Nieuwe bevinding."
    assert saved(audit)["results"]["V5"]["score"] == "voldoet"


def test_formulas_and_numbers_read_as_shown_text_a_date_is_refused(cli, audit, sheet):
    book = load_workbook(sheet)
    table = book.worksheets[0]
    row = row_of(book, "V8")
    table[f"F{row}"] = 42
    book.save(sheet)
    ok(cli("audit", "import", audit, sheet))
    assert saved(audit)["results"]["V8"]["findings"] == "42"

    book = load_workbook(sheet)
    table = book.worksheets[0]
    table[f"F{row_of(book, 'V9')}"] = '="Be"&"rekend"'  # never computed: refused
    book.save(sheet)
    result = cli("audit", "import", audit, sheet)
    assert result.exit_code == 1
    assert f"cel F{row_of(book, 'V9')} bevat een formule zonder berekende waarde" \
        in result.stderr

    book = load_workbook(sheet)
    table = book.worksheets[0]
    table[f"F{row_of(book, 'V9')}"] = dt.date(2026, 11, 11)
    book.save(sheet)
    result = cli("audit", "import", audit, sheet)
    assert result.exit_code == 1
    assert f"cel F{row_of(book, 'V9')} (kolom bevindingen) is een datum" in result.stderr


def test_a_sheet_of_another_audit_is_refused_as_a_whole(cli, audit, tmp_path):
    other = tmp_path / "ander.yaml"
    shutil.copyfile(AUDITS / "intercollegiaal.yaml", other)
    sheet = tmp_path / "ander.csv"
    ok(cli("audit", "export", other, "--format", "csv", "-o", sheet))
    before = audit.read_bytes()
    result = cli("audit", "import", audit, sheet)
    assert result.exit_code == 1
    assert "ander.csv: rij 2, cel L2 (audit): deze sheet hoort bij een andere audit" \
        in result.stderr
    assert audit.read_bytes() == before


def test_a_norm_changed_in_the_file_since_the_export_is_refused(cli, audit, tmp_path):
    sheet = tmp_path / "audit.csv"
    ok(cli("audit", "export", audit, "--format", "csv", "-o", sheet))
    ok(cli("audit", "set", audit, "V4", "--score", "voldoet", "--finding", "Intussen."))
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig")), delimiter=";"))
    v4 = next(i for i, line in enumerate(rows) if line[0] == "V4")
    rows[v4][5] = "Uit de sheet."
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    sheet.write_text(buffer.getvalue(), encoding="utf-8")
    result = cli("audit", "import", audit, sheet)
    assert result.exit_code == 1
    assert f"rij {v4 + 1}, cel M{v4 + 1} (controle): V4 is na de export" in result.stderr
    assert saved(audit)["results"]["V4"]["findings"] == "Intussen."


def test_json_and_csv_have_one_row_per_norm(cli, audit):
    data = json.loads(ok(cli("audit", "export", audit, "--format", "json")).stdout)
    assert len(data["rows"]) == 49 and data["rows"][0]["norm"] == "V1"
    assert data["audit"]["organisation"] == "Stichting Welzijn Rivierstad"
    text = ok(cli("audit", "export", audit, "--format", "csv")).stdout
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert lines[0][:4] == ["norm", "gebied", "titel", "oordeel"] and len(lines) == 50
    wrong = cli("audit", "export", audit, "--format", "ods")
    assert wrong.exit_code == 2 and "kies uit csv, xlsx, json" in wrong.output
