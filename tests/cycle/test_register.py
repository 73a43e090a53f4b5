"""`register DIR`: the examples with validity and status, --expiring, CSV, xlsx, the cache,
broken files, and suspension and withdrawal through `audit decide`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from ruamel.yaml import YAML

from tests.conftest import AUDITS
from tests.helpers import edit

TODAY = "2026-12-06"
BOARD = "beheercommissie Kwaliteitslabel"


@pytest.fixture
def folder(tmp_path) -> Path:
    target = tmp_path / "audits"
    shutil.copytree(AUDITS, target)
    return target


def register(cli, folder: Path, *args: str) -> dict:
    run = cli("register", folder, "--json", "--date", TODAY, *args)
    assert run.exit_code == 0, run.output
    return json.loads(run.stdout)


def by_file(data: dict) -> dict[str, dict]:
    return {row["file"]: row for row in data["audits"]}


def test_every_example_with_its_validity_and_status(cli, folder):
    rows = by_file(register(cli, folder))
    assert set(rows) == {path.name for path in AUDITS.glob("*.yaml")}
    granted = rows["certificerend.yaml"]
    assert (granted["status"], granted["valid_until"], granted["number"],
            granted["decision"], granted["decision_date"]) == \
        ("actief", "2028-11-27", "KL-2026-041", "toegekend", "2026-11-27")
    lapsed = rows["certificerend-2017.yaml"]
    assert (lapsed["status"], lapsed["valid_until"], lapsed["framework"]) == \
        ("verlopen", "2021-12-10", "2017")
    assert rows["certificerend-advies.yaml"]["status"] == "in behandeling"
    assert rows["certificerend-advies.yaml"]["advice"] == "positief"
    # ten norms 'voldoet deels', over the rules' limit: a learning report, no label
    assert rows["intercollegiaal.yaml"]["status"] == "geen label"
    assert rows["combinatie.yaml"]["status"] == "geen label"
    assert rows["combinatie.yaml"]["advice"] == "negatief"
    assert rows["zelfevaluatie.yaml"]["status"] == "geen label"
    assert rows["zelfevaluatie.yaml"]["organisation"] == "Stichting Welzijn Beekdal"


def test_the_text_register_names_every_organisation_and_status(cli, folder):
    run = cli("register", folder, "--date", TODAY)
    assert run.exit_code == 0, run.output
    for name in ("Rivierstad", "Veenmonde", "Lindeveld", "Beekdal"):
        assert name in run.stdout
    assert "6 audits:" in run.stdout and "1 actief" in run.stdout and "1 verlopen" in run.stdout
    assert "KL-2026-041" in run.stdout and "2028-11-27" in run.stdout


def test_expiring_puts_the_labels_that_lapse_soonest_first(cli, folder):
    from tests.cycle.generated import generate_audits

    generate_audits(folder / "gegenereerd", 30, seed=11, today=dt.date.fromisoformat(TODAY))
    plain = [row["file"] for row in register(cli, folder)["audits"]]
    soon = register(cli, folder, "--expiring", "24")["audits"]
    limit = (dt.date.fromisoformat(TODAY) + dt.timedelta(days=24 * 31)).isoformat()
    lapsing = [row for row in soon
               if row["status"] == "actief" and row["valid_until"] <= limit]
    assert len(lapsing) >= 2, "the generated audits should hold active labels"
    assert soon[:len(lapsing)] == lapsing  # first, soonest first
    assert [row["valid_until"] for row in lapsing] == \
        sorted(row["valid_until"] for row in lapsing)
    assert plain != [row["file"] for row in soon]
    text = cli("register", folder, "--date", TODAY, "--expiring", "24")
    assert f"Binnen 24 maanden verlopen: {len(lapsing)} (bovenaan)." in text.stdout

def test_a_broken_file_is_listed_and_never_stops_the_rest(cli, folder):
    (folder / "kapot.yaml").write_text("organisation: [\n", encoding="utf-8")
    sub = folder / "2025"
    sub.mkdir()
    shutil.copy(folder / "zelfevaluatie.yaml", sub / "beekdal.yaml")
    edit(sub / "beekdal.yaml", "route: zelfevaluatie", "route: zelfevaluatei")
    run = cli("register", folder, "--json", "--date", TODAY)
    assert run.exit_code == 1
    rows = by_file(json.loads(run.stdout))
    assert len(rows) == 8
    assert rows["kapot.yaml"]["status"] == "onleesbaar"
    assert rows["2025/beekdal.yaml"]["status"] == "onleesbaar"
    assert "kapot.yaml:2" in rows["kapot.yaml"]["error"]
    assert "zelfevaluatie" in rows["2025/beekdal.yaml"]["error"]  # the suggestion
    assert rows["certificerend.yaml"]["status"] == "actief"
    assert "kapot.yaml:2" in run.stderr
    assert "Traceback" not in run.output


def test_the_csv_has_a_heading_and_a_row_per_audit(cli, folder, tmp_path):
    target = tmp_path / "register.csv"
    run = cli("register", folder, "--date", TODAY, "--csv", target)
    assert run.exit_code == 0, run.output
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 6
    granted = next(row for row in rows if row["bestand"] == "certificerend.yaml")
    assert (granted["organisatie"], granted["geldig tot"], granted["status"]) == \
        ("Stichting Welzijn Rivierstad", "2028-11-27", "actief")


def test_the_spreadsheet_opens_in_openpyxl_with_dates_and_texts(cli, folder, tmp_path):
    shutil.copy(folder / "intercollegiaal.yaml", folder / "formule.yaml")
    edit(folder / "formule.yaml", "organisation: Stichting Sociaal Werk Veenmonde",
         "organisation: '=HYPERLINK(\"http://example.org\",\"klik\")'")
    target = tmp_path / "register.xlsx"
    run = cli("register", folder, "--date", TODAY, "--xlsx", target)
    assert run.exit_code == 0, run.output
    sheet = load_workbook(target)["Register"]
    rows = list(sheet.iter_rows(values_only=True))
    heading = rows[0]
    assert heading[:3] == ("organisatie", "plaats", "route")
    records = [dict(zip(heading, row, strict=True)) for row in rows[1:]]
    assert len(records) == 7
    granted = next(row for row in records if row["bestand"] == "certificerend.yaml")
    assert granted["geldig tot"] == dt.datetime(2028, 11, 27)
    assert granted["status"] == "actief"
    formula = next(row for row in records if row["bestand"] == "formule.yaml")
    assert formula["organisatie"] == '=HYPERLINK("http://example.org","klik")'
    cell = next(cell for cell in sheet["A"] if str(cell.value).startswith("=HYPER"))
    assert cell.data_type == "s"  # a text, not a formula


def test_the_cache_lies_beside_the_folder_and_follows_every_change(cli, folder):
    data = register(cli, folder)
    cache = folder.parent / ".audits.register.sqlite"
    assert data["cache"] == str(cache) and cache.is_file()
    assert data["from_cache"] == 0
    # the cache is used while the file is unchanged ...
    assert register(cli, folder)["from_cache"] == len(data["audits"])
    # ... and never once the file changed: its print no longer matches
    edit(folder / "zelfevaluatie.yaml", "organisation: Stichting Welzijn Beekdal",
         "organisation: Stichting Welzijn Beekdal-Oost")
    again = register(cli, folder)
    assert again["from_cache"] == len(data["audits"]) - 1
    rows = by_file(again)
    assert rows["zelfevaluatie.yaml"]["organisation"] == "Stichting Welzijn Beekdal-Oost"
    # a removed file leaves the register; a damaged cache is rebuilt
    (folder / "combinatie.yaml").unlink()
    cache.write_bytes(b"dit is geen database")
    rows = by_file(register(cli, folder))
    assert "combinatie.yaml" not in rows and len(rows) == 5
    assert rows["certificerend.yaml"]["status"] == "actief"
    assert by_file(register(cli, folder, "--no-cache")) == rows


def _forge(cache: Path, name: str, **changes: str) -> None:
    """What someone who can write beside the folder could do to a row of the cache."""
    with sqlite3.connect(cache) as connection:
        (text,) = connection.execute("SELECT data FROM entries WHERE path = ?",
                                     (name,)).fetchone()
        entry = json.loads(text) | changes
        connection.execute("UPDATE entries SET data = ? WHERE path = ?",
                           (json.dumps(entry), name))


def test_a_row_edited_in_the_cache_is_read_again_from_its_file(cli, folder):
    honest = by_file(register(cli, folder))["combinatie.yaml"]
    assert honest["status"] != "actief"
    cache = folder.parent / ".audits.register.sqlite"
    _forge(cache, "combinatie.yaml", scoring_status="gecertificeerd", label="gecertificeerd",
           number="KL-VERVALST", valid_until="2030-01-01", decision="toegekend")
    data = register(cli, folder)
    assert by_file(data)["combinatie.yaml"] == honest
    assert data["from_cache"] == len(data["audits"]) - 1


def test_the_rows_of_another_user_count_for_nobody_else(cli, folder, tmp_path,
                                                        monkeypatch):
    data = register(cli, folder)
    assert register(cli, folder)["from_cache"] == len(data["audits"])
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "een-ander"))  # another key
    other = register(cli, folder)
    assert other["from_cache"] == 0 and by_file(other) == by_file(data)


def test_a_folder_that_is_no_folder_is_refused(cli, tmp_path):
    run = cli("register", tmp_path / "bestaat-niet")
    assert run.exit_code == 1
    assert "bestaat-niet: geen map" in run.stderr


def suspend(cli, path: Path, *args: str):
    return cli("audit", "decide", path, "--date", "2026-12-01", "--by", BOARD, *args)


def test_suspension_and_withdrawal_are_saved_and_shown(cli, folder):
    audit = folder / "certificerend.yaml"
    run = suspend(cli, audit, "--suspend", "--reason", "Klacht over de meldcode in onderzoek")
    assert run.exit_code == 0, run.output
    assert "geschorst op 2026-12-01" in run.stdout
    saved = YAML(typ="safe").load(audit.read_text(encoding="utf-8"))
    assert saved["sanction"] == {"kind": "geschorst", "date": dt.date(2026, 12, 1),
                                 "reason": "Klacht over de meldcode in onderzoek", "by": BOARD}
    assert saved["decision"]["number"] == "KL-2026-041"  # the decision itself is kept
    row = by_file(register(cli, folder))["certificerend.yaml"]
    assert row["status"] == "geschorst"
    assert row["sanction"]["reason"] == "Klacht over de meldcode in onderzoek"
    # the decision still holds for the audit: a sanction is no change of the audit
    score = json.loads(cli("audit", "score", audit, "--json").stdout)
    assert score["decision"]["granted"] is True
    # a withdrawal after the suspension needs no --force; another suspension does
    again = suspend(cli, audit, "--suspend", "--reason", "Nogmaals")
    assert again.exit_code == 1 and "al geschorst" in again.stderr
    run = suspend(cli, audit, "--withdraw", "--reason", "Klacht gegrond verklaard")
    assert run.exit_code == 0, run.output
    assert by_file(register(cli, folder))["certificerend.yaml"]["status"] == "ingetrokken"


@pytest.mark.parametrize(("args", "code", "message"), [
    (("--suspend", "--reason", "x"), 1, "geen label van de commissie"),
    (("--suspend",), 2, "--reason"),
    (("--suspend", "--withdraw", "--reason", "x"), 2, "--suspend of --withdraw"),
])
def test_a_sanction_is_refused_with_a_reason(cli, folder, args, code, message):
    target = folder / ("zelfevaluatie.yaml" if code == 1 else "certificerend.yaml")
    before = target.read_bytes()
    run = suspend(cli, target, *args)
    assert run.exit_code == code
    assert message in run.output
    assert target.read_bytes() == before


def test_a_sanction_by_an_auditor_or_before_the_decision_is_refused(cli, folder):
    audit = folder / "certificerend.yaml"
    run = cli("audit", "decide", audit, "--suspend", "--date", "2026-12-01", "--by",
              "Annelies Vos", "--reason", "x")
    assert run.exit_code == 1 and "een van de auditoren" in run.stderr
    run = cli("audit", "decide", audit, "--suspend", "--date", "2026-11-01", "--by", BOARD,
              "--reason", "x")
    assert run.exit_code == 1 and "ligt voor het besluit" in run.stderr
    assert "sanction" not in audit.read_text(encoding="utf-8")
