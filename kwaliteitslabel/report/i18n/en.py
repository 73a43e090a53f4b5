"""The report's own words in English (`--lang en`)."""

WORDS = {
    "label_name": "Kwaliteitslabel Sociaal Werk",
    "kind.zelfevaluatie": "Self-evaluation",
    "kind.intercollegiaal": "Learning report",
    "kind.certificerend": "Assessment report",
    "kind.combinatie": "Assessment report",
    "route.zelfevaluatie": "self-evaluation",
    "route.intercollegiaal": "peer review",
    "route.certificerend": "certifying audit",
    "route.combinatie": "combined peer review and certifying audit",
    "route_text.zelfevaluatie":
        "The organisation assessed itself on every norm, to see where it stands and to "
        "plan improvements. A self-evaluation is a benchmark for the organisation itself "
        "and does not lead to the label.",
    "route_text.intercollegiaal":
        "Partner organisations assessed each other. The review leads to this learning "
        "report and to registration in the Kwaliteitsregister, without a certificate.",
    "route_text.certificerend":
        "An audit duo of a certifying body assessed the organisation. The body advises "
        "the commission of Sociaal Werk Nederland; on a positive advice the commission "
        "grants the label with a certificate.",
    "route_text.combinatie":
        "Partner organisations and a certifying body assessed the organisation together. "
        "The body advises the commission; the peers add their learning points. On a "
        "positive advice the commission grants the label with a certificate.",
    "status.positief": "Certified",
    "status.geregistreerd": "Learning report",
    "status.zelfevaluatie": "Self-evaluation",
    "status.onvolledig": "Draft",
    "status.negatief": "Certification not achieved",
    "status_note.positief": "valid until {date}",
    "status_note.geregistreerd": "registered in the Kwaliteitsregister, without a certificate",
    "status_note.zelfevaluatie": "a benchmark for the organisation itself; no label",
    "status_note.onvolledig": "not every norm has been assessed yet",
    "status_note.negatief": "label without the stamp",
    "outcome.positief": "Positive advice: the label with the stamp ‘gecertificeerd’",
    "outcome.geregistreerd": "Learning report: registration in the Kwaliteitsregister",
    "outcome.zelfevaluatie": "Self-evaluation completed",
    "outcome.onvolledig": "Draft: not every norm has been assessed yet",
    "outcome.negatief": "Certification not achieved",
    "label_alt.stamped": "The Kwaliteitslabel Sociaal Werk with the stamp "
                         "‘gecertificeerd’ (certified){until}.",
    "label_alt.plain": "The Kwaliteitslabel Sociaal Werk without the stamp: {status}.",
    "label_until": ", valid until {date}",
    "verdict.voldoet": "Meets the norm",
    "verdict.voldoet_deels": "Partly meets the norm",
    "verdict.voldoet_niet": "Does not meet the norm",
    "verdict.nvt": "Not applicable",
    "verdict.open": "Not yet assessed",
    "verdict_short.voldoet": "meets",
    "verdict_short.voldoet_deels": "partly",
    "verdict_short.voldoet_niet": "not",
    "verdict_short.nvt": "n/a",
    "verdict_short.open": "open",
    "evidence.document": "Document",
    "evidence.interview": "Interview",
    "evidence.observation": "Observation",
    "draft": "DRAFT (CONCEPT)",
    "draft_banner": "CONCEPT – draft, not a final report: not every norm has been assessed",
    "draft_note": "This is a draft. {open} of the {total} norms have not been (validly) "
                  "assessed yet; the report becomes final only when every norm is assessed.",
    "page_of": "page {page} of {pages}",
    "footer_left": "Kwaliteitslabel Sociaal Werk · framework {version}",
    "cover.organisation": "Organisation",
    "cover.route": "Route",
    "cover.scope": "Scope",
    "cover.dates": "Audit dates",
    "cover.auditors": "Auditors",
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
    "chart.scores_title": "Score per area in percent",
    "chart.distribution_title": "Distribution of verdicts per area",
    "points": "Strengths and improvement points",
    "points.strengths": "Strengths",
    "points.improvements": "Improvement points",
    "points.improvements_combinatie": "Improvement and learning points",
    "points.none_strengths": "No strengths have been recorded.",
    "points.none_improvements": "No improvement points have been recorded.",
    "deadline": "by {date}",
    "owner": "owner: {owner}",
    "norms": "Verdict per norm",
    "norms_intro": "For each area, every norm follows with its verdict, the findings and "
                   "the evidence the verdict rests on. Norm texts are quoted in Dutch, as "
                   "in the framework.",
    "norm.core": "core norm",
    "norm.statement": "Norm",
    "norm.findings": "Findings",
    "norm.evidence": "Evidence",
    "norm.strengths": "Strength",
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
    "method.approach":
        "The auditors held conversations, one to one or in small groups, studied documents "
        "and attended activities. They test lived practice, not paperwork: not ticking "
        "boxes but asking further.",
    "method.participants": "Participants",
    "method.role": "Role",
    "method.count": "Number",
    "method.note": "Note",
    "method.no_participants": "No participants have been recorded.",
    "method.dates": "Period",
    "advice": "Advice to the commission",
    "advice.positief":
        "The auditors give the commission a positive advice: the organisation meets the "
        "decision rules for the Kwaliteitslabel Sociaal Werk with the stamp "
        "‘gecertificeerd’.",
    "advice.negatief":
        "The auditors cannot give the commission a positive advice: not every decision "
        "rule for the label with the stamp ‘gecertificeerd’ is met.",
    "advice.onvolledig": "There is no advice yet: the audit has not been completed.",
    "advice.commission": "The certifying body advises; the commission of Sociaal Werk "
                         "Nederland decides on granting the certificate.",
    "advice.rules": "Decision rules of framework {version}",
    "advice.rule_max": "at most {limit} {what}",
    "advice.rule_none": "no norm ‘{what}’",
    "advice.rule_improvement": "an improvement point for every ‘{what}’",
    "advice.rule_all": "every norm assessed",
    "advice.deciding": "Norms that decided",
    "advice.validity": "Validity of the certificate",
    "advice.valid_until": "Once granted, the certificate is valid until {date} ({months} "
                          "months after the last audit day). Then a new audit follows, in "
                          "which the auditors check what became of the improvement points.",
    "advice.no_validity": "No certificate is issued.",
    "signoff": "Sign-off",
    "signoff.text": "The undersigned declare that this report reflects the findings of the "
                    "audit.",
    "signoff.draft": "A draft is not signed.",
    "signoff.name": "Name",
    "signoff.date": "Date",
    "signoff.signature": "Signature",
    "signoff.no_auditors": "No auditors have been recorded.",
    "appendix": "Appendix: accountability",
    "appendix.framework": "Framework",
    "appendix.framework_value": "version {version}, {title} ({status})",
    "appendix.fingerprint": "Framework fingerprint (SHA-256)",
    "appendix.audit_file": "Audit file",
    "appendix.audit_digest": "SHA-256 of the audit file",
    "appendix.attachment": "The audit file is embedded in this PDF as an attachment; a PDF "
                           "reader shows it under ‘attachments’. With the SHA-256 anyone can "
                           "check whether an audit file is exactly this file.",
    "appendix.tool": "Made with",
    "appendix.generated": "Issued on",
    "appendix.texts": "The norm texts are the framework's own wording; the commission "
                      "maintains them.",
    "meta.subject": "{kind} of {organisation} for the Kwaliteitslabel Sociaal Werk "
                    "({route}, framework {version}): {outcome}",
    "meta.keywords": "Kwaliteitslabel Sociaal Werk, {kind}, {route}, framework {version}",
    "attachment.description": "The audit file this report rests on",
    "open_norms": "Open norms",
    "and": "and",
}
