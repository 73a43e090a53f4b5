"""Routes, readiness, the auditors' advice and the commission's decision, from the CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from ruamel.yaml import YAML

from tests.conftest import AUDITS

BODY = "Certificering Zuidkust"
PEER = "Stichting Welzijn Oosterduin"
DUO = ["--auditor", f"Anne Jansen; {BODY}; lead auditor", "--auditor", f"Bram de Wit; {BODY}"]
TOETSERS = ["--auditor", f"Carla Smit; {PEER}; toetser", "--auditor", f"Daan Kok; {PEER}"]
EVIDENCE = ["--evidence", "document: Werkwijze 2026, p. 3",
            "--evidence", "gesprek/medewerkers: zes sociaal werkers"]
COMMISSION = "beheercommissie Kwaliteitslabel"
KEY = ["--key", str(AUDITS / "voorbeeldsleutel.pem")]  # the example key, in the shipped keyring


def advise(cli, path, advice: str = "positief") -> None:
    """The lead auditor's formal advice, as the commission needs it before a grant."""
    result = cli("audit", "advise", path, "--advice", advice, "--reason",
                 "Het rapport is concreet en volledig", "--by", "Anne Jansen",
                 "--date", "2026-11-20")
    assert result.exit_code == 0, result.output


def norm_ids(cli) -> list[str]:
    return [norm["id"] for norm in json.loads(cli("norms", "list", "--json").stdout)]


def fill(path, ids, *, evidence: bool = True) -> None:
    """Every norm `voldoet`, written straight into the file (as a finished walk leaves it)."""
    yaml = YAML()
    data = yaml.load(path)

    def items() -> list[dict[str, str]]:  # new objects per norm: a shared one is an anchor
        return [{"kind": "document", "note": "Werkwijze 2026"},
                {"kind": "interview", "source": "medewerkers", "note": "zes sociaal werkers"}]

    data["results"] = {norm_id: {"score": "voldoet", **({"evidence": items()} if evidence
                                                        else {})} for norm_id in ids}
    yaml.dump(data, path)


def score(cli, path) -> dict:
    return json.loads(cli("audit", "score", path, "--json").stdout)


@pytest.fixture
def ready_audit(cli, tmp_path):
    path = tmp_path / "toetsing.yaml"
    result = cli("audit", "new", path, "--organisation", "Stichting Welzijn Beekdal",
                 "--route", "certificerend", "--certifying-body", BODY, *DUO,
                 "--date", "2026-11-02", "--end-date", "2026-11-04")
    assert result.exit_code == 0, result.output
    fill(path, norm_ids(cli))
    return path


def test_an_empty_certifying_audit_is_not_ready_and_never_stamped(cli, tmp_path):
    path = tmp_path / "leeg.yaml"
    result = cli("audit", "new", path, "--organisation", "X", "--route", "certificerend",
                 "--date", "2026-11-02")
    assert result.exit_code == 0
    assert "Nog nodig voor deze route" in result.stderr
    assert "certificerende instelling" in result.stderr
    for norm_id in norm_ids(cli):
        result = cli("audit", "set", path, norm_id, "--score", "voldoet")
        assert result.exit_code == 0
        assert "geen bewijs" in result.stderr  # said at once, not only at the end
    check = cli("audit", "check", path)
    assert check.exit_code == 1
    assert "✗ nog geen certificerende instelling vastgelegd" in check.stdout
    assert "✗ 2 auditoren van de certificerende instelling" in check.stdout
    assert "zonder bewijs" in check.stdout
    data = score(cli, path)
    assert data["status"] == "concept" and data["label"] == "geen"
    assert data["decision"] is None and data["valid_until"] is None
    refused = cli("audit", "decide", path, "--granted", "--date", "2026-11-20",
                  "--by", "beheercommissie Kwaliteitslabel")
    assert refused.exit_code == 1 and "nog niet klaar voor een besluit" in refused.stderr


def test_an_audit_before_the_label_existed_is_refused(cli, tmp_path):
    result = cli("audit", "new", tmp_path / "oud.yaml", "--organisation", "X", "--route",
                 "certificerend", "--date", "2016-03-01")
    assert result.exit_code == 1
    assert "2016-03-01" in result.stderr
    assert not (tmp_path / "oud.yaml").exists()


def test_check_of_a_ready_audit_passes(cli, ready_audit):
    result = cli("audit", "check", ready_audit)
    assert result.exit_code == 0, result.output
    assert "Klaar voor een definitief toetsingsrapport" in result.stdout
    data = json.loads(cli("audit", "check", ready_audit, "--json").stdout)
    assert data["ready"] is True
    assert {item["id"] for item in data["requirements"]} >= {
        "certifying_body", "auditors", "dates", "complete", "evidence", "independent"}


def test_positive_advice_awaits_the_decision_then_the_stamp(cli, ready_audit):
    advise(cli, ready_audit)
    data = score(cli, ready_audit)
    assert (data["status"], data["label"]) == ("advies_positief", "geen")
    assert data["advice"]["proposed"] == "positief" and data["decision"] is None
    result = cli("audit", "decide", ready_audit, "--granted", "--date", "2026-12-01",
                 "--by", "beheercommissie Kwaliteitslabel", "--number", "KL-2026-031", *KEY)
    assert result.exit_code == 0, result.output
    assert "geldig tot 2028-12-01" in result.stdout
    data = score(cli, ready_audit)
    assert (data["status"], data["label"]) == ("gecertificeerd", "gecertificeerd")
    assert data["decision"] | {"signature": None} == {
        "granted": True, "date": "2026-12-01", "by": "beheercommissie Kwaliteitslabel",
        "signed_by": [], "number": "KL-2026-031", "reason": None, "despite_rules": False,
        "signature": None, "valid_until": "2028-12-01"}
    shown = cli("audit", "score", ready_audit).stdout
    assert "Besluit:  toegekend op 2026-12-01" in shown and "Geldig tot: 2028-12-01" in shown


def test_a_refused_decision_gives_no_label(cli, ready_audit):
    advise(cli, ready_audit)
    assert cli("audit", "decide", ready_audit, "--refused", "--date", "2026-12-01",
               "--by", "beheercommissie Kwaliteitslabel", "--reason",
               "Het rapport is niet concreet genoeg", *KEY).exit_code == 0
    data = score(cli, ready_audit)
    assert (data["status"], data["label"]) == ("afgewezen", "geen")


def test_granted_only_on_a_positive_advice(cli, ready_audit):
    assert cli("audit", "set", ready_audit, "O3", "--score", "voldoet_niet", "--improvement",
               "Raad van toezicht opnieuw inrichten", *EVIDENCE,
               "--at", "2026-11-04").exit_code == 0
    advise(cli, ready_audit, "negatief")
    result = cli("audit", "decide", ready_audit, "--granted", "--date", "2026-12-01",
                 "--by", "beheercommissie Kwaliteitslabel", *KEY)
    assert result.exit_code == 1 and "advies aan de commissie is negatief" in result.stderr
    deciding = score(cli, ready_audit)["deciding_norms"]
    assert deciding == ["O3"]


def test_the_auditors_own_advice_is_shown_beside_the_rules(cli, ready_audit):
    result = cli("audit", "advise", ready_audit, "--advice", "negatief", "--reason",
                 "Het interne toezicht werkt in de praktijk niet", "--by", "Anne Jansen")
    assert result.exit_code == 0, result.output
    assert "advies wijkt af van de beslisregels (die geven positief)" in result.stdout
    data = score(cli, ready_audit)
    assert data["advice"]["proposed"] == "positief"
    assert data["advice"]["effective"] == "negatief" and data["advice"]["departs"] is True
    assert data["status"] == "advies_negatief" and data["label"] == "geen"
    assert "de auditoren adviseren negatief" in cli("audit", "score", ready_audit).stdout


def test_advice_and_decision_only_for_a_certifying_route(cli, new_audit):
    path = new_audit("zelfevaluatie")
    result = cli("audit", "advise", path, "--advice", "positief", "--reason", "r", "--by", "A")
    assert result.exit_code == 1 and "hoort niet bij deze route" in result.stderr
    result = cli("audit", "decide", path, "--granted", "--date", "2026-12-01", "--by",
                 COMMISSION)
    assert result.exit_code == 1


def test_a_decision_before_the_last_audit_day_or_in_the_future_is_refused(cli, ready_audit):
    early = cli("audit", "decide", ready_audit, "--refused", "--date", "2026-11-03", "--by",
                COMMISSION)
    assert early.exit_code == 1 and "laatste auditdag" in early.stderr
    later = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    future = cli("audit", "decide", ready_audit, "--refused", "--date", later, "--by",
                 COMMISSION)
    assert future.exit_code == 1 and "toekomst" in future.stderr


def test_intercollegial_needs_two_toetsers_of_another_organisation(cli, tmp_path):
    path = tmp_path / "leer.yaml"
    assert cli("audit", "new", path, "--organisation", "Stichting Welzijn Beekdal", "--route",
               "intercollegiaal", "--peer", "Stichting Welzijn Beekdal",
               "--date", "2026-11-02").exit_code == 0
    fill(path, norm_ids(cli))
    result = cli("audit", "check", path)
    assert result.exit_code == 1 and "1 collega-organisatie(s)" in result.stdout
    assert cli("audit", "details", path, "--peer", PEER, *TOETSERS).exit_code == 0
    assert cli("audit", "check", path).exit_code == 0
    data = score(cli, path)  # the label only once the commission registers it
    assert (data["status"], data["label"]) == ("advies_positief", "geen")


def test_details_change_the_header_through_the_save_path(cli, ready_audit):
    result = cli("audit", "details", ready_audit, "--scope", "wijkteams Noord en Zuid",
                 "--fte", "86.5", "--participant", "medewerkers:12:drie teams",
                 "--participant", "clientenraad:3")
    assert result.exit_code == 0, result.output
    data = json.loads(cli("audit", "details", ready_audit, "--json").stdout)
    assert data["scope"] == "wijkteams Noord en Zuid" and data["fte"] == 86.5
    assert data["participants"] == [{"role": "medewerkers", "count": 12,
                                     "note": "drie teams"},
                                    {"role": "clientenraad", "count": 3}]
    bad = cli("audit", "details", ready_audit, "--participant", "medewerker:3")
    assert bad.exit_code == 1 and "bedoelt u 'medewerkers'?" in bad.stderr
    assert "V1" in YAML(typ="safe").load(ready_audit.read_text(encoding="utf-8"))["results"]


def test_a_mistyped_evidence_kind_and_an_empty_note_are_refused(cli, ready_audit):
    before = ready_audit.read_bytes()
    result = cli("audit", "set", ready_audit, "V1", "--score", "voldoet", "--evidence",
                 "gesprekken/team Noord: vier sociaal werkers")
    assert result.exit_code == 1
    assert "--evidence: 'gesprekken' is geen soort bewijs; bedoelt u 'gesprek'?" in result.stderr
    result = cli("audit", "set", ready_audit, "V1", "--score", "voldoet", "--evidence",
                 "gesprek:")
    assert result.exit_code == 1 and "typ na 'gesprek:'" in result.stderr
    assert ready_audit.read_bytes() == before


def test_one_source_only_is_a_warning(cli, ready_audit):
    assert cli("audit", "set", ready_audit, "V2", "--score", "voldoet", "--finding",
               "Eén gesprek").exit_code == 0
    yaml = YAML()
    data = yaml.load(ready_audit)
    data["results"]["V2"]["evidence"] = [{"kind": "interview", "source": "medewerkers",
                                          "note": "één gesprek"}]
    yaml.dump(data, ready_audit)
    result = cli("audit", "check", ready_audit)
    assert result.exit_code == 0
    assert "! een oordeel rust op één bron" in result.stdout and "V2" in result.stdout


# -- what an outside review found ---------------------------------------------------------

def test_a_hand_written_decision_gives_no_stamp(cli, tmp_path):
    path = tmp_path / "hand.yaml"
    path.write_text((AUDITS / "certificerend-advies.yaml").read_text(encoding="utf-8")
                    + "decision:\n  granted: true\n  date: 2026-11-20\n  by: iemand\n",
                    encoding="utf-8")
    data = score(cli, path)
    assert (data["status"], data["label"]) == ("concept", "geen")
    check = cli("audit", "check", path)
    assert check.exit_code == 1 and "het besluit van de commissie geldt voor een andere" \
        in check.stdout
    assert cli("certificate", path, "-o", tmp_path / "c.pdf").exit_code == 1


def test_a_decision_holds_only_for_the_audit_it_was_taken_on(cli, ready_audit):
    advise(cli, ready_audit)
    assert cli("audit", "decide", ready_audit, "--granted", "--date", "2026-11-30", "--by",
               "beheercommissie Kwaliteitslabel", "--number", "KL-1", *KEY).exit_code == 0
    assert score(cli, ready_audit)["label"] == "gecertificeerd"
    result = cli("audit", "details", ready_audit, "--organisation", "Een Andere Stichting")
    assert result.exit_code == 0
    assert "het advies van de lead auditor en het besluit van de beheercommissie gelden na " \
        "deze wijziging niet meer" in result.stderr
    assert (score(cli, ready_audit)["status"], score(cli, ready_audit)["label"]) == \
        ("concept", "geen")


def test_an_audit_still_to_come_is_not_final(cli, tmp_path):
    path = tmp_path / "later.yaml"
    soon = dt.date.today() + dt.timedelta(days=20)
    assert cli("audit", "new", path, "--organisation", "X", "--route", "certificerend",
               "--certifying-body", BODY, *DUO, "--date", dt.date.today().isoformat(),
               "--end-date", soon.isoformat()).exit_code == 0
    fill(path, norm_ids(cli))
    result = cli("audit", "check", path)
    assert result.exit_code == 1 and "ligt nog in de toekomst" in result.stdout
    advice = cli("audit", "advise", path, "--advice", "positief", "--reason", "r", "--by",
                 "Anne Jansen")
    assert advice.exit_code == 1 and "de audit loopt nog" in advice.stderr


def test_decide_takes_one_of_granted_and_refused_and_replaces_only_with_force(cli, ready_audit):
    both = cli("audit", "decide", ready_audit, "--granted", "--refused", "--date",
               "2026-11-30", "--by", "beheercommissie Kwaliteitslabel")
    assert both.exit_code == 2
    assert cli("audit", "decide", ready_audit, "--refused", "--date", "2026-11-30", "--by",
               "beheercommissie Kwaliteitslabel").exit_code == 0
    again = cli("audit", "decide", ready_audit, "--granted", "--date", "2026-11-30", "--by",
                "beheercommissie Kwaliteitslabel")
    assert again.exit_code == 1 and "er is al een besluit" in again.stderr
    by_auditor = cli("audit", "decide", ready_audit, "--granted", "--date", "2026-11-30",
                     "--by", "Anne Jansen", "--force")
    assert by_auditor.exit_code == 1 and "besluit niet over dit label" in by_auditor.stderr


def test_the_advice_is_the_auditors_and_is_replaced_only_with_force(cli, ready_audit):
    stranger = cli("audit", "advise", ready_audit, "--advice", "positief", "--reason", "r",
                   "--by", "Iemand Anders")
    assert stranger.exit_code == 1 and "mag het formele advies niet geven" in stranger.stderr
    assert cli("audit", "advise", ready_audit, "--advice", "positief", "--reason", "r",
               "--by", "Anne Jansen").exit_code == 0
    again = cli("audit", "advise", ready_audit, "--advice", "negatief", "--reason", "r",
                "--by", "Bram de Wit")
    assert again.exit_code == 1 and "er is al een advies" in again.stderr


def test_the_same_person_twice_is_no_audit_duo(cli, tmp_path):
    path = tmp_path / "een.yaml"
    assert cli("audit", "new", path, "--organisation", "X", "--route", "certificerend",
               "--certifying-body", BODY, "--auditor", f"Anne Jansen; {BODY}",
               "--auditor", f"anne  jansen; {BODY}", "--date", "2026-11-02").exit_code == 0
    assert "vastgelegd: 1" in cli("audit", "check", path).stdout


def test_evidence_needs_a_kind_with_a_note_or_a_real_note(cli, ready_audit):
    for typed in ("gesprek/medewerkers", "-", "q"):
        result = cli("audit", "set", ready_audit, "V2", "--score", "voldoet", "--evidence", typed)
        assert result.exit_code == 1, typed
        assert "--evidence:" in result.stderr


def test_a_certificate_needs_a_number(cli, ready_audit, tmp_path):
    advise(cli, ready_audit)
    assert cli("audit", "decide", ready_audit, "--granted", "--date", "2026-11-30", "--by",
               "beheercommissie Kwaliteitslabel", *KEY).exit_code == 0
    result = cli("certificate", ready_audit, "-o", tmp_path / "c.pdf")
    assert result.exit_code == 1 and "geen certificaatnummer" in result.stderr


def test_set_can_replace_the_lists_of_a_norm(cli, ready_audit):
    assert cli("audit", "set", ready_audit, "V3", "--score", "voldoet", "--evidence",
               "document: Plan 2026", "--evidence", "gesprek/clienten: drie inwoners",
               "--replace").exit_code == 0
    evidence = YAML(typ="safe").load(ready_audit.read_text(encoding="utf-8"))["results"]["V3"][
        "evidence"]
    assert [item["note"] for item in evidence] == ["Plan 2026", "drie inwoners"]
