"""The report's own words in English (`--lang en`)."""

WORDS = {
    "label_name": "Kwaliteitslabel Sociaal Werk",
    "label_alt.stamped": "The Kwaliteitslabel Sociaal Werk with the stamp "
                         "‘gecertificeerd’ (certified){until}.",
    "label_alt.plain": "The Kwaliteitslabel Sociaal Werk without the stamp: {status}.",
    "label_until": ", valid until {date}",
    "verdict.open": "Not yet assessed",
    "verdict_short.open": "open",
    "evidence.document": "Document",
    "evidence.interview": "Interview",
    "evidence.observation": "Observation",
    "draft": "DRAFT (CONCEPT)",
    "draft_banner": "DRAFT – not a final report: the audit is not yet ready for its route",
    "draft_note": "This is a draft. {open} of the {total} norms have not been (validly) "
                  "assessed yet; the report becomes final only when every norm is assessed "
                  "and every requirement of the route is met.",
    "draft_note_ready": "This is a draft: not every requirement of the route is met yet "
                        "(see the first page); it becomes final once they are.",
    "page_of": "page {page} of {pages}",
    "footer_left": "Kwaliteitslabel Sociaal Werk · framework {version}",
    "cover.organisation": "Organisation",
    "cover.route": "Route",
    "cover.scope": "Scope",
    "cover.dates": "Audit dates",
    "cover.peers": "Partner organisations",
    "cover.body": "Certifying body",
    "cover.framework": "Framework",
    "cover.generated": "Issued on",
    "toc": "Contents",
    "summary": "Summary",
    "summary.outcome": "Outcome",
    "summary.reasons": "Why",
    "summary.characterisation": "Characterisation of the organisation",
    "summary.scores": "Score per area",
    "summary.scores_note": "The percentage adds up the points of every verdict ({weights}) "
                           "out of the most a norm can earn; open norms count as 0, "
                           "‘not applicable’ does not count.",
    "summary.distribution": "Distribution of verdicts",
    "summary.table_caption": "Number of norms per verdict and area",
    "area": "Area",
    "norms_count": "Norms",
    "score": "Score",
    "total": "Total",
    "chart.alt": "{title}. The figures per area are in the table beside the chart.",
    "chart.scores_title": "Score per area in percent",
    "chart.distribution_title": "Distribution of verdicts per area",
    "points": "Strengths and improvement points",
    "points.strengths": "Strengths",
    "points.improvements": "Improvement points",
    "points.improvements_combinatie": "Improvement and learning points",
    "points.none_strengths": "No strengths have been recorded.",
    "points.none_improvements": "No improvement points have been recorded.",
    "deadline": "by {date}",
    "owner": "owner:",
    "plan": "The organisation's improvement plan",
    "follow_up": "Follow-up of the previous audit's improvement points",
    "norms": "Verdict per norm",
    "norms_intro": "For each area, every norm follows with its verdict, the findings and "
                   "the evidence the verdict rests on. Norm texts are quoted in Dutch, as "
                   "in the framework.",
    "norm.core": "core norm",
    "norm.statement": "Norm",
    "norm.findings": "Findings",
    "norm.evidence": "Evidence",
    "norm.strengths": "Strength",
    "norm.carried": "carried from the audit of {period}",
    "norm.improvements": "Improvement points",
    "norm.nvt_reason": "Reason not applicable",
    "norm.assessed": "Assessed by {who} on {date}",
    "norm.assessed_at": "Assessed on {date}",
    "norm.assessed_by": "Assessed by {who}",
    "norm.no_findings": "No findings recorded.",
    "norm.open": "This norm has not been assessed yet.",
    "norm.refused": "The recorded verdict ‘{verdict}’ is not allowed here and does not "
                    "count.",
    "method": "Method",
    "method.route": "Route",
    "method.scope": "Scope",
    "method.fte": "Size",
    "method.fte_value": "{fte} FTE",
    "method.unknown": "not given",
    "method.days": "Audit days",
    "method.days_value": "{days} days, according to the framework's audit-days table",
    "method.days_unknown": "cannot be determined without the size in FTE",
    "method.days_table": "Audit-days table of framework {version}",
    "method.up_to": "up to {fte} FTE",
    "method.above": "more than {fte} FTE",
    "method.any": "any size",
    "method.days_col": "Audit days",
    "method.size_col": "Size",
    "method.participants": "Participants",
    "method.role": "Role",
    "method.count": "Number",
    "method.note": "Note",
    "method.no_participants": "No participants have been recorded.",
    "method.dates": "Period",
    "advice": "Advice to the commission",
    "advice.commission": "The certifying body advises; the commission of Sociaal Werk "
                         "Nederland decides on granting the certificate.",
    "advice.rules": "Decision rules of framework {version}",
    "advice.rule_max": "at most {limit} {what}",
    "advice.rule_none": "no norm ‘{what}’",
    "advice.rule_plan": "on the route(s) {routes}: for every verdict ‘{what}’ an action "
                        "with a deadline in the organisation's improvement plan",
    "advice.rule_improvement": "an improvement point for every ‘{what}’",
    "advice.rule_all": "every norm assessed",
    "advice.deciding": "Norms that decided",
    "advice.validity": "Validity of the certificate",
    "signoff": "Sign-off",
    "signoff.text": "The undersigned declare that this report reflects the findings of the "
                    "audit.",
    "signoff.draft": "A draft is not signed.",
    "signoff.name": "Name",
    "signoff.date": "Date",
    "signoff.signature": "Signature",
    "appendix": "Appendix: accountability",
    "appendix.framework": "Framework",
    "appendix.fingerprint": "Framework fingerprint (SHA-256)",
    "appendix.audit_file": "Audit file",
    "appendix.audit_digest": "SHA-256 of the audit file",
    "appendix.attachment": "The audit file is embedded in this PDF as an attachment; a PDF "
                           "reader shows it under ‘attachments’. With the SHA-256 anyone can "
                           "check whether an audit file is exactly this file.",
    "appendix.tool": "Made with",
    "appendix.generated": "Issued on",
    "appendix.texts": "The norms are quoted from framework {version}, in Dutch.",
    "meta.subject": "{kind} of {organisation} for the Kwaliteitslabel Sociaal Werk "
                    "({route}, framework {version}): {outcome}",
    "meta.keywords": "Kwaliteitslabel Sociaal Werk, {kind}, {route}, framework {version}",
    "attachment.description": "The audit file this report rests on",
    "attachment.description_of": "The audit file this document rests on: {document}",
    "open_norms": "Open norms",
    "scope.default": "whole organisation",
    "framework_status.concept": "draft",
    "framework_status.in_gebruik": "in use, not adopted",
    "framework_status.gewijzigd": "changed, not adopted",
    "source.vastgesteld": "The norm texts are those of framework {version} as the "
                          "label's management committee of Sociaal Werk Nederland adopted it.",
    "source.eigen_formulering": "The norm texts of framework {version} are kwaliteitslabel's own "
                                "formulation from public sources, not the text the "
                                "label's management committee of Sociaal Werk Nederland "
                                "adopted (which is not public).",
    "source.gewijzigd.kwaliteitslabel": "Framework {version} is changed, not adopted: its norm "
                                        "texts differ from kwaliteitslabel's own formulation as "
                                        "issued, and the label's management committee has "
                                        "not adopted them.",
    "source.gewijzigd.beheercommissie": "Framework {version} is changed, not adopted: its norm "
                                        "texts differ from the text the label's management "
                                        "committee adopted.",
    "source.onbekend": "Framework {version} does not say whose norm texts these are.",
    "source_short.vastgesteld": "as the commission adopted it",
    "source_short.eigen_formulering": "not adopted",
    "source_short.gewijzigd": "changed, not adopted",
    "source_short.onbekend": "source not given",
    "method.days_table_example": "kwaliteitslabel's example table of audit days (framework "
                                 "{version}); the official numbers are not public and not "
                                 "adopted by the label's management committee",
    "method.days_value_example": "{days} days, by kwaliteitslabel's example table (not adopted "
                                 "by the label's management committee)",
    "method.days_value_one_example": "{days} day, by kwaliteitslabel's example table (not "
                                     "adopted by the label's management committee)",
    "norm.reference_note": "Note on a reference",
    "framework_status.vastgesteld": "adopted",
    "framework_status.vervallen": "withdrawn",
    "draft_missing": "Not yet (validly) assessed: {open} of the {total} norms",
    "appendix.framework_value": "version {version} ({status})",
    "appendix.framework_title": "Title of the framework",
    "status.concept": "Draft",
    "status.zelfevaluatie": "Self-evaluation",
    "status.geregistreerd": "Registered",
    "status.advies_positief": "Positive advice, decision follows",
    "status.leerrapport": "Learning report",
    "status.niet_geregistreerd": "Not registered",
    "status.verlopen": "Certificate lapsed",
    "status.advies_negatief": "Certification not achieved",
    "status.gecertificeerd": "Certified",
    "status.afgewezen": "Certificate not granted",
    "status_note.concept": "not yet a final report; no label",
    "status_note.zelfevaluatie": "a benchmark for the organisation itself; no label",
    "status_note.geregistreerd":
        "the commission registered the review in the Kwaliteitsregister on {decided}: the "
        "label without the stamp, without a certificate",
    "status_note.advies_positief":
        "no label yet: the commission has yet to decide",
    "status_note.leerrapport":
        "a learning report: the outcome by the decision rules is not positive; no label",
    "status_note.niet_geregistreerd":
        "the commission did not register the review on {decided}; no label",
    "status_note.verlopen": "the certificate {number}lapsed on {date}; no valid label",
    "status_note.departs": "advice departs from the decision rules",
    "status_note.advies_negatief": "negative advice to the commission; no label",
    "status_note.gecertificeerd": "certificate {number}granted on {decided}, valid until {date}",
    "status_note.afgewezen": "the commission did not grant the certificate on {decided}; no label",
    "outcome.concept": "Draft: not yet a final report",
    "outcome.zelfevaluatie": "Self-evaluation completed",
    "outcome.geregistreerd": "Registered in the Kwaliteitsregister by the commission",
    "outcome.leerrapport": "Learning report without a label",
    "outcome.niet_geregistreerd": "Not registered by the commission",
    "outcome.verlopen": "Certificate lapsed",
    "outcome.advies_positief": "Positive advice, decision follows",
    "outcome.advies_negatief": "Negative advice: certification not achieved",
    "outcome.gecertificeerd": "Certified: the commission granted the certificate",
    "outcome.afgewezen": "Certificate not granted by the commission",
    "advice.proposed.positief":
        "The framework's decision rules give a positive advice: the organisation meets the "
        "decision rules for the Kwaliteitslabel Sociaal Werk with the stamp "
        "‘gecertificeerd’.",
    "advice.proposed.negatief":
        "The framework's decision rules give a negative advice: not every decision rule for "
        "the label with the stamp ‘gecertificeerd’ is met.",
    "advice.proposed.none": "There is no advice yet: the audit has not been completed.",
    "advice.own":
        "The auditors themselves advise {advice}, unlike the decision rules ({by}, {date}): "
        "{reason}",
    "advice.own_agrees": "The auditors endorse this advice ({by}, {date}): {reason}",
    "advice.word.positief": "positively",
    "advice.word.negatief": "negatively",
    "advice.decision": "The commission's decision",
    "advice.decision.granted": "The {by} granted the certificate on {date}{number}.",
    "advice.decision.refused": "The {by} did not grant the certificate on {date}.",
    "advice.decision.registered": "The {by} registered the review in the "
                                  "Kwaliteitsregister on {date}.",
    "advice.decision.not_registered": "The {by} did not register the review ({date}).",
    "advice.decision.signed_by": "Signed by: {names}.",
    "advice.decision.despite_rules": "The commission granted on an advice that departs from "
                                     "the decision rules, and saw that.",
    "advice.decision.awaiting_registration":
        "The decision rules give a positive outcome; the commission decides on the "
        "registration. Only after registration does the label without the stamp appear.",
    "advice.decision.signature": "The commission's signature: {text}.",
    "advice.decision.reason": "Explanation: {reason}",
    "advice.decision.awaiting":
        "The commission's decision follows. Only once it grants the certificate does the "
        "label with the stamp ‘gecertificeerd’ appear; the validity runs from the decision.",
    "advice.decision.none": "There is no decision: no certificate is granted on a negative advice.",
    "advice.valid_until":
        "The certificate is valid until {date}: {months} months after the commission's "
        "decision. Before it lapses a re-audit follows, in which the auditors check what "
        "became of the improvement points.",
    "advice.valid_months":
        "Once granted, the certificate is valid for {months} months from the commission's "
        "decision; before it lapses a re-audit follows.",
    "advice.no_validity": "No certificate is issued.",
    "number": "number {number}",
    "cover.assessors.organisatie": "Assessed by",
    "cover.assessors.toetsers": "Peer assessors",
    "cover.assessors.auditoren": "Auditors",
    "cover.assessors.toetsers_en_auditoren": "Auditors and peer assessors",
    "method.approach.organisatie":
        "The organisation assessed itself: staff, managers and volunteers discussed the "
        "lived practice norm by norm, with documents and examples at hand.",
    "method.approach.toetsers":
        "The peer assessors of partner organisations held conversations, one to one or in "
        "small groups, studied documents and attended activities. They test lived practice, "
        "not paperwork: not ticking boxes but asking further.",
    "method.approach.auditoren":
        "The auditors held conversations, one to one or in small groups, studied documents "
        "and attended activities. They test lived practice, not paperwork: not ticking "
        "boxes but asking further.",
    "method.approach.toetsers_en_auditoren":
        "The auditors and the peer assessors of partner organisations held conversations "
        "together, one to one or in small groups, studied documents and attended "
        "activities. They test lived practice, not paperwork: not ticking boxes but asking "
        "further.",
    "method.days_value_one": "{days} day, according to the framework's audit-days table",
    "points.by_body": "Improvement points of the certifying body",
    "points.by_peers": "Learning points of the peer assessors",
    "draft_requirements": "Not yet in order",
    "signoff.no_auditors": "No auditors or peer assessors have been recorded.",
    "certificate": "Certificate",
    "certificate.title_meta": "Certificate Kwaliteitslabel Sociaal Werk: {organisation}",
    "certificate.subject":
        "Certificate Kwaliteitslabel Sociaal Werk of {organisation}, valid until {date}",
    "certificate.statement":
        "The commission of the Kwaliteitslabel of Sociaal Werk Nederland grants this "
        "organisation the Kwaliteitslabel Sociaal Werk with the stamp ‘gecertificeerd’ "
        "(certified): it meets the testable norms of framework {version} ({source}).",
    "certificate.number": "Certificate number",
    "certificate.no_number": "not recorded",
    "certificate.decided": "Decision of the commission",
    "certificate.valid_until": "Valid until",
    "certificate.body": "Certifying body",
    "certificate.dates": "Audit dates",
    "certificate.framework": "Framework",
    "certificate.framework_value": "Kwaliteitslabel Sociaal Werk, framework {version}",
    "certificate.framework_value_own": "framework {version}, kwaliteitslabel's own text ({status})",
    "certificate.signed": "On behalf of the {by}",
    "lapsed": " (lapsed)",
    "certificate.granted_to": "granted to",
    "certificate.verify_line":
        "Genuine and unchanged? The audit file this certificate rests on is attached to this "
        "PDF file; the commission confirms the certificate number.",
    "certificate.signature": "signature",
    "sanction.geschorst": "; the label was suspended on {date} by {by}: {reason}",
    "sanction.ingetrokken": "; the label was withdrawn on {date} by {by}: {reason}",
    "status.geschorst": "Label suspended",
    "status.ingetrokken": "Label withdrawn",
    "certificate.check":
        "The audit file this certificate rests on is embedded as an attachment, so anyone "
        "can check it is unchanged.",
}
