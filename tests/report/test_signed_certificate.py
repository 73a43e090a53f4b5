"""The commission's PDF signature on a certificate: made with its key, checked by `verify`,
and broken by any change after signing (an incremental update included)."""

from __future__ import annotations

import io
import json
import shutil

import pytest
from pyhanko.pdf_utils.generic import NameObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from report_helpers import EXAMPLE_AUDITS, pdf_of

from tests.system import run

EXAMPLE_KEY = EXAMPLE_AUDITS / "voorbeeldsleutel.pem"


@pytest.fixture(scope="module")
def signed(tmp_path_factory, run_cli):
    """The example certificate, signed with the example key (rendered once)."""
    output = tmp_path_factory.mktemp("ondertekend") / "certificaat.pdf"
    result = run_cli("certificate", EXAMPLE_AUDITS / "certificerend.yaml", "-o", output,
                     "--key", EXAMPLE_KEY)
    assert result.exit_code == 0, result.output
    assert "ondertekend door de commissie" in result.stdout
    return output


def test_the_signed_certificate_verifies_and_names_the_key(run_cli, signed):
    result = run_cli("verify", signed, EXAMPLE_AUDITS / "certificerend.yaml")
    assert result.exit_code == 0, result.output
    assert "✓ Handtekening: ondertekend door de commissie met de sleutel" in result.stdout
    assert "een voorbeeldsleutel" in result.stdout
    page = pdf_of(signed).pages[0]
    assert "Namens de beheercommissie Kwaliteitslabel" in page
    assert "kwaliteitslabel verify" not in page  # words for a reader, not a command
    data = json.loads(run_cli("verify", signed, "--json").stdout)
    assert data["commission_signature"]["state"] == "valid"


def test_an_incremental_update_after_signing_fails_verify(run_cli, signed, tmp_path):
    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    writer.root["/PageMode"] = NameObject("/UseOutlines")  # any change after signing
    writer.update_root()
    changed = io.BytesIO()
    writer.write(changed)
    tampered = tmp_path / "gewijzigd.pdf"
    tampered.write_bytes(changed.getvalue())
    result = run_cli("verify", tampered)
    assert result.exit_code == 1
    assert "✗ Handtekening: het PDF-bestand is na het ondertekenen gewijzigd" in result.stdout


def test_a_signature_by_a_key_outside_the_keyrings_fails(run_cli, signed, tmp_path,
                                                        monkeypatch):
    # a workspace whose keyring does not hold the example key, and no shipped keyring
    norms = tmp_path / "norms"
    (norms / "sleutels").mkdir(parents=True)
    made = run_cli("keys", "new", tmp_path / "ander.pem", "--name", "een ander",
                   "--keyring", norms / "sleutels")
    assert made.exit_code == 0, made.output
    monkeypatch.setattr("kwaliteitslabel.framework.locate.shipped_root", lambda: norms)
    monkeypatch.chdir(tmp_path)
    copy = tmp_path / "certificaat.pdf"
    shutil.copy(signed, copy)
    result = run_cli("verify", copy)
    assert result.exit_code == 1
    assert "niet in de sleutelbos" in result.stdout


def test_a_key_outside_the_keyring_does_not_sign_a_certificate(run_cli, tmp_path):
    made = run_cli("keys", "new", tmp_path / "vreemd.pem", "--name", "vreemd")
    assert made.exit_code == 0
    result = run_cli("certificate", EXAMPLE_AUDITS / "certificerend.yaml", "-o",
                     tmp_path / "c.pdf", "--key", tmp_path / "vreemd.pem")
    assert result.exit_code == 1 and "staat niet in de sleutelbos" in result.output
    assert not (tmp_path / "c.pdf").exists()


def test_report_sign_carries_the_commissions_signature(run_cli, tmp_path):
    output = tmp_path / "rapport.pdf"
    made = run_cli("report", EXAMPLE_AUDITS / "certificerend.yaml", "-o", output,
                   "--sign", EXAMPLE_KEY)
    assert made.exit_code == 0, made.output
    result = run_cli("verify", output, EXAMPLE_AUDITS / "certificerend.yaml")
    assert result.exit_code == 0, result.output
    assert "✓ Handtekening: ondertekend door de commissie" in result.stdout


def test_the_signature_appends_no_stream_that_could_end_in_cr(signed):
    # the update's cross-reference is a table: a compressed one holds offsets that end
    # in CR now and then, which some validators misread (PDF/A 6.1.7.1)
    data = signed.read_bytes()
    update = data[data.index(b"%%EOF") + 5:]
    assert b"/XRef" not in update and b"/FlateDecode" not in update
    assert b"\r\nendstream" not in data


def test_signing_prints_no_library_warning(signed):
    # in a process of its own, as a user runs it: pyHanko warns about DSA on import
    result = run("certificate", EXAMPLE_AUDITS / "certificerend.yaml", "-o",
                 signed.parent / "nogmaals.pdf", "--key", EXAMPLE_KEY)
    assert result.exit_code == 0, result.stderr
    assert "Warning" not in result.stderr and "DSA" not in result.stderr
