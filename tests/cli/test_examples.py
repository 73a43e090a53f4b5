"""The shipped example audits: complete, with the outcome each is meant to show."""

from __future__ import annotations

import json
import shutil

import pytest
from pypdf import PdfReader

from tests.conftest import AUDITS

EXPECTED = {
    "zelfevaluatie.yaml": ("zelfevaluatie", "zonder_stempel"),
    "intercollegiaal.yaml": ("geregistreerd", "zonder_stempel"),
    "certificerend.yaml": ("positief", "gecertificeerd"),
    "combinatie.yaml": ("negatief", "zonder_stempel"),
}


def test_one_example_per_route():
    assert sorted(p.name for p in AUDITS.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_is_complete_and_gives_its_outcome(cli, name):
    status = cli("audit", "status", AUDITS / name, "--json")
    assert status.exit_code == 0, status.output
    assert json.loads(status.stdout)["open"] == []
    score = json.loads(cli("audit", "score", AUDITS / name, "--json").stdout)
    assert (score["outcome"], score["label"]) == EXPECTED[name]
    assert score["route"] == name.removesuffix(".yaml")


def test_negative_example_names_the_norms_that_decided_it(cli):
    score = json.loads(cli("audit", "score", AUDITS / "combinatie.yaml", "--json").stdout)
    assert {"D5", "O3"} <= set(score["deciding_norms"])
    assert any("voldoen niet: D5, O3" in reason for reason in score["reasons"])


def test_positive_example_is_valid_for_two_years(cli):
    score = json.loads(cli("audit", "score", AUDITS / "certificerend.yaml", "--json").stdout)
    assert score["valid_until"] == "2028-11-12"


def _outside_block(lines: list[str], norm_id: str, next_id: str) -> list[str]:
    start, end = lines.index(f"  {norm_id}:"), lines.index(f"  {next_id}:")
    return lines[:start] + lines[end:]


def test_saving_into_an_example_changes_only_that_norm(cli, tmp_path):
    path = tmp_path / "combinatie.yaml"
    shutil.copyfile(AUDITS / "combinatie.yaml", path)
    before = path.read_text(encoding="utf-8").splitlines()
    assert cli("audit", "set", path, "V5", "--score", "voldoet_deels",
               "--improvement", "Participatie breder beleggen").exit_code == 0
    after = path.read_text(encoding="utf-8").splitlines()
    assert _outside_block(after, "V5", "V6") == _outside_block(before, "V5", "V6")
    block = after[after.index("  V5:"):after.index("  V6:")]
    assert "    score: voldoet_deels" in block
    assert "      - text: Participatie breder beleggen" in block


def test_readme_main_job_renders_the_certified_example(cli, tmp_path):
    output = tmp_path / "rapport.pdf"
    result = cli("report", AUDITS / "certificerend.yaml", "-o", output)
    assert result.exit_code == 0, result.output
    text = " ".join(page.extract_text() for page in PdfReader(output).pages)
    assert "Stichting Welzijn Rivierstad" in text
    assert "Toetsingsrapport" in text
    assert "gecertificeerd" in text.lower() and "12 november 2028" in text
