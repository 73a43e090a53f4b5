"""The label is the commission's act: who advises, who decides, what a decision holds for,
and when a label shows; each defect found on the earlier main, reproduced from the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "audits"
EXAMPLE_KEY = EXAMPLES / "voorbeeldsleutel.pem"
BODY = "Certificering Zuidkust"
PEER = "Stichting Welzijn Oosterduin"
COMMISSION = "beheercommissie Kwaliteitslabel"
DUO = ["--auditor", f"Anne Jansen; {BODY}; lead auditor", "--auditor", f"Bram de Wit; {BODY}"]
TOETSERS = ["--auditor", f"Carla Smit; {PEER}; toetser", "--auditor", f"Daan Kok; {PEER}"]
EVIDENCE = ["--evidence", "document: Werkwijze 2026, p. 3",
            "--evidence", "gesprek/medewerkers: zes sociaal werkers"]
REASON = "Alle normen beoordeeld en het rapport is concreet en volledig."


def norm_ids(cli) -> list[str]:
    return [norm["id"] for norm in json.loads(cli("norms", "list", "--json").stdout)]


def fill(path: Path, ids: list[str], **special: str) -> None:
    """Every norm `voldoet` (or as `special` says), with evidence, as a finished walk."""
    yaml = YAML()
    data = yaml.load(path)

    def result(norm_id: str) -> dict:
        verdict = special.get(norm_id, "voldoet")
        item = {"score": verdict,
                "evidence": [{"kind": "document", "note": "Werkwijze 2026"},
                             {"kind": "interview", "source": "medewerkers", "note": "zes"}]}
        if verdict != "voldoet":
            item["improvements"] = [{"text": "Beleid bijwerken"}]
        return item

    data["results"] = {norm_id: result(norm_id) for norm_id in ids}
    yaml.dump(data, path)


def score(cli, path) -> dict:
    return json.loads(cli("audit", "score", path, "--json").stdout)


def new(cli, path: Path, route: str, *people: str) -> Path:
    extra = ["--certifying-body", BODY] if route in ("certificerend", "combinatie") else []
    peers = ["--peer", PEER] if route in ("intercollegiaal", "combinatie") else []
    result = cli("audit", "new", path, "--organisation", "Stichting Welzijn Beekdal",
                 "--route", route, *extra, *peers, *people,
                 "--date", "2026-11-02", "--end-date", "2026-11-04")
    assert result.exit_code == 0, result.output
    return path


def advise(cli, path, advice="positief", by="Anne Jansen", *extra):
    return cli("audit", "advise", path, "--advice", advice, "--reason", REASON, "--by", by,
               "--date", "2026-11-20", *extra)


def decide(cli, path, *extra, by=COMMISSION, date="2026-12-01", key=EXAMPLE_KEY):
    signing = ["--key", key] if key else []
    return cli("audit", "decide", path, "--date", date, "--by", by, *signing, *extra)


def test_a_positive_advice_shows_no_label_until_the_commission_grants(cli, ready):
    assert advise(cli, ready).exit_code == 0
    data = score(cli, ready)
    assert (data["status"], data["label"]) == ("advies_positief", "geen")
    shown = cli("audit", "score", ready).stdout
    assert "Label:    geen label" in shown
    granted = decide(cli, ready, "--granted", "--number", "KL-1",
                     "--signed-by", "Hanneke Brouwer, voorzitter")
    assert granted.exit_code == 0, granted.output
    assert "Ondertekend met de sleutel" in granted.stdout and "voorbeeldsleutel" in granted.stdout
    data = score(cli, ready)
    assert (data["status"], data["label"]) == ("gecertificeerd", "gecertificeerd")
    assert data["decision"]["signed_by"] == ["Hanneke Brouwer, voorzitter"]
    assert "ondertekend met de sleutel" in data["decision"]["signature"]


def test_a_grant_needs_the_formal_advice(cli, ready):
    refused = decide(cli, ready, "--granted")
    assert refused.exit_code == 1 and "nog geen formeel advies" in refused.stderr


def test_a_stale_advice_does_not_carry_a_new_grant(cli, ready):
    assert advise(cli, ready).exit_code == 0
    assert decide(cli, ready, "--granted", "--number", "KL-1").exit_code == 0
    changed = cli("audit", "set", ready, "O12", "--score", "voldoet_niet", "--improvement",
                  "Opnieuw inrichten", *EVIDENCE)
    assert changed.exit_code == 0
    assert "het advies van de lead auditor en het besluit van de beheercommissie gelden na " \
           "deze wijziging niet meer" in changed.stderr
    data = score(cli, ready)
    assert (data["status"], data["label"]) == ("concept", "geen")
    again = decide(cli, ready, "--granted", "--force")
    assert again.exit_code == 1
    assert "het advies hoort bij een eerdere versie van de audit; laat de lead auditor " \
           "opnieuw adviseren" in again.stderr
    check = cli("audit", "check", ready)
    assert check.exit_code == 1
    assert "✗ het advies hoort bij een eerdere versie van de audit" in check.stdout


def test_a_change_that_voids_only_the_advice_says_so_in_the_singular(cli, ready):
    assert advise(cli, ready).exit_code == 0
    changed = cli("audit", "set", ready, "O12", "--score", "voldoet_niet", "--improvement",
                  "Opnieuw inrichten", *EVIDENCE)
    assert changed.exit_code == 0
    said = " ".join(changed.stderr.split())
    assert "het advies van de lead auditor geldt na deze wijziging niet meer; het hoort " \
           "bij de vorige versie van de audit. Laat de lead auditor opnieuw adviseren" in said
    assert "besluiten" not in said  # there is no decision to take again


def test_a_header_change_voids_advice_and_decision_and_says_so(cli, ready):
    assert advise(cli, ready).exit_code == 0
    assert decide(cli, ready, "--granted", "--number", "KL-1").exit_code == 0
    changed = cli("audit", "details", ready, "--scope", "alleen team Noord")
    assert changed.exit_code == 0
    assert "gelden na deze wijziging niet meer" in changed.stderr
    assert score(cli, ready)["label"] == "geen"


def test_advise_force_after_a_decision_says_the_decision_no_longer_holds(cli, ready):
    assert advise(cli, ready).exit_code == 0
    assert decide(cli, ready, "--granted", "--number", "KL-1").exit_code == 0
    again = cli("audit", "advise", ready, "--advice", "positief", "--reason", "Nu met de "
                "bevindingen van de certificatiemanager erbij.", "--by", "Anne Jansen",
                "--date", "2026-11-21", "--force")
    assert again.exit_code == 0, again.output
    assert "het besluit van de beheercommissie hoorde bij het vorige advies en geldt niet " \
           "meer" in again.stderr
    assert score(cli, ready)["label"] == "geen"


@pytest.mark.parametrize("by, why", [
    ("Piet Willekeurig", "besluit niet over dit label"),
    (BODY, "besluit niet over dit label"),
    ("Jan", "besluit niet over dit label"),
    ("beheercommisie Kwaliteitslabel", "Bedoelt u 'beheercommissie Kwaliteitslabel'?"),
])
def test_only_the_deciding_body_of_the_framework_decides(cli, ready, by, why):
    assert advise(cli, ready).exit_code == 0
    result = decide(cli, ready, "--granted", by=by)
    assert result.exit_code == 1 and why in result.stderr
    assert "decision" not in YAML().load(ready)


def test_case_and_spacing_of_the_deciding_body_are_forgiven(cli, ready):
    assert advise(cli, ready).exit_code == 0
    result = decide(cli, ready, "--granted", "--number", "KL-2",
                    by="  Beheercommissie   KWALITEITSLABEL ")
    assert result.exit_code == 0, result.output
    assert score(cli, ready)["label"] == "gecertificeerd"


def test_a_decision_edited_to_another_body_is_not_checked_off(cli, ready):
    assert advise(cli, ready).exit_code == 0
    assert decide(cli, ready, "--granted", "--number", "KL-1").exit_code == 0
    text = ready.read_text(encoding="utf-8")
    ready.write_text(text.replace(f"by: {COMMISSION}", "by: Jan"), encoding="utf-8")
    check = cli("audit", "check", ready)
    assert check.exit_code == 1
    assert "✗ het besluit is van het orgaan dat het normenkader noemt" in check.stdout
    assert "✓ het besluit is van" not in check.stdout
    assert score(cli, ready)["label"] == "geen"


def test_only_the_lead_auditor_of_the_certifying_body_advises(cli, tmp_path):
    path = new(cli, tmp_path / "combi.yaml", "combinatie", *DUO, *TOETSERS)
    fill(path, norm_ids(cli))
    peer = advise(cli, path, "positief", "Carla Smit")
    assert peer.exit_code == 1
    assert "mag het formele advies niet geven" in peer.stderr and "Anne Jansen" in peer.stderr
    outsider = advise(cli, path, "positief", "Piet Willekeurig")
    assert outsider.exit_code == 1 and "Anne Jansen" in outsider.stderr
    second = advise(cli, path, "positief", "Bram de Wit")  # an auditor, not the lead
    assert second.exit_code == 1
    assert advise(cli, path, "positief", "anne  jansen").exit_code == 0


def test_an_advice_against_the_rules_is_flagged_and_granted_only_despite_them(cli, ready):
    fill(ready, norm_ids(cli), O3="voldoet_niet", D2="voldoet_niet")
    assert advise(cli, ready).exit_code == 0
    data = score(cli, ready)
    assert data["advice"]["departs"] is True
    assert data["advice"]["note"] == "advies wijkt af van de beslisregels"
    assert data["label"] == "geen"
    refused = decide(cli, ready, "--granted", "--number", "KL-3")
    assert refused.exit_code == 1
    assert "advies wijkt af van de beslisregels" in refused.stderr
    assert "--despite-rules" in refused.stderr
    granted = decide(cli, ready, "--granted", "--number", "KL-3", "--despite-rules")
    assert granted.exit_code == 0, granted.output
    data = score(cli, ready)
    assert data["label"] == "gecertificeerd" and data["decision"]["despite_rules"] is True


def intercollegial(cli, tmp_path, **special) -> Path:
    path = new(cli, tmp_path / "inter.yaml", "intercollegiaal", *TOETSERS)
    fill(path, norm_ids(cli), **special)
    return path


def test_an_intercollegial_audit_failing_a_core_norm_is_a_learning_report(cli, tmp_path):
    path = intercollegial(cli, tmp_path, V1="voldoet_niet", V2="voldoet_niet",
                          D1="voldoet_niet", O1="voldoet_niet")
    data = score(cli, path)
    assert (data["status"], data["label"]) == ("leerrapport", "geen")
    refused = decide(cli, path, "--granted")
    assert refused.exit_code == 1
    assert "registratie geweigerd" in refused.stderr and "V1" in refused.stderr
    assert score(cli, path)["label"] == "geen"


def test_an_intercollegial_audit_is_registered_by_the_commission(cli, tmp_path):
    path = intercollegial(cli, tmp_path)
    data = score(cli, path)
    assert (data["status"], data["label"]) == ("advies_positief", "geen")
    registered = decide(cli, path, "--granted")
    assert registered.exit_code == 0, registered.output
    assert "de toetsing is geregistreerd" in registered.stdout
    data = score(cli, path)
    assert (data["status"], data["label"]) == ("geregistreerd", "zonder_stempel")


def test_a_self_evaluation_has_no_decision_and_no_label(cli, tmp_path):
    path = new(cli, tmp_path / "zelf.yaml", "zelfevaluatie")
    fill(path, norm_ids(cli))
    assert score(cli, path)["label"] == "geen"
    refused = decide(cli, path, "--granted")
    assert refused.exit_code == 1 and "hoort niet bij deze route" in refused.stderr


def test_set_at_back_fills_the_date_of_a_verdict_within_the_audit(cli, ready):
    done = cli("audit", "set", ready, "V1", "--score", "voldoet", *EVIDENCE,
               "--at", "2026-11-03")
    assert done.exit_code == 0, done.output
    assert str(YAML().load(ready)["results"]["V1"]["assessed_at"]).startswith("2026-11-03")
    early = cli("audit", "set", ready, "V2", "--score", "voldoet", "--at", "2026-10-01")
    assert early.exit_code == 1 and "voor de eerste auditdag" in early.stderr
    later = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    future = cli("audit", "set", ready, "V2", "--score", "voldoet", "--at", later)
    assert future.exit_code == 1 and "in de toekomst" in future.stderr


def test_an_advice_may_not_predate_its_verdicts(cli, ready):
    assert cli("audit", "set", ready, "V1", "--score", "voldoet", *EVIDENCE,
               "--at", "2026-11-25").exit_code == 0
    early = advise(cli, ready)  # dated 2026-11-20
    assert early.exit_code == 1 and "ligt voor de oordelen waarop het rust" in early.stderr
    assert cli("audit", "advise", ready, "--advice", "positief", "--reason", REASON, "--by",
               "Anne Jansen", "--date", "2026-11-26").exit_code == 0
    before_advice = decide(cli, ready, "--granted", date="2026-11-25")
    assert before_advice.exit_code == 1 and "ligt voor" in before_advice.stderr


def test_a_lapsed_certificate_is_shown_as_lapsed(cli):
    data = score(cli, EXAMPLES / "certificerend-2017.yaml")
    assert (data["status"], data["label"]) == ("verlopen", "verlopen")
    assert data["lapsed_on"] == "2021-12-10"


def test_an_empty_number_is_refused(cli, ready):
    assert advise(cli, ready).exit_code == 0
    result = decide(cli, ready, "--granted", "--number", " ")
    assert result.exit_code == 1 and "--number" in result.stderr
