"""`kwaliteitslabel audit new` in a terminal asks for what the command line left out."""

from __future__ import annotations

import sys

import pexpect
from ruamel.yaml import YAML

from tests.walk.test_walk_pty import environment


def test_new_asks_for_organisation_route_and_auditors(tmp_path):
    path = tmp_path / "nieuw.yaml"
    child = pexpect.spawn(sys.executable, ["-m", "kwaliteitslabel", "audit", "new", str(path)],
                          env=environment(), cwd=str(tmp_path), encoding="utf-8", timeout=10,
                          dimensions=(30, 80))
    child.expect_exact("Naam van de organisatie")
    child.sendline("Stichting Welzijn Vraagdorp")
    child.expect_exact("Route")
    child.sendline("bestaat-niet")
    child.expect_exact("Kies een van de mogelijkheden")
    child.sendline("intercollegiaal")
    child.expect_exact("Auditor(en)")
    child.sendline("Anne Jansen, Bram de Wit")
    child.expect_exact("Audit aangemaakt")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    data = YAML(typ="safe").load(path)
    assert data["organisation"] == "Stichting Welzijn Vraagdorp"
    assert data["route"] == "intercollegiaal"
    assert [a["name"] for a in data["auditors"]] == ["Anne Jansen", "Bram de Wit"]
