"""`norms report`: the framework as the commission publishes it, as accessible as a report."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import edit
from pdfcheck import check_pdf
from pdftext import tagged_texts
from report_helpers import pdf_of

from kwaliteitslabel.framework.locate import shipped_root

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "booklet"


@pytest.fixture(scope="session")
def booklets(shared_pdfs, run_cli, tmp_path_factory):
    """The shipped 2017 framework (no levels) and the fixture (levels, questions by role),
    the fixture in English and with the changes since an edited older copy of itself."""

    def get(name: str) -> Path:
        def make(target: Path) -> None:
            if name == "2017":
                run = run_cli("norms", "report", shipped_root() / "2017", "-o", target)
            elif name == "fixture":
                run = run_cli("norms", "report", FIXTURE, "-o", target)
            else:
                old = tmp_path_factory.mktemp("old") / "kader"
                shutil.copytree(FIXTURE, old)
                edit(old / "vakmanschap.yaml", "title: Eigen kracht versterken",
                     "title: Eigen kracht")
                edit(old / "organisatie.yaml", "statement: De organisatie leert van klachten",
                     "statement: De organisatie verbetert na klachten")
                run = run_cli("norms", "report", FIXTURE, "-o", target, "--lang", "en",
                              "--since", old)
            assert run.exit_code == 0, run.output
            assert str(target) in run.stdout and "pagina's" in run.stdout

        return shared_pdfs(f"booklet-{name}", make)

    return get


def _read(path: Path, lang: str) -> str:
    """The tagged texts in reading order, without the dashes before list items."""
    texts = (" ".join(t.text.split()) for t in tagged_texts(path, lang))
    return " | ".join(text for text in texts if text not in ("", "–", "·"))


@pytest.mark.parametrize("name, lang", [("2017", "nl"), ("fixture", "nl"), ("since", "en")])
def test_every_booklet_passes_the_checker(booklets, name, lang):
    checked = check_pdf(booklets(name), lang=lang, parts={"nl"} if lang == "en" else set())
    assert checked.problems == [], checked.summary()


def test_the_2017_booklet_reads_well_without_levels(booklets):
    pdf = pdf_of(booklets("2017"))
    assert "Normenkader 2017" in pdf.pages[0]
    for chapter in ("Opbouw van het normenkader", "Vakmanschap", "Dienstverlening",
                    "Organisatie en bestuur", "Beslisregels en auditdagen", "Verantwoording"):
        assert chapter in pdf.pages[1], chapter
    text = pdf.text
    assert "Voor alle gesprekspartners" in text  # 2017's questions have no roles
    assert "geen kenmerken per oordeel" in text and "Kenmerkend voor" not in text
    assert "Verheldert vragen en behoeften" in text  # the competencies
    assert "hoogstens 5 voldoet deels" in text and "tot en met 25 fte" in text
    assert text.count("TOETSVRAGEN") == 52  # one list per norm


def test_levels_and_questions_by_role(booklets):
    text = pdf_of(booklets("fixture")).text.replace("\n", " ")
    assert "Kenmerkend voor voldoet: Medewerkers beschrijven aan de hand van een casus" in text
    assert "Kenmerkend voor voldoet deels: De vraag wordt verhelderd" in text
    assert "Kenmerkend voor voldoet niet: De vraag wordt op voorhand" in text
    read = _read(booklets("fixture"), "nl")
    # V1: questions by role in the manifest's order; one question is for two roles
    v1 = read[read.index("V1"):read.index("V2")]
    assert "Voor | Sociaal werkers | Hoe hebt u bij uw laatste casus de vraag achter de " \
           "vraag gevonden? | Hoe bespreekt u in het team" in v1
    assert "Voor | Cliënten en inwoners | Heeft de sociaal werker gevraagd" in v1
    assert v1.index("Voor | Bestuur | Hoe bespreekt u in het team") > v1.index("Cliënten")
    assert "Documenten | Werkbeschrijving vraagverheldering | Waarnemingen | Een intakegesprek" \
        in v1


def test_the_change_chapter_lists_what_changed(booklets):
    pdf = pdf_of(booklets("since"))
    assert "Changes since framework 2099-test" in pdf.pages[1]
    texts = tagged_texts(booklets("since"), "en")
    read = _read(booklets("since"), "en")
    changes = read[read.index("Changes since framework 2099-test | By norm id"):]
    assert "Changed | V2 | Eigen kracht versterken | changed: title | Was (title): | " \
           "Eigen kracht | Now (title): | Eigen kracht versterken" in changes
    assert "O1 | Een lerende organisatie | changed: norm" in changes
    assert "Characteristic of ‘meets the norm’:" in pdf.text
    assert {t.lang for t in texts if t.text == "Eigen kracht versterken"} == {"nl"}


def test_a_booklet_goes_to_reports_by_default_and_refuses_a_wrong_target(cli, tmp_path,
                                                                       monkeypatch):
    monkeypatch.chdir(tmp_path)
    wrong = cli("norms", "report", "-o", "boekje.txt")
    assert wrong.exit_code == 1 and "eindigt op .pdf" in wrong.stderr
    missing = cli("norms", "report", shipped_root() / "2017", "--since", tmp_path / "weg")
    assert missing.exit_code == 1 and "weg" in missing.stderr
    usage = cli("norms", "report", "--lang", "fr")
    assert usage.exit_code == 2
