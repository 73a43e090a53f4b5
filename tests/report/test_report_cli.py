"""The report command's checks before anything is rendered, and what it keeps out."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from kwaliteitslabel.report.paths import plan, safe_name

PACKAGE = Path(__file__).resolve().parents[2] / "kwaliteitslabel"


@pytest.fixture
def audit(new_audit):
    return new_audit("certificerend")


def test_refuses_to_overwrite_a_file_that_is_not_a_pdf(cli, audit, tmp_path):
    notes = tmp_path / "notities.pdf"
    notes.write_text("belangrijke aantekeningen")
    result = cli("report", audit, "-o", notes)
    assert result.exit_code == 1
    assert "bestaat al en is geen PDF" in result.stderr
    assert notes.read_text() == "belangrijke aantekeningen"


def test_an_output_file_must_be_a_pdf(cli, audit, tmp_path):
    result = cli("report", audit, "-o", tmp_path / "rapport.txt")
    assert result.exit_code == 1
    assert "eindigt op .pdf" in result.stderr


def test_output_folder_must_exist(cli, audit, tmp_path):
    result = cli("report", audit, "-o", tmp_path / "nergens" / "rapport.pdf")
    assert result.exit_code == 1
    assert "bestaat niet; maak haar eerst aan" in result.stderr

    second = audit.with_name("tweede.yaml")
    second.write_bytes(audit.read_bytes())
    result = cli("report", audit, second, "-o", tmp_path / "ontbreekt")
    assert result.exit_code == 1
    assert "de map bestaat niet" in result.stderr
    assert "Traceback" not in result.output


def test_several_audits_need_a_folder_not_a_file(cli, audit, tmp_path):
    second = audit.with_name("tweede.yaml")
    second.write_bytes(audit.read_bytes())
    result = cli("report", audit, second, "-o", tmp_path / "een.pdf")
    assert result.exit_code == 1
    assert "is -o de map waarin de PDF's komen" in result.stderr


def test_missing_audit_and_empty_folder(cli, tmp_path):
    result = cli("report", tmp_path / "weg.yaml")
    assert result.exit_code == 1
    assert "bestand bestaat niet" in result.stderr
    empty = tmp_path / "leeg"
    empty.mkdir()
    result = cli("report", empty)
    assert result.exit_code == 1
    assert "geen auditbestanden" in result.stderr


def test_unknown_language_is_a_usage_error(cli, audit):
    result = cli("report", audit, "--lang", "de")
    assert result.exit_code == 2
    assert "nl, en" in result.output


def test_broken_audit_gets_a_message_with_its_line(cli, tmp_path):
    broken = tmp_path / "kapot.yaml"
    broken.write_text("organisation: [open\n")
    result = cli("report", broken, "-o", tmp_path / "kapot.pdf")
    assert result.exit_code == 1
    assert "kapot.yaml:" in result.stderr
    assert not (tmp_path / "kapot.pdf").exists()


def test_default_names_are_safe_and_unique(tmp_path):
    assert safe_name("../../etc/passwd") == "etc-passwd"
    assert safe_name("Audit 2026 (wijk Noord)") == "Audit-2026-wijk-Noord"
    assert safe_name("....") == "rapport"
    one, two = tmp_path / "a", tmp_path / "b"
    one.mkdir()
    two.mkdir()
    for folder in (one, two):
        (folder / "audit.yaml").write_text("x")
    out = tmp_path / "out"
    out.mkdir()
    targets = plan([one / "audit.yaml", two / "audit.yaml"], out, lang="en")
    assert [t.output.name for t in targets] == ["audit-en.pdf", "audit-en-2.pdf"]


def test_other_commands_never_load_weasyprint():
    code = ("import sys, kwaliteitslabel.cli.app, kwaliteitslabel.report.paths; "
            "assert 'weasyprint' not in sys.modules, 'weasyprint loaded'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_only_the_report_package_imports_weasyprint():
    importers = {path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*.py")
                 if re.search(r"^\s*(from|import) weasyprint", path.read_text(), re.M)}
    assert importers == {"report/render.py", "report/fetcher.py",
                         "report/weasy_private.py"}


def test_an_existing_pdf_may_be_replaced_and_a_folder_takes_the_default_name(tmp_path):
    audit = tmp_path / "Audit Noord.yaml"
    audit.write_text("x")
    old = tmp_path / "oud.pdf"
    old.write_bytes(b"%PDF-1.7\n")
    assert plan([audit], old)[0].output == old
    folder = tmp_path / "uit"
    folder.mkdir()
    assert plan([audit], folder)[0].output == folder / "Audit-Noord.pdf"
    assert plan([audit], None, default_folder=tmp_path / "reports")[0].output == \
        tmp_path / "reports" / "Audit-Noord.pdf"
