"""`verify` cannot be fooled by a changed report and does not break on hostile files.

Every forged or hostile PDF is made here from the example report (rendered once per
session) in well under a second; each must give exit 1 with a message, no traceback.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess

import pikepdf
import pytest
from forgery import (
    append_update,
    changed_in_place,
    flate_bomb_attachment,
    minimal_pdf,
    overlay_by_update,
)
from report_helpers import EXAMPLE_AUDITS, pdf_of

LONG_WORD = "abcdefghij" * 2_000  # 20 000 characters without a break


@pytest.fixture(scope="module")
def unicode_report(tmp_path_factory, run_cli):
    """An audit with emoji and CJK, in a file whose name plants a fake hash in the text."""
    folder = tmp_path_factory.mktemp("unicode")
    fake = hashlib.sha256(b"vervalst").hexdigest()
    audit = folder / f"SHA-256 van het auditbestand {fake}.yaml"
    text = (EXAMPLE_AUDITS / "zelfevaluatie.yaml").read_text(encoding="utf-8")
    text = re.sub(r"^organisation: (.*)$", r"organisation: \1 🌷 社会工作", text, count=1,
                  flags=re.M)
    text = text.replace("  V1:\n    score: voldoet\n    findings: >-\n",
                        f"  V1:\n    score: voldoet\n    findings: >-\n      {LONG_WORD}\n", 1)
    assert LONG_WORD in text
    audit.write_text(text, encoding="utf-8")
    report = folder / "rapport.pdf"
    run = run_cli("report", audit, "-o", report)
    assert run.exit_code == 0, run.output
    return report, audit, fake, run


def test_emoji_and_cjk_without_a_font_are_named_and_a_long_word_is_laid_out(
        unicode_report):
    report, _, _, run = unicode_report
    for char in "🌷社会工作":
        known = subprocess.run(["fc-list", f":charset={ord(char):x}"], capture_output=True,
                               text=True).stdout.strip() if shutil.which("fc-list") else ""
        assert (f"{char} (U+{ord(char):04X})" in run.stderr) == (not known), run.stderr
    assert len(pdf_of(report).pages) > 20  # laid out, the long word included


def _verify(cli, *args):
    run = cli("verify", *args)
    assert "Traceback" not in run.output
    return run


def test_a_report_with_emoji_and_cjk_verifies_and_a_planted_hash_is_not_read(
        cli, unicode_report):
    report, audit, fake, _ = unicode_report
    run = _verify(cli, report, audit)
    assert run.exit_code == 0, run.output
    digest = hashlib.sha256(audit.read_bytes()).hexdigest()
    assert f"heeft de SHA-256 die het rapport afdrukt: {digest}" in run.stdout
    assert fake not in run.stdout.replace(audit.name, "")
    assert "nog precies zoals kwaliteitslabel hem schreef" in run.stdout


def test_an_overlay_by_incremental_update_is_reported(cli, example_pdf, tmp_path):
    forged = tmp_path / "overlay.pdf"
    overlay_by_update(example_pdf("certificerend", "nl"), forged)
    with pikepdf.open(forged) as pdf:  # a reader shows the overlay
        assert b"GECERTIFICEERD" in pdf.pages[0].Contents[-1].read_bytes()
    run = _verify(cli, forged, EXAMPLE_AUDITS / "certificerend.yaml")
    assert run.exit_code == 1
    assert "incrementele update" in run.stdout
    assert "inhoud van de PDF is na het schrijven gewijzigd" in run.stdout
    data = json.loads(_verify(cli, forged, "--json").stdout)
    assert not data["ok"] and not data["unchanged"]
    assert {item["code"] for item in data["changes"]} == {"incremental-update",
                                                          "changed-objects"}


def test_an_object_changed_and_saved_anew_is_reported(cli, example_pdf, tmp_path):
    forged = tmp_path / "herschreven.pdf"
    changed_in_place(example_pdf("certificerend", "nl"), forged)
    run = _verify(cli, forged)
    assert run.exit_code == 1
    assert "inhoud van de PDF is na het schrijven gewijzigd" in run.stdout
    assert "incrementele update" not in run.stdout


def test_a_report_saved_again_unchanged_still_verifies(cli, example_pdf, tmp_path):
    again = tmp_path / "opnieuw.pdf"
    with pikepdf.open(example_pdf("certificerend", "nl")) as pdf:
        pdf.save(again, object_stream_mode=pikepdf.ObjectStreamMode.disable,
                 fix_metadata_version=False)
    run = _verify(cli, again)
    assert run.exit_code == 0, run.output


def test_bytes_after_the_end_are_reported(cli, example_pdf, tmp_path):
    forged = tmp_path / "aanhangsel.pdf"
    forged.write_bytes(example_pdf("certificerend", "nl").read_bytes()
                       + b"\n1 0 obj (x) endobj\n")
    run = _verify(cli, forged)
    assert run.exit_code == 1 and "na het einde van de PDF" in run.stdout


def test_a_swapped_attachment_with_the_seal_left_is_reported(cli, example_pdf, tmp_path):
    swapped = tmp_path / "verwisseld.pdf"
    other = (EXAMPLE_AUDITS / "combinatie.yaml").read_bytes()
    with pikepdf.open(example_pdf("certificerend", "nl")) as pdf:
        pdf.Root.AF[0].EF.F.write(other)
        pdf.save(swapped, fix_metadata_version=False)
    run = _verify(cli, swapped)
    assert run.exit_code == 1
    assert "is niet het bestand waarvan het rapport de SHA-256 afdrukt" in run.stdout
    assert hashlib.sha256(other).hexdigest() in run.stdout


def _deep_nesting(report, target):
    data = report.read_bytes()
    with pikepdf.open(report) as pdf:
        root, size = pdf.trailer.Root.objgen[0], int(pdf.trailer.Size)
        body = pdf.Root.unparse(resolved=True)
    deep = b"<< /Deep " + b"[" * 100_000 + b"]" * 100_000 + b" >>"
    target.write_bytes(append_update(data, {size: deep, root: body[:-2] + b" /Deep %d 0 R >>"
                                            % size}, root, size + 1))


def _page_tree_loop(report, target):
    with pikepdf.open(report) as pdf:
        pdf.Root.Pages.Kids.append(pdf.Root.Pages)
        pdf.save(target, fix_metadata_version=False)


def _many_objects(report, target):
    data = report.read_bytes()
    with pikepdf.open(report) as pdf:
        root, size = pdf.trailer.Root.objgen[0], int(pdf.trailer.Size)
    target.write_bytes(append_update(data, {size + n: b"(x)" for n in range(60_000)},
                                     root, size + 60_000))


def _encrypted(report, target, user=""):
    with pikepdf.open(report) as pdf:
        pdf.save(target, encryption=pikepdf.Encryption(owner="eigenaar", user=user, aes=True))


HOSTILE = {
    "flate bomb": (flate_bomb_attachment, "groter dan 5120 KiB"),
    "deep nesting": (_deep_nesting, "incrementele update"),
    "page-tree loop": (_page_tree_loop, "gewijzigd"),
    "100k objects": (_many_objects, "objecten"),
    "encrypted, no password": (_encrypted, "versleuteld"),
    "encrypted, password": (lambda r, t: _encrypted(r, t, "geheim"), "versleuteld"),
}


@pytest.mark.parametrize("attack", sorted(HOSTILE))
def test_hostile_pdfs_get_exit_1_and_a_message(cli, example_pdf, tmp_path, attack):
    make, expected = HOSTILE[attack]
    target = tmp_path / "vijandig.pdf"
    make(example_pdf("certificerend", "nl"), target)
    run = _verify(cli, target)
    assert run.exit_code == 1, run.output
    assert expected in run.output, run.output
    assert len(run.stderr.splitlines()) <= 2  # one message, no flood of PDF warnings


def test_loops_and_no_seal_in_a_hand_written_pdf(cli, tmp_path):
    target = tmp_path / "lus.pdf"
    target.write_bytes(minimal_pdf())
    run = _verify(cli, target)
    assert run.exit_code == 1 and "geen controlegegevens" in run.stderr


def test_special_and_huge_files_are_refused_before_reading(cli, example_pdf, tmp_path):
    fifo = tmp_path / "pijp.pdf"
    os.mkfifo(fifo)
    huge = tmp_path / "groot.pdf"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: nothing is written
    zero = tmp_path / "nul.pdf"
    zero.symlink_to("/dev/zero")
    for path, message in ((fifo, "geen gewoon bestand"), (zero, "geen gewoon bestand"),
                          (huge, "te groot")):
        run = _verify(cli, path)
        assert run.exit_code == 1 and message in run.stderr, run.output
        report = example_pdf("certificerend", "nl")
        run = _verify(cli, report, path)  # the same as the audit argument
        assert run.exit_code == 1 and message in run.stderr, run.output


def test_a_report_without_a_seal_is_refused(cli, example_pdf, tmp_path):
    stripped = tmp_path / "zonder.pdf"
    shutil.copy(example_pdf("certificerend", "nl"), stripped)
    with pikepdf.open(stripped, allow_overwriting_input=True) as pdf:
        xmp = pdf.Root.Metadata.read_bytes()
        pdf.Root.Metadata.write(re.sub(rb"klverify:contentSha256=\"[0-9a-f]+\"", b"", xmp))
        pdf.save(stripped, fix_metadata_version=False)
    run = _verify(cli, stripped)
    assert run.exit_code == 1 and "geen controlegegevens" in run.stderr
