"""The duo merge as a git merge driver: two clones of one repository, `git pull`."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tests.conftest import Run

ROOT = Path(__file__).resolve().parents[2]


def environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("GIT_", "KWALITEITSLABEL_"))}
    env.update(HOME=str(home), GIT_CONFIG_NOSYSTEM="1", GIT_AUTHOR_NAME="Anne Jansen",
               GIT_AUTHOR_EMAIL="anne@example.org", GIT_COMMITTER_NAME="Anne Jansen",
               GIT_COMMITTER_EMAIL="anne@example.org", PYTHONPATH=str(ROOT), TERM="dumb",
               COLUMNS="100")
    return env


class Laptop:
    """One clone, with the tool and git run in it as the auditor would."""

    def __init__(self, folder: Path, env: dict[str, str], cli) -> None:
        self.folder = folder
        self.env = env
        self.cli = cli
        self.log: list[str] = []

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(list(args), cwd=self.folder, env=self.env, capture_output=True,
                              text=True, timeout=120)
        self.log.append(f"$ {' '.join(args)}\n{done.stdout}{done.stderr}")
        if check:
            assert done.returncode == 0, done.stdout + done.stderr
        return done

    def git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self.run("git", *args, check=check)

    def tool(self, *args: str) -> Run:
        """The tool itself runs in-process (fast); git calls it as a driver for real."""
        done = self.cli(*[self.folder / arg if arg.endswith(".yaml") else arg
                          for arg in args])
        assert done.exit_code == 0, done.output
        return done

    def results(self) -> dict:
        data = YAML(typ="safe").load((self.folder / "audit.yaml").read_text(encoding="utf-8"))
        return data["results"]


@pytest.fixture
def laptops(tmp_path, cli, monkeypatch):
    """A shared repository with an audit in it, cloned on two laptops with the driver set
    up in each."""
    env = environment(tmp_path)
    hub = tmp_path / "hub.git"
    subprocess.run(["git", "init", "--bare", "-q", "-b", "main", str(hub)], check=True, env=env)
    for key in [key for key in os.environ if key.startswith("GIT_")]:
        monkeypatch.delenv(key)
    anne = Laptop(tmp_path / "anne", env, cli)
    subprocess.run(["git", "clone", "-q", str(hub), str(anne.folder)], check=True, env=env)
    anne.git("config", "pull.rebase", "false")
    anne.tool("audit", "git-setup", str(anne.folder))
    anne.tool("audit", "new", "audit.yaml", "--organisation", "Stichting Welzijn Testdorp",
              "--route", "certificerend", "--auditor", "Anne Jansen", "--auditor",
              "Bram de Wit", "--date", "2026-10-05", "--fte", "80")
    anne.tool("audit", "set", "audit.yaml", "V1", "--score", "voldoet", "--auditor",
              "Anne Jansen")
    anne.git("add", "-A")
    anne.git("commit", "-q", "-m", "Audit begonnen")
    anne.git("push", "-q", "origin", "main")
    bram = Laptop(tmp_path / "bram", env, cli)
    subprocess.run(["git", "clone", "-q", str(hub), str(bram.folder)], check=True, env=env)
    bram.git("config", "pull.rebase", "false")
    bram.tool("audit", "git-setup", str(bram.folder))
    return anne, bram


def test_git_setup_writes_the_attribute_once_and_the_driver_config(laptops):
    anne, _ = laptops
    assert (anne.folder / ".gitattributes").read_text() == "*.yaml merge=kwaliteitslabel\n"
    anne.tool("audit", "git-setup", str(anne.folder))
    assert (anne.folder / ".gitattributes").read_text() == "*.yaml merge=kwaliteitslabel\n"
    driver = anne.git("config", "merge.kwaliteitslabel.driver").stdout.strip()
    assert driver.endswith("-m kwaliteitslabel audit merge-driver %O %A %B --path %P")


def test_a_pull_merges_norms_and_records_a_same_norm_conflict(laptops):
    anne, bram = laptops
    anne.tool("audit", "set", "audit.yaml", "V2", "--score", "voldoet", "--finding",
              "Vragen worden verhelderd.", "--auditor", "Anne Jansen")
    anne.tool("audit", "set", "audit.yaml", "D1", "--score", "voldoet", "--auditor",
              "Anne Jansen")
    anne.git("commit", "-q", "-am", "Anne: V2 en D1")
    anne.git("push", "-q", "origin", "main")
    bram.tool("audit", "set", "audit.yaml", "V2", "--score", "voldoet_deels", "--finding",
              "Niet in elk team.", "--improvement", "Scholing", "--auditor", "Bram de Wit")
    bram.tool("audit", "set", "audit.yaml", "O1", "--score", "voldoet", "--auditor",
              "Bram de Wit")
    bram.git("commit", "-q", "-am", "Bram: V2 en O1")

    pulled = bram.git("pull", "-q", "origin", "main", check=False)
    assert pulled.returncode != 0  # git stops: a conflict is left for the auditors
    assert "conflicten vastgelegd in de audit, nog open: V2" in pulled.stderr
    text = (bram.folder / "audit.yaml").read_text(encoding="utf-8")
    assert "<<<<<<<" not in text and ">>>>>>>" not in text
    status = json.loads(bram.tool("audit", "status", "audit.yaml", "--json").stdout)
    assert status["conflicts"] == ["V2"]
    results = bram.results()
    assert {norm: results[norm].get("score") for norm in ("V1", "D1", "O1")} == \
        {"V1": "voldoet", "D1": "voldoet", "O1": "voldoet"}
    assert [(side["score"], side["assessed_by"]) for side in results["V2"]["conflict"]] == \
        [("voldoet_deels", "Bram de Wit"), ("voldoet", "Anne Jansen")]

    bram.tool("audit", "set", "audit.yaml", "V2", "--score", "voldoet_deels", "--auditor",
              "Bram de Wit")
    bram.git("add", "audit.yaml")
    bram.git("commit", "-q", "-m", "V2 gekozen")
    status = json.loads(bram.tool("audit", "status", "audit.yaml", "--json").stdout)
    assert status["conflicts"] == [] and status["scored"] == 4


def test_a_pull_of_other_norms_merges_cleanly(laptops):
    anne, bram = laptops
    anne.tool("audit", "set", "audit.yaml", "V2", "--score", "voldoet", "--auditor",
              "Anne Jansen")
    anne.git("commit", "-q", "-am", "Anne: V2")
    anne.git("push", "-q", "origin", "main")
    bram.tool("audit", "set", "audit.yaml", "V3", "--score", "voldoet", "--auditor",
              "Bram de Wit")
    bram.git("commit", "-q", "-am", "Bram: V3")
    bram.git("pull", "-q", "--no-edit", "origin", "main")
    assert bram.git("status", "--porcelain").stdout == ""
    assert sorted(bram.results()) == ["V1", "V2", "V3"]


def test_other_yaml_gets_the_text_merge_of_git(laptops):
    anne, bram = laptops
    (anne.folder / "notities.yaml").write_text("a: 1\nb: 2\n", encoding="utf-8")
    anne.git("add", "notities.yaml")
    anne.git("commit", "-q", "-m", "notities")
    anne.git("push", "-q", "origin", "main")
    bram.git("pull", "-q", "origin", "main")
    (anne.folder / "notities.yaml").write_text("a: 1\nb: 3\n", encoding="utf-8")
    anne.git("commit", "-q", "-am", "b is 3")
    anne.git("push", "-q", "origin", "main")
    (bram.folder / "notities.yaml").write_text("a: 1\nb: 4\n", encoding="utf-8")
    bram.git("commit", "-q", "-am", "b is 4")
    pulled = bram.git("pull", "-q", "origin", "main", check=False)
    assert pulled.returncode != 0
    assert "<<<<<<<" in (bram.folder / "notities.yaml").read_text(encoding="utf-8")
