"""The corpus of bad files: each gives its message, exit 1, and stays unchanged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kwaliteitslabel.framework.locate import shipped_root
from kwaliteitslabel.limits import MAX_FILE_BYTES
from tests.conftest import DATA

BAD_AUDITS = DATA / "bad" / "audits"
BAD_NORMS = DATA / "bad" / "norms"

# file -> (line or None, what the message must say)
AUDIT_CASES = {
    "syntax-unclosed-bracket.yaml": (4, "lijst tussen [ ] is niet afgesloten"),
    "syntax-bad-indentation.yaml": (5, "de inspringing klopt niet"),
    "tabs.yaml": (4, "tab gebruikt om in te springen"),
    "duplicate-key.yaml": (8, "sleutel 'route' staat twee keer"),
    "latin1.yaml": (8, "geen geldige UTF-8-tekst; sla op als UTF-8"),
    "empty.yaml": (1, "het auditbestand is leeg"),
    "only-comments.yaml": (1, "het auditbestand is leeg"),
    "list-not-mapping.yaml": (1, "geen lijst van velden"),
    "plain-text.yaml": (1, "geen lijst van velden"),
    "wrong-types.yaml": (3, "'fte' moet een getal zijn, niet 'veel'"),
    "misspelt-key.yaml": (1, "onbekend veld 'organisatie'; bedoelt u 'organisation'?"),
    "unknown-norm.yaml": (11, "norm 'V99' bestaat niet in normenkader 2017"),
    "score-outside-scale.yaml": (10, "oordeel 'goed' staat niet op de schaal van normenkader "
                                     "2017; kies uit voldoet, voldoet_deels, voldoet_niet, nvt"),
    "not-a-date.yaml": (7, "'2026-13-45' is geen bestaande datum"),
    "end-before-start.yaml": (6, "de einddatum 2026-09-30 ligt voor de begindatum"),
    "unknown-route.yaml": (2, "route 'certificeren' bestaat niet in normenkader 2017; "
                              "bedoelt u 'certificerend'?"),
    "unknown-framework.yaml": (None, "normenkader versie 1999"),
    "nvt-on-core-norm.yaml": (9, "V1 is een kernnorm"),
    "nvt-without-reason.yaml": (9, "vraagt een reden"),
    "billion-laughs.yaml": (8, "anker &a is in een auditbestand niet toegestaan"),
    "deeply-nested.yaml": (None, "te diep genest"),
    "enormous-value.yaml": (8, "'characterisation' is te lang"),
}

NORM_CASES = {
    "syntax-error.yaml": (96, "lijst tussen [ ] is niet afgesloten"),
    "colon-in-text.yaml": (54, "een dubbele punt op een plek waar dat niet kan"),
    "tabs.yaml": (54, "tab gebruikt om in te springen"),
    "duplicate-key.yaml": (55, "sleutel 'title' staat twee keer"),
    "latin1.yaml": (5, "geen geldige UTF-8-tekst"),
    "empty.yaml": (1, "bestand is leeg"),
    "list-not-mapping.yaml": (1, "moet beginnen met velden"),
    "wrong-types.yaml": (12, "'core' moet true of false zijn, niet 'misschien'"),
    "misspelt-key.yaml": (25, "onbekend veld 'vragen' in V1; bedoelt u 'questions'?"),
    "unknown-competency.yaml": (94, "onbekende competentie 'C11'"),
    "unknown-role.yaml": (41, "onbekende rol 'wethouder'"),
    "too-few-norms.yaml": (9, "gebied 'vakmanschap' heeft 15 normen"),
    "billion-laughs.yaml": (None, "ankers en aliassen"),
}


@pytest.fixture(scope="module")
def fingerprint() -> str:
    from kwaliteitslabel.framework.load import load_framework

    return load_framework(shipped_root() / "2017").fingerprint


def test_every_corpus_file_has_an_expectation():
    assert {p.name for p in BAD_AUDITS.glob("*.yaml")} == set(AUDIT_CASES)
    assert {p.name for p in BAD_NORMS.glob("*.yaml")} == set(NORM_CASES)


def _expect(result, path: Path, line: int | None, message: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert message in result.stderr, result.stderr
    where = f"{path.name}:{line}" if line else path.name
    assert where in result.stderr, result.stderr


@pytest.mark.parametrize("name", sorted(AUDIT_CASES))
@pytest.mark.parametrize("command", ["status", "score", "set"])
def test_bad_audit_file(cli, tmp_path, fingerprint, name, command):
    original = (BAD_AUDITS / name).read_bytes()
    path = tmp_path / name
    path.write_bytes(original.replace(b"FINGERPRINT", fingerprint.encode()))
    before = path.read_bytes()
    extra = ("V2", "--score", "voldoet") if command == "set" else ()
    result = cli("audit", command, path, *extra)
    _expect(result, path, *AUDIT_CASES[name])
    assert path.read_bytes() == before
    assert (BAD_AUDITS / name).read_bytes() == original


@pytest.mark.parametrize("name", sorted(NORM_CASES))
def test_bad_norm_file(cli, norms_copy, name):
    target = norms_copy / "vakmanschap.yaml"
    shutil.copyfile(BAD_NORMS / name, target)
    before = target.read_bytes()
    result = cli("norms", "check", norms_copy)
    _expect(result, target, *NORM_CASES[name])
    assert target.read_bytes() == before


def test_a_file_over_the_size_limit(cli, tmp_path):
    path = tmp_path / "groot.yaml"
    with path.open("wb") as handle:
        handle.write(b"organisation: X\n")
        handle.truncate(50 * 1024 * 1024)
    result = cli("audit", "status", path)
    assert result.exit_code == 1
    assert "groot.yaml: bestand is te groot" in result.stderr
    assert f"hoogstens {MAX_FILE_BYTES // 1024} KiB" in result.stderr


def test_a_folder_instead_of_a_file(cli, tmp_path):
    result = cli("audit", "status", tmp_path)
    assert result.exit_code == 1
    assert "dit is een map, geen bestand" in result.stderr


def test_a_file_that_does_not_exist(cli, tmp_path):
    result = cli("audit", "set", tmp_path / "weg.yaml", "V1", "--score", "voldoet")
    assert result.exit_code == 1
    assert "weg.yaml: bestand bestaat niet" in result.stderr
    assert not (tmp_path / "weg.yaml").exists()


def test_a_file_without_read_permission(cli, new_audit, monkeypatch):
    path = new_audit()
    real_open = Path.open

    def refuse(self, *args, **kwargs):  # root reads anything: simulate what others see
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    result = cli("audit", "status", path)
    assert result.exit_code == 1
    assert "geen leesrechten" in result.stderr and path.name in result.stderr


def test_new_audit_in_a_folder_that_does_not_exist(cli, tmp_path):
    result = cli("audit", "new", tmp_path / "nergens" / "a.yaml", "--organisation", "X",
                 "--route", "zelfevaluatie")
    assert result.exit_code == 1
    assert "bestaat niet; maak haar eerst aan" in result.stderr


def _odd_but_valid(path: Path) -> bytes:
    text = path.read_text(encoding="utf-8")
    text = text.replace("organisation: Stichting Welzijn Testdorp",
                        "# opmerking bovenaan\norganisation: Stichting Wélzijn Tèstdorp 🌷"
                        "  # met accenten en emoji")
    lines = text.splitlines()
    route = next(i for i, line in enumerate(lines) if line.startswith("route:"))
    lines.insert(0, lines.pop(route))  # keys in another order
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def test_odd_but_valid_files_load_and_keep_their_form(cli, new_audit):
    path = new_audit()
    path.write_bytes(_odd_but_valid(path))
    status = cli("audit", "status", path, "--json")
    assert status.exit_code == 0, status.output
    assert json.loads(status.stdout)["organisation"] == "Stichting Wélzijn Tèstdorp 🌷"
    result = cli("audit", "set", path, "V1", "--score", "voldoet", "--finding", "Prima 👍")
    assert result.exit_code == 0, result.output
    data = path.read_bytes()
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8")[1:]
    assert "\n" not in text.replace("\r\n", "")
    assert text.startswith("route: certificerend\r\n")
    assert "# opmerking bovenaan\r\n" in text and "# met accenten en emoji" in text
    assert "findings: Prima 👍" in text
