"""The reasons behind an outcome as sentences, in English (see audit/explain.py)."""

WORDS = {
    "explain.advice.negatief": "a negative advice",
    "explain.advice.positief": "a positive advice",
    "explain.all_scored": "All {total} norms have been assessed.",
    "explain.allowed": "{limit} allowed",
    "explain.auditors_advice":
        "The auditors themselves advise {word_advice}, unlike the decision rules; see their "
        "reason.",
    "explain.awaiting_decision":
        "The advice to the commission is positive; the label with the stamp 'gecertificeerd' "
        "follows only once the commission grants the certificate.",
    "explain.core_not_met": "Core norm(s) not met: {ids}.",
    "explain.granted": "The commission has granted the certificate.",
    "explain.improvement_missing":
        "Without an improvement point, although '{word}' requires one: {ids}.",
    "explain.lapsed": "The certificate lapsed on {day}; there is no valid label.",
    "explain.learning_report":
        "The outcome by the decision rules is not positive: a learning report without a label, "
        "which cannot be registered.",
    "explain.more": "and {rest} more",
    "explain.negative_advice": "The advice to the commission is negative: no certificate.",
    "explain.none": "No norm is rated '{word}'.",
    "explain.none_allowed": "none allowed",
    "explain.norms": "{count} norms",
    "explain.not_ready": "Not yet ready for a final report: {texts}.",
    "explain.one_norm": "1 norm",
    "explain.open":
        "{count} not yet (validly) assessed: {ids}. An audit with open norms is a draft.",
    "explain.refused": "The commission has not granted the certificate.",
    "explain.registered":
        "All {total} norms have been assessed. A peer review leads to a learning report and "
        "registration in the Kwaliteitsregister, without a certificate.",
    "explain.registration_awaiting":
        "The outcome by the decision rules is positive; the label without the stamp follows only"
        " once the commission registers the review.",
    "explain.registration_granted":
        "The commission has registered the review in the Kwaliteitsregister: the label without "
        "the stamp.",
    "explain.registration_refused": "The commission has not registered the review.",
    "explain.rules_not_met":
        "Every norm has been assessed, but the decision rules for a positive advice are not met:",
    "explain.self_evaluation":
        "All {total} norms have been assessed. A self-evaluation is a benchmark for the "
        "organisation itself and does not lead to the label.",
    "explain.too_many": "{count} {word}: {ids} ({allowed}).",
    "explain.unsigned": "The decision is not validly signed: {texts}.",
    "explain.within_limit": "{count} {word} ({ids}), within the limit of {limit}.",
}
