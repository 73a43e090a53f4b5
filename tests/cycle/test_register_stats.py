"""`register stats DIR`: per norm the verdicts, the rankings, recurring points, routes."""

from __future__ import annotations

import json
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tests.conftest import AUDITS
from tests.cycle.generated import generate_audits

TODAY = "2026-12-06"


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("stats") / "audits"
    generate_audits(folder, 60, seed=11)
    return folder


def stats(cli, folder: Path, *args: str) -> dict:
    run = cli("register", "stats", folder, "--json", "--date", TODAY, *args)
    assert run.exit_code == 0, run.output
    return {item["framework"]: item for item in json.loads(run.stdout)["frameworks"]}


def expected_counts(folder: Path, version: str) -> dict[str, Counter]:
    """Count the verdicts straight from the files, as the commission would by hand."""
    counts: dict[str, Counter] = {}
    yaml = YAML(typ="safe")
    for path in folder.rglob("*.yaml"):
        data = yaml.load(path.read_text(encoding="utf-8"))
        if str(data["framework"]["version"]) != version:
            continue
        for norm_id, result in (data.get("results") or {}).items():
            counts.setdefault(norm_id, Counter())[result.get("score") or "open"] += 1
    return counts


def test_the_examples_per_norm(cli, tmp_path):
    folder = tmp_path / "audits"
    shutil.copytree(AUDITS, folder)
    result = stats(cli, folder)
    assert set(result) == {"2017", "2019"}
    new = result["2019"]
    assert new["audits"] == 5
    assert new["routes"] == {"certificerend": 2, "combinatie": 1, "intercollegiaal": 1,
                             "zelfevaluatie": 1}
    assert len(new["norms"]) == 49
    for norm_id, counts in expected_counts(folder, "2019").items():
        given = {kind: n for kind, n in new["norms"][norm_id]["counts"].items() if n}
        assert given == dict(counts), norm_id
    # the combinatie example: D5 and O3 do not meet the norm
    assert new["norms"]["D5"]["counts"]["voldoet_niet"] >= 1
    assert {"D5", "O3"} <= set(new["most_failing"][:4])
    assert new["norms"]["V16"]["audits_with_improvements"] >= 3
    text = json.dumps(result, ensure_ascii=False)
    assert "Lindeveld" not in text and "Rivierstad" not in text


def test_named_only_when_asked(cli, tmp_path):
    folder = tmp_path / "audits"
    shutil.copytree(AUDITS, folder)
    anonymous = cli("register", "stats", folder, "--date", TODAY)
    assert anonymous.exit_code == 0, anonymous.output
    assert "Lindeveld" not in anonymous.stdout
    named = cli("register", "stats", folder, "--date", TODAY, "--named")
    assert "Stichting Sociaal Werk Lindeveld" in named.stdout
    data = stats(cli, folder, "--named")
    assert "Stichting Sociaal Werk Lindeveld" in data["2019"]["norms"]["D5"]["organisations"][
        "voldoet_niet"]


def test_generated_audits_in_numbers(cli, generated):
    result = stats(cli, generated)["2019"]
    total = result["audits"]
    assert total > 40
    for norm_id, counts in expected_counts(generated, "2019").items():
        given = {kind: n for kind, n in result["norms"][norm_id]["counts"].items() if n}
        assert given == dict(counts), norm_id
        assert sum(result["norms"][norm_id]["counts"].values()) == total
    # the norms the generator lets fail most lead the ranking
    assert set(result["most_failing"][:5]) & {"D5", "O3"}
    recurring = result["norms"]["D5"]["recurring_improvements"]
    assert recurring and all(item["audits"] > 1 for item in recurring)
    # the generator is more lenient on the intercollegial route
    assert any(item["norm"] in {"D5", "O3", "V16", "D9", "O14"}
               for item in result["route_differences"])


def test_the_per_norm_table_in_the_terminal(cli, generated):
    run = cli("register", "stats", generated, "--date", TODAY)
    assert run.exit_code == 0, run.output
    assert "Normenkader 2019:" in run.stdout
    for heading in ("voldoet", "deels", "niet", "nvt", "open", "% niet", "punten"):
        assert heading in run.stdout
    assert "Het vaakst niet (of deels) voldaan" in run.stdout
    assert "Verschil tussen routes" in run.stdout
    assert " D5 " in run.stdout and " O18 " in run.stdout


def test_the_statistics_as_a_pdf_for_the_commission(cli, generated, tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from pdfcheck import check_pdf
    from pdftext import text_by_lang

    target = tmp_path / "statistiek.pdf"
    run = cli("register", "stats", generated, "--date", TODAY, "-o", target)
    assert run.exit_code == 0, run.output
    assert str(target) in run.stdout
    checked = check_pdf(target, lang="nl")
    assert checked.problems == [], checked.summary()
    text = " ".join(text_by_lang(target, "nl")["nl"].split())
    result = stats(cli, generated)["2019"]
    assert f"Normenkader 2019: {result['audits']} audits" in text
    worst = result["most_failing"][0]
    assert f"{worst} {result['norms'][worst]['title']}" in text
    assert "Het vaakst niet (of deels) voldaan" in text and "Verschil tussen routes" in text
    yaml = YAML(typ="safe")
    names = {yaml.load(path.read_text(encoding="utf-8"))["organisation"]
             for path in generated.rglob("*.yaml")}
    assert not [name for name in names if name in text]  # no organisation unless --named
