"""A positive certifying audit, rendered once per language, read by many tests."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from report_helpers import GRANTED, Pdf, SavedRun, build_audit, positive

from kwaliteitslabel.framework.locate import load_chosen

ORGANISATION = "Stichting Welzijn Testdorp"


def _render(folder: Path, run_cli) -> None:
    audit = build_audit(folder / "pos.yaml", "certificerend", positive, extra={
        "characterisation": "Een welzijnsorganisatie met wijkteams in vier kernen.",
        "decision": GRANTED})
    here = Path.cwd()
    os.chdir(folder)
    try:
        SavedRun.keep(run_cli("report", "pos.yaml"), folder / "nl.json")
    finally:
        os.chdir(here)
    SavedRun.keep(run_cli("report", audit, "--lang", "en", "-o", folder / "english.pdf"),
                  folder / "en.json")


@pytest.fixture(scope="module")
def rendered(shared_folder, run_cli):
    """`report pos.yaml` with the default output folder, and `--lang en` with -o."""
    folder = shared_folder("positive", lambda folder: _render(folder, run_cli))
    return {"audit": folder / "pos.yaml", "nl_run": SavedRun.read(folder / "nl.json"),
            "en_run": SavedRun.read(folder / "en.json"),
            "nl": Pdf(folder / "reports" / "pos.pdf"), "en": Pdf(folder / "english.pdf")}


def test_the_command_says_where_the_report_is_and_what_it_says(rendered):
    run = rendered["nl_run"]
    assert run.exit_code == 0, run.output
    assert "reports/pos.pdf" in run.stdout
    assert "gecertificeerd" in run.stdout


def test_organisation_outcome_and_route_wording(rendered):
    pdf = rendered["nl"]
    assert ORGANISATION in pdf.pages[0]
    assert "Toetsingsrapport" in pdf.pages[0]
    assert "De beslisregels van het normenkader geven een positief advies" in pdf.text
    assert "Advies aan de commissie" in pdf.text
    assert "Besluit van de beheercommissie" in pdf.text
    assert "De beheercommissie Kwaliteitslabel kende het certificaat toe op 20 oktober 2026 " \
           "(nummer KL-2026-007)." in pdf.text
    assert "CONCEPT" not in pdf.text


def test_the_stamped_label_with_its_validity(rendered):
    cover = rendered["nl"].pages[0]
    assert "Gecertificeerd" in cover
    assert "certificaat KL-2026-007 toegekend op 20 oktober 2026, geldig tot 20 oktober 2028" \
        in cover  # 24 months from the commission's decision
    # the artwork's words are outlines, said in full by the figure's text alternative
    assert "GECERTIFICEERD" not in cover and "20-10-2028" not in cover
    alts = [alt for kind, alt in _structure(rendered["nl"].reader.trailer["/Root"]
                                            ["/StructTreeRoot"], []) if kind == "/Figure"]
    assert "Het Kwaliteitslabel Sociaal Werk met de stempel ‘gecertificeerd’, geldig tot " \
           "20 oktober 2028." in alts


def test_every_norm_with_its_verdict(rendered):
    text = rendered["nl"].text
    for norm in load_chosen().norms:
        assert re.search(rf"\b{norm.id}\b", text), norm.id
        assert norm.title.split()[0] in text
    assert text.count("Voldoet deels") >= 3


def test_strengths_improvements_and_method(rendered):
    text = rendered["nl"].text
    assert "Sterk punt bij V1." in text
    assert "Verbeterplan voor V4 opstellen" in text
    assert "uiterlijk 1 juni 2027" in text
    assert "2 dagen, volgens de voorbeeldtabel" in text  # 80 fte in the 2019 table
    assert "Cliënten en inwoners" in text  # a participant's role by its name
    assert "Een welzijnsorganisatie met wijkteams" in text


def test_fingerprint_and_the_audit_file_digest(rendered):
    pdf = rendered["nl"]
    appendix = pdf.pages[-1]
    assert load_chosen().fingerprint in appendix
    digest = hashlib.sha256(rendered["audit"].read_bytes()).hexdigest()
    assert digest in appendix


def test_the_audit_file_is_attached(rendered):
    attachments = rendered["nl"].reader.attachments
    assert list(attachments) == ["pos.yaml"]
    assert attachments["pos.yaml"] == [rendered["audit"].read_bytes()]


def test_metadata_language_and_archive_variant(rendered):
    reader = rendered["nl"].reader
    meta = reader.metadata
    assert ORGANISATION in meta.title and "Toetsingsrapport" in meta.title
    assert meta.author == "Anne Jansen, Bram de Wit"
    assert "certificerende audit" in meta.subject and "Gecertificeerd" in meta.subject
    assert "Kwaliteitslabel Sociaal Werk" in meta["/Keywords"]
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl"
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]  # tagged
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="A"' in xmp  # tagged PDF/A
    assert 'pdfuaid:part="1"' in xmp
    assert "/AF" in root  # the attachment is an associated file, as PDF/A-3 wants


def test_fonts_are_embedded_and_ours(rendered):
    names = set()
    for page in rendered["nl"].reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            names.add(str(font["/BaseFont"]))
    assert names and all("+KL-Inter" in name for name in names), names  # only our font


def test_running_header_footer_and_page_numbers(rendered):
    pdf = rendered["nl"]
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages[1:], start=2):
        assert f"pagina {number} van {total}" in page
        assert f"Toetsingsrapport · {ORGANISATION}" in page
        assert "normenkader 2019" in page
    assert "pagina 1 van" not in pdf.pages[0]  # the cover has no margins


def test_contents_point_at_the_right_pages(rendered):
    pdf = rendered["nl"]
    contents = pdf.pages[1]
    for title in ("Samenvatting", "Werkwijze", "Advies aan de commissie", "Ondertekening"):
        match = re.search(rf"{title}\s*(\d+)", contents)  # the dots are not text
        assert match, title
        page = pdf.pages[int(match.group(1)) - 1]
        assert title in page.splitlines(), title  # the heading is a line of its own


def test_english_report(rendered):
    run, pdf = rendered["en_run"], rendered["en"]
    assert run.exit_code == 0, run.output
    assert "Assessment report" in pdf.pages[0]
    assert "Certified" in pdf.pages[0] and "valid until 20 October 2028" in pdf.pages[0]
    assert "decision rules give a positive advice" in pdf.text
    assert "Verdict per norm" in pdf.text
    assert f"page 2 of {len(pdf.pages)}" in pdf.pages[1]
    assert pdf.reader.trailer["/Root"]["/Lang"] == "en"
    assert "Partly meets the norm" in pdf.text
    assert "The commission has granted the certificate." in pdf.text  # reasons, in English
    assert "(V4, D7, O12), within the limit of 5." in pdf.text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pages_render_as_images(rendered, tmp_path):
    from PIL import Image

    for page in (1, 3):
        prefix = tmp_path / f"page{page}"
        subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", str(page), "-l", str(page),
                        str(rendered["nl"].path), str(prefix)], check=True)
        image = Image.open(next(tmp_path.glob(f"page{page}*.png"))).convert("L")
        assert image.size[0] < image.size[1]  # portrait A4
        darkest, _ = image.getextrema()
        assert darkest < 100  # there is ink on the page


def _structure(node, found):
    node = node.get_object()
    if isinstance(node, list):
        for child in node:
            _structure(child, found)
    elif isinstance(node, dict):
        if "/S" in node:
            found.append((node["/S"], node.get("/Alt")))
        if "/K" in node:
            _structure(node["/K"], found)
    return found


def test_tagged_structure_has_headings_tables_and_figure_texts(rendered):
    root = rendered["nl"].reader.trailer["/Root"]["/StructTreeRoot"]
    found = _structure(root, [])
    kinds = {kind for kind, _ in found}
    assert {"/H1", "/H2", "/H3", "/Table", "/TH", "/L", "/Figure"} <= kinds
    alts = [alt for kind, alt in found if kind == "/Figure"]
    assert any("stempel ‘gecertificeerd’, geldig tot 20 oktober 2028" in alt for alt in alts)
    # the charts' text alternatives say where their values are
    for title in ("Score per aandachtsgebied in procenten",
                  "Verdeling van de oordelen per aandachtsgebied"):
        assert f"{title}. De cijfers per aandachtsgebied staan in de tabel naast de " \
            "grafiek." in alts
