"""The audit cycle's commands speak English on request (`--lang en`): `audit new` (with
--previous or --partial-of, and its questions in a terminal), the follow-up in `audit set`,
`merge`, `merge-driver`, `git-setup`, `migrate`, `export` and `import`.

Each test runs a command as a user would; the Dutch output of the same commands is asserted
in the tests of those commands."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from ruamel.yaml import YAML

from tests.cli.english_audit import copy_example, english
from tests.walk.test_walk_pty import environment


@pytest.fixture
def example(tmp_path, monkeypatch):
    """A copy of a shipped example audit, in the folder the commands run in."""
    monkeypatch.chdir(tmp_path)
    return lambda name: copy_example(tmp_path, name)


def test_the_follow_up_in_english(cli, example):
    shown = english(cli, "audit", "new", "vervolg.yaml", "--previous",
                    example("certificerend-2017.yaml"), "--date", "2026-10-05",
                    "--organisation", "Andere Stichting")
    assert "Previous audit: certificerend-2017.yaml (2019-11-12, framework 2017); 3 " \
        "improvement point(s) to follow up: V16:" in shown
    assert "Note: the previous audit is of Stichting Welzijn Rivierstad, this one of Andere " \
        "Stichting." in shown
    saved = english(cli, "audit", "set", "vervolg.yaml", "V16", "--follow-up", "1",
                    "--status", "a")
    assert saved == "✓ V16, improvement point 1 of the previous audit: afgerond (done) saved " \
        "in vervolg.yaml"
    wrong = english(cli, "audit", "set", "vervolg.yaml", "V16", "--follow-up", "1",
                    "--status", "afgrond", code=1)
    assert wrong == "Error: --status: unknown status 'afgrond'; did you mean 'afgerond'? " \
        "Choose from open, afgerond, loopt, niet_opgepakt"
    assert "with --follow-up, give --status too" in english(
        cli, "audit", "set", "vervolg.yaml", "V16", "--follow-up", "1", code=2)
    itself = english(cli, "audit", "new", "zelf.yaml", "--previous", "zelf.yaml", code=1)
    assert "--previous zelf.yaml: that is the new file itself; name the previous audit" in itself


def test_merge_git_setup_and_the_driver_in_english(cli, new_audit, tmp_path):
    a = new_audit("certificerend", "a.yaml")
    b = tmp_path / "b.yaml"
    shutil.copyfile(a, b)
    assert cli("audit", "set", a, "V2", "--score", "voldoet", "--auditor", "Anne").exit_code == 0
    assert cli("audit", "set", b, "V2", "--score", "voldoet_deels", "--improvement", "Vaker",
               "--auditor", "Bram").exit_code == 0
    assert cli("audit", "set", b, "V3", "--score", "voldoet").exit_code == 0
    merged = tmp_path / "m.yaml"
    shown = english(cli, "audit", "merge", a, b, "-o", merged, "--no-input")
    assert f"✓ Merged into {merged} (a.yaml and b.yaml are unchanged)" in shown
    assert "from b.yaml: 1 (V3)" in shown
    assert "Conflicts recorded, still open: V2." in shown
    assert f"Choose per norm in the walk: kwaliteitslabel audit run {merged} --norm V2 (or " \
        "with audit set)." in shown
    assert f"1 of 49 norms assessed in {merged}" in shown

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, capture_output=True)
    setup = english(cli, "audit", "git-setup", tmp_path)
    assert "Put .gitattributes in git (git add .gitattributes) and run this in the other " \
        "clone too: git config holds per clone." in setup
    for name in ("o.txt", "x.txt", "y.txt"):
        (tmp_path / name).write_text("een regel\n", encoding="utf-8")
    driver = english(cli, "audit", "merge-driver", tmp_path / "o.txt", tmp_path / "x.txt",
                     tmp_path / "y.txt", "--path", "notities.txt")
    assert driver == "kwaliteitslabel: notities.txt: not an audit; git's ordinary text merge"


def test_migrate_in_english(cli, example):
    shown = english(cli, "audit", "migrate", example("certificerend-2017.yaml"), "--to",
                    "2019", "-o", "nieuw.yaml")
    assert "✓ Audit moved to framework 2019: nieuw.yaml (the old file is unchanged)" in shown
    assert re.search(r"carried over: \d+ norms that stayed the same \(new id: D14→D13", shown)
    assert re.search(r"to confirm: \d+ norms are open with the old verdict as a note: V1,", shown)
    assert "new: D4 (still open)" in shown
    assert "left out: advice, decision (belong to the old framework)" in shown
    assert "continue with: kwaliteitslabel audit run nieuw.yaml" in shown


def test_new_in_english(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shown = english(cli, "audit", "new", "n.yaml", "--organisation", "Stichting X", "--route",
                    "certificerend", "--date", "2026-10-05", "--auditor", "Anne Jansen")
    assert "✓ Audit created: n.yaml (certificerend, framework 2019, 49 norms)" in shown
    assert "continue with: kwaliteitslabel audit run n.yaml" in shown
    assert "Still needed for this route: • no certifying body recorded yet" in shown
    exists = english(cli, "audit", "new", "n.yaml", "--organisation", "X", code=1)
    assert exists == "Error: n.yaml: already exists; choose another name, or continue with: " \
        "kwaliteitslabel audit run n.yaml"
    missing = english(cli, "audit", "new", "m.yaml", "--route", "certificerend", code=2)
    assert "Error: missing: --organisation NAME" in missing
    early = english(cli, "audit", "new", "m.yaml", "--organisation", "X", "--route",
                    "certificerend", "--date", "2026-10-05", "--end-date", "2026-10-01", code=1)
    assert early == "Error: --end-date: 2026-10-01 is before the start date 2026-10-05"


def test_new_asks_in_english_in_a_terminal(tmp_path):
    path = tmp_path / "nieuw.yaml"
    child = pexpect.spawn(sys.executable, ["-m", "kwaliteitslabel", "--lang", "en", "audit",
                                           "new", str(path)],
                          env=environment(), cwd=str(tmp_path), encoding="utf-8", timeout=10,
                          dimensions=(30, 80))
    child.expect_exact("Name of the organisation")
    child.sendline("Stichting Welzijn Vraagdorp")
    child.expect_exact("Route")
    child.sendline("bestaat-niet")
    child.expect_exact("Choose one of the options.")
    child.sendline("intercollegiaal")
    child.expect_exact("Auditor(s), separated by commas")
    child.sendline("Anne Jansen, Bram de Wit")
    child.expect_exact("Audit created")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert YAML(typ="safe").load(path)["organisation"] == "Stichting Welzijn Vraagdorp"


def test_a_partial_re_audit_in_english(cli, example):
    original = example("certificerend.yaml")
    assert "with --partial-of, give --redo too" in english(
        cli, "audit", "new", "p.yaml", "--partial-of", original, code=2)
    shown = english(cli, "audit", "new", "p.yaml", "--partial-of", original, "--redo", "V1",
                    "--date", "2026-12-01")
    assert shown.startswith("✓ Partial re-audit created: p.yaml (of certificerend.yaml, "
                            "framework 2019): to assess again: V1; 48 norms carried over.")
    assert "Partial re-audit of certificerend.yaml (2026-11-10): assessed again: V1; the " \
        "other norms were carried over." in english(cli, "audit", "score", "p.yaml")
    reason = YAML(typ="safe").load(original.read_text(encoding="utf-8"))["advice"]["reason"]
    assert "Partial re-audit p.yaml (V1): draft; the decision is still to come." in english(
        cli, "audit", "score", original, data=reason)


def test_export_and_import_in_english(cli, example):
    audit = example("certificerend.yaml")
    shown = english(cli, "audit", "export", audit, "--format", "csv", "-o", "blad.csv")
    assert shown == "✓ 49 norms written to blad.csv to read it back in: kwaliteitslabel " \
        "audit import certificerend.yaml blad.csv"
    sheet = Path("blad.csv")
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig")), delimiter=";"))
    findings = rows[0].index("bevindingen")
    next(row for row in rows if row[0] == "V7")[findings] = "Nieuwe bevinding."
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    sheet.write_text(buffer.getvalue(), encoding="utf-8-sig")
    dry = english(cli, "audit", "import", audit, "blad.csv", "--dry-run")
    assert re.fullmatch(r"✓ V7 \(row \d+\): \S+ would change 1 norm\(s\) to change, 48 "
                        r"unchanged, 0 refused \(dry run: nothing saved\)", dry)
    done = english(cli, "audit", "import", audit, "blad.csv")
    assert re.fullmatch(r"✓ V7 \(row \d+\): \S+ saved 1 norm\(s\) changed, 48 unchanged, 0 "
                        r"refused in certificerend\.yaml", done)
    assert "Error: invalid value for --format: choose from csv, xlsx, json" in english(
        cli, "audit", "export", audit, "--format", "doc", code=2)
