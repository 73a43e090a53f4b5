"""Whose text it is, on paper: reports, booklets and certificates say it, an edited
framework is 'gewijzigd, niet vastgesteld', and the booklet's change chapter follows
the mapping (`herkomst.yaml`) as `norms diff` does.

Each PDF is rendered once per test session (shared fixtures) and read by several tests.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import edit
from pdftext import tagged_texts
from report_helpers import EXAMPLE_AUDITS, pdf_of

from kwaliteitslabel.framework.load import load_framework

VERSIONS = Path(__file__).resolve().parents[1] / "data" / "versions"
OWN_TEXT = ("De normteksten van normenkader 2019 zijn een eigen formulering van "
            "kwaliteitslabel uit openbare bronnen, niet de tekst die de beheercommissie "
            "Kwaliteitslabel van Sociaal Werk Nederland vaststelde")


def _with_source(folder: Path) -> None:
    """Say in the small framework 2019 that it is the tool's own text, as issued."""
    print_ = load_framework(folder).fingerprint
    edit(folder / "kader.yaml", "status: vastgesteld\n",
         "status: in_gebruik\nsource:\n  by: kwaliteitslabel\n"
         f"  prints: [{print_}]\n")


@pytest.fixture(scope="session")
def small(shared_folder):
    """The small test frameworks 2017 and 2019 (with a source); `edited` has a changed
    norm text, so its print is not the one its source issued."""

    def make(root: Path) -> None:
        for name in ("issued", "edited"):
            shutil.copytree(VERSIONS, root / name / "norms")
            _with_source(root / name / "norms" / "2019")
        edit(root / "edited" / "norms" / "2019" / "vakmanschap.yaml",
             "statement: De sociaal werker werkt methodisch",
             "statement: Door de commissie bewerkt. De sociaal werker werkt methodisch")

    return shared_folder("small-frameworks", make)


@pytest.fixture(scope="session")
def pdfs(shared_pdfs, run_cli, small):
    """`pdfs(name)`: each PDF of this module, made once."""

    def make_since(target: Path) -> None:
        folder = small / "issued" / "norms"
        run = run_cli("norms", "report", folder / "2019", "--since", folder / "2017",
                      "-o", target)
        assert run.exit_code == 0, run.output

    def make_edited_booklet(target: Path) -> None:
        run = run_cli("norms", "report", small / "edited" / "norms" / "2019", "-o", target)
        assert run.exit_code == 0, run.output

    def make_edited_report(target: Path) -> None:
        folder = small / "edited" / "norms" / "2019"
        audit = target.parent / "audit.yaml"
        made = run_cli("audit", "new", audit, "--organisation", "Stichting Proef", "--route",
                       "zelfevaluatie", "--date", "2026-10-05", "--norms", folder)
        assert made.exit_code == 0, made.output
        run = run_cli("report", audit, "--norms", folder, "-o", target)
        assert run.exit_code == 0, run.output

    def make_certificate(target: Path) -> None:
        run = run_cli("certificate", EXAMPLE_AUDITS / "certificerend.yaml", "-o", target)
        assert run.exit_code == 0, run.output

    makers = {"since": make_since, "edited-booklet": make_edited_booklet,
              "edited-report": make_edited_report, "certificate": make_certificate}

    def get(name: str) -> Path:
        return shared_pdfs(f"text-source-{name}", makers[name])

    return get


def _words(path: Path) -> str:
    return " ".join(pdf_of(path).text.split())


def test_the_report_says_whose_texts_and_notes_o16s_law(example_pdf):
    text = _words(example_pdf("certificerend", "nl"))
    assert "De normen zijn geciteerd uit normenkader 2019. " + OWN_TEXT in text
    assert "stelt het normenkader vast en past het aan" not in text
    assert "versie 2019 (in gebruik, niet vastgesteld)" in text
    assert "Voorbeeldtabel van kwaliteitslabel voor auditdagen" in text
    assert "volgens de voorbeeldtabel van kwaliteitslabel" in text
    assert ("Let op, verwijzing: O16 noemt de Wet Huis voor klokkenluiders; sinds "
            "2023-02-18 geldt de Wet bescherming klokkenluiders") in text


def test_the_certificate_says_whose_norms_the_organisation_meets(pdfs):
    text = _words(pdfs("certificate"))
    assert "voldoet aan de toetsbare normen van normenkader 2019 (niet vastgesteld)" in text
    assert "normenkader 2019, eigen tekst van kwaliteitslabel" in text
    assert "in gebruik, niet vastgesteld" in text


def _read(path: Path) -> str:
    """The tagged texts in reading order, one ' | ' between them."""
    texts = (" ".join(t.text.split()) for t in tagged_texts(path, "nl"))
    return " | ".join(text for text in texts if text not in ("", "–", "·"))


def test_the_booklet_change_chapter_follows_the_mapping(pdfs):
    read = _read(pdfs("since"))
    chapter = read[read.rindex("Wijzigingen ten opzichte van normenkader 2017"):
                   read.rindex("Verantwoording")]
    assert "Volgens de herkomst van elke norm" in chapter
    assert ("Samengevoegd | V4 | Veiligheid en meldcode | samengevoegd uit V3 ( | Veiligheid "
            "| ), D1 ( | Meldcode | ) | Veiligheid en de meldcode in één norm.") in chapter
    assert ("Gesplitst | V2 | Deskundigheid en reflectie | gesplitst in V2 ( | Deskundigheid "
            "| ), V3 ( | Reflectie | )") in chapter
    assert "V3: | Reflectie, apart van deskundigheid (V2)." in chapter
    assert "Nieuw | D2 | Cliëntondersteuning" in chapter
    assert "D1 | Dossier | herschreven, was D2; gewijzigd: norm" in chapter
    assert "Vervallen" not in chapter  # every old norm went somewhere
    assert "valid_from" not in chapter and "geldig vanaf" in chapter
    # the front says whose text it is
    text = _words(pdfs("since"))
    assert "Status in gebruik, niet vastgesteld" in text
    assert OWN_TEXT in text


def test_an_edited_framework_is_changed_not_adopted(pdfs):
    booklet = _words(pdfs("edited-booklet"))
    assert "Status gewijzigd, niet vastgesteld" in booklet
    assert "Normenkader 2019 is gewijzigd, niet vastgesteld" in booklet
    assert "Vastgesteld op" not in booklet and "vastgesteld op" not in booklet
    report = _words(pdfs("edited-report"))
    assert "versie 2019 (gewijzigd, niet vastgesteld)" in report
    assert "Normenkader 2019 is gewijzigd, niet vastgesteld" in report
