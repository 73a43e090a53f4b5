"""A route the commission adds to its workspace's `kader.yaml` works in every command and
the report, in both languages, without a programmer; `norms check` says what it lacks."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_routes_decision import BODY, DUO, KEY, advise, fill, norm_ids
from tests.conftest import ROOT, shipped_root

NEW_ROUTE = """\
  - id: hercertificering
    name: hercertificering na schorsing
    assessors: auditoren
    report: hercertificeringsrapport
    outcome: certificaat
    leads_to: >-
      Een nieuw advies aan de beheercommissie na een geschorst certificaat.
    en:
      name: re-certification after suspension
      title: Re-certification report
      explanation: >-
        After a suspended certificate, an audit duo assessed the organisation again.
    requires:
      certifying_body: true
      auditors: 2
      evidence: true
"""


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture
def workspace(tmp_path, monkeypatch) -> Path:
    """The commission's workspace: the shipped frameworks and keyring, one route added."""
    norms = tmp_path / "norms"
    shutil.copytree(shipped_root(), norms)
    manifest = norms / "2019" / "kader.yaml"
    text = manifest.read_text(encoding="utf-8")
    text = text.replace("  - id: certificerend\n", NEW_ROUTE + "  - id: certificerend\n", 1)
    text = text.replace("certifying_routes: [certificerend,",
                        "certifying_routes: [hercertificering, certificerend,", 1)
    manifest.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return norms / "2019"


def test_a_route_added_to_the_manifest_runs_from_new_audit_to_certificate(cli, workspace,
                                                                           tmp_path):
    path = tmp_path / "hercertificering.yaml"
    made = cli("audit", "new", path, "--norms", workspace, "--organisation",
               "Stichting Welzijn Beekdal", "--route", "hercertificering",
               "--certifying-body", BODY, *DUO, "--date", "2026-11-02",
               "--end-date", "2026-11-04")
    assert made.exit_code == 0, made.output
    assert "hercertificering" in made.stdout
    fill(path, norm_ids(cli))
    assert cli("audit", "set", path, "V1", "--score", "voldoet", "--evidence",
               "document: Werkwijze 2026", "--at", "2026-11-04").exit_code == 0
    checked = json.loads(cli("audit", "check", path, "--json").stdout)
    assert checked["ready"] is True, checked
    assert {item["id"] for item in checked["requirements"]} >= {"certifying_body", "auditors"}
    advise(cli, path)
    decided = cli("audit", "decide", path, "--granted", "--date", "2026-12-01", "--by",
                  "beheercommissie Kwaliteitslabel", "--number", "KL-2026-077", *KEY)
    assert decided.exit_code == 0, decided.output
    scored = json.loads(cli("audit", "score", path, "--json").stdout)
    assert (scored["status"], scored["label"]) == ("gecertificeerd", "gecertificeerd")

    for lang, title, route in (("nl", "Hercertificeringsrapport",
                                "hercertificering na schorsing"),
                               ("en", "Re-certification report",
                                "re-certification after suspension")):
        pdf = tmp_path / f"rapport-{lang}.pdf"
        result = cli("report", path, "--lang", lang, "-o", pdf)
        assert result.exit_code == 0, result.output
        text = _text(pdf)
        assert title in text and route in text
        assert "Toetsingsrapport" not in text and "Assessment report" not in text
    certificate = tmp_path / "certificaat.pdf"
    result = cli("certificate", path, "-o", certificate)
    assert result.exit_code == 0, result.output
    assert "Stichting Welzijn Beekdal" in _text(certificate)


def test_a_route_without_english_words_is_named_by_norms_check_and_reads_dutch(
        cli, workspace, tmp_path):
    manifest = workspace / "kader.yaml"
    text = manifest.read_text(encoding="utf-8")
    english = text[text.index("    en:\n      name: re-certification"):
                   text.index("    requires:", text.index("re-certification"))]
    manifest.write_text(text.replace(english, "", 1), encoding="utf-8")
    checked = cli("norms", "check", workspace)
    assert checked.exit_code == 0, checked.output
    line = 1 + manifest.read_text(encoding="utf-8").split("\n").index(
        "  - id: hercertificering")
    assert re.search(rf"kader\.yaml:{line}:\d+: let op: route hercertificering heeft geen "
                     r"Engelse woorden", checked.output), checked.output
    assert "en: met name, title en explanation" in checked.output

    path = tmp_path / "audit.yaml"
    assert cli("audit", "new", path, "--norms", workspace, "--organisation", "X",
               "--route", "hercertificering", "--date", "2026-11-02").exit_code == 0
    pdf = tmp_path / "concept-en.pdf"
    result = cli("report", path, "--lang", "en", "-o", pdf)
    assert result.exit_code == 0, result.output
    assert "Hercertificeringsrapport" in _text(pdf)


def test_no_route_id_is_a_literal_in_the_code():
    # routes come from the manifest; the editor schema's examples are the one exception
    found = []
    for path in sorted((ROOT / "kwaliteitslabel").rglob("*")):
        if path.suffix not in (".py", ".j2") or path.name == "schema_texts.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"[\"'](intercollegiaal|certificerend|combinatie)[\"']", line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []
