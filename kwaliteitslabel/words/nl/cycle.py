"""The words of the report's chapters on the cycle in Dutch: the follow-up of the
previous audit, the organisation's improvement plan, the partial re-audit."""

WORDS = {
    "plan.intro": "Naast de verbeterpunten van de auditoren legt de organisatie haar eigen "
                  "acties vast: wat zij doet, wie ervoor zorgt, wanneer het klaar is en hoe "
                  "ver het is ({count} actie(s)). Het plan is van de organisatie; de status "
                  "kan na het advies en het besluit veranderen.",
    "plan.required": "Op deze route vraagt een positief advies bij elke norm die deels "
                     "voldoet een actie met een deadline.",
    "plan.missing": "Nog zonder actie met deadline: {norms}.",
    "plan.norm": "Norm",
    "plan.points": "Verbeterpunten van de auditoren",
    "plan.actions": "Acties van de organisatie",
    "plan.no_actions": "Geen actie in het plan.",
    "plan.no_owner": "geen eigenaar",
    "plan.status.gepland": "Gepland",
    "plan.status.loopt": "Loopt",
    "plan.status.afgerond": "Afgerond",
    "follow_up.intro": "De vorige audit ({route}, {period}, normenkader {version}) gaf "
                       "{count} verbeterpunt(en). Per punt staat hier bij welke norm het nu "
                       "hoort en wat ermee is gedaan.",
    "follow_up.mapped": "De punten staan bij de norm van normenkader {new} waarin de norm van "
                        "{old} is opgegaan.",
    "follow_up.was": "{version}: {norm}, {verdict}",
    "follow_up.no_verdict": "geen oordeel",
    "follow_up.norm": "Norm",
    "follow_up.point": "Verbeterpunt vorige audit",
    "follow_up.status": "Status",
    "follow_up.note": "Toelichting",
    "follow_up.none": "De vorige audit gaf geen verbeterpunten.",
    "follow_up.status.open": "Nog niet beoordeeld",
    "follow_up.status.afgerond": "Afgerond",
    "follow_up.status.loopt": "Loopt",
    "follow_up.status.niet_opgepakt": "Niet opgepakt",
}
