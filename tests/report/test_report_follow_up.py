"""The report of an audit made with `audit new --previous` has the section "Opvolging
verbeterpunten vorige audit" (in English too), and still passes the PDF checker."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfcheck import check_pdf
from report_helpers import EXAMPLE_AUDITS, answer_for, flat, pdf_of

from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.store import save_answer


@pytest.fixture(scope="module")
def follow_up_pdf(shared_pdfs, run_cli):
    """The report of the 2026 re-audit that follows up the 2017 example, made once."""

    def get(lang: str) -> Path:
        def make(target: Path) -> None:
            audit = target.with_suffix(".yaml")
            made = run_cli("audit", "new", audit, "--previous",
                           EXAMPLE_AUDITS / "certificerend-2017.yaml", "--date", "2026-10-05",
                           "--auditor", "Anne Jansen; ; lead auditor", "--auditor", "Bram de Wit")
            assert made.exit_code == 0, made.output
            loaded = load_audit(audit)
            for norm in loaded.framework.norms:
                verdict = "voldoet_deels" if norm.id == "O14" else "voldoet"
                loaded = save_answer(loaded, norm.id, answer_for(norm.id, verdict))
            for norm_id, status, note in (("V16", "afgerond", "Werkzame elementen beschreven"),
                                          ("O14", "niet_opgepakt", "Crisisplan nog van 2018")):
                run = run_cli("audit", "set", audit, norm_id, "--follow-up", "1",
                              "--status", status, "--note", note)
                assert run.exit_code == 0, run.output
            assert run_cli("report", audit, "-o", target, "--lang", lang).exit_code == 0

        return shared_pdfs(f"follow-up-{lang}", make)

    return get


def test_the_report_follows_up_the_previous_audit(follow_up_pdf):
    pdf = pdf_of(follow_up_pdf("nl"))
    assert pdf.text.count("Opvolging verbeterpunten vorige audit") >= 2  # contents, chapter
    text = flat(pdf.text)
    assert flat("De vorige audit (certificerende audit, 12 november 2019 – 14 november 2019, "
                "normenkader 2017) gaf 3 verbeterpunt(en).") in text
    assert flat("nog niet beoordeeld: 1 · afgerond: 1 · niet opgepakt: 1") in text
    assert flat("2017: O16, voldoet deels") in text  # on O14 now, renumbered
    assert flat("Crisisplan nog van 2018") in text and flat("Niet opgepakt") in text
    assert flat("Werkzame elementen beschreven") in text


def test_the_english_report_translates_the_section(follow_up_pdf):
    text = flat(pdf_of(follow_up_pdf("en")).text)
    assert flat("Follow-up of the previous audit's improvement points") in text
    assert flat("framework 2017) gave 3 improvement point(s)") in text
    assert flat("Not taken up") in text and flat("Completed") in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_report_with_the_section_passes_the_checker(follow_up_pdf, lang):
    checked = check_pdf(follow_up_pdf(lang), lang=lang, parts={"nl"} if lang == "en" else set())
    assert checked.problems == [], checked.summary()
