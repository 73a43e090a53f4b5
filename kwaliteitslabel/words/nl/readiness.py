"""What each readiness check says, in Dutch: `readiness.<check>.met` when the audit
meets it, `.unmet` when not (the one used where a check has no `.met`).
"""

WORDS = {
    "readiness.advice_basis.met": "het advies geldt voor deze versie van de audit",
    "readiness.advice_basis.unmet":
        "het advies hoort bij een eerdere versie van de audit; laat de lead auditor opnieuw "
        "adviseren",
    "readiness.advice_by.met": "het advies is van de lead auditor ({names})",
    "readiness.advice_by.unmet":
        "het advies is van de lead auditor van de certificerende instelling (gegeven door "
        "{names})",
    "readiness.advice_dates.met": "het advies ({names}) volgt op de oordelen waarop het rust",
    "readiness.advice_dates.unmet":
        "het advies volgt op de oordelen waarop het rust (advies {names})",
    "readiness.advice_plan.met":
        "het verbeterplan heeft een actie met deadline bij elke norm die daarom vraagt",
    "readiness.advice_plan.unmet":
        "een positief advies vraagt op deze route een actie met deadline in het verbeterplan van"
        " de organisatie; die ontbreekt bij {norms}",
    "readiness.audit_done.met": "de audit is afgerond ({names})",
    "readiness.audit_done.unmet":
        "de audit is afgerond; de laatste auditdag ({names}) ligt nog in de toekomst",
    "readiness.auditors.met": "{n} of meer auditoren van de certificerende instelling: {names}",
    "readiness.auditors.unmet":
        "{n} auditoren van de certificerende instelling (een auditduo); vastgelegd: {found}",
    "readiness.certifying_body.met": "certificerende instelling: {names}",
    "readiness.certifying_body.unmet": "nog geen certificerende instelling vastgelegd",
    "readiness.complete.met": "alle normen zijn beoordeeld",
    "readiness.complete.unmet": "alle normen beoordeeld; nog open: {norms}",
    "readiness.conflicts.unmet":
        "geen open conflicten uit het samenvoegen van twee kopieën; nog te kiezen: {norms}",
    "readiness.dates.met": "de audit begint op {names}, binnen de geldigheid van het normenkader",
    "readiness.dates.unmet":
        "de audit begint op of na de invoering van het label ({adopted}) en binnen de geldigheid"
        " van het normenkader ({names})",
    "readiness.decision_against_advice.unmet":
        "het besluit kent het certificaat toe, maar het advies is negatief; leg het besluit "
        "opnieuw vast",
    "readiness.decision_basis.met": "het besluit van de commissie geldt voor deze audit",
    "readiness.decision_basis.unmet":
        "het besluit van de commissie geldt voor een andere versie van de audit (gewijzigd na "
        "het besluit, of het besluit is met de hand veranderd); de commissie besluit opnieuw",
    "readiness.decision_by.met": "het besluit is van {names}",
    "readiness.decision_by.unmet":
        "het besluit is van het orgaan dat het normenkader noemt, niet van een ander "
        "(vastgelegd: {names})",
    "readiness.decision_dates.unmet":
        "het besluit ({names}) ligt na de laatste auditdag en het advies, en niet in de toekomst",
    "readiness.decision_signature.met": "het besluit is {names}",
    "readiness.decision_signature.unmet": "het besluit is geldig ondertekend: {names}",
    "readiness.early_verdicts.unmet": "oordelen van voor de eerste auditdag: {norms}",
    "readiness.evidence.met": "elk oordeel rust op bewijs",
    "readiness.evidence.unmet": "elk oordeel rust op bewijs; zonder bewijs: {norms}",
    "readiness.evidence_dates.unmet": "bewijs gedateerd na het oordeel: {norms}",
    "readiness.evidence_kinds.unmet":
        "een soort bewijs die het normenkader niet kent (kies uit {names}): {norms}",
    "readiness.evidence_sources.unmet":
        "een gesprek met een rol die het normenkader niet kent (rollen: {names}): {norms}",
    "readiness.identity_scripts.met": "namen zonder gemengde schriften",
    "readiness.identity_scripts.unmet":
        "namen in één schrift: een woord mengt Latijnse met Cyrillische of Griekse letters in "
        "{names}; typ ze opnieuw",
    "readiness.independent.met": "wie toetst, is niet van de getoetste organisatie",
    "readiness.independent.unmet":
        "wie toetst, is niet van de getoetste organisatie; wel van de organisatie: {names}",
    "readiness.organisation.met": "organisatie: {names}",
    "readiness.organisation.unmet": "nog geen organisatie vastgelegd",
    "readiness.participant_roles.unmet":
        "gesprekspartners met een rol die het normenkader niet kent: {norms}",
    "readiness.peer_assessors.met": "{n} of meer toetsers van collega-organisaties: {names}",
    "readiness.peer_assessors.unmet":
        "{n} toetsers van een collega-organisatie; vastgelegd: {found}",
    "readiness.peer_organisations.met": "collega-organisatie: {names}",
    "readiness.peer_organisations.unmet":
        "{n} collega-organisatie(s), niet de getoetste organisatie zelf; vastgelegd: {found}",
    "readiness.roles_heard.unmet":
        "rollen die het normenkader wil spreken, maar die niemand sprak: {names}",
    "readiness.route.unmet": "route '{names}' bestaat niet in dit normenkader",
    "readiness.triangulation.unmet":
        "een oordeel rust op één bron (geen tweede rol en geen ander soort bewijs): {norms}",
}
