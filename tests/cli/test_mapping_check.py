"""`norms check` on the mapping between versions (`herkomst.yaml`)."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import VERSIONS
from tests.helpers import edit, line_of


@pytest.fixture
def pair(tmp_path):
    """A writable copy of the small frameworks 2017 and 2019, side by side."""
    target = tmp_path / "norms"
    shutil.copytree(VERSIONS, target)
    return target


def test_a_consistent_mapping_passes_and_is_summarised(cli, pair):
    result = cli("norms", "check", pair / "2019")
    assert result.exit_code == 0, result.output
    assert (f"herkomst:      uit 2017 ({pair / '2017'}): gelijk 1, gesplitst 2, "
            "samengevoegd 1, herschreven 1, nieuw 1") in result.stdout
    data = json.loads(cli("norms", "check", pair / "2019", "--json").stdout)
    assert data["mapping"] == {"from_version": "2017",
                               "kinds": {"same": 1, "split": 2, "merged": 1, "reworded": 1,
                                         "new": 1}}


def test_a_framework_without_mapping_has_none(cli, pair):
    data = json.loads(cli("norms", "check", pair / "2017", "--json").stdout)
    assert data["ok"] is True and "mapping" not in data


def test_every_inconsistency_is_reported_with_its_line(cli, pair):
    mapping = pair / "2019" / "herkomst.yaml"
    same_two = edit(mapping, "V1: {kind: same, from: [V1]}", "V1: {kind: same, from: [V1, V9]}")
    merged_one = edit(mapping, "    from: [V3, D1]", "    from: [V3]")
    new_with_from = edit(mapping, "D2: {kind: new, note:", "D2: {kind: new, from: [D2], note:")
    result = cli("norms", "check", pair / "2019")
    assert result.exit_code == 1
    errors = result.stderr
    assert f"herkomst.yaml:{same_two}:" in errors
    assert "V1 heeft kind: same en komt dus uit precies één norm" in errors
    assert "norm 'V9' bestaat niet in normenkader 2017; corrigeer het id" in errors
    assert f"herkomst.yaml:{merged_one}:" in errors
    assert "V4 heeft kind: merged: noem onder from de twee of meer normen" in errors
    assert f"herkomst.yaml:{new_with_from}:" in errors
    assert "D2 heeft kind: new maar noemt from" in errors
    norms_line = line_of(mapping, "norms:")
    assert (f"herkomst.yaml:{norms_line}:1: de normen D1 van 2017 komen nergens onder from "
            "voor") in errors


def test_new_norms_missing_and_unknown_ids(cli, pair):
    mapping = pair / "2019" / "herkomst.yaml"
    unknown = edit(mapping, "  D1: {kind: reworded, from: [D2]}",
                   "  D9: {kind: reworded, from: [D2]}")
    result = cli("norms", "check", pair / "2019")
    assert result.exit_code == 1
    assert (f"herkomst.yaml:{unknown}:3: norm 'D9' bestaat niet in normenkader 2019"
            in result.stderr)
    assert "de normen D1 van 2019 staan niet in herkomst.yaml" in result.stderr


def test_split_must_feed_more_than_one_norm_and_same_only_one(cli, pair):
    mapping = pair / "2019" / "herkomst.yaml"
    edit(mapping, "  V3:\n    kind: split\n    from: [V2]",
         "  V3:\n    kind: split\n    from: [V1]")
    result = cli("norms", "check", pair / "2019")
    assert result.exit_code == 1
    assert "V2 heeft kind: split, maar V2 gaat alleen naar V2" in result.stderr
    assert "V1 heeft kind: same, maar V1 gaat ook naar V3" in result.stderr


def test_older_version_that_cannot_be_found(cli, pair, outside):
    mapping = pair / "2019" / "herkomst.yaml"
    line = edit(mapping, 'from_version: "2017"', 'from_version: "2016"')
    result = cli("norms", "check", pair / "2019")
    assert result.exit_code == 1
    assert f"herkomst.yaml:{line}:15: normenkader 2016 is niet gevonden" in result.stderr


def test_misspelt_key_in_the_mapping_gets_a_suggestion(cli, pair):
    mapping = pair / "2019" / "herkomst.yaml"
    line = edit(mapping, "V1: {kind: same, from: [V1]}", "V1: {kind: same, form: [V1]}")
    result = cli("norms", "check", pair / "2019")
    assert result.exit_code == 1
    assert f"herkomst.yaml:{line}:" in result.stderr
    assert "onbekend veld 'form' in 'norms.V1'; bedoelt u 'from'?" in result.stderr
