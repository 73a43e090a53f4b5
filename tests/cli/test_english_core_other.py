"""English on request for the messages built below the command line: reading YAML files
and frameworks, refusing a save, the cycle's imports and merges, report paths and the
check of a report. Each test makes one message appear with `--lang en` and finds the
English and none of the Dutch of that module's messages.

The Dutch of the same messages is asserted by the tests of each module.
"""

from __future__ import annotations

import os
import stat

import pytest

from kwaliteitslabel.framework.load import load_framework
from kwaliteitslabel.framework.locate import shipped_root
from kwaliteitslabel.words import catalogue
from tests.cli.test_english import flat, phrases
from tests.conftest import AUDITS, DATA
from tests.report.forgery import minimal_pdf

NL, EN = catalogue("nl"), catalogue("en")
SECTION = [key for key in NL if key.startswith((
    "messages.", "yamlio.", "atomic.", "text.", "identity.", "framework.", "cycle.import_sheet",
    "cycle.merge", "cycle.migrate", "cycle.partial", "cycle.follow_up", "cycle.compare",
    "report.paths", "report.pades", "report.verify"))]
# runs of three words of these messages in Dutch that no English message has
DUTCH = {phrase for key in SECTION for phrase in phrases(NL[key], 3)
         if len(phrase.split()) == 3} - {phrase for key in EN for phrase in phrases(EN[key], 3)}
BAD_AUDITS = DATA / "bad" / "audits"


def dutch(shown: str) -> list[str]:
    return sorted(phrase for phrase in DUTCH if phrase in flat(shown))


def english(cli, *args: str):
    """Run a command in English; it must refuse (exit 1) without a word of Dutch."""
    result = cli("--lang", "en", *args)
    assert result.exit_code == 1, result.output
    assert dutch(result.stdout + result.stderr) == [], result.output
    assert "Traceback" not in result.output
    return flat(result.stderr + result.stdout)


@pytest.fixture(scope="module")
def fingerprint() -> str:
    return load_framework(shipped_root() / "2017").fingerprint


@pytest.fixture
def audit(cli, tmp_path):
    path = tmp_path / "audit.yaml"
    made = cli("audit", "new", path, "--organisation", "Stichting Test", "--route",
               "certificerend", "--auditor", "Anne Jansen", "--date", "2026-10-05")
    assert made.exit_code == 0, made.output
    return path


def test_the_dutch_phrases_are_found_in_dutch_output(cli, tmp_path):
    """The check `dutch(...) == []` can fail: the Dutch message shows Dutch phrases."""
    result = cli("norms", "check", tmp_path / "nergens")
    assert dutch(result.stdout + result.stderr)
    assert len(SECTION) > 200


@pytest.mark.parametrize(("name", "said"), [
    ("duplicate-key.yaml", "key 'route' appears twice in the same set of fields; remove or "
                           "rename one of them"),
    ("syntax-unclosed-bracket.yaml", "YAML syntax error: a list between [ ] is not closed "
                                     "with ]"),
    ("tabs.yaml", "a tab is used for indenting; YAML needs spaces"),
    ("latin1.yaml", "not valid UTF-8 text; save as UTF-8"),
    ("wrong-types.yaml", "'fte' must be a number, not 'veel'"),
    ("misspelt-key.yaml", "unknown field 'organisatie'; did you mean 'organisation'?"),
    ("not-a-date.yaml", "'2026-13-45' is not a date that exists; write YYYY-MM-DD"),
])
def test_yaml_and_validation_messages(cli, tmp_path, fingerprint, name, said):
    path = tmp_path / name
    path.write_bytes((BAD_AUDITS / name).read_bytes().replace(b"FINGERPRINT",
                                                              fingerprint.encode()))
    assert said in english(cli, "audit", "status", path)


def test_a_refused_save_of_a_read_only_file(cli, audit):
    os.chmod(audit, stat.S_IRUSR)
    try:
        shown = english(cli, "audit", "set", audit, "V1", "--score", "voldoet")
    finally:
        os.chmod(audit, stat.S_IRUSR | stat.S_IWUSR)
    assert (f"{audit}: this file is read-only; nothing has been changed. If you do want to "
            f"change it, make it writable (chmod u+w {audit.name})") in shown


def test_a_control_character_is_refused(cli, tmp_path):
    shown = english(cli, "audit", "new", tmp_path / "a.yaml", "--organisation",
                    "Stichting\x07Test", "--route", "certificerend", "--auditor",
                    "Anne Jansen", "--date", "2026-10-05")
    assert ("the character U+0007 (BEL) at position 10 is a bell character (BEL) and "
            "cannot be in an audit; type the text again") in shown


def test_a_mixed_script_name_is_refused(cli, tmp_path):
    shown = english(cli, "audit", "decide", AUDITS / "certificerend-advies.yaml",
                    "--granted", "--date", "2026-12-01", "--by", "Jan de Vr\u0456es")
    assert ("'Jan de Vr<U+0456>es' mixes Latin with Cyrillic or Greek letters in one word "
            "(Vr<U+0456>es); type the name again in Latin letters") in shown


def test_framework_loading(cli, tmp_path, norms_copy):
    shown = english(cli, "norms", "check", tmp_path / "nergens")
    assert "the folder of norms does not exist. Give a folder with kader.yaml" in shown
    (norms_copy / "vakmanschap.yaml").rename(norms_copy / "weg.yaml")
    shown = english(cli, "norms", "check", norms_copy)
    assert ("norm file 'vakmanschap.yaml' of area 'vakmanschap' does not exist; create it "
            "or correct 'file'") in shown


def test_manifest_validators(cli, norms_copy):
    manifest = norms_copy / "kader.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "valid_until: 2019-12-31", "valid_until: 2015-12-31"), encoding="utf-8")
    shown = english(cli, "norms", "check", norms_copy)
    assert ("valid_until (2015-12-31) is before valid_from (2016-12-01); swap them or "
            "correct a date") in shown


def test_check_warns_about_the_folder_name(cli, tmp_path, norms_copy):
    renamed = norms_copy.rename(tmp_path / "norms" / "2021")
    result = cli("--lang", "en", "norms", "check", renamed)
    assert result.exit_code == 0, result.output
    assert ("note: the folder is called '2021', but version is '2017'; audits look for "
            "their framework in a folder named after the version") in flat(result.output)
    assert dutch(result.stdout + result.stderr) == []


def test_a_framework_variable_that_points_nowhere(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("KWALITEITSLABEL_NORMS", str(tmp_path / "nergens"))
    result = cli("--lang", "en", "norms", "list")
    assert result.exit_code == 1
    assert (f"KWALITEITSLABEL_NORMS points to {tmp_path / 'nergens'}, but that folder does "
            "not exist; change the variable or remove it") in flat(result.stderr)
    assert dutch(result.stderr) == []


def test_a_framework_chosen_for_the_wrong_date(cli, tmp_path):
    shown = english(cli, "audit", "new", tmp_path / "a.yaml", "--organisation", "Stichting",
                    "--route", "certificerend", "--auditor", "Anne Jansen", "--date",
                    "2026-10-05", "--norms", "2017")
    assert "applies from 2016-12-01 up to and including 2019-12-31, not on 2026-10-05" in shown


def test_a_sheet_of_another_kind(cli, audit, tmp_path):
    sheet = tmp_path / "blad.txt"
    sheet.write_text("norm\n", encoding="utf-8")
    shown = english(cli, "audit", "import", audit, sheet)
    assert f"{sheet}: read an .xlsx or .csv from 'kwaliteitslabel audit export'" in shown


def test_merging_copies_of_different_audits(cli, audit, tmp_path):
    other = tmp_path / "ander.yaml"
    other.write_text(audit.read_text(encoding="utf-8").replace("Stichting Test", "Elders"),
                     encoding="utf-8")
    shown = english(cli, "audit", "merge", audit, other, "-o", tmp_path / "m.yaml")
    assert (f"{audit} and {other} are not copies of one audit: the organisation differs "
            "('Stichting Test' and 'Elders'). Nothing has been merged.") in shown


def test_migrating_without_a_mapping(cli, tmp_path):
    shown = english(cli, "audit", "migrate", AUDITS / "certificerend-2017.yaml", "--to",
                    "2017", "-o", tmp_path / "x.yaml")
    assert "already belongs to framework 2017" in shown


def test_a_partial_re_audit_of_an_unfinished_audit(cli, audit, tmp_path):
    shown = english(cli, "audit", "new", tmp_path / "p.yaml", "--date", "2026-10-05",
                    "--partial-of", audit, "--redo", "V1")
    assert "that audit is not finished (open: V1, V2," in shown
    assert "a partial re-audit completes a finished audit" in shown


def test_comparing_in_the_wrong_order(cli):
    shown = english(cli, "audit", "compare", AUDITS / "certificerend.yaml",
                    AUDITS / "certificerend-2017.yaml")
    assert "belongs to framework 2019" in shown and "name the older audit first" in shown


def test_a_report_path_that_is_no_pdf(cli, audit, tmp_path):
    shown = english(cli, "report", audit, "-o", tmp_path / "uit.txt")
    assert "uit.txt: give a file name that ends in .pdf" in shown


def test_verifying_a_pdf_without_a_seal(cli, tmp_path):
    target = tmp_path / "los.pdf"
    target.write_bytes(minimal_pdf())
    shown = english(cli, "verify", target)
    assert ("this report carries no check data of kwaliteitslabel (in its XMP metadata); it "
            "was not made by kwaliteitslabel") in shown
