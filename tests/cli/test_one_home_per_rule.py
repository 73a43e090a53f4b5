"""Each rule of the framework lives in one place, so every command applies it alike: a
verdict's reason follows the scale in the manifest, a framework's validity starts no
earlier than the label, and triangulation means the same in status, check and walk."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.walk.session import WalkSession
from tests.conftest import AUDITS, shipped_root

START = "2026-10-05"


@pytest.fixture
def workspace(tmp_path, monkeypatch) -> Path:
    """The shipped frameworks as the commission's workspace, to be edited."""
    norms = tmp_path / "norms"
    shutil.copytree(shipped_root(), norms)
    monkeypatch.chdir(tmp_path)
    return norms / "2019"


def _new(cli, path: Path, *extra: str) -> None:
    result = cli("audit", "new", path, "--organisation", "Stichting Proef", "--route",
                 "zelfevaluatie", "--date", START, *extra)
    assert result.exit_code == 0, result.output


def test_the_scale_in_the_manifest_decides_which_verdict_needs_a_reason(cli, workspace,
                                                                         tmp_path):
    manifest = workspace / "kader.yaml"
    text = manifest.read_text(encoding="utf-8")
    text = text.replace("    requires_reason: true\n", "", 1)
    text = text.replace("    weight: 0\n", "    weight: 0\n    requires_reason: true\n", 1)
    manifest.write_text(text, encoding="utf-8")
    assert cli("norms", "check", workspace).exit_code == 0
    path = tmp_path / "audit.yaml"
    _new(cli, path)
    nvt = cli("audit", "set", path, "V14", "--score", "nvt", "--finding", "geen locaties")
    assert nvt.exit_code == 0, nvt.output
    before = path.read_bytes()
    refused = cli("audit", "set", path, "V2", "--score", "voldoet_niet", "--improvement",
                  "Werkwijzer opstellen")
    assert refused.exit_code == 1
    assert "'voldoet niet' vraagt een reden" in refused.stderr
    assert path.read_bytes() == before
    reasoned = cli("audit", "set", path, "V2", "--score", "voldoet_niet", "--improvement",
                   "Werkwijzer opstellen", "--reason", "geen werkwijzer")
    assert reasoned.exit_code == 0, reasoned.output
    yaml = YAML()
    data = yaml.load(path)
    del data["results"]["V2"]["nvt_reason"]
    yaml.dump(data, path)
    check = cli("audit", "check", path)
    assert check.exit_code == 1
    line = path.read_text(encoding="utf-8").splitlines().index("  V2:") + 1
    assert f"audit.yaml:{line}:3: 'voldoet niet' vraagt een reden" in check.stderr


def test_no_framework_holds_before_the_label_existed(cli, workspace, tmp_path):
    manifest = workspace / "kader.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace("valid_from: 2020-01-01", "valid_from:", 1),
                        encoding="utf-8")
    path = tmp_path / "vroeg.yaml"
    result = cli("audit", "new", path, "--organisation", "Stichting Proef", "--route",
                 "zelfevaluatie", "--date", "2016-06-01", "--norms", workspace)
    assert result.exit_code == 1
    assert "geldt vanaf 2016-12-01, niet op 2016-06-01" in result.stderr
    assert not path.exists()


def test_the_readiness_words_name_the_day_the_label_was_adopted(cli, tmp_path):
    path = tmp_path / "audit.yaml"
    shutil.copy(AUDITS / "certificerend-2017.yaml", path)
    yaml = YAML()
    data = yaml.load(path)
    data["dates"]["start"] = "2016-11-30"
    yaml.dump(data, path)
    check = cli("audit", "check", path, "--json")
    assert check.exit_code == 1
    [dates] = [item for item in json.loads(check.stdout)["requirements"]
               if item["id"] == "dates"]
    assert not dates["met"]
    assert dates["text"] == ("de audit begint op of na de invoering van het label "
                             "(1 december 2016) en binnen de geldigheid van het normenkader "
                             "(2016-11-30; 2017: 2016-12-01 .. 2019-12-31)")


def test_triangulation_is_the_same_in_status_check_and_walk(cli, new_audit):
    path = new_audit("certificerend")
    assert cli("audit", "set", path, "V1", "--score", "voldoet", "--evidence",
               "document: Werkwijzer", "--evidence", "observatie: teamoverleg").exit_code == 0
    assert cli("audit", "set", path, "V2", "--score", "voldoet", "--evidence",
               "document: Werkwijzer", "--evidence", "document: Jaarverslag").exit_code == 0
    state = json.loads(cli("audit", "status", path, "--json").stdout)
    assert state["triangulated"] == {"V1": True, "V2": False}
    check = json.loads(cli("audit", "check", path, "--json").stdout)
    [single] = [item for item in check["warnings"] if item["id"] == "triangulation"]
    assert single["norms"] == ["V2"]
    session = WalkSession(load_audit(path))
    for norm_id, expected in (("V1", False), ("V2", True)):
        answer = session.answer_of(norm_id)
        assert answer is not None
        warned = any("rust op één bron" in line for line in session.warnings(norm_id, answer))
        assert warned is expected, norm_id


def test_a_verdict_without_evidence_is_warned_alike_by_set_and_check(cli, new_audit):
    path = new_audit("zelfevaluatie")
    result = cli("audit", "set", path, "V1", "--score", "voldoet")
    assert result.exit_code == 0
    assert "V1 heeft geen bevindingen en geen bewijs" in result.stderr
    check = json.loads(cli("audit", "check", path, "--json").stdout)
    [bare] = [item for item in check["warnings"] if item["id"] == "evidence"]
    assert bare["norms"] == ["V1"]
    nvt = cli("audit", "set", path, "V14", "--score", "nvt", "--reason", "geen locaties")
    assert nvt.exit_code == 0 and "bewijs" not in nvt.stderr
    session = WalkSession(load_audit(path))
    assert session.warnings("V14", Answer(score="nvt", nvt_reason="geen locaties")) == []
    assert session.warnings("V1", Answer(score="voldoet")) == [
        "V1: een oordeel zonder bewijs; noem wat u las, hoorde of zag"]


def test_a_role_the_framework_does_not_know_is_named_by_check_and_migrate(cli, tmp_path):
    path = tmp_path / "oud.yaml"
    made = cli("audit", "new", path, "--organisation", "Stichting Proef", "--route",
               "zelfevaluatie", "--date", "2019-10-05")
    assert made.exit_code == 0, made.output
    yaml = YAML()
    data = yaml.load(path)
    data["participants"] = [{"role": "buren", "count": 3}, {"role": "medewerkers", "count": 6}]
    yaml.dump(data, path)
    check = json.loads(cli("audit", "check", path, "--json").stdout)
    [odd] = [item for item in check["warnings"] if item["id"] == "participant_roles"]
    assert odd["norms"] == ["buren"]
    moved = cli("audit", "migrate", path, "--to", "2019", "-o", tmp_path / "nieuw.yaml")
    assert moved.exit_code == 0, moved.output
    assert "gesprekspartners met een rol die normenkader 2019 niet kent: buren;" \
        in moved.output.replace("\n", " ")
