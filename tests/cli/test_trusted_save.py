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
import textwrap
import time
from pathlib import Path

import pytest

from kwaliteitslabel.audit.lock import holding
from tests.conftest import AUDITS
from tests.system import ROOT, fill, open_folder, remount_read_only, run, tmpfs

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


# -- 5. every OS error is a message ------------------------------------------------------

def test_a_full_disk_gives_a_message_for_set_new_and_report(tmp_path):
    with tmpfs("96k") as disk:
        path = disk / "audit.yaml"
        shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
        before = path.read_bytes()
        fill(disk)
        result = run("audit", "set", path, "V1", "--score", "voldoet", "--strength", "X")
        assert result.exit_code == 1, result.output
        assert "de schijf is vol" in result.stderr and "Traceback" not in result.output
        assert path.read_bytes() == before
        result = run("audit", "new", disk / "nieuw.yaml", "--organisation", "W",
                     "--route", "zelfevaluatie")
        assert result.exit_code == 1 and "de schijf is vol" in result.stderr
        assert not (disk / "nieuw.yaml").exists()
        result = run("report", path, "-o", disk / "rapport.pdf")
        assert result.exit_code == 1 and "de schijf is vol" in result.stderr
        assert "Traceback" not in result.output
        assert not [name for name in os.listdir(disk) if name.endswith(".tmp")]


def test_a_read_only_file_system_gives_a_message(tmp_path):
    with tmpfs() as disk:
        path = disk / "audit.yaml"
        shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
        remount_read_only(disk)
        result = run("audit", "set", path, "V1", "--score", "voldoet")
        assert result.exit_code == 1
        assert "alleen-lezen" in result.stderr and "Traceback" not in result.output


def test_a_folder_without_write_permission_gives_a_message():
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv, to run the CLI as a user without rights")
    folder = open_folder()
    try:
        path = folder / "audit.yaml"
        shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
        path.chmod(0o666)
        folder.chmod(0o755)  # nobody may read it, not write in it
        result = run("audit", "set", path, "V1", "--score", "voldoet", as_nobody=True)
        assert result.exit_code == 1, result.output
        assert "geen toestemming" in result.stderr and "Traceback" not in result.output
        result = run("audit", "new", folder / "n.yaml", "--organisation", "W", "--route",
                     "zelfevaluatie", as_nobody=True)
        assert result.exit_code == 1 and "Traceback" not in result.output
    finally:
        shutil.rmtree(folder)


def test_a_file_of_another_user_in_a_sticky_folder_is_refused_with_a_message():
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv, to run the CLI as another user")
    folder = open_folder()
    try:
        folder.chmod(0o1777)
        path = folder / "audit.yaml"
        shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
        path.chmod(0o666)
        before = path.read_bytes()
        result = run("audit", "set", path, "V1", "--score", "voldoet", as_nobody=True)
        assert result.exit_code == 1, result.output
        assert "andere gebruiker" in result.stderr and "Traceback" not in result.output
        assert path.read_bytes() == before and path.stat().st_uid == 0
    finally:
        shutil.rmtree(folder)


def test_a_held_lock_is_waited_for_then_named(tmp_path):
    path = example(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from pathlib import Path
            from kwaliteitslabel.audit.lock import holding
            with holding(Path({str(path)!r})):
                print("vast", flush=True)
                time.sleep(30)
        """)], stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "vast"
        result = run("audit", "set", path, "V1", "--score", "voldoet")
        assert holder.poll() is None  # it gave up while the lock was still held
        assert result.exit_code == 1
        assert "wordt op dit moment bewaard door proces" in result.stderr
        assert f"proces {holder.pid}" in result.stderr
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


# -- 6. limits before parsing ------------------------------------------------------------

def test_thirty_thousand_brackets_give_a_message_not_a_crash(tmp_path, norms_copy):
    path = example(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "scope:", "extra: " + "[" * 30000 + "]" * 30000 + "\nscope:", 1), encoding="utf-8")
    result = run("audit", "status", path)
    assert result.exit_code == 1 and "te diep genest" in result.stderr
    deep = norms_copy / "vakmanschap.yaml"
    deep.write_text(deep.read_text(encoding="utf-8") + "extra: " + "[" * 30000 + "\n",
                    encoding="utf-8")
    for args in (("norms", "check", norms_copy), ("norms", "list", "--norms", norms_copy)):
        result = run(*args)
        assert result.exit_code == 1 and "te diep genest" in result.stderr, result.output


def test_dates_beyond_the_year_2999_are_refused(cli, tmp_path):
    result = cli("audit", "new", tmp_path / "n.yaml", "--organisation", "W", "--route",
                 "zelfevaluatie", "--date", "9999-06-01")
    assert result.exit_code == 1 and "het jaar 9999" in result.stderr
    path = example(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  start: 2026-", "  start: 9998-", 1).replace(
        "  end: 2026-", "  end: 9998-", 1), encoding="utf-8")
    for args in (("audit", "score", path), ("report", path, "-o", tmp_path / "r.pdf")):
        result = cli(*args)
        assert result.exit_code == 1 and "het jaar 9998" in result.stderr


# -- 7. safe output ----------------------------------------------------------------------

def test_escape_sequences_from_a_file_never_reach_the_terminal(tmp_path):
    path = example(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    score: voldoet\n",
                                 '    score: "\\e]52;c;aGVsbG8=\\a\\e[2J\\e]0;titel\\a"\n', 1),
                    encoding="utf-8")
    for command in ("status", "score", "run"):
        result = run("audit", command, path)
        assert result.exit_code == 1
        assert "\x1b" not in result.output and "\x07" not in result.output
        assert "⟨U+001B (ESC)⟩" in result.stderr


def test_a_named_pipe_and_an_unreadable_file_get_a_message(tmp_path):
    fifo = tmp_path / "pijp.yaml"
    os.mkfifo(fifo)
    result = run("audit", "status", fifo, timeout=30)
    assert result.exit_code == 1 and "geen gewoon bestand" in result.stderr
    if os.geteuid() == 0 and shutil.which("setpriv"):
        folder = open_folder()
        try:
            path = folder / "dicht.yaml"
            shutil.copy(AUDITS / "zelfevaluatie.yaml", path)
            path.chmod(0o600)  # root's alone
            result = run("audit", "status", path, as_nobody=True)
            assert result.exit_code == 1 and "geen leesrechten" in result.stderr
        finally:
            shutil.rmtree(folder)


def test_a_broken_workspace_does_not_hide_the_framework_an_audit_is_pinned_to(tmp_path):
    workspace = tmp_path / "werkmap"
    (workspace / "norms" / "2019").mkdir(parents=True)
    (workspace / "norms" / "2019" / "kader.yaml").write_text("x: [\n", encoding="utf-8")
    shutil.copy(AUDITS / "certificerend.yaml", workspace / "c.yaml")
    result = run("audit", "score", "c.yaml", cwd=workspace)
    assert result.exit_code == 0, result.output


def test_output_that_cannot_be_written_is_a_message_not_a_traceback(tmp_path):
    path = example(tmp_path)
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "kwaliteitslabel", "audit", "set",
                               str(path), "V5", "--score", "voldoet", "--finding", "x"],
                              stdout=full, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "de uitvoer kan niet worden geschreven" in done.stderr
    from kwaliteitslabel.audit.load import load_audit
    assert load_audit(path).audit.results["V5"].findings == "x"  # and the answer is saved


def test_too_many_items_in_a_list_are_refused_quickly(cli, tmp_path):
    path = example(tmp_path)
    text = path.read_text(encoding="utf-8")
    item = "      - kind: document\n        note: kopie\n"
    path.write_text(text.replace("    evidence:\n", "    evidence:\n" + item * 300, 1),
                    encoding="utf-8")
    result = cli("audit", "status", path)
    assert result.exit_code == 1 and "heeft er te veel; hoogstens 15" in result.stderr
