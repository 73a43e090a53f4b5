"""The reasons behind an outcome as sentences, in Dutch or English.

Scoring records each reason as facts (a `Reason`); this module only words them, so the
terminal, the JSON and the report in either language tell the same story.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kwaliteitslabel.audit.readiness import Check
from kwaliteitslabel.framework.norm_ids import id_runs, run_size

ReasonKind = Literal["open", "self_evaluation", "registered", "rules_not_met", "too_many",
                     "within_limit", "none", "improvement_missing", "all_scored",
                     "awaiting_decision", "negative_advice", "auditors_advice", "granted",
                     "refused", "not_ready", "registration_awaiting", "learning_report",
                     "registration_granted", "registration_refused", "core_not_met",
                     "lapsed", "unsigned"]


@dataclass(frozen=True)
class Reason:
    kind: ReasonKind
    norms: list[str] = field(default_factory=list)
    verdict: str | None = None
    limit: int | None = None
    total: int | None = None
    missing: list[Check] = field(default_factory=list)  # requirements not met (not_ready)
    day: str | None = None  # a date the sentence names (lapsed)
    # how a sentence says the verdict, per language: (of one norm, of more); from the scale
    said: dict[str, tuple[str, str]] = field(default_factory=dict)


TEMPLATES = {
    "nl": {
        "open": "{count} nog niet (geldig) beoordeeld: {ids}. Een audit met open normen "
                "is een concept.",
        "self_evaluation": "Alle {total} normen zijn beoordeeld. Een zelfevaluatie is een "
                           "ijkpunt voor de organisatie zelf en leidt niet tot het label.",
        "registered": "Alle {total} normen zijn beoordeeld. Een intercollegiale toetsing "
                      "leidt tot een leerrapport en registratie in het Kwaliteitsregister, "
                      "zonder certificaat.",
        "rules_not_met": "Alle normen zijn beoordeeld, maar niet aan de beslisregels voor "
                         "een positief advies is voldaan:",
        "too_many": "{count} {word}: {ids} ({allowed}).",
        "within_limit": "{count} {word} ({ids}), binnen de grens van {limit}.",
        "none": "Geen enkele norm {word}.",
        "improvement_missing": "Zonder verbeterpunt, terwijl '{word}' er een vraagt: {ids}.",
        "all_scored": "Alle {total} normen zijn beoordeeld.",
        "awaiting_decision": "Het advies aan de beheercommissie is positief; het label "
                             "met de stempel 'gecertificeerd' volgt pas als de commissie het "
                             "certificaat toekent.",
        "negative_advice": "Het advies aan de beheercommissie is negatief: geen "
                           "certificaat.",
        "auditors_advice": "De auditoren adviseren zelf {word_advice}, anders dan de "
                           "beslisregels; zie hun reden.",
        "granted": "De beheercommissie heeft het certificaat toegekend.",
        "refused": "De beheercommissie heeft het certificaat niet toegekend.",
        "not_ready": "Nog niet klaar voor een definitief rapport: {texts}.",
        "registration_awaiting": "De uitkomst volgens de beslisregels is positief; het "
                                 "label zonder stempel volgt pas als de beheercommissie de "
                                 "toetsing registreert.",
        "learning_report": "De uitkomst volgens de beslisregels is niet positief: een "
                           "leerrapport zonder label, niet te registreren.",
        "registration_granted": "De beheercommissie heeft de toetsing geregistreerd in het "
                                "Kwaliteitsregister: het label zonder stempel.",
        "registration_refused": "De beheercommissie heeft de toetsing niet geregistreerd.",
        "core_not_met": "Kernnorm(en) die niet voldoen: {ids}.",
        "lapsed": "Het certificaat is verlopen op {day}; er is geen geldig label.",
        "unsigned": "Het besluit is niet geldig ondertekend: {texts}.",
    },
    "en": {
        "open": "{count} not yet (validly) assessed: {ids}. An audit with open norms is "
                "a draft.",
        "self_evaluation": "All {total} norms have been assessed. A self-evaluation is a "
                           "benchmark for the organisation itself and does not lead to the "
                           "label.",
        "registered": "All {total} norms have been assessed. A peer review leads to a "
                      "learning report and registration in the Kwaliteitsregister, without "
                      "a certificate.",
        "rules_not_met": "Every norm has been assessed, but the decision rules for a "
                         "positive advice are not met:",
        "too_many": "{count} {word}: {ids} ({allowed}).",
        "within_limit": "{count} {word} ({ids}), within the limit of {limit}.",
        "none": "No norm is rated '{word}'.",
        "improvement_missing": "Without an improvement point, although '{word}' requires "
                               "one: {ids}.",
        "all_scored": "All {total} norms have been assessed.",
        "awaiting_decision": "The advice to the commission is positive; the label with the "
                             "stamp 'gecertificeerd' follows only once the commission grants "
                             "the certificate.",
        "negative_advice": "The advice to the commission is negative: no certificate.",
        "auditors_advice": "The auditors themselves advise {word_advice}, unlike the "
                           "decision rules; see their reason.",
        "granted": "The commission has granted the certificate.",
        "refused": "The commission has not granted the certificate.",
        "not_ready": "Not yet ready for a final report: {texts}.",
        "registration_awaiting": "The outcome by the decision rules is positive; the label "
                                 "without the stamp follows only once the commission "
                                 "registers the review.",
        "learning_report": "The outcome by the decision rules is not positive: a learning "
                           "report without a label, which cannot be registered.",
        "registration_granted": "The commission has registered the review in the "
                                "Kwaliteitsregister: the label without the stamp.",
        "registration_refused": "The commission has not registered the review.",
        "core_not_met": "Core norm(s) not met: {ids}.",
        "lapsed": "The certificate lapsed on {day}; there is no valid label.",
        "unsigned": "The decision is not validly signed: {texts}.",
    },
}


def _ids(norm_ids: list[str], lang: str) -> str:
    parts = id_runs(norm_ids)
    if len(parts) <= 12:
        return ", ".join(parts)
    shown = parts[:12]
    rest = len(norm_ids) - sum(run_size(part) for part in shown)
    more = f"en {rest} andere" if lang == "nl" else f"and {rest} more"
    return ", ".join(shown) + f" {more}"


def _count(count: int, lang: str) -> str:
    if lang == "nl":
        return "1 norm" if count == 1 else f"{count} normen"
    return "1 norm" if count == 1 else f"{count} norms"


def _allowed(limit: int | None, lang: str) -> str:
    if limit == 0:
        return "geen toegestaan" if lang == "nl" else "none allowed"
    return f"{limit} toegestaan" if lang == "nl" else f"{limit} allowed"


def sentence(reason: Reason, lang: str = "nl") -> str:
    """One reason as a sentence in `lang` ('nl' or 'en')."""
    one, many = reason.said.get(lang, ("", ""))
    plural = len(reason.norms) > 1 and reason.kind in ("too_many", "within_limit")
    advice = {"nl": {"positief": "positief", "negatief": "negatief"},
              "en": {"positief": "a positive advice", "negatief": "a negative advice"}}
    return TEMPLATES[lang][reason.kind].format(
        count=_count(len(reason.norms), lang), ids=_ids(reason.norms, lang),
        word=many if plural else one, limit=reason.limit,
        allowed=_allowed(reason.limit, lang), total=reason.total,
        word_advice=advice[lang].get(reason.verdict or "", ""),
        texts="; ".join(check.text(lang) for check in reason.missing), day=reason.day)


def sentences(reasons: list[Reason], lang: str = "nl") -> list[str]:
    return [sentence(reason, lang) for reason in reasons]
