"""The structure tree, the attachment, the XMP and the fonts of our PDFs, checked from the
outside with the rules of `pdfcheck.py`/`pdfrules.py` and read again with pypdf."""

from __future__ import annotations

import io
import re
import zlib
from pathlib import Path

import pikepdf
import pytest
from pdfcheck import check_pdf
from pdfrules import xmp_namespace_problems
from pdftext import tagged_texts, text_by_lang
from pypdf import PdfReader
from report_helpers import EXAMPLE_AUDITS

CR_AUDIT = Path(__file__).resolve().parents[1] / "data" / "audits-cr" / "certificerend-cr.yaml"


def test_weasyprint_keeps_the_private_surface_the_tagging_relies_on():
    from kwaliteitslabel.report.weasy_private import surface_problems

    problems = surface_problems()
    assert problems == [], ("WeasyPrint changed what report/weasy_private.py relies on; "
                            "adapt it before raising the pin: " + "; ".join(problems))


@pytest.fixture(scope="module")
def cr_report(shared_pdfs, run_cli):
    def make(target: Path) -> None:
        result = run_cli("report", CR_AUDIT, "-o", target)
        assert result.exit_code == 0, result.output

    return shared_pdfs("audit-ending-in-cr", make)


@pytest.fixture(scope="module")
def certificates(shared_pdfs, run_cli):
    def get(lang: str) -> Path:
        def make(target: Path) -> None:
            result = run_cli("certificate", EXAMPLE_AUDITS / "certificerend.yaml",
                             "--lang", lang, "-o", target)
            assert result.exit_code == 0, result.output

        return shared_pdfs(f"certificate-{lang}", make)

    return get


def test_the_test_audit_would_end_its_stream_in_a_carriage_return():
    # a deflated stream ends in the audit's own Adler-32: this file's ends in CR
    assert zlib.compress(CR_AUDIT.read_bytes(), 9).endswith(b"\r"), (
        f"{CR_AUDIT} no longer ends in CR when deflated: change its last comment line")


def test_an_audit_ending_in_cr_is_attached_byte_for_byte_and_meets_pdf_a(cr_report, run_cli):
    checked = check_pdf(cr_report, lang="nl")
    assert checked.problems == [], checked.summary()
    with pikepdf.open(cr_report) as pdf:
        spec = pdf.Root.Names.EmbeddedFiles.Names[1]
        stream = spec.EF.F
        assert not stream.read_raw_bytes().endswith((b"\r", b"\n"))
        assert str(stream.Subtype) == "/application/yaml"
        assert "Toetsingsrapport" in str(spec.Desc)
    attached = PdfReader(cr_report).attachments["certificerend-cr.yaml"][0]
    assert attached == CR_AUDIT.read_bytes()
    result = run_cli("verify", cr_report, CR_AUDIT)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_certificate_passes_the_checker_and_reads_as_a_certificate(certificates, lang):
    path = certificates(lang)
    checked = check_pdf(path, lang=lang, parts={"nl"} if lang == "en" else set())
    assert checked.problems == [], checked.summary()
    text = " ".join(t.text for t in tagged_texts(path, lang))
    for expected in ("Stichting Welzijn Rivierstad", "KL-2026-041", "2028",
                     "beheercommissie Kwaliteitslabel", "Certificeringsbureau IJsselgouw"):
        assert expected in text
    assert "kwaliteitslabel verify" not in text  # a line in words, no command
    with pikepdf.open(path) as pdf:  # the title's lines are read with a space between
        spaced = [str(o.ActualText) for o in pdf.objects if isinstance(o, pikepdf.Dictionary)
                  and "/ActualText" in o]
        assert ("Certificaat " if lang == "nl" else "Certificate ") in spaced
    with pikepdf.open(path) as pdf:
        assert "/CreationDate" in pdf.docinfo
    if lang == "en":  # the body's Dutch name is marked as Dutch
        assert "beheercommissie" not in text_by_lang(path, "en")["en"]


def test_the_structure_of_a_report_resolves(example_pdf):
    path = example_pdf("certificerend", "nl")
    checked = check_pdf(path, lang="nl")
    assert checked.problems == [], checked.summary()
    counts = checked.counts
    assert counts["ids"] > 0 and counts["headers"] > 0  # all resolved through the IDTree
    assert counts["toc"] >= 1 and counts["labels"] > 20  # the areas: a TOC inside the TOC
    with pikepdf.open(path) as pdf:
        assert "/IDTree" in pdf.Root.StructTreeRoot
        headers = [t for t in tagged_texts(path, "nl") if t.kind == "/Span"]
        assert not [t for t in headers if "Voldoetdeels" in t.text]
        figures = [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary)
                   and o.get("/S") == "/Figure"]
        for figure in figures:
            x1, y1, x2, y2 = (float(v) for v in figure.A.BBox)
            width = float(figure.Pg.MediaBox[2])
            assert 0 <= x1 < x2 <= width and 0 <= y1 < y2
        fonts = [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary)
                 and o.get("/Subtype") == "/CIDFontType0"]
        assert fonts and all("/CIDToGIDMap" not in font for font in fonts)
        assert xmp_namespace_problems(pdf.Root.Metadata.read_bytes()) == []


def test_the_english_report_marks_the_commission_as_dutch(example_pdf):
    assert "beheercommissie" not in text_by_lang(example_pdf("certificerend", "en"), "en")["en"]


def test_the_checker_finds_what_the_finishing_step_repairs(example_pdf, tmp_path):
    """The rules are live: undo each repair in a copy and the checker names it."""
    broken = tmp_path / "broken.pdf"
    with pikepdf.open(example_pdf("certificerend", "nl")) as pdf:
        del pdf.Root.StructTreeRoot["/IDTree"]
        font = next(o for o in pdf.objects if isinstance(o, pikepdf.Dictionary)
                    and o.get("/Subtype") == "/CIDFontType0")
        font.CIDToGIDMap = pikepdf.Name.Identity
        spec = pdf.Root.Names.EmbeddedFiles.Names[1]
        spec.EF.F.Subtype = pikepdf.Name("/application/octet-stream")
        spec.Desc = pikepdf.String("Het auditbestand waarop dit rapport rust")
        xmp = pdf.Root.Metadata.read_bytes()
        pdf.Root.Metadata = pdf.make_stream(
            xmp.replace(b' xmlns:dc="http://purl.org/dc/elements/1.1/"', b""),
            Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
        pdf.Root.Metadata.write(
            pdf.Root.Metadata.read_bytes().replace(
                b"<rdf:RDF ", b'<rdf:RDF xmlns:dc="http://purl.org/dc/elements/1.1/" ', 1))
        pdf.save(broken)
    problems = "\n".join(check_pdf(broken, lang="nl").problems)
    for expected in ("is not in the /IDTree", "resolves to no element of the /IDTree",
                     "has a /CIDToGIDMap", "not application/yaml",
                     "does not name the document", "uses dc without declaring"):
        assert expected in problems


def _in_an_object_stream(data: bytes) -> tuple[int, int]:
    """The number of a dictionary that the writer of `data` put in an object stream
    (qpdf does not list object streams among a file's objects: read the bytes)."""
    found = re.search(rb"/Type /ObjStm[^>]*>>\s*stream\r?\n", data)
    assert found, "the report has no object stream"
    head = zlib.decompressobj().decompress(data[found.end():found.end() + 4096])
    return int(head.split()[0]), 0


def _object_streams_ending_in_cr(source: Path) -> pikepdf.Pdf:
    """The report at `source` with one object in its object stream changed until the
    writer's own layout ends that stream in CR (as a report written at another second
    can): a deflated stream ends in the low byte of one plus the sum of its bytes."""
    grouped = io.BytesIO()  # objects in object streams, whichever layout the report has
    with pikepdf.open(source) as original:
        original.save(grouped, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    probed = _in_an_object_stream(grouped.getvalue())
    for attempt in range(600):  # each letter adds 97: every residue within 256 tries
        pdf = pikepdf.open(io.BytesIO(grouped.getvalue()))
        pdf.get_object(probed).KLProbe = "a" * attempt
        out = io.BytesIO()
        pdf.save(out, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)
        if b"\r\nendstream" in out.getvalue():
            return pdf
        pdf.close()
    raise AssertionError("no change made the object stream end in CR")


def test_a_report_whose_object_streams_end_in_cr_is_saved_without(example_pdf):
    from kwaliteitslabel.report.pdfsave import save_without_cr

    pdf = _object_streams_ending_in_cr(example_pdf("intercollegiaal", "nl"))
    with pdf:
        pages = len(pdf.pages)
        data = save_without_cr(pdf)
    assert b"\r\nendstream" not in data
    with pikepdf.open(io.BytesIO(data)) as saved:
        assert len(saved.pages) == pages
        assert any("/KLProbe" in item for item in saved.objects
                   if isinstance(item, pikepdf.Dictionary))
