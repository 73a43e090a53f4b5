"""English on request for the commands of norms, register, report, certificate, verify and
keys: their messages, headings and summaries, and none of their Dutch sentences.

The Dutch of the same messages is asserted by the tests of each command; a few lines that
are put together from pieces are checked here word for word.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kwaliteitslabel.framework.locate import shipped_root
from kwaliteitslabel.words import catalogue
from tests.cli.test_english import flat, phrases
from tests.conftest import AUDITS, VERSIONS
from tests.cycle.generated import generate_audits

NL, EN = catalogue("nl"), catalogue("en")
SECTION = [key for key in NL if key.startswith(("cli.norms", "cli.diff_view", "cli.register",
                                                "cli.report", "cli.certificate", "cli.verify",
                                                "cli.keys"))]
# runs of three words of these messages in Dutch that no English message has
DUTCH = {phrase for key in SECTION for phrase in phrases(NL[key], 3)
         if len(phrase.split()) == 3} - {
    phrase for key in EN for phrase in phrases(EN[key], 3)}
TODAY = "2026-12-06"


def dutch(shown: str) -> list[str]:
    return sorted(phrase for phrase in DUTCH if phrase in flat(shown))


def test_the_dutch_phrases_are_found_in_dutch_output(cli, tmp_path):
    """The check `dutch(...) == []` below can fail: Dutch output shows Dutch phrases."""
    result = cli("keys", "new", tmp_path / "sleutel.pem", "--name", "Commissie",
                 "--keyring", tmp_path / "nergens")
    assert dutch(result.stderr)
    assert len(SECTION) > 100


def test_norms_check_list_show_and_schema_in_english(cli, norms_copy):
    check = cli("--lang", "en", "norms", "check", norms_copy)
    assert check.exit_code == 0, check.output
    assert "✓ Framework 2017 is in order:" in check.stdout
    for label in ("  folder:        ", "  valid:         ", "  norms:         52 (",
                  "  core norms:    ", "  fingerprint:   sha256:"):
        assert label in check.stdout, label
    listed = cli("--lang", "en", "norms", "list")
    assert "Framework 2019" in listed.stdout
    assert re.search(r"┃ id +┃ area +┃ title +┃ core ┃ competencies", listed.stdout)
    area = cli("--lang", "en", "norms", "list", "--area", "vakmanschp")
    assert area.exit_code == 1
    assert ("Error: unknown area 'vakmanschp'; did you mean 'vakmanschap'? Choose from "
            "vakmanschap, dienstverlening, organisatie") in flat(area.stderr)
    shown = cli("--lang", "en", "norms", "show", "X99")
    assert shown.exit_code == 1
    assert ("norm 'X99' does not exist in framework 2019; see: kwaliteitslabel norms list"
            in flat(shown.stderr))
    schema = cli("--lang", "en", "norms", "schema", "--area", "nergens")
    assert "unknown area 'nergens'; choose from vakmanschap" in flat(schema.stderr)
    written = cli("--lang", "en", "norms", "schema", "--write", "--norms", norms_copy)
    assert written.exit_code == 0, written.output
    assert "✓ Schemas of framework 2017 in" in flat(written.stdout)
    again = cli("--lang", "en", "norms", "schema", "--write", "--norms", norms_copy)
    assert "(already up to date)" in flat(again.stdout)
    for result in (check, listed, area, shown, schema, written, again):
        assert dutch(result.stdout + result.stderr) == []


def test_norms_check_in_dutch_word_for_word(cli, norms_copy):
    shown = cli("norms", "check", norms_copy).stdout
    assert "✓ Normenkader 2017 is in orde: " in shown
    assert f"  map:           {norms_copy} (" in shown
    assert "  normen:        52 (" in shown and "  kernnormen:    " in shown
    assert "  vingerafdruk:  sha256:" in shown


def test_norms_diff_in_english(cli, norms_copy):
    result = cli("--lang", "en", "norms", "diff", VERSIONS / "2017", VERSIONS / "2019")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "Differences between framework 2017 (" in flat(text)
    assert ("⇉ V4 Veiligheid en meldcode: merged from V3 (Veiligheid), D1 (Meldcode)"
            in text)
    assert ("⇇ V2 Deskundigheid en reflectie: split into V2 (Deskundigheid), "
            "V3 (Reflectie)") in text
    assert "+ D2 new: Cliëntondersteuning" in text
    assert ", formerly D2: Dossier" in text
    assert "Unchanged: V1" in text
    assert dutch(text) == []
    same = cli("--lang", "en", "norms", "diff", shipped_root() / "2017", norms_copy)
    assert "No differences in content." in same.stdout


def test_norms_report_in_english(cli, tmp_path):
    output = tmp_path / "boekje.pdf"
    result = cli("--lang", "en", "norms", "report", VERSIONS / "2019", "-o", output,
                 "--since", VERSIONS / "2017")
    assert result.exit_code == 0, result.output
    assert re.search(r"✓ .*boekje\.pdf \(\d+ pages, framework 2019, with the changes since "
                     r"2017\)", flat(result.stdout))
    assert dutch(result.output) == []


@pytest.fixture
def register_folder(tmp_path) -> Path:
    folder = tmp_path / "audits"
    folder.mkdir()
    for path in AUDITS.glob("*.yaml"):
        shutil.copy(path, folder)
    (folder / "kapot.yaml").write_text("a: [\n", encoding="utf-8")
    return folder


def test_register_in_english(cli, register_folder):
    result = cli("--lang", "en", "register", register_folder, "--date", TODAY,
                 "--expiring", "60")
    assert result.exit_code == 1  # the broken file
    shown = flat(result.stdout)
    assert f"Kwaliteitsregister on {TODAY}" in shown
    assert "outcome and organisation route decision valid until status" in shown  # wrapped
    # the cells wrap in a narrow table: each one's first line
    for cell in ("│ advice:", "│ framework", "│ file ", "│ unreadable"):
        assert cell in result.stdout, cell
    assert "Expiring within 60 months: 1 (at the top)." in shown
    assert dutch(result.stdout) == []
    assert "Kwaliteitsregister op" in cli("register", register_folder, "--date", TODAY).stdout
    date = cli("--lang", "en", "register", register_folder, "--date", "morgen")
    assert date.exit_code == 2
    assert "'morgen' is not a date; write YYYY-MM-DD" in flat(date.stderr)
    folder = cli("--lang", "en", "register", register_folder / "kapot.yaml")
    assert folder.exit_code == 1
    assert "not a folder; give the folder with the audit files" in flat(folder.stderr)


def test_register_stats_in_english(cli, tmp_path):
    folder = tmp_path / "audits"
    generate_audits(folder, 12, seed=3)
    result = cli("--lang", "en", "register", "stats", folder, "--date", TODAY)
    assert result.exit_code == 0, result.output
    shown = flat(result.stdout)
    assert re.search(r"Framework 2019: \d+ audits \(", shown)
    assert re.search(r" title .* open % \S+ points", shown)
    assert "Per norm: how often each verdict was given (open: no verdict yet)" in shown
    for heading in ("Most often not (or partly) met", "Improvement points per norm",
                    "Differences between routes (share voldoet, difference ≥ 25 percentage "
                    "points)"):
        assert heading in shown
    assert dutch(result.stdout) == []
    empty = tmp_path / "leeg"
    empty.mkdir()
    assert "No readable audits found." in cli("--lang", "en", "register", "stats",
                                              empty).stdout


def test_report_and_verify_in_english(cli, new_audit, tmp_path):
    audit = new_audit("certificerend")
    pdf = tmp_path / "rapport.pdf"
    made = cli("--lang", "en", "report", audit, "-o", pdf, "--lang", "en")
    assert made.exit_code == 0, made.output
    assert re.search(r"✓ .*rapport\.pdf \(\d+ pages, DRAFT\)", flat(made.stdout))
    assert ("is not ready yet; the report is a DRAFT. Not yet in order:"
            in flat(made.stderr))
    assert "See kwaliteitslabel audit check" in flat(made.stderr)
    checked = cli("--lang", "en", "verify", pdf, audit)
    assert checked.exit_code == 0, checked.output
    shown = flat(checked.stdout)
    assert "Report: " in shown and "has the SHA-256 the report prints:" in shown
    assert "The PDF is still exactly as kwaliteitslabel wrote it" in shown
    assert "audit.yaml is exactly the attachment of the report." in shown
    assert "Framework according to the report: 2019, fingerprint sha256:" in shown
    assert "Note: this is a consistency check, not a signature." in shown
    assert dutch(made.output + checked.output) == []


def test_the_report_summary_keeps_the_language_of_the_report(cli, new_audit, tmp_path):
    audit = new_audit("certificerend")
    made = cli("--lang", "en", "report", audit, "-o", tmp_path / "rapport.pdf")
    assert made.exit_code == 0, made.output
    assert re.search(r"\(\d+ pagina's, CONCEPT\)", flat(made.stdout))  # a Dutch report
    assert "the report is a DRAFT" in flat(made.stderr)  # said in the run's language


def test_report_errors_in_english(cli, tmp_path):
    for name in ("een.yaml", "twee.yaml"):
        (tmp_path / name).write_text("a: [\n", encoding="utf-8")
    files = [tmp_path / "een.yaml", tmp_path / "twee.yaml"]
    signed = cli("--lang", "en", "report", *files, "--sign", tmp_path / "k.pem")
    assert signed.exit_code == 2
    assert "signing works one report at a time: give one audit file" in flat(signed.stderr)
    batch = cli("--lang", "en", "report", *files, "-o", tmp_path)
    assert batch.exit_code == 1
    assert f"0 of 2 reports made in {tmp_path}." in flat(batch.stdout)
    assert "Failed: " in batch.stderr and "een.yaml" in batch.stderr
    assert dutch(batch.stdout) == []


def test_certificate_in_english(cli, tmp_path):
    result = cli("--lang", "en", "certificate", AUDITS / "certificerend.yaml", "-o",
                 tmp_path / "certificaat.pdf", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert re.search(r"certificaat\.pdf \(certificate KL-\S+, valid until \d{4}-\d\d-\d\d\)",
                     flat(result.stdout))
    assert dutch(result.output) == []


def test_keys_in_english(cli, tmp_path):
    nowhere = cli("--lang", "en", "keys", "new", tmp_path / "sleutel.pem", "--name",
                  "Commissie", "--keyring", tmp_path / "nergens")
    assert nowhere.exit_code == 1
    assert f"--keyring: the folder {tmp_path / 'nergens'} does not exist; create it first" \
        in flat(nowhere.stderr)
    made = cli("--lang", "en", "keys", "new", tmp_path / "sleutel.pem", "--name", "Commissie")
    assert made.exit_code == 0, made.output
    assert re.search(r"✓ Key \w+ made: private in .*sleutel\.pem \(readable only by you\), "
                     r"public in .*sleutel\.yaml\.", flat(made.stdout))
    assert ("Put the public key in the framework's keyring (the folder 'sleutels' next "
            "to the versions, e.g. norms/sleutels/)") in flat(made.stderr)
    again = cli("--lang", "en", "keys", "new", tmp_path / "sleutel.pem", "--name", "Commissie")
    assert again.exit_code == 1
    assert "sleutel.yaml: already exists; choose another name for the key" in flat(again.stderr)
    assert dutch(nowhere.output + made.output + again.output) == []


def test_keys_in_dutch_word_for_word(cli, tmp_path):
    made = cli("keys", "new", tmp_path / "sleutel.pem", "--name", "Commissie")
    assert re.search(r"✓ Sleutel \w+ gemaakt: privé in .*sleutel\.pem \(alleen voor u "
                     r"leesbaar\), publiek in .*sleutel\.yaml\.", flat(made.stdout))
    assert flat(made.stderr).startswith(
        "Zet de publieke sleutel in de sleutelbos van het normenkader (de map 'sleutels' "
        "naast de versies, bijv. norms/sleutels/); dan gelden besluiten die ermee "
        "ondertekend zijn.")
