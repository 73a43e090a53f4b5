"""Wrong usage: a Dutch message naming what is wrong (all of it), the closest match, exit 2.

And the values the command line takes as an auditor types them: the walk's verdict
aliases, a role with or without its accent, a decimal comma, a framework version.
"""

from __future__ import annotations

import pytest
from ruamel.yaml import YAML

ENGLISH = ("Usage:", "Error", "Try ", "No such", "Missing", "Invalid value", "Got unexpected",
           "requires an argument", "Input should", "Traceback")


def saved_yaml(path):
    return YAML(typ="safe").load(path)


@pytest.fixture
def audit(new_audit):
    return new_audit()


USAGE_CASES = {
    "unknown option": (("audit", "set", "{audit}", "V3", "--scor", "voldoet"),
                       ["onbekende optie --scor; bedoelt u '--score'?"]),
    "unknown command": (("audit", "sett", "{audit}"),
                        ["onbekende opdracht 'sett'; bedoelt u 'set'?"]),
    "unknown root option": (("--verbos", "norms", "list"),
                            ["onbekende optie --verbos; bedoelt u '--verbose'?"]),
    "missing arguments": (("norms", "diff"), ["ontbreekt: OUD, NIEUW"]),
    "missing argument": (("norms", "show"), ["ontbreekt: NORM"]),
    "missing options": (("audit", "new", "{tmp}/nieuw.yaml"),
                        ["ontbreekt: --organisation NAAM, --route"]),
    "missing norm and score": (("audit", "set", "{audit}"), ["geef een norm en --score"]),
    "option without its value": (("audit", "set", "{audit}", "V3", "--score"),
                                 ["optie --score vraagt een waarde"]),
    "extra arguments": (("audit", "set", "{audit}", "V3", "goed", "gedaan"),
                        ["te veel argumenten: goed gedaan",
                         "zet tekst met spaties tussen aanhalingstekens"]),
    "not a number": (("audit", "new", "{tmp}/nieuw.yaml", "--organisation", "X", "--route",
                      "zelfevaluatie", "--fte", "veel"),
                     ["ongeldige waarde voor --fte: geef een getal, bijv. 12,5"]),
    "unknown language": (("--lang", "fr", "norms", "list"),
                         ["ongeldige waarde voor --lang: kies uit nl, en"]),
    "no command": (("audit", "--norms", "x"), ["onbekende optie --norms"]),
}


@pytest.mark.parametrize("case", list(USAGE_CASES))
def test_wrong_usage_is_explained_in_dutch_with_exit_2(cli, audit, tmp_path, case):
    args, expected = USAGE_CASES[case]
    before = audit.read_bytes()
    result = cli(*(arg.format(audit=audit, tmp=tmp_path) for arg in args))
    assert result.exit_code == 2, (case, result.output)
    for text in expected:
        assert text in result.stderr, (case, result.stderr)
    assert "Zie 'kwaliteitslabel" in result.stderr and "-h' voor hulp." in result.stderr
    for word in ENGLISH:
        assert word not in result.output, (case, word, result.output)
    assert result.stdout == ""
    assert audit.read_bytes() == before
    assert not (tmp_path / "nieuw.yaml").exists()


SUGGESTIONS = {
    "verdict": (("audit", "set", "{audit}", "V3", "--score", "voldoed"),
                "oordeel 'voldoed' staat niet op de schaal van normenkader 2019; bedoelt u "
                "'voldoet'?"),
    "route": (("audit", "new", "{tmp}/nieuw.yaml", "--organisation", "X", "--route",
               "certificerent"), "onbekende route 'certificerent'; bedoelt u 'certificerend'?"),
    "kind": (("audit", "set", "{audit}", "V3", "--score", "voldoet", "--evidence",
              "gesprekk/medewerkers: zes gesproken"), "bedoelt u 'gesprek'?"),
    "role": (("audit", "details", "{audit}", "--participant", "clientenrad:3"),
             "onbekende rol 'clientenrad'; bedoelt u 'clientenraad'?"),
    "area": (("norms", "list", "--area", "organisatie_bestur"),
             "onbekend aandachtsgebied 'organisatie_bestur'; bedoelt u 'organisatie_bestuur'?"),
    "command": (("norms", "lijst"), "onbekende opdracht 'lijst'; bedoelt u 'list'?"),
    "option": (("report", "{audit}", "--outptu", "x.pdf"),
               "onbekende optie --outptu; bedoelt u '--output'?"),
}


@pytest.mark.parametrize("kind", list(SUGGESTIONS))
def test_a_typo_gets_the_closest_match(cli, audit, tmp_path, kind):
    args, expected = SUGGESTIONS[kind]
    before = audit.read_bytes()
    result = cli(*(arg.format(audit=audit, tmp=tmp_path) for arg in args))
    assert result.exit_code in (1, 2), result.output
    assert expected in result.stderr, (kind, result.stderr)
    assert audit.read_bytes() == before


@pytest.mark.parametrize("typed", ["d", "deels", "voldoet deels", "2", "Voldoet_Deels"])
def test_set_takes_the_walks_verdict_aliases(cli, audit, typed):
    result = cli("audit", "set", audit, "V3", "--score", typed, "--improvement", "Vastleggen.",
                 "--evidence", "document: werkplan")
    assert result.exit_code == 0, result.output
    assert "V3: voldoet_deels bewaard" in result.stdout
    saved = saved_yaml(audit)
    assert saved["results"]["V3"]["score"] == "voldoet_deels"


@pytest.mark.parametrize("typed", ["cliëntenraad", "clientenraad", "Cliëntenraad"])
def test_a_role_is_taken_with_or_without_its_accent(cli, audit, typed):
    result = cli("audit", "details", audit, "--participant", f"{typed}:4")
    assert result.exit_code == 0, result.output
    saved = saved_yaml(audit)
    assert saved["participants"] == [{"role": "clientenraad", "count": 4}]


def test_fte_takes_a_decimal_comma(cli, tmp_path):
    path = tmp_path / "komma.yaml"
    result = cli("audit", "new", path, "--organisation", "X", "--route", "zelfevaluatie",
                 "--fte", "12,5", "--date", "2026-10-05")
    assert result.exit_code == 0, result.output
    assert saved_yaml(path)["fte"] == 12.5
    again = cli("audit", "details", path, "--fte", "7,25")
    assert again.exit_code == 0, again.output
    assert saved_yaml(path)["fte"] == 7.25


def test_norms_takes_a_version(cli, outside):
    result = cli("norms", "list", "--norms", "2017")
    assert result.exit_code == 0, result.output
    assert "Normenkader 2017" in result.stdout
    show = cli("norms", "show", "V1", "--norms", "2017", "--json")
    assert show.exit_code == 0, show.output


def test_norms_list_names_the_areas(cli, outside):
    result = cli("norms", "list")
    assert result.exit_code == 0
    assert "Organisatie en bestuur" in result.stdout or "Organisatie en" in result.stdout
    assert "organisatie_bestuur" not in result.stdout


def test_a_missing_requirement_reads_as_missing(cli, tmp_path):
    result = cli("audit", "new", tmp_path / "a.yaml", "--organisation", "X", "--route",
                 "certificerend", "--date", "2026-10-05")
    assert result.exit_code == 0, result.output
    assert "nog geen certificerende instelling vastgelegd" in result.stderr
    assert "een certificerende instelling is vastgelegd" not in result.output
    assert "verder met: kwaliteitslabel audit run" in result.stderr
    assert "verder met" not in result.stdout


def test_a_hint_is_a_command_that_works_as_printed(cli, tmp_path):
    path = tmp_path / "met spatie.yaml"
    made = cli("audit", "new", path, "--organisation", "X", "--route", "zelfevaluatie")
    assert made.exit_code == 0
    again = cli("audit", "new", path, "--organisation", "X", "--route", "zelfevaluatie")
    assert again.exit_code == 1
    assert f"kwaliteitslabel audit run '{path}'" in again.stderr


def test_details_shows_the_audit_days_in_words(cli, audit):
    result = cli("audit", "details", audit, "--end-date", "2026-10-07")
    assert result.exit_code == 0, result.output
    shown = cli("audit", "details", audit)
    assert "auditdagen: 2026-10-05 tot en met 2026-10-07" in shown.stdout
    assert "start 2026" not in shown.stdout and "end 2026" not in shown.stdout
