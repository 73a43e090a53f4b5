"""The audit file you can trust: every "bewaard" is true, nothing is silently lost.

Each test starts from a defect seen from the outside and checks what a user sees now:
the message and exit code, and that the file still loads (or was not touched).
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kwaliteitslabel.audit.lock import holding
from tests.conftest import AUDITS

# Every character an audit refuses: C0 but tab and line feed, DEL, C1, the separators,
# non-characters and the bidirectional controls.
REFUSED = ([chr(c) for c in range(0x20) if c not in (0x09, 0x0A)] + ["\x7f"]
           + [chr(c) for c in range(0x80, 0xA0)]
           + ["\u2028", "\u2029", "\ufffe", "\uffff", "\ufdd0", "\U0001fffe",
              "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
              "\u2066", "\u2067", "\u2068", "\u2069"])


def example(tmp_path: Path, name: str = "certificerend.yaml") -> Path:
    """A copy of a shipped example; its norms have folded (>-) findings."""
    path = tmp_path / name
    shutil.copy(AUDITS / name, path)
    return path


def loads(cli, path: Path) -> bool:
    return cli("audit", "status", path, "--json").exit_code == 0


# -- 1. never write what cannot be read back ---------------------------------------------

@pytest.mark.parametrize("option", ["--finding", "--evidence", "--strength", "--improvement"])
def test_every_refused_character_in_every_text_option_is_refused_and_nothing_saved(
        cli, tmp_path, option):
    path = example(tmp_path)
    before = path.read_bytes()
    for char in (char for char in REFUSED if char != "\r"):  # CR: a line break, below
        value = f"gesprek/medewerkers: tekst {char} hier" if option == "--evidence" \
            else f"tekst {char} hier"
        result = cli("audit", "set", path, "V1", "--score", "voldoet", option, value)
        assert result.exit_code == 1, (repr(char), result.output)
        assert f"{option}: het teken U+{ord(char):04X}" in result.stderr, repr(char)
        assert "bewaard in" not in result.output
    assert path.read_bytes() == before
    assert loads(cli, path)


def test_a_carriage_return_in_a_text_is_a_line_break(cli, tmp_path):
    path = example(tmp_path)
    result = cli("audit", "set", path, "V1", "--score", "voldoet", "--finding",
                 "eerste\r\ntweede\rderde")
    assert result.exit_code == 0
    from kwaliteitslabel.audit.load import load_audit
    assert load_audit(path).audit.results["V1"].findings == "eerste\ntweede\nderde"


def test_every_refused_character_in_the_organisation_is_refused(cli, tmp_path):
    for char in REFUSED:
        path = tmp_path / "nieuw.yaml"
        result = cli("audit", "new", path, "--organisation", f"Welzijn{char}Noord",
                     "--route", "zelfevaluatie")
        assert result.exit_code == 1, repr(char)
        assert f"--organisation: het teken U+{ord(char):04X}" in result.stderr
        assert not path.exists()


def test_a_line_break_in_the_organisation_is_refused(cli, tmp_path):
    result = cli("audit", "new", tmp_path / "n.yaml", "--organisation", "Welzijn\nNoord",
                 "--route", "zelfevaluatie")
    assert result.exit_code == 1
    assert "één regel" in result.stderr


def test_allowed_unusual_text_is_saved_and_reads_back_the_same(cli, tmp_path):
    path = example(tmp_path)
    finding = "Tab\there, regels\nonder elkaar, ‘quotes’, 🙂, Ελληνικά, עברית, : - # & * ! |"
    result = cli("audit", "set", path, "V1", "--score", "voldoet", "--finding", finding)
    assert result.exit_code == 0, result.output
    shown = json.loads(cli("audit", "status", path, "--json").stdout)
    assert shown["scored"] == shown["total"]
    from kwaliteitslabel.audit.load import load_audit
    assert load_audit(path).audit.results["V1"].findings == finding
    assert load_audit(path, editable=False).audit.results["V1"].findings == finding


def test_a_hand_edited_control_character_is_named_with_its_line(cli, tmp_path):
    path = example(tmp_path)
    text = path.read_text(encoding="utf-8")
    line = text[:text.index("Alle zes wijkteams")].count("\n") + 1
    path.write_text(text.replace("Alle zes wijkteams", "Alle zes\u2028wijkteams", 1),
                    encoding="utf-8")
    for command in ("status", "score"):
        result = cli("audit", command, path)
        assert result.exit_code == 1
        assert f"{path}:{line}" in result.stderr and "U+2028" in result.stderr
    result = cli("audit", "set", path, "V2", "--score", "voldoet")
    assert result.exit_code == 1 and "U+2028" in result.stderr


# -- 2. per-norm conflicts ---------------------------------------------------------------

def _launch(*args: object) -> subprocess.Popen[str]:
    from tests.system import environment
    return subprocess.Popen([sys.executable, "-m", "kwaliteitslabel", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=environment())


def test_two_saves_of_the_same_norm_at_once_one_is_told_and_nothing_is_mixed(tmp_path):
    path = example(tmp_path)
    with holding(path):  # both load the file, then wait for the lock
        first = _launch("audit", "set", path, "V1", "--score", "voldoet", "--strength", "X")
        second = _launch("audit", "set", path, "V1", "--score", "voldoet_niet",
                         "--improvement", "Y")
        time.sleep(2.0)
    outputs = [process.communicate(timeout=60) for process in (first, second)]
    codes = sorted(process.returncode for process in (first, second))
    assert codes == [0, 1], outputs
    told = next(err for (out, err), p in zip(outputs, (first, second), strict=True)
                if p.returncode == 1)
    assert "V1 is intussen door een ander gewijzigd" in told
    assert "Nu in het bestand (V1)" in told and "--force" in told
    from kwaliteitslabel.audit.load import load_audit
    v1 = load_audit(path).audit.results["V1"]
    if v1.score == "voldoet":
        assert "X" in v1.strengths and all(i.text != "Y" for i in v1.improvements)
    else:
        assert any(i.text == "Y" for i in v1.improvements) and "X" not in v1.strengths


def test_force_overwrites_after_a_conflict(cli, tmp_path):
    from kwaliteitslabel.audit.answer import Answer
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.store import save_answer
    from kwaliteitslabel.errors import Conflict

    path = example(tmp_path)
    mine = load_audit(path)
    assert cli("audit", "set", path, "V1", "--score", "voldoet_niet", "--improvement",
               "Y").exit_code == 0
    with pytest.raises(Conflict):
        save_answer(mine, "V1", Answer(score="voldoet", strengths=["X"]))
    save_answer(mine, "V1", Answer(score="voldoet", strengths=["X"]), force=True)
    v1 = load_audit(path).audit.results["V1"]
    assert v1.score == "voldoet" and "X" in v1.strengths
    assert all(item.text != "Y" for item in v1.improvements)


def test_saves_of_different_norms_at_once_both_land(tmp_path):
    path = example(tmp_path)
    with holding(path):
        first = _launch("audit", "set", path, "V1", "--score", "voldoet", "--strength", "X")
        second = _launch("audit", "set", path, "V2", "--score", "voldoet", "--strength", "Z")
        time.sleep(2.0)
    for process in (first, second):
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
    from kwaliteitslabel.audit.load import load_audit
    results = load_audit(path).audit.results
    assert "X" in results["V1"].strengths and "Z" in results["V2"].strengths


# -- 3. plain data -----------------------------------------------------------------------

@pytest.mark.parametrize(("edit", "expected"), [
    (("  V3:\n", "  V3: *gedeeld\n  V3_oud:\n"), "verwijzing *gedeeld"),
    (("  V1:\n    score: voldoet\n", "  V1: &gedeeld\n    score: voldoet\n"),
     "anker &gedeeld"),
    (("  V2:\n    score: voldoet\n", "  V2:\n    <<: {score: voldoet}\n"), "samenvoegsleutel"),
    (("  V2:\n    score: voldoet\n", "  V2:\n    score: !!str voldoet\n"), "YAML-label"),
])
def test_anchors_aliases_merge_keys_and_tags_are_refused(cli, tmp_path, edit, expected):
    path = example(tmp_path)
    text = path.read_text(encoding="utf-8")
    assert edit[0] in text
    path.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    before = path.read_bytes()
    line = text[:text.index(edit[0])].count("\n") + 1
    for args in (("status",), ("set", "V1", "--score", "voldoet")):
        result = cli("audit", args[0], path, *args[1:])
        assert result.exit_code == 1
        assert expected in result.stderr
        assert f"{path}:{line}" in result.stderr or f"{path}:{line + 1}" in result.stderr
    assert path.read_bytes() == before


def test_a_lower_case_norm_key_is_refused_with_the_right_spelling(cli, tmp_path):
    path = example(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\n  V1:\n", "\n  v1:\n", 1), encoding="utf-8")
    result = cli("audit", "status", path)
    assert result.exit_code == 1
    assert "norm 'v1' bestaat niet" in result.stderr and "bedoelt u V1?" in result.stderr


# -- 4. the file stays the same file -----------------------------------------------------

def test_a_symlinked_audit_is_saved_into_its_target(cli, tmp_path):
    real = example(tmp_path)
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    assert cli("audit", "set", link, "V1", "--score", "voldoet", "--strength", "X").exit_code == 0
    assert link.is_symlink()
    from kwaliteitslabel.audit.load import load_audit
    assert "X" in load_audit(real).audit.results["V1"].strengths


def test_a_hard_linked_audit_is_refused(cli, tmp_path):
    real = example(tmp_path)
    os.link(real, tmp_path / "tweede-naam.yaml")
    before = real.read_bytes()
    result = cli("audit", "set", real, "V1", "--score", "voldoet", "--strength", "X")
    assert result.exit_code == 1
    assert "2 namen (harde koppelingen)" in result.stderr
    assert real.read_bytes() == before


def test_a_read_only_audit_is_refused(cli, tmp_path):
    path = example(tmp_path)
    path.chmod(0o444)
    before = path.read_bytes()
    result = cli("audit", "set", path, "V1", "--score", "voldoet", "--strength", "X")
    assert result.exit_code == 1
    assert "alleen-lezen" in result.stderr and "chmod u+w" in result.stderr
    assert path.read_bytes() == before


def test_owner_group_mode_and_attributes_are_kept(cli, tmp_path):
    if os.geteuid() != 0:
        pytest.skip("needs root to give the file another owner")
    path = example(tmp_path)
    os.chown(path, 1234, 5678)
    path.chmod(0o640)
    try:
        os.setxattr(path, "user.bron", b"auditteam")
    except OSError:
        pytest.skip("this file system has no extended attributes")
    assert cli("audit", "set", path, "V1", "--score", "voldoet", "--strength", "X").exit_code == 0
    info = path.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (1234, 5678, 0o640)
    assert os.getxattr(path, "user.bron") == b"auditteam"


def test_stale_temporary_files_are_removed_by_the_next_save(cli, tmp_path):
    import fcntl
    path = example(tmp_path)
    stale = tmp_path / ".certificerend.yaml.abcd1234.kl.tmp"
    old_style = tmp_path / ".ander.yaml.zz99yy88.tmp"  # the first release's, beside ander.yaml
    (tmp_path / "ander.yaml").write_text("organisation: x\n", encoding="utf-8")
    foreign = tmp_path / ".notities.20261201.tmp"  # somebody else's: never touched
    busy = tmp_path / ".certificerend.yaml.busy1234.kl.tmp"
    for file in (stale, old_style, busy, foreign):
        file.write_bytes(b"half")
    with busy.open("rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # a save that is still writing
        assert cli("audit", "set", path, "V1", "--score", "voldoet").exit_code == 0
    assert not stale.exists() and not old_style.exists()
    assert busy.exists() and foreign.exists()
    assert not (tmp_path / ".certificerend.yaml.lock").exists()
