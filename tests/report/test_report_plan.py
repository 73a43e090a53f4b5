"""The report shows the organisation's improvement plan beside the auditors' points (in
English too), and the rule that asks for it among the decision rules."""

from __future__ import annotations

from pdfcheck import check_pdf
from report_helpers import flat, pdf_of


def test_the_report_shows_the_plan_beside_the_points(example_pdf):
    pdf = pdf_of(example_pdf("certificerend", "nl"))
    assert pdf.text.count("Verbeterplan van de organisatie") >= 2  # contents, chapter
    text = flat(pdf.text)
    assert flat("Verbeterpunten van de auditoren Acties van de organisatie") in text
    # the auditors' point on O14 and the organisation's action on it, side by side
    assert flat("Het crisisplan actualiseren met de huidige rollen") in text
    assert flat("Het crisisplan bijwerken (rollen, bereikbaarheid, continuïteit van ICT)") \
        in text
    assert flat("Loopt · uiterlijk 30 april 2027 · eigenaar: manager bedrijfsvoering") in text
    assert flat("op de route(s) certificerende audit, combinatie van intercollegiale "
                "toetsing en certificerende audit: bij elk oordeel ‘voldoet deels’ een actie "
                "met deadline in het verbeterplan van de organisatie") in text


def test_the_english_report_translates_the_plan(example_pdf):
    path = example_pdf("certificerend", "en")
    text = flat(pdf_of(path).text)
    assert flat("The organisation's improvement plan") in text
    assert flat("The auditors' improvement points The organisation's actions") in text
    assert flat("In progress · by 30 April 2027 · owner: manager bedrijfsvoering") in text
    assert check_pdf(path, lang="en", parts={"nl"}).problems == []
