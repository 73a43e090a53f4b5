"""The shipped example audits: complete, with the outcome each is meant to show."""

from __future__ import annotations

import json
import shutil

import pytest
from pypdf import PdfReader

from tests.conftest import AUDITS

# file: (route, framework, status, label)
EXPECTED = {
    "zelfevaluatie.yaml": ("zelfevaluatie", "2019", "zelfevaluatie", "geen"),
    # 10 norms partly met, over the rules' limit of 5: a learning report, no label
    "intercollegiaal.yaml": ("intercollegiaal", "2019", "leerrapport", "geen"),
    "certificerend.yaml": ("certificerend", "2019", "gecertificeerd", "gecertificeerd"),
    "certificerend-advies.yaml": ("certificerend", "2019", "advies_positief", "geen"),
    "combinatie.yaml": ("combinatie", "2019", "advies_negatief", "geen"),
    "certificerend-2017.yaml": ("certificerend", "2017", "verlopen", "verlopen"),
}


def test_one_example_per_route_and_state():
    assert sorted(p.name for p in AUDITS.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_is_complete_and_gives_its_outcome(cli, name):
    status = cli("audit", "status", AUDITS / name, "--json")
    assert status.exit_code == 0, status.output
    assert json.loads(status.stdout)["open"] == []
    route, version, state, label = EXPECTED[name]
    score = json.loads(cli("audit", "score", AUDITS / name, "--json").stdout)
    assert (score["route"], score["status"], score["label"]) == (route, state, label)
    assert json.loads(status.stdout)["framework"] == version
    check = cli("audit", "check", AUDITS / name, "--json")
    assert check.exit_code == 0, check.output  # every example is ready for its route
    assert json.loads(check.stdout)["warnings"] == []


def test_no_example_names_a_real_certifying_body():
    text = " ".join(path.read_text(encoding="utf-8") for path in AUDITS.glob("*.yaml"))
    for real in ("CIIO", "DNV", "Keurmerkinstituut", "Lloyd", "Kiwa"):
        assert real not in text


def test_negative_example_names_the_norms_that_decided_it(cli):
    score = json.loads(cli("audit", "score", AUDITS / "combinatie.yaml", "--json").stdout)
    assert score["deciding_norms"] == ["D5", "O3"]
    assert any("voldoen niet: D5, O3" in reason for reason in score["reasons"])


def test_the_certificate_is_valid_for_two_years_from_the_decision(cli):
    score = json.loads(cli("audit", "score", AUDITS / "certificerend.yaml", "--json").stdout)
    assert score["decision"]["date"] == "2026-11-27"
    assert score["valid_until"] == "2028-11-27"
    waiting = json.loads(cli("audit", "score", AUDITS / "certificerend-advies.yaml",
                             "--json").stdout)
    assert waiting["decision"] is None and waiting["valid_until"] is None


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
    assert "gecertificeerd" in text.lower() and "27 november 2028" in text


def test_a_lapsed_certificate_is_said_to_have_lapsed(cli):
    text = cli("audit", "score", AUDITS / "certificerend-2017.yaml").stdout
    assert "Geldig tot: 2021-12-10 (verlopen)" in text
