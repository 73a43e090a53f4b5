"""What each readiness check says, in English: `readiness.<check>.met` when the audit
meets it, `.unmet` when not (the one used where a check has no `.met`).
"""

WORDS = {
    "readiness.advice_basis.met": "the advice holds for this version of the audit",
    "readiness.advice_basis.unmet":
        "the advice belongs to an earlier version of the audit; have the lead auditor advise "
        "again",
    "readiness.advice_by.met": "the advice is the lead auditor's ({names})",
    "readiness.advice_by.unmet":
        "the advice is the certifying body's lead auditor's (given by {names})",
    "readiness.advice_dates.met": "the advice ({names}) follows the verdicts it rests on",
    "readiness.advice_dates.unmet": "the advice follows the verdicts it rests on (advice {names})",
    "readiness.advice_plan.met":
        "the improvement plan has an action with a deadline for every norm that asks for one",
    "readiness.advice_plan.unmet":
        "on this route a positive advice needs an action with a deadline in the organisation's "
        "improvement plan; missing for {norms}",
    "readiness.audit_done.met": "the audit is over ({names})",
    "readiness.audit_done.unmet": "the audit is over; its last day ({names}) is still to come",
    "readiness.auditors.met": "{n} or more auditors of the certifying body: {names}",
    "readiness.auditors.unmet":
        "{n} auditors of the certifying body (an audit duo); recorded: {found}",
    "readiness.certifying_body.met": "certifying body: {names}",
    "readiness.certifying_body.unmet": "no certifying body recorded yet",
    "readiness.complete.met": "every norm has been assessed",
    "readiness.complete.unmet": "every norm assessed; still open: {norms}",
    "readiness.conflicts.unmet":
        "no open conflicts from merging two copies; still to choose: {norms}",
    "readiness.dates.met": "the audit starts on {names}, within the framework's validity",
    "readiness.dates.unmet":
        "the audit starts on or after the label's introduction ({adopted}) and within the "
        "framework's validity ({names})",
    "readiness.decision_against_advice.unmet":
        "the decision grants the certificate, but the advice is negative; record the decision "
        "again",
    "readiness.decision_basis.met": "the commission's decision holds for this audit",
    "readiness.decision_basis.unmet":
        "the commission's decision holds for another version of the audit (changed after the "
        "decision, or the decision was edited by hand); the commission decides again",
    "readiness.decision_by.met": "the decision is by {names}",
    "readiness.decision_by.unmet":
        "the decision is by the body the framework names, nobody else (recorded: {names})",
    "readiness.decision_dates.unmet":
        "the decision ({names}) comes after the last audit day and the advice, and is not in the"
        " future",
    "readiness.decision_signature.met": "the decision is {names}",
    "readiness.decision_signature.unmet": "the decision is validly signed: {names}",
    "readiness.early_verdicts.unmet": "verdicts from before the first audit day: {norms}",
    "readiness.evidence.met": "every verdict rests on evidence",
    "readiness.evidence.unmet": "every verdict rests on evidence; without evidence: {norms}",
    "readiness.evidence_dates.unmet": "evidence dated after the verdict: {norms}",
    "readiness.evidence_kinds.unmet":
        "a kind of evidence the framework does not know (choose from {names}): {norms}",
    "readiness.evidence_sources.unmet":
        "an interview with a role the framework does not know (roles: {names}): {norms}",
    "readiness.identity_scripts.met": "names without mixed scripts",
    "readiness.identity_scripts.unmet":
        "names in one script: a word mixes Latin with Cyrillic or Greek letters in {names}; type"
        " them again",
    "readiness.independent.met": "nobody who assesses belongs to the organisation assessed",
    "readiness.independent.unmet":
        "nobody who assesses belongs to the organisation assessed; but these do: {names}",
    "readiness.organisation.met": "organisation: {names}",
    "readiness.organisation.unmet": "no organisation recorded yet",
    "readiness.participant_roles.unmet":
        "participants with a role the framework does not know: {norms}",
    "readiness.peer_assessors.met": "{n} or more assessors of peer organisations: {names}",
    "readiness.peer_assessors.unmet": "{n} assessors of a peer organisation; recorded: {found}",
    "readiness.peer_organisations.met": "peer organisation: {names}",
    "readiness.peer_organisations.unmet":
        "{n} peer organisation(s) other than the one assessed; recorded: {found}",
    "readiness.roles_heard.unmet": "roles the framework asks to hear that no one spoke to: {names}",
    "readiness.route.unmet": "route '{names}' does not exist in this framework",
    "readiness.triangulation.unmet":
        "a verdict rests on one source only (no second role and no other kind of evidence): "
        "{norms}",
}
