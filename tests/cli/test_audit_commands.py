"""`audit new`, `set`, `status`, `score`: what a user sees and what is saved."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from ruamel.yaml import YAML

from tests.helpers import edit


def saved(path):
    return YAML(typ="safe").load(path)


def test_new_creates_a_pinned_audit_and_refuses_to_overwrite(cli, new_audit):
    path = new_audit("intercollegiaal")
    data = saved(path)
    assert data["organisation"] == "Stichting Welzijn Testdorp"
    assert data["route"] == "intercollegiaal"
    assert data["framework"]["version"] == "2019"  # started in 2026
    assert len(data["framework"]["fingerprint"]) == 64
    assert [a["name"] for a in data["auditors"]] == ["Anne Jansen", "Bram de Wit"]
    before = path.read_bytes()
    again = cli("audit", "new", path, "--organisation", "Ander", "--route", "zelfevaluatie")
    assert again.exit_code == 1
    assert "bestaat al" in again.stderr
    assert path.read_bytes() == before


def test_new_refuses_unknown_route_and_missing_organisation(cli, tmp_path):
    bad = cli("audit", "new", tmp_path / "a.yaml", "--organisation", "X", "--route", "snel")
    assert bad.exit_code == 1 and "onbekende route 'snel'" in bad.stderr
    missing = cli("audit", "new", tmp_path / "b.yaml", "--route", "zelfevaluatie")
    assert missing.exit_code == 2 and "--organisation" in missing.stderr
    assert not (tmp_path / "a.yaml").exists() and not (tmp_path / "b.yaml").exists()


def test_set_saves_the_answer_with_everything_given(cli, new_audit):
    path = new_audit()
    result = cli("audit", "set", path, "v2", "--score", "voldoet_deels",
                 "--finding", "Vraagverheldering gebeurt, maar wordt wisselend vastgelegd.",
                 "--evidence", "gesprek/medewerkers: zes sociaal werkers",
                 "--evidence", "Werkbeschrijving 2025",
                 "--strength", "Goede eerste gesprekken",
                 "--improvement", "Leg de hulpvraag vast in het dossier",
                 "--auditor", "Anne Jansen")
    assert result.exit_code == 0, result.output
    assert "V2: voldoet_deels bewaard" in result.stdout
    v2 = saved(path)["results"]["V2"]
    assert v2["score"] == "voldoet_deels"
    assert v2["evidence"] == [
        {"kind": "interview", "source": "medewerkers", "note": "zes sociaal werkers"},
        {"kind": "document", "note": "Werkbeschrijving 2025"}]
    assert v2["improvements"] == [{"text": "Leg de hulpvraag vast in het dossier"}]
    assert v2["assessed_by"] == "Anne Jansen"


def test_invalid_answers_are_refused_and_nothing_is_saved(cli, new_audit):
    path = new_audit()
    before = path.read_bytes()
    cases = [
        (("V1", "--score", "nvt", "--reason", "n.v.t."), "kernnorm"),
        (("V3", "--score", "nvt"), "vraagt een reden"),
        (("V3", "--score", "voldoet_deels"), "minstens één verbeterpunt"),
        (("V3", "--score", "goed"), "oordeel 'goed' staat niet op de schaal"),
        (("X9", "--score", "voldoet"), "norm 'X9' bestaat niet"),
    ]
    for args, message in cases:
        result = cli("audit", "set", path, *args)
        assert result.exit_code == 1, args
        assert message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.output
        assert path.read_bytes() == before


def test_comments_and_order_survive_a_save(cli, new_audit):
    path = new_audit()
    edit(path, "organisation:", "# Opmerking van de auditor\norganisation:")
    cli("audit", "set", path, "O3", "--score", "voldoet")
    cli("audit", "set", path, "V1", "--score", "voldoet")
    text = path.read_text(encoding="utf-8")
    assert "# Opmerking van de auditor\norganisation:" in text
    assert text.index("  V1:") < text.index("  O3:")


def test_status_json_reports_progress(cli, new_audit):
    path = new_audit()
    cli("audit", "set", path, "V1", "--score", "voldoet")
    cli("audit", "set", path, "D4", "--score", "voldoet_niet", "--improvement", "Intake")
    cli("audit", "set", path, "O3", "--score", "nvt", "--reason", "Geen raad van toezicht")
    data = json.loads(cli("audit", "status", path, "--json").stdout)
    assert data["total"] == 49 and data["scored"] == 3
    assert len(data["open"]) == 46 and "V1" not in data["open"] and data["open"][0] == "V2"
    assert data["counts"] == {"voldoet": 1, "voldoet_deels": 0, "voldoet_niet": 1, "nvt": 1}
    assert data["areas"]["dienstverlening"]["scored"] == 1
    table = cli("audit", "status", path).stdout
    assert "3 van 49 beoordeeld" in table and "Eerste open norm: V2" in table


def test_score_json_of_a_complete_audit(cli, new_audit):
    path = new_audit("certificerend")
    norms = json.loads(cli("norms", "list", "--json").stdout)
    yaml = YAML()
    data = yaml.load(path)
    data["results"] = {norm["id"]: {"score": "voldoet"} for norm in norms}
    yaml.dump(data, path)
    cli("audit", "set", path, "O7", "--score", "voldoet_niet", "--improvement", "Beleid")
    data = json.loads(cli("audit", "score", path, "--json").stdout)
    assert data["outcome"] == "negatief" and data["label"] == "geen"
    assert data["status"] == "concept"  # no evidence, no certifying body: not ready
    assert data["deciding_norms"] == ["O7"]
    assert data["areas"]["organisatie_bestuur"]["voldoet_niet"] == 1
    assert set(data) >= {"route", "outcome", "status", "label", "valid_until", "areas",
                         "reasons", "deciding_norms", "advice", "decision", "ready",
                         "missing"}
    assert data["advice"]["proposed"] == "negatief" and data["decision"] is None
    text = cli("audit", "score", path).stdout
    assert "concept" in text and "Doorslaggevende normen: O7" in text


def test_two_processes_setting_at_once_lose_nothing(new_audit):
    path = new_audit()
    norms = ["V1", "V2", "V3", "V4", "D1", "D2", "D3", "D4", "O1", "O2", "O3", "O4"]

    def set_norm(norm_id: str) -> int:
        return subprocess.run(
            [sys.executable, "-m", "kwaliteitslabel", "audit", "set", str(path), norm_id,
             "--score", "voldoet", "--finding", f"Bevinding {norm_id}"],
            capture_output=True, text=True).returncode

    with ThreadPoolExecutor(max_workers=6) as pool:
        assert list(pool.map(set_norm, norms)) == [0] * len(norms)
    results = saved(path)["results"]
    assert sorted(results) == sorted(norms)
    assert all(results[n]["findings"] == f"Bevinding {n}" for n in norms)


def test_audit_pinned_to_a_missing_framework_stops_with_what_to_do(cli, tmp_path,
                                                                   norms_copy):
    edit(norms_copy / "kader.yaml", "title: Kwaliteitslabel", "title: Proef Kwaliteitslabel")
    path = tmp_path / "audit.yaml"
    assert cli("audit", "new", path, "--organisation", "X", "--route", "zelfevaluatie",
               "--date", "2019-05-01", "--norms", norms_copy).exit_code == 0
    assert cli("audit", "status", path, "--norms", norms_copy).exit_code == 0
    edit(norms_copy / "kader.yaml", "title: Proef", "title: Gewijzigd")
    before = path.read_bytes()
    for command in (("status",), ("set", "V1", "--score", "voldoet"), ("score",)):
        result = cli("audit", command[0], path, *command[1:], "--norms", norms_copy)
        assert result.exit_code == 1
        assert "niet gevonden" in result.stderr and "--norms" in result.stderr
    assert path.read_bytes() == before


def test_edited_framework_on_disk_is_named_and_pinned_one_used(cli, new_audit, tmp_path):
    import shutil

    from kwaliteitslabel.framework.locate import shipped_root

    path = new_audit()  # pinned to the shipped framework 2019
    copy = tmp_path / "norms" / "2019"
    shutil.copytree(shipped_root() / "2019", copy)
    edit(copy / "kader.yaml", "title: Kwaliteitslabel", "title: Nieuw Kwaliteitslabel")
    result = cli("audit", "status", path, "--norms", copy)
    assert result.exit_code == 0
    assert "is gewijzigd" in result.stderr
    assert "gebruikt het kader waartegen zij is begonnen" in result.stderr


def test_a_framework_of_another_version_is_not_called_changed(cli, new_audit, norms_copy):
    result = cli("audit", "status", new_audit(), "--norms", norms_copy)  # 2019 audit, 2017
    assert result.exit_code == 0
    assert "is versie 2017, niet het kader van deze audit" in result.stderr
    assert "is gewijzigd" not in result.stderr


def test_a_new_audit_respects_the_umask(cli, tmp_path):
    import os

    old = os.umask(0o077)
    try:
        path = tmp_path / "prive.yaml"
        assert cli("audit", "new", path, "--organisation", "X",
                   "--route", "zelfevaluatie").exit_code == 0
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o600
    cli("audit", "set", path, "V1", "--score", "voldoet")
    assert path.stat().st_mode & 0o777 == 0o600
