"""Small holes: an empty certificate number, a start date no framework allows, and
invisible characters that a message would hide."""

from __future__ import annotations

import shutil

from tests.conftest import AUDITS


def _copy(tmp_path, name="zelfevaluatie.yaml"):
    path = tmp_path / name
    shutil.copy(AUDITS / name, path)
    return path


def test_an_empty_certificate_number_is_refused(cli, tmp_path):
    path = _copy(tmp_path, "certificerend-advies.yaml")
    before = path.read_bytes()
    run = cli("audit", "decide", path, "--granted", "--date", "2026-12-01",
              "--by", "beheercommissie Kwaliteitslabel", "--number", "")
    assert run.exit_code == 1
    assert "--number: leeg; geef het certificaatnummer of laat --number weg" in run.stderr
    assert path.read_bytes() == before


def test_details_refuse_a_start_date_outside_the_pinned_framework(cli, tmp_path):
    path = _copy(tmp_path)
    before = path.read_bytes()
    run = cli("audit", "details", path, "--date", "2015-01-01")
    assert run.exit_code == 1
    assert "--date: een audit die op 2015-01-01 begint hoort niet bij normenkader 2019" \
        in run.stderr
    assert "het label bestaat sinds 2016-12-01" in run.stderr
    assert path.read_bytes() == before
    assert cli("audit", "details", path, "--date", "2019-06-01").exit_code == 1
    moved = cli("audit", "details", path, "--date", "2026-01-05")
    assert moved.exit_code == 0, moved.output


def test_invisible_characters_in_a_message_are_shown_as_codes(cli, tmp_path):
    path = _copy(tmp_path)
    run = cli("audit", "set", path, "V1\u200b", "--score", "voldoet")
    assert run.exit_code == 1
    assert "norm 'V1⟨U+200B (ZERO WIDTH SPACE)⟩' bestaat niet" in run.stderr
    assert "\u200b" not in run.stderr
