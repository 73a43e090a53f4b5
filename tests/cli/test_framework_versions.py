"""Which framework a command uses: the workspace, the environment, the shipped ones, by date."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

from kwaliteitslabel.framework.locate import shipped_root
from tests.conftest import VERSIONS
from tests.helpers import edit


def pinned(name):
    return YAML(typ="safe").load(Path(name))["framework"]


def new(cli, path, *args):
    return cli("audit", "new", path, "--organisation", "Stichting Proef",
               "--route", "zelfevaluatie", *args)


def test_new_audit_gets_the_framework_valid_on_its_start_date(cli, versions_workspace):
    assert new(cli, "laat.yaml", "--date", "2026-10-05").exit_code == 0
    assert pinned("laat.yaml")["version"] == "2019"
    assert new(cli, "vroeg.yaml", "--date", "2018-03-01").exit_code == 0
    assert pinned("vroeg.yaml")["version"] == "2017"
    assert new(cli, "grens.yaml", "--date", "2020-01-01").exit_code == 0
    assert pinned("grens.yaml")["version"] == "2019"
    assert new(cli, "oud.yaml", "--date", "2019-12-31").exit_code == 0
    assert pinned("oud.yaml")["version"] == "2017"


def test_lapsed_framework_forced_by_norms_is_refused_naming_the_valid_one(
        cli, versions_workspace):
    result = new(cli, "a.yaml", "--date", "2026-10-05", "--norms", versions_workspace / "2017")
    assert result.exit_code == 1
    assert "normenkader 2017" in result.stderr
    assert "geldt van 2016-12-01 tot en met 2019-12-31, niet op 2026-10-05" in result.stderr
    assert "geldt normenkader 2019" in result.stderr
    assert not os.path.exists("a.yaml")


def test_historical_audit_inside_its_own_validity_may_name_its_framework(
        cli, versions_workspace):
    result = new(cli, "a.yaml", "--date", "2018-05-01", "--norms", versions_workspace / "2017")
    assert result.exit_code == 0, result.output
    assert pinned("a.yaml")["version"] == "2017"


def test_a_date_before_every_framework_is_refused(cli, versions_workspace):
    result = new(cli, "a.yaml", "--date", "2015-06-01")
    assert result.exit_code == 1
    assert "geen normenkader geldt voor een audit die op 2015-06-01 begint" in result.stderr
    assert "2017 (van 2016-12-01 tot en met 2019-12-31)" in result.stderr


def test_a_concept_is_not_chosen_by_date(cli, versions_workspace):
    edit(versions_workspace / "2019" / "kader.yaml", "status: vastgesteld", "status: concept")
    result = new(cli, "a.yaml", "--date", "2026-10-05")
    assert result.exit_code == 0, result.output
    assert "49 normen" in result.stdout  # the shipped 2019, not the concept of the workspace
    forced = new(cli, "b.yaml", "--date", "2026-10-05", "--norms", versions_workspace / "2019")
    assert forced.exit_code == 0, forced.output
    assert "6 normen" in forced.stdout


def test_workspace_comes_before_the_environment_and_norms_wins(cli, versions_workspace,
                                                               monkeypatch, tmp_path):
    shutil.copytree(VERSIONS, tmp_path / "elders")
    other = tmp_path / "elders" / "2019"
    edit(other / "kader.yaml", "title: Proefkader 2019", "title: Kader uit de omgeving")
    monkeypatch.setenv("KWALITEITSLABEL_NORMS", str(other.parent))
    workspace = cli("norms", "check")
    assert workspace.exit_code == 0, workspace.output
    assert "Proefkader 2019" in workspace.stdout
    assert f"{versions_workspace / '2019'} (werkmap)" in workspace.stdout
    option = cli("norms", "check", other)
    assert "Kader uit de omgeving" in option.stdout and "(opgegeven map)" in option.stdout
    monkeypatch.chdir(tmp_path)  # above the workspace: the environment variable applies
    environment = cli("norms", "check")
    assert "Kader uit de omgeving" in environment.stdout
    assert "($KWALITEITSLABEL_NORMS)" in environment.stdout


def test_verbose_names_the_folder_on_stderr_and_keeps_json_clean(cli, versions_workspace):
    result = cli("--verbose", "norms", "list", "--json")
    assert [n["id"] for n in json.loads(result.stdout)][:2] == ["V1", "V2"]
    assert f"normenkader 2019 uit {versions_workspace / '2019'} (werkmap)" in result.stderr
    quiet = cli("norms", "list", "--json")
    assert quiet.stderr == ""


def test_pinned_audit_is_found_wherever_its_framework_is(cli, versions_workspace, tmp_path,
                                                         monkeypatch):
    assert new(cli, "a.yaml", "--date", "2018-03-01").exit_code == 0
    audit = versions_workspace.parent / "audits" / "a.yaml"
    # the workspace's 2017 moves elsewhere, named by the environment variable
    moved = tmp_path / "archief"
    shutil.move(versions_workspace / "2017", moved / "2017")
    monkeypatch.setenv("KWALITEITSLABEL_NORMS", str(moved))
    status = cli("audit", "status", audit, "--json")
    assert status.exit_code == 0, status.output
    assert json.loads(status.stdout)["framework"] == "2017"
    # beside a folder named with --norms
    monkeypatch.delenv("KWALITEITSLABEL_NORMS")
    assert cli("audit", "status", audit).exit_code == 1
    beside = cli("audit", "status", audit, "--norms", moved / "2017", "--json")
    assert beside.exit_code == 0, beside.output


def test_commission_edit_in_a_checkout_is_seen_without_reinstalling(tmp_path):
    """The installed package, run inside a copy of the repository, reads that copy's norms."""
    checkout = tmp_path / "checkout"
    shutil.copytree(shipped_root(), checkout / "norms")
    newest = sorted(p for p in (checkout / "norms").iterdir() if (p / "kader.yaml").is_file())[-1]
    edit(newest / "vakmanschap.yaml", "  - id: V2\n    title: ",
         "  - id: V2\n    title: Bewerkt - ")
    (checkout / "audits").mkdir()
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("PYTHONPATH", "KWALITEITSLABEL_NORMS")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "kwaliteitslabel", *args],
                              cwd=checkout / "audits", env=environment, capture_output=True,
                              text=True)

    shown = run("norms", "show", "V2", "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["title"].startswith("Bewerkt - ")
    checked = run("norms", "check")
    assert checked.returncode == 0, checked.stderr
    assert f"{newest} (werkmap)" in checked.stdout
    elsewhere = subprocess.run([sys.executable, "-m", "kwaliteitslabel", "norms", "show", "V2",
                                "--json"], cwd=tmp_path, env=environment, capture_output=True,
                               text=True)
    assert not json.loads(elsewhere.stdout)["title"].startswith("Bewerkt - ")
