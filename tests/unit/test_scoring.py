"""Scoring and the outcome per route: examples and properties (hypothesis)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from helpers import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from kwaliteitslabel.audit import signing
from kwaliteitslabel.audit.basis import advice_basis_of
from kwaliteitslabel.audit.model import Audit, Decision
from kwaliteitslabel.audit.scoring import add_months, evaluate
from kwaliteitslabel.framework.load import load_framework
from kwaliteitslabel.framework.locate import shipped_root
from tests.helpers import edit

FRAMEWORK = load_framework(shipped_root() / "2017")
EXAMPLE_KEY = signing.load_private(shipped_root().parent / "audits" / "voorbeeldsleutel.pem")
TODAY = dt.date(2019, 6, 1)  # while the decisions below still hold
NORM_IDS = [norm.id for norm in FRAMEWORK.norms]
CORE = {norm.id for norm in FRAMEWORK.norms if norm.core}
NON_CORE = [norm_id for norm_id in NORM_IDS if norm_id not in CORE]
WORSE = {"voldoet": "voldoet_deels", "voldoet_deels": "voldoet_niet"}
RANK = {"positief": 2, "negatief": 1}


BODY = "Certificering Zuidkust"
PEER = "Stichting Welzijn Oosterduin"
READY_PEOPLE = {
    "certifying_body": BODY, "peer_organisations": [PEER],
    "auditors": [{"name": "Anne Jansen", "organisation": BODY, "role": "lead auditor"},
                 {"name": "Bram de Wit", "organisation": BODY},
                 {"name": "Carla Smit", "organisation": PEER, "role": "toetser"},
                 {"name": "Daan Kok", "organisation": PEER, "role": "toetser"}],
}
EVIDENCE = [{"kind": "document", "note": "Werkwijze 2026"},
            {"kind": "interview", "source": "medewerkers", "note": "zes sociaal werkers"}]


def make_audit(route: str, verdicts: dict[str, str | None], improvements: bool = True, *,
               ready: bool = True, **header: object) -> Audit:
    """An audit on `route`; `ready`: with the people and evidence every route asks for."""
    results = {}
    for norm_id, verdict in verdicts.items():
        if verdict is None:
            continue
        result: dict = {"score": verdict}
        if ready:
            result["evidence"] = EVIDENCE
        if verdict == "nvt":
            result["nvt_reason"] = "Geen activiteiten op dit terrein."
        if verdict in ("voldoet_deels", "voldoet_niet") and improvements:
            result["improvements"] = [f"Verbeterpunt bij {norm_id}"]
        results[norm_id] = result
    decision = header.pop("decision", None)
    audit = Audit.model_validate({
        "organisation": "Stichting Proef", "route": route,
        "framework": {"version": FRAMEWORK.version, "fingerprint": FRAMEWORK.fingerprint},
        "dates": {"start": dt.date(2018, 10, 5), "end": dt.date(2018, 10, 7)},
        "results": results, **(READY_PEOPLE if ready else {}), **header,
    })
    if audit.advice is not None:  # given, as `audit advise` gives it, on this audit
        audit = audit.model_copy(update={"advice": audit.advice.model_copy(
            update={"basis": advice_basis_of(audit)})})
    if decision is None:
        return audit
    # recorded as `audit decide` records it: for exactly this audit, signed with the
    # example key of the shipped keyring
    signed = signing.sign(Decision.model_validate(decision), audit, EXAMPLE_KEY)
    return audit.model_copy(update={"decision": signed})


GRANTED = {"granted": True, "date": dt.date(2018, 11, 20), "by": "beheercommissie "
           "Kwaliteitslabel", "number": "KL-2018-014"}
REFUSED = {**GRANTED, "granted": False}


def all_met(**overrides: str | None) -> dict[str, str | None]:
    verdicts: dict[str, str | None] = dict.fromkeys(NORM_IDS, "voldoet")
    verdicts.update(overrides)
    return verdicts


def test_all_met_on_a_certifying_route_is_a_positive_advice_awaiting_the_decision():
    result = evaluate(FRAMEWORK, make_audit("certificerend", all_met()))
    assert result.outcome == "positief" and result.status == "advies_positief"
    assert result.label == "geen"  # an advice is not a label
    assert result.valid_until is None
    assert result.overall.score_pct == 100.0
    assert result.deciding_norms == []


def test_the_stamp_and_the_validity_come_from_the_commissions_decision():
    audit = make_audit("certificerend", all_met(), decision=GRANTED)
    result = evaluate(FRAMEWORK, audit, TODAY)
    assert result.status == "gecertificeerd" and result.label == "gecertificeerd"
    assert result.valid_until == dt.date(2020, 11, 20)  # decision date + 24 months
    lapsed = evaluate(FRAMEWORK, audit, dt.date(2020, 11, 21))
    assert (lapsed.status, lapsed.label, lapsed.lapsed_on) == (
        "verlopen", "verlopen", dt.date(2020, 11, 20))


def test_an_empty_certifying_audit_is_never_stamped():
    audit = make_audit("certificerend", all_met(), ready=False)
    result = evaluate(FRAMEWORK, audit)
    assert result.outcome == "positief"  # what the verdicts say
    assert result.status == "concept" and result.label == "geen"
    assert any("certificerende instelling" in check.text() for check in result.missing)
    assert any("zonder bewijs" in check.text() for check in result.missing)


def test_an_audit_before_the_label_existed_is_not_ready():
    audit = make_audit("certificerend", all_met(),
                       dates={"start": dt.date(2016, 3, 1), "end": dt.date(2016, 3, 2)})
    result = evaluate(FRAMEWORK, audit)
    assert result.status == "concept" and result.label == "geen"
    assert any("invoering van het label" in check.text() for check in result.missing)


def test_an_auditor_of_the_organisation_itself_is_not_independent():
    own = [{"name": "Eva Eigen", "organisation": "Stichting Proef"},
           {"name": "Anne Jansen", "organisation": BODY},
           {"name": "Bram de Wit", "organisation": BODY}]
    result = evaluate(FRAMEWORK, make_audit("certificerend", all_met(), auditors=own))
    assert result.status == "concept"
    assert any("Eva Eigen" in check.text() for check in result.missing)


def test_one_not_met_is_negative_and_named():
    result = evaluate(FRAMEWORK, make_audit("combinatie", all_met(O7="voldoet_niet",
                                                                  D3="voldoet_niet")))
    assert result.outcome == "negatief" and result.status == "advies_negatief"
    assert result.label == "geen"
    assert result.valid_until is None
    assert result.deciding_norms == ["D3", "O7"]
    assert any("2 normen voldoen niet: D3, O7" in reason for reason in result.reasons)


def test_too_many_partly_met_is_negative_with_the_numbers():
    partly = {norm_id: "voldoet_deels" for norm_id in NORM_IDS[:7]}
    result = evaluate(FRAMEWORK, make_audit("certificerend", all_met(**partly)))
    assert result.outcome == "negatief"
    assert any("7 normen voldoen deels" in r and "5 toegestaan" in r for r in result.reasons)
    assert set(result.deciding_norms) == set(NORM_IDS[:7])


def test_five_partly_met_with_points_is_still_positive():
    partly = {norm_id: "voldoet_deels" for norm_id in NORM_IDS[:5]}
    result = evaluate(FRAMEWORK, make_audit("certificerend", all_met(**partly)))
    assert result.outcome == "positief"


def test_norms_within_a_limit_do_not_decide():
    result = evaluate(FRAMEWORK, make_audit("combinatie", all_met(
        O7="voldoet_niet", V3="voldoet_deels", D4="voldoet_deels")))
    assert result.deciding_norms == ["O7"]
    assert any("2 normen voldoen deels (V3, D4), binnen de grens van 5" in reason
               for reason in result.reasons)


def test_partly_met_without_improvement_point_is_negative():
    audit = make_audit("certificerend", all_met(V3="voldoet_deels"), improvements=False)
    result = evaluate(FRAMEWORK, audit)
    assert result.outcome == "negatief"
    assert "V3" in result.deciding_norms
    assert any("Zonder verbeterpunt" in reason and "V3" in reason for reason in result.reasons)


@pytest.mark.parametrize(("route", "complete", "open_"), [
    ("zelfevaluatie", "zelfevaluatie", "onvolledig"),
    ("intercollegiaal", "positief", "onvolledig"),
    ("certificerend", "positief", "onvolledig"),
    ("combinatie", "positief", "onvolledig"),
])
def test_outcome_per_route(route, complete, open_):
    assert evaluate(FRAMEWORK, make_audit(route, all_met())).outcome == complete
    assert evaluate(FRAMEWORK, make_audit(route, all_met(O20=None))).outcome == open_


def test_open_norms_count_as_zero_not_as_passed():
    result = evaluate(FRAMEWORK, make_audit("certificerend", all_met(V1=None, V2=None)))
    vakmanschap = next(area for area in result.areas if area.area == "vakmanschap")
    assert vakmanschap.open == 2
    assert vakmanschap.score_pct == pytest.approx(100 * 14 / 16, abs=0.1)
    assert result.open_norms == ["V1", "V2"] and result.deciding_norms == []


def test_nvt_on_a_core_norm_is_not_accepted_by_scoring():
    core = sorted(CORE)[0]
    result = evaluate(FRAMEWORK, make_audit("certificerend", all_met(**{core: "nvt"})))
    assert result.outcome == "onvolledig"
    assert core in result.open_norms


def test_changing_a_threshold_in_a_manifest_copy_changes_the_outcome(tmp_path):
    strict_copy = tmp_path / "2017"
    shutil.copytree(shipped_root() / "2017", strict_copy)
    edit(strict_copy / "kader.yaml", "    voldoet_deels: 5", "    voldoet_deels: 2")
    strict = load_framework(strict_copy)
    audit = make_audit("certificerend", all_met(V1="voldoet_deels", D1="voldoet_deels",
                                                O1="voldoet_deels"))
    assert evaluate(FRAMEWORK, audit).outcome == "positief"
    assert evaluate(strict, audit).outcome == "negatief"
    assert any("2 toegestaan" in reason for reason in evaluate(strict, audit).reasons)


def test_add_months_clamps_to_the_end_of_the_month():
    assert add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2026, 11, 23), 24) == dt.date(2028, 11, 23)


verdict_maps = st.fixed_dictionaries({
    norm_id: st.sampled_from(["voldoet", "voldoet_deels", "voldoet_niet", None]
                             + ([] if norm_id in CORE else ["nvt"]))
    for norm_id in NORM_IDS
})
routes = st.sampled_from(["zelfevaluatie", "intercollegiaal", "certificerend", "combinatie"])


@settings(max_examples=examples(60), deadline=None)
@given(verdicts=verdict_maps, route=routes)
def test_scores_stay_within_0_and_100(verdicts, route):
    result = evaluate(FRAMEWORK, make_audit(route, verdicts))
    for area in [*result.areas, result.overall]:
        assert 0 <= area.score_pct <= 100
        assert sum(area.counts.values()) + area.open == area.total


@settings(max_examples=examples(60), deadline=None)
@given(verdicts=verdict_maps, route=routes)
def test_an_audit_with_an_open_norm_is_never_positive(verdicts, route):
    result = evaluate(FRAMEWORK, make_audit(route, verdicts))
    if any(v is None for v in verdicts.values()):
        assert result.outcome == "onvolledig" and result.status == "concept"
        assert result.label == "geen"


@settings(max_examples=examples(80), deadline=None)
@given(verdicts=verdict_maps.map(lambda v: {k: x or "voldoet" for k, x in v.items()}),
       route=st.sampled_from(["certificerend", "combinatie"]), data=st.data())
def test_a_worse_verdict_never_improves_the_outcome(verdicts, route, data):
    worsenable = [norm_id for norm_id, v in verdicts.items() if v in WORSE]
    if not worsenable:
        return
    norm_id = data.draw(st.sampled_from(worsenable))
    before = evaluate(FRAMEWORK, make_audit(route, verdicts))
    after = evaluate(FRAMEWORK, make_audit(route, {**verdicts, norm_id: WORSE[verdicts[norm_id]]}))
    assert RANK[after.outcome] <= RANK[before.outcome]
    assert after.overall.score_pct <= before.overall.score_pct


@settings(max_examples=examples(40), deadline=None)
@given(norm_id=st.sampled_from(sorted(CORE)), route=routes)
def test_nvt_on_a_core_norm_never_counts(norm_id, route):
    result = evaluate(FRAMEWORK, make_audit(route, all_met(**{norm_id: "nvt"})))
    assert norm_id in result.open_norms
    assert result.outcome == "onvolledig"


# -- every route x outcome x decision: the label ------------------------------------------

DEELS = {"V3": "voldoet_deels"}
NIET = {"O7": "voldoet_niet"}
LABEL_MATRIX = [
    # route, verdicts, decision, status, label
    ("zelfevaluatie", {}, None, "zelfevaluatie", "geen"),
    ("zelfevaluatie", NIET, None, "zelfevaluatie", "geen"),
    ("intercollegiaal", {}, None, "advies_positief", "geen"),
    ("intercollegiaal", {}, GRANTED, "geregistreerd", "zonder_stempel"),
    ("intercollegiaal", {}, REFUSED, "niet_geregistreerd", "geen"),
    ("intercollegiaal", NIET, None, "leerrapport", "geen"),
    ("intercollegiaal", DEELS, None, "advies_positief", "geen"),
    *[(route, verdicts, decision, status, label)
      for route in ("certificerend", "combinatie")
      for verdicts, decision, status, label in (
          ({}, None, "advies_positief", "geen"),
          (DEELS, None, "advies_positief", "geen"),
          ({}, GRANTED, "gecertificeerd", "gecertificeerd"),
          ({}, REFUSED, "afgewezen", "geen"),
          (NIET, None, "advies_negatief", "geen"),
          (NIET, REFUSED, "afgewezen", "geen"),
          (NIET, GRANTED, "concept", "geen"),  # granted against a negative advice
      )],
]


@pytest.mark.parametrize(("route", "verdicts", "decision", "status", "label"), LABEL_MATRIX)
def test_label_per_route_outcome_and_decision(route, verdicts, decision, status, label):
    audit = make_audit(route, all_met(**verdicts),
                       **({"decision": decision} if decision else {}))
    result = evaluate(FRAMEWORK, audit, TODAY)
    assert (result.status, result.label) == (status, label)
    data = result.as_json()
    assert data["label"] == label
    assert (data["decision"] is None) == (decision is None or route == "zelfevaluatie")
    if label == "gecertificeerd":
        assert data["valid_until"] == "2020-11-20"
    else:
        assert data["valid_until"] is None
    incomplete = evaluate(FRAMEWORK, make_audit(route, all_met(O20=None, **verdicts)))
    assert (incomplete.status, incomplete.label) == ("concept", "geen")


def test_the_auditors_own_advice_departs_from_the_rules_and_both_are_shown():
    advice = {"advice": "negatief", "reason": "Het interne toezicht functioneert niet.",
              "by": "Anne Jansen", "date": dt.date(2018, 10, 8)}
    result = evaluate(FRAMEWORK, make_audit("certificerend", all_met(), advice=advice))
    assert result.advice is not None and result.advice.departs
    assert result.advice.proposed == "positief" and result.advice.effective == "negatief"
    assert result.status == "advies_negatief" and result.label == "geen"
    assert result.as_json()["advice"]["auditors"]["reason"] == advice["reason"]
