"""What each readiness check says, in Dutch and English, and the command that mends it.

Kept apart from `readiness.py`, which decides; this file only words.
"""

from __future__ import annotations

# (check id, met) -> sentence; {n} a number, {names} a list, {norms} norm ids
WORDS: dict[str, dict[tuple[str, bool], str]] = {
    "nl": {
        ("route", False): "route '{names}' bestaat niet in dit normenkader",
        ("organisation", True): "organisatie: {names}",
        ("organisation", False): "nog geen organisatie vastgelegd",
        ("dates", True): "de audit begint op {names}, binnen de geldigheid van het normenkader",
        ("dates", False): "de audit begint op of na de invoering van het label ({adopted}) "
                          "en binnen de geldigheid van het normenkader ({names})",
        ("certifying_body", True): "certificerende instelling: {names}",
        ("certifying_body", False): "nog geen certificerende instelling vastgelegd",
        ("auditors", True): "{n} of meer auditoren van de certificerende instelling: {names}",
        ("auditors", False): "{n} auditoren van de certificerende instelling (een auditduo); "
                             "vastgelegd: {found}",
        ("peer_organisations", True): "collega-organisatie: {names}",
        ("peer_organisations", False): "{n} collega-organisatie(s), niet de getoetste "
                                       "organisatie zelf; vastgelegd: {found}",
        ("peer_assessors", True): "{n} of meer toetsers van collega-organisaties: {names}",
        ("peer_assessors", False): "{n} toetsers van een collega-organisatie; vastgelegd: "
                                   "{found}",
        ("identity_scripts", True): "namen zonder gemengde schriften",
        ("identity_scripts", False): "namen in één schrift: een woord mengt Latijnse met "
                                     "Cyrillische of Griekse letters in {names}; typ ze "
                                     "opnieuw",
        ("independent", True): "wie toetst, is niet van de getoetste organisatie",
        ("independent", False): "wie toetst, is niet van de getoetste organisatie; wel van "
                                "de organisatie: {names}",
        ("complete", True): "alle normen zijn beoordeeld",
        ("complete", False): "alle normen beoordeeld; nog open: {norms}",
        ("evidence", True): "elk oordeel rust op bewijs",
        ("evidence", False): "elk oordeel rust op bewijs; zonder bewijs: {norms}",
        ("triangulation", False): "een oordeel rust op één bron (geen tweede rol en geen "
                                  "ander soort bewijs): {norms}",
        ("evidence_dates", False): "bewijs gedateerd na het oordeel: {norms}",
        ("evidence_kinds", False): "een soort bewijs die het normenkader niet kent (kies uit "
                                   "{names}): {norms}",
        ("decision_against_advice", False): "het besluit kent het certificaat toe, maar het "
                                            "advies is negatief; leg het besluit opnieuw vast",
        ("evidence_sources", False): "een gesprek met een rol die het normenkader niet kent "
                                     "(rollen: {names}): {norms}",
        ("participant_roles", False): "gesprekspartners met een rol die het normenkader niet "
                                      "kent: {norms}",
        ("conflicts", False): "geen open conflicten uit het samenvoegen van twee kopieën; "
                              "nog te kiezen: {norms}",
        ("roles_heard", False): "rollen die het normenkader wil spreken, maar die niemand "
                                "sprak: {names}",
        ("audit_done", True): "de audit is afgerond ({names})",
        ("audit_done", False): "de audit is afgerond; de laatste auditdag ({names}) ligt nog "
                               "in de toekomst",
        ("early_verdicts", False): "oordelen van voor de eerste auditdag: {norms}",
        ("decision_basis", True): "het besluit van de commissie geldt voor deze audit",
        ("decision_basis", False): "het besluit van de commissie geldt voor een andere versie "
                                   "van de audit (gewijzigd na het besluit, of het besluit is "
                                   "met de hand veranderd); de commissie besluit opnieuw",
        ("decision_dates", False): "het besluit ({names}) ligt na de laatste auditdag en het "
                                   "advies, en niet in de toekomst",
        ("decision_by", True): "het besluit is van {names}",
        ("decision_by", False): "het besluit is van het orgaan dat het normenkader noemt, "
                                "niet van een ander (vastgelegd: {names})",
        ("decision_signature", True): "het besluit is {names}",
        ("decision_signature", False): "het besluit is geldig ondertekend: {names}",
        ("advice_basis", True): "het advies geldt voor deze versie van de audit",
        ("advice_basis", False): "het advies hoort bij een eerdere versie van de audit; laat "
                                 "de lead auditor opnieuw adviseren",
        ("advice_by", True): "het advies is van de lead auditor ({names})",
        ("advice_by", False): "het advies is van de lead auditor van de certificerende "
                              "instelling (gegeven door {names})",
        ("advice_dates", False): "het advies volgt op de oordelen waarop het rust (advies "
                                 "{names})",
        ("advice_dates", True): "het advies ({names}) volgt op de oordelen waarop het rust",
        ("advice_plan", True): "het verbeterplan heeft een actie met deadline bij elke norm "
                               "die daarom vraagt",
        ("advice_plan", False): "een positief advies vraagt op deze route een actie met "
                                "deadline in het verbeterplan van de organisatie; die "
                                "ontbreekt bij {norms}",
    },
    "en": {
        ("route", False): "route '{names}' does not exist in this framework",
        ("organisation", True): "organisation: {names}",
        ("organisation", False): "no organisation recorded yet",
        ("dates", True): "the audit starts on {names}, within the framework's validity",
        ("dates", False): "the audit starts on or after the label's introduction ({adopted}) "
                          "and within the framework's validity ({names})",
        ("certifying_body", True): "certifying body: {names}",
        ("certifying_body", False): "no certifying body recorded yet",
        ("auditors", True): "{n} or more auditors of the certifying body: {names}",
        ("auditors", False): "{n} auditors of the certifying body (an audit duo); "
                             "recorded: {found}",
        ("peer_organisations", True): "peer organisation: {names}",
        ("peer_organisations", False): "{n} peer organisation(s) other than the one "
                                       "assessed; recorded: {found}",
        ("peer_assessors", True): "{n} or more assessors of peer organisations: {names}",
        ("peer_assessors", False): "{n} assessors of a peer organisation; recorded: {found}",
        ("identity_scripts", True): "names without mixed scripts",
        ("identity_scripts", False): "names in one script: a word mixes Latin with Cyrillic "
                                     "or Greek letters in {names}; type them again",
        ("independent", True): "nobody who assesses belongs to the organisation assessed",
        ("independent", False): "nobody who assesses belongs to the organisation assessed; "
                                "but these do: {names}",
        ("complete", True): "every norm has been assessed",
        ("complete", False): "every norm assessed; still open: {norms}",
        ("evidence", True): "every verdict rests on evidence",
        ("evidence", False): "every verdict rests on evidence; without evidence: {norms}",
        ("triangulation", False): "a verdict rests on one source only (no second role and no "
                                  "other kind of evidence): {norms}",
        ("evidence_dates", False): "evidence dated after the verdict: {norms}",
        ("evidence_kinds", False): "a kind of evidence the framework does not know (choose "
                                   "from {names}): {norms}",
        ("decision_against_advice", False): "the decision grants the certificate, but the "
                                            "advice is negative; record the decision again",
        ("evidence_sources", False): "an interview with a role the framework does not know "
                                     "(roles: {names}): {norms}",
        ("participant_roles", False): "participants with a role the framework does not know: "
                                      "{norms}",
        ("conflicts", False): "no open conflicts from merging two copies; still to choose: "
                              "{norms}",
        ("roles_heard", False): "roles the framework asks to hear that no one spoke to: "
                                "{names}",
        ("audit_done", True): "the audit is over ({names})",
        ("audit_done", False): "the audit is over; its last day ({names}) is still to come",
        ("early_verdicts", False): "verdicts from before the first audit day: {norms}",
        ("decision_basis", True): "the commission's decision holds for this audit",
        ("decision_basis", False): "the commission's decision holds for another version of "
                                   "the audit (changed after the decision, or the decision "
                                   "was edited by hand); the commission decides again",
        ("decision_dates", False): "the decision ({names}) comes after the last audit day and "
                                   "the advice, and is not in the future",
        ("decision_by", True): "the decision is by {names}",
        ("decision_by", False): "the decision is by the body the framework names, nobody "
                                "else (recorded: {names})",
        ("decision_signature", True): "the decision is {names}",
        ("decision_signature", False): "the decision is validly signed: {names}",
        ("advice_basis", True): "the advice holds for this version of the audit",
        ("advice_basis", False): "the advice belongs to an earlier version of the audit; "
                                 "have the lead auditor advise again",
        ("advice_by", True): "the advice is the lead auditor's ({names})",
        ("advice_by", False): "the advice is the certifying body's lead auditor's "
                              "(given by {names})",
        ("advice_dates", False): "the advice follows the verdicts it rests on (advice "
                                 "{names})",
        ("advice_dates", True): "the advice ({names}) follows the verdicts it rests on",
        ("advice_plan", True): "the improvement plan has an action with a deadline for every "
                               "norm that asks for one",
        ("advice_plan", False): "on this route a positive advice needs an action with a "
                                "deadline in the organisation's improvement plan; missing "
                                "for {norms}",
    },
}


# What to do, for the terminal only (a report for a municipality shows no commands).
HINTS: dict[str, str] = {
    "certifying_body": "audit details {file} --certifying-body NAAM",
    "auditors": "audit details {file} --auditor 'NAAM; ORGANISATIE; ROL' (herhaal)",
    "peer_organisations": "audit details {file} --peer ORGANISATIE",
    "peer_assessors": "audit details {file} --auditor 'NAAM; COLLEGA-ORGANISATIE; toetser'",
    "participant_roles": "audit details {file} --participant 'ROL:AANTAL'",
    "decision_basis": "audit decide {file} --granted --date JJJJ-MM-DD --by "
                      "'beheercommissie Kwaliteitslabel' --key SLEUTEL --force",
    "decision_dates": "audit decide {file} --granted --date JJJJ-MM-DD --by "
                      "'beheercommissie Kwaliteitslabel' --key SLEUTEL --force",
    "decision_by": "audit decide {file} --granted --date JJJJ-MM-DD --by "
                   "'beheercommissie Kwaliteitslabel' --key SLEUTEL --force",
    "decision_signature": "audit decide {file} --granted --date JJJJ-MM-DD --by "
                          "'beheercommissie Kwaliteitslabel' --key SLEUTEL --force",
    "advice_basis": "audit advise {file} --advice positief --reason 'REDEN' --by 'NAAM' "
                    "--force",
    "advice_by": "audit advise {file} --advice positief --reason 'REDEN' --by 'NAAM' --force",
    "advice_plan": "audit improvements {file} --norm {norm} --action 'ACTIE' --owner 'NAAM' "
                   "--deadline JJJJ-MM-DD",
    "complete": "audit run {file}",
    # these open the walk at the first norm concerned: a command that works as printed
    "conflicts": "audit run {file} --norm {norm}",
    "evidence": "audit run {file} --norm {norm}",
}
