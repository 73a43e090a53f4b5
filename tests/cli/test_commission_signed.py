"""Signed decisions: a decision holds only with a signature from the commission's keyring,
and an edit to a signed or lapsed decision gives no label."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kwaliteitslabel.framework.locate import shipped_root
from tests.cli.test_commission_act import (
    DUO,
    EXAMPLES,
    advise,
    decide,
    fill,
    new,
    norm_ids,
    score,
)


@pytest.fixture
def workspace(tmp_path, monkeypatch) -> Path:
    """A commission's workspace: a copy of the shipped 2019 framework, an empty keyring."""
    norms = tmp_path / "norms"
    shutil.copytree(shipped_root() / "2019", norms / "2019")
    (norms / "sleutels").mkdir()
    monkeypatch.chdir(tmp_path)
    return norms


def test_a_signed_decision_round_trip_and_its_tampering(cli, workspace, tmp_path):
    made = cli("keys", "new", tmp_path / "commissie.pem", "--name",
               "beheercommissie Kwaliteitslabel 2026", "--keyring", workspace / "sleutels")
    assert made.exit_code == 0, made.output
    assert (tmp_path / "commissie.pem").stat().st_mode & 0o077 == 0
    path = new(cli, tmp_path / "audit.yaml", "certificerend", *DUO)
    fill(path, norm_ids(cli))
    assert advise(cli, path).exit_code == 0
    # the example key is not in this workspace's keyring
    stranger = decide(cli, path, "--granted", "--number", "KL-9")
    assert stranger.exit_code == 1 and "staat niet in de sleutelbos" in stranger.stderr
    signed = decide(cli, path, "--granted", "--number", "KL-9", key=tmp_path / "commissie.pem")
    assert signed.exit_code == 0, signed.output
    data = score(cli, path)
    assert data["label"] == "gecertificeerd"
    assert "beheercommissie Kwaliteitslabel 2026" in data["decision"]["signature"]
    # a hand edit of the decision breaks print and signature
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("number: KL-9", "number: KL-10"), encoding="utf-8")
    data = score(cli, path)
    assert (data["status"], data["label"]) == ("concept", "geen")
    assert "de handtekening onder het besluit klopt niet" in data["decision"]["signature"]
    check = cli("audit", "check", path)
    assert check.exit_code == 1 and "klopt niet" in check.stdout
    path.write_text(text, encoding="utf-8")
    assert score(cli, path)["label"] == "gecertificeerd"
    # a key taken out of the keyring: the signature names the unknown key
    for entry in (workspace / "sleutels").iterdir():
        entry.unlink()
    data = score(cli, path)
    assert data["label"] == "geen"
    assert "niet in de sleutelbos" in data["decision"]["signature"]


def test_a_refused_decision_edited_to_granted_gives_no_label(cli, ready):
    assert advise(cli, ready).exit_code == 0
    assert decide(cli, ready, "--refused", "--reason", "Niet concreet").exit_code == 0
    text = ready.read_text(encoding="utf-8")
    ready.write_text(text.replace("granted: false", "granted: true"), encoding="utf-8")
    data = score(cli, ready)
    assert (data["status"], data["label"]) == ("concept", "geen")


def test_an_unsigned_decision_gives_no_label(cli, ready):
    assert advise(cli, ready).exit_code == 0
    unsigned = decide(cli, ready, "--granted", "--number", "KL-4", key=None)
    assert unsigned.exit_code == 0
    assert "dit besluit geeft nog geen label" in unsigned.stderr
    assert score(cli, ready)["label"] == "geen"
    check = cli("audit", "check", ready)
    assert "het besluit is niet ondertekend" in check.stdout


def test_a_re_dated_lapsed_decision_does_not_revive(cli, tmp_path):
    path = tmp_path / "oud.yaml"
    shutil.copy(EXAMPLES / "certificerend-2017.yaml", path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("date: 2019-12-10", "date: 2026-12-05"), encoding="utf-8")
    data = score(cli, path)
    assert data["label"] == "geen" and data["status"] == "concept"


def test_the_examples_are_signed_with_the_example_key(cli):
    data = score(cli, EXAMPLES / "certificerend.yaml")
    assert data["label"] == "gecertificeerd"
    assert "een voorbeeldsleutel" in data["decision"]["signature"]
