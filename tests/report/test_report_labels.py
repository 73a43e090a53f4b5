"""The label on the cover for every route, outcome and decision, and the certificate.

The covers are rendered on their own (the report's own cover template, context and PDF
pipeline): the stamp's text alternative and the cover text must agree with `audit
score --json` in every case.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pikepdf
import pytest
from pdfcheck import check_pdf
from pypdf import PdfReader
from report_helpers import EXAMPLE_AUDITS, pdf_of

from kwaliteitslabel import yamlio
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.scoring import evaluate
from kwaliteitslabel.report.context import build_context
from kwaliteitslabel.report.render import render_pdf
from kwaliteitslabel.report.templating import environment, source_lang
from kwaliteitslabel.words.texts import Texts
from tests.unit.test_scoring import FRAMEWORK, LABEL_MATRIX, TODAY, all_met, make_audit

COVER = ('<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>cover'
         '</title></head><body>{body}</body></html>')


def cover_pdf(route: str, verdicts: dict, decision: dict | None, lang: str = "nl"):
    audit = make_audit(route, all_met(**verdicts), **({"decision": decision} if decision
                                                       else {}))
    loaded = LoadedAudit(yamlio.Document(Path("audit.yaml"), None, "0" * 64), audit,
                         FRAMEWORK)
    result = evaluate(FRAMEWORK, audit, TODAY)
    ctx = build_context(loaded, result, lang=lang)
    body = environment().get_template("cover.html.j2").render(
        ctx=ctx, t=Texts(lang), dutch=source_lang(lang))
    rendered = render_pdf(COVER.format(lang=lang, body=body), lang=lang, draft=ctx.draft)
    return result, rendered.pdf


def figure_alts(data: bytes) -> list[str]:
    alts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, pikepdf.Array):
            for kid in node:
                walk(kid)
        elif isinstance(node, pikepdf.Dictionary):
            if node.get("/S") == "/Figure" and "/Alt" in node:
                alts.append(str(node.Alt))
            if "/K" in node:
                walk(node.K)

    with pikepdf.open(io.BytesIO(data)) as pdf:
        walk(pdf.Root.StructTreeRoot)
    return alts


COVER_WORDS = {"zelfevaluatie": "Zelfevaluatie", "geregistreerd": "Geregistreerd",
               "leerrapport": "Leerrapport", "niet_geregistreerd": "Niet geregistreerd",
               "advies_positief": "Advies positief, besluit volgt",
               "advies_negatief": "Certificering niet behaald",
               "gecertificeerd": "Gecertificeerd", "afgewezen": "Certificaat niet toegekend",
               "concept": "Concept"}


@pytest.mark.parametrize(("route", "verdicts", "decision", "status", "label"), LABEL_MATRIX)
def test_the_cover_and_the_stamps_text_agree_with_the_score(route, verdicts, decision, status,
                                                           label):
    result, data = cover_pdf(route, verdicts, decision)
    assert (result.status, result.label) == (status, label)
    cover = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert COVER_WORDS[status] in cover
    alts = figure_alts(data)
    if label == "gecertificeerd":
        assert alts == ["Het Kwaliteitslabel Sociaal Werk met de stempel ‘gecertificeerd’, "
                        "geldig tot 20 november 2020."]
        assert "geldig tot 20 november 2020" in cover
    elif label == "zonder_stempel":
        assert len(alts) == 1 and alts[0].startswith("Het Kwaliteitslabel Sociaal Werk "
                                                     "zonder stempel:")
        assert "gecertificeerd’" not in alts[0]
    else:
        assert alts == []  # no label at all, and the cover says why
        assert "geen label" in cover
    if status == "advies_positief":  # the status once, then what is still to come
        assert cover.lower().count("advies positief, besluit volgt") == 1
        assert "nog geen label: de beheercommissie moet nog besluiten" in cover


def test_a_concept_names_the_missing_requirements_on_its_first_page():
    bare = make_audit("certificerend", all_met(), ready=False)
    loaded = LoadedAudit(yamlio.Document(Path("leeg.yaml"), None, "0" * 64), bare, FRAMEWORK)
    ctx = build_context(loaded, evaluate(FRAMEWORK, bare), lang="nl")
    body = environment().get_template("cover.html.j2").render(ctx=ctx, t=Texts("nl"),
                                                              dutch=source_lang("nl"))
    pdf = render_pdf(COVER.format(lang="nl", body=body), lang="nl", draft=True).pdf
    cover = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "CONCEPT – geen definitief rapport" in cover and "Nog niet in orde" in cover
    assert "nog geen certificerende instelling vastgelegd" in cover
    assert "zonder bewijs" in cover
    assert figure_alts(pdf) == []  # never a label on a concept


# -- the certificate -------------------------------------------------------------------

@pytest.fixture(scope="module")
def certificate(tmp_path_factory, run_cli):
    folder = tmp_path_factory.mktemp("certificaat")
    output = folder / "certificaat.pdf"
    result = run_cli("certificate", EXAMPLE_AUDITS / "certificerend.yaml", "-o", output)
    assert result.exit_code == 0, result.output
    return output, result


def test_the_certificate_after_a_granted_decision(certificate):
    output, result = certificate
    assert "certificaat KL-2026-041, geldig tot 2028-11-27" in result.stdout
    pdf = pdf_of(output)
    assert len(pdf.pages) == 1
    page = pdf.pages[0]
    for text in ("Certificaat", "Stichting Welzijn Rivierstad", "KL-2026-041",
                 "27 november 2026", "27 november 2028", "Certificeringsbureau IJsselgouw",
                 "normenkader 2019", "Namens de beheercommissie Kwaliteitslabel",
                 # drawn on the page, not only in the tags: the signatories and the line
                 # that says how to check the certificate, inside its frame
                 "Hanneke Brouwer, voorzitter", "Rob Meijer, secretaris",
                 "Echt en ongewijzigd?"):
        assert text in page, text
    assert figure_alts(output.read_bytes()) == [
        "Het Kwaliteitslabel Sociaal Werk met de stempel ‘gecertificeerd’, geldig tot "
        "27 november 2028."]


def test_the_english_certificate_says_so_in_english(run_cli, tmp_path):
    output = tmp_path / "certificate.pdf"
    result = run_cli("certificate", EXAMPLE_AUDITS / "certificerend.yaml", "--lang", "en",
                     "-o", output)
    assert result.exit_code == 0, result.output
    assert "(certificate KL-2026-041, valid until 2028-11-27)" in result.stdout
    page = pdf_of(output).pages[0]
    for text in ("Certificate", "Hanneke Brouwer, voorzitter", "Rob Meijer, secretaris",
                 "Genuine and unchanged?"):
        assert text in page, text


def test_the_certificate_passes_the_checker(certificate):
    checked = check_pdf(certificate[0], lang="nl")
    assert checked.problems == [], checked.summary()


@pytest.mark.parametrize(("name", "why"), [
    ("certificerend-advies.yaml", "de beheercommissie heeft nog niet besloten"),
    ("combinatie.yaml", "het advies aan de beheercommissie is negatief"),
    ("intercollegiaal.yaml", "leidt tot registratie, niet tot een certificaat"),
    ("certificerend-2017.yaml", "het certificaat verliep op 2021-12-10"),
])
def test_no_certificate_without_a_granted_decision_that_still_holds(cli, tmp_path, name, why):
    output = tmp_path / "c.pdf"
    result = cli("certificate", EXAMPLE_AUDITS / name, "-o", output)
    assert result.exit_code == 1 and why in result.stderr
    assert not output.exists()


def test_the_certificate_follows_the_decision(cli, tmp_path):
    path = tmp_path / "wacht.yaml"
    shutil.copy(EXAMPLE_AUDITS / "certificerend-advies.yaml", path)
    assert cli("certificate", path, "-o", tmp_path / "a.pdf").exit_code == 1
    assert cli("audit", "decide", path, "--granted", "--date", "2026-11-30", "--by",
               "beheercommissie Kwaliteitslabel", "--number", "KL-2026-050", "--key",
               EXAMPLE_AUDITS / "voorbeeldsleutel.pem").exit_code == 0
    result = cli("certificate", path, "-o", tmp_path / "b.pdf")
    assert result.exit_code == 0, result.output
    assert "KL-2026-050, geldig tot 2028-11-30" in result.stdout  # decision + 24 months


def test_a_combinatie_shows_the_bodys_points_and_the_peers_learning_points_apart(example_pdf):
    text = pdf_of(example_pdf("combinatie", "nl")).text
    body = text.index("Verbeterpunten van de certificerende instelling")
    peers = text.index("Leerpunten van de toetsers")
    assert body < peers


def test_words_per_route_and_one_day(example_pdf):
    self_evaluation = pdf_of(example_pdf("zelfevaluatie", "nl")).text
    assert "Beoordeeld door" in self_evaluation and "De organisatie beoordeelde zichzelf" \
        in self_evaluation
    assert "1 dag, volgens de voorbeeldtabel" in self_evaluation  # 24.6 fte: not "1 dagen"
    peer = pdf_of(example_pdf("intercollegiaal", "nl")).text
    assert "Toetsers" in peer and "De toetsers van collega-organisaties voerden" in peer
    assert "vóór het verlopen volgt een heraudit" in pdf_of(
        example_pdf("certificerend", "nl")).text.replace("\n", " ").replace("Vóór", "vóór")


def test_the_report_of_a_lapsed_certificate_says_it_lapsed(run_cli, tmp_path):
    output = tmp_path / "oud.pdf"
    assert run_cli("report", EXAMPLE_AUDITS / "certificerend-2017.yaml", "-o",
                   output).exit_code == 0
    cover = pdf_of(output).pages[0]
    assert "Certificaat verlopen" in cover and "verliep op 10 december 2021" in cover
    labels = [alt for alt in figure_alts(output.read_bytes()) if "Kwaliteitslabel" in alt]
    assert labels == []  # no live stamp on a lapsed certificate
    text = pdf_of(output).text.replace("\n", " ")
    assert "Handtekening van de commissie: ondertekend met de sleutel" in text
    for command in ("audit decide", "kwaliteitslabel verify", "audit check"):
        assert command not in text  # words for a reader, commands only in the terminal


def test_a_municipality_can_verify_the_certificate(run_cli, certificate):
    result = run_cli("verify", certificate[0], EXAMPLE_AUDITS / "certificerend.yaml")
    assert result.exit_code == 0, result.output
    assert "is precies de bijlage van het rapport" in result.stdout
