"""`verify REPORT.pdf [AUDIT.yaml]`: a municipality checks a report without the auditors."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys

import pikepdf
from report_helpers import EXAMPLE_AUDITS

from kwaliteitslabel.audit.load import load_audit


def test_a_fresh_report_matches_its_attachment_and_its_audit(cli, example_pdf):
    report = example_pdf("certificerend", "nl")
    audit = EXAMPLE_AUDITS / "certificerend.yaml"
    run = cli("verify", report, audit)
    assert run.exit_code == 0, run.output
    digest = hashlib.sha256(audit.read_bytes()).hexdigest()
    assert f"De bijlage certificerend.yaml heeft de SHA-256 die het rapport afdrukt: {digest}" \
        in run.stdout
    assert "is precies de bijlage van het rapport" in run.stdout
    pinned = load_audit(audit).audit.framework  # the print the audit is pinned to
    assert f"Normenkader volgens het rapport: {pinned.version}, vingerafdruk sha256:" \
           f"{pinned.fingerprint}" in run.stdout
    assert "geen handtekening" in run.stdout


def test_json_for_scripts_and_an_english_report(cli, example_pdf):
    run = cli("verify", example_pdf("zelfevaluatie", "en"), "--json")
    assert run.exit_code == 0, run.output
    data = json.loads(run.stdout)
    assert data["ok"] and data["consistent"] and data["audit"] is None
    assert data["signature"] is False
    assert data["printed"]["framework_version"] == "2019"
    assert data["attachment"]["name"] == "zelfevaluatie.yaml"


def test_an_audit_changed_after_the_report_fails_and_shows_what_differs(cli, example_pdf,
                                                                       tmp_path):
    audit = tmp_path / "certificerend.yaml"
    shutil.copy(EXAMPLE_AUDITS / "certificerend.yaml", audit)
    text = audit.read_text(encoding="utf-8")
    audit.write_text(text.replace("fte: 182.5", "fte: 12"), encoding="utf-8")
    run = cli("verify", example_pdf("certificerend", "nl"), audit)
    assert run.exit_code == 1
    assert "is niet de bijlage van het rapport" in run.stdout
    assert "-fte: 182.5" in run.stdout and "+fte: 12" in run.stdout
    assert "heeft de SHA-256 die het rapport afdrukt" in run.stdout  # the PDF itself is fine


def test_a_swapped_attachment_fails(cli, example_pdf, tmp_path):
    swapped = tmp_path / "verwisseld.pdf"
    with pikepdf.open(example_pdf("intercollegiaal", "nl")) as pdf:
        other = (EXAMPLE_AUDITS / "certificerend.yaml").read_bytes()
        # the embedded file itself, so the catalog's /AF names it on every pikepdf (before
        # 10.15, assigning to pdf.attachments left the old file where /AF points)
        pdf.attachments["intercollegiaal.yaml"].obj.EF.F.write(other)
        pdf.save(swapped)
    run = cli("verify", swapped)
    assert run.exit_code == 1
    assert "is niet het bestand waarvan het rapport de SHA-256 afdrukt" in run.stdout
    assert hashlib.sha256(other).hexdigest() in run.stdout


def test_not_a_report_gets_a_message_not_a_traceback(cli, tmp_path):
    plain = tmp_path / "brief.pdf"
    plain.write_bytes(b"%PDF-1.7\nniet echt\n")
    run = cli("verify", plain)
    assert run.exit_code == 1 and "brief.pdf" in run.stderr and "Traceback" not in run.output
    missing = cli("verify", tmp_path / "weg.pdf")
    assert missing.exit_code == 1 and "weg.pdf" in missing.stderr


def test_verify_never_loads_weasyprint(example_pdf):
    code = ("import sys; from kwaliteitslabel.cli.app import app; "
            f"app(['verify', {str(example_pdf('certificerend', 'nl'))!r}], standalone_mode=False); "
            "assert 'weasyprint' not in sys.modules, 'weasyprint loaded'")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
