"""The reasons behind an outcome as sentences, in Dutch (see audit/explain.py)."""

WORDS = {
    "explain.advice.negatief": "negatief",
    "explain.advice.positief": "positief",
    "explain.all_scored": "Alle {total} normen zijn beoordeeld.",
    "explain.allowed": "{limit} toegestaan",
    "explain.auditors_advice":
        "De auditoren adviseren zelf {word_advice}, anders dan de beslisregels; zie hun reden.",
    "explain.awaiting_decision":
        "Het advies aan de beheercommissie is positief; het label met de stempel "
        "'gecertificeerd' volgt pas als de commissie het certificaat toekent.",
    "explain.core_not_met": "Kernnorm(en) die niet voldoen: {ids}.",
    "explain.granted": "De beheercommissie heeft het certificaat toegekend.",
    "explain.improvement_missing": "Zonder verbeterpunt, terwijl '{word}' er een vraagt: {ids}.",
    "explain.lapsed": "Het certificaat is verlopen op {day}; er is geen geldig label.",
    "explain.learning_report":
        "De uitkomst volgens de beslisregels is niet positief: een leerrapport zonder label, "
        "niet te registreren.",
    "explain.more": "en {rest} andere",
    "explain.negative_advice": "Het advies aan de beheercommissie is negatief: geen certificaat.",
    "explain.none": "Geen enkele norm {word}.",
    "explain.none_allowed": "geen toegestaan",
    "explain.norms": "{count} normen",
    "explain.not_ready": "Nog niet klaar voor een definitief rapport: {texts}.",
    "explain.one_norm": "1 norm",
    "explain.open":
        "{count} nog niet (geldig) beoordeeld: {ids}. Een audit met open normen is een concept.",
    "explain.refused": "De beheercommissie heeft het certificaat niet toegekend.",
    "explain.registered":
        "Alle {total} normen zijn beoordeeld. Een intercollegiale toetsing leidt tot een "
        "leerrapport en registratie in het Kwaliteitsregister, zonder certificaat.",
    "explain.registration_awaiting":
        "De uitkomst volgens de beslisregels is positief; het label zonder stempel volgt pas als"
        " de beheercommissie de toetsing registreert.",
    "explain.registration_granted":
        "De beheercommissie heeft de toetsing geregistreerd in het Kwaliteitsregister: het label"
        " zonder stempel.",
    "explain.registration_refused": "De beheercommissie heeft de toetsing niet geregistreerd.",
    "explain.rules_not_met":
        "Alle normen zijn beoordeeld, maar niet aan de beslisregels voor een positief advies is "
        "voldaan:",
    "explain.self_evaluation":
        "Alle {total} normen zijn beoordeeld. Een zelfevaluatie is een ijkpunt voor de "
        "organisatie zelf en leidt niet tot het label.",
    "explain.too_many": "{count} {word}: {ids} ({allowed}).",
    "explain.unsigned": "Het besluit is niet geldig ondertekend: {texts}.",
    "explain.within_limit": "{count} {word} ({ids}), binnen de grens van {limit}.",
}
