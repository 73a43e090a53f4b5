"""A verdict and an evidence kind the commission adds to its workspace's `kader.yaml` work
in every command, the walk's keys and the report, without a programmer; `norms check`
says what a verdict lacks; and no verdict id is a literal in the code."""

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

NEW_VERDICT = """\
  - id: grotendeels
    name: Voldoet grotendeels
    weight: 1.5
    requires_improvement: true
    short: grotendeels
    keys: ["4", r]
    aliases: [bijna]
    said: [voldoet grotendeels, voldoen grotendeels]
    en: {name: Largely meets the norm, short: largely, said: largely met}
"""

NEW_KIND = """\
  - id: dossier
    name: cliëntdossier
    words: [dossier, cd]
"""


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture
def workspace(tmp_path, monkeypatch) -> Path:
    """The commission's workspace: the shipped frameworks, a verdict and a kind added, and
    a rule that allows at most two norms 'grotendeels'."""
    norms = tmp_path / "norms"
    shutil.copytree(shipped_root(), norms)
    manifest = norms / "2019" / "kader.yaml"
    text = manifest.read_text(encoding="utf-8")
    text = text.replace("  - id: voldoet_niet\n", NEW_VERDICT + "  - id: voldoet_niet\n", 1)
    text = text.replace("    voldoet_deels: 5\n", "    voldoet_deels: 5\n    grotendeels: 2\n", 1)
    text = text.replace("evidence_kinds:\n", "evidence_kinds:\n" + NEW_KIND, 1)
    manifest.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return norms / "2019"


def test_a_verdict_and_a_kind_added_to_the_manifest_run_from_new_audit_to_certificate(
        cli, workspace, tmp_path):
    checked = cli("norms", "check", workspace)
    assert checked.exit_code == 0, checked.output
    # the norms say what voldoet, deels and niet look like, not yet 'grotendeels'
    assert "49 normen beschrijven niet wat 'Voldoet grotendeels' kenmerkt" in checked.output

    path = tmp_path / "audit.yaml"
    assert cli("audit", "new", path, "--norms", workspace, "--organisation",
               "Stichting Welzijn Beekdal", "--route", "certificerend",
               "--certifying-body", BODY, *DUO, "--date", "2026-11-02",
               "--end-date", "2026-11-04").exit_code == 0
    fill(path, norm_ids(cli))
    for norm, typed in (("V3", "grotendeels"), ("D4", "bijna"), ("O2", "4")):
        saved = cli("audit", "set", path, norm, "--score", typed, "--evidence",
                    "dossier: drie dossiers ingezien", "--improvement",
                    "Leg de afspraken met de inwoner vast", "--at", "2026-11-04")
        assert saved.exit_code == 0, saved.output
        assert f"{norm}: grotendeels bewaard" in saved.stdout
    written = path.read_text(encoding="utf-8")
    assert written.count("score: grotendeels") == 3 and "kind: dossier" in written

    refused = cli("audit", "set", path, "V4", "--score", "grotendeel")
    assert refused.exit_code == 1
    assert "bedoelt u 'grotendeels'?" in refused.stderr and "4/r grotendeels" in refused.stderr

    score = cli("audit", "score", path)
    assert re.search(r"grotendeels\s*┃\s*niet", score.stdout), score.stdout
    scored = json.loads(cli("audit", "score", path, "--json").stdout)
    assert scored["overall"]["grotendeels"] == 3
    # three 'grotendeels' where the rules allow two: the advice cannot be positive
    assert scored["outcome"] == "negatief"
    assert any("3 normen voldoen grotendeels: V3, D4, O2 (2 toegestaan)" in reason
               for reason in scored["reasons"]), scored["reasons"]

    assert cli("audit", "set", path, "O2", "--score", "voldoet", "--evidence",
               "dossier: vier dossiers", "--replace", "--at", "2026-11-04").exit_code == 0
    checked = json.loads(cli("audit", "check", path, "--json").stdout)
    assert checked["ready"] is True, checked
    advise(cli, path)
    assert cli("audit", "decide", path, "--granted", "--date", "2026-12-01", "--by",
               "beheercommissie Kwaliteitslabel", "--number", "KL-2026-078",
               *KEY).exit_code == 0
    scored = json.loads(cli("audit", "score", path, "--json").stdout)
    assert (scored["status"], scored["label"]) == ("gecertificeerd", "gecertificeerd")

    for lang, name, kind in (("nl", "Voldoet grotendeels", "cliëntdossier"),
                             ("en", "Largely meets the norm", "cliëntdossier")):
        pdf = tmp_path / f"rapport-{lang}.pdf"
        result = cli("report", path, "--lang", lang, "-o", pdf)
        assert result.exit_code == 0, result.output
        text = _text(pdf)
        assert name in text and kind in text, lang
    certificate = tmp_path / "certificaat.pdf"
    assert cli("certificate", path, "-o", certificate).exit_code == 0
    assert "Stichting Welzijn Beekdal" in _text(certificate)


def test_the_walk_takes_the_new_verdicts_keys(workspace, tmp_path, cli):
    from kwaliteitslabel.framework.load import load_framework
    from kwaliteitslabel.walk.commands import Command, parse_command

    framework = load_framework(workspace)
    for typed in ("4", "R", "bijna", "voldoet grotendeels", "Largely meets the norm"):
        assert parse_command(typed, framework.verdict_for) == Command("score", "grotendeels")
    assert parse_command("3", framework.verdict_for) == Command("score", "voldoet_niet")


def test_norms_check_names_a_verdict_without_english_words_and_a_key_of_the_walk(
        cli, workspace):
    manifest = workspace / "kader.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace(
        "    en: {name: Largely meets the norm, short: largely, said: largely met}\n", "", 1),
        encoding="utf-8")
    checked = cli("norms", "check", workspace)
    assert checked.exit_code == 0, checked.output
    line = 1 + manifest.read_text(encoding="utf-8").split("\n").index("  - id: grotendeels")
    assert re.search(rf"kader\.yaml:{line}:\d+: let op: oordeel grotendeels heeft geen "
                     r"Engelse woorden", checked.output), checked.output

    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        'keys: ["4", r]', 'keys: ["4", b]', 1), encoding="utf-8")
    refused = cli("norms", "check", workspace)
    assert refused.exit_code == 1
    assert "'b': de walk zelf, grotendeels" in refused.output, refused.output


def test_a_rule_naming_a_verdict_off_the_scale_is_refused(cli, workspace):
    manifest = workspace / "kader.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "    grotendeels: 2\n", "    grotendeel: 2\n", 1), encoding="utf-8")
    refused = cli("norms", "check", workspace)
    assert refused.exit_code == 1
    assert "rules noemt oordeel grotendeel, dat niet op de schaal staat" in refused.output


def test_no_verdict_id_is_a_literal_in_the_code():
    # verdicts come from the manifest's scale; the editor schema's examples are the one
    # exception
    found = []
    for path in sorted((ROOT / "kwaliteitslabel").rglob("*")):
        if path.suffix not in (".py", ".j2", ".css") or path.name == "schema_texts.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"[\"'](voldoet|voldoet_deels|voldoet_niet|nvt)[\"']"
                         r"|verdict-(voldoet|nvt)", line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


def test_the_full_screen_walk_binds_the_new_verdicts_keys(cli, workspace, tmp_path):
    import asyncio

    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.walk.app import WalkApp
    from kwaliteitslabel.walk.scale_view import help_rows

    path = tmp_path / "audit.yaml"
    assert cli("audit", "new", path, "--norms", workspace, "--organisation", "X",
               "--route", "zelfevaluatie", "--date", "2026-11-02").exit_code == 0
    loaded = load_audit(path)

    async def walk() -> None:
        app = WalkApp(loaded, auditor="Anne Jansen")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("r")  # grotendeels: held until it has an improvement point
            await pilot.pause()
            assert app.draft.score == "grotendeels"
            await pilot.press("escape", "1")  # out of the field it asks for, then voldoet
            await pilot.pause()
            assert app.draft.score == "voldoet"
            await pilot.press("4")  # the new verdict's other key
            await pilot.pause()
            assert app.draft.score == "grotendeels"

    asyncio.run(walk())
    assert ("4 of r", "voldoet grotendeels (vraagt een verbeterpunt)") \
        in help_rows(loaded.framework)  # the help screens of both walks
