"""What the audit commands say, in English: `audit check`, `score`, `compare`, `advise`,
`decide`, `details`, `merge`, `migrate`, `new`, `improvements`, `programme`, `export` and
`import`, and the follow-up and partial re-audit on the command line.

The values a user types stay Dutch (positief, afgerond, gepland, voldoet ...); where a
Dutch value is shown, its English meaning follows in brackets."""

WORDS = {
    # score_view.py: `audit score`
    "cli.score_view.status.concept": "draft: not yet ready for a final report",
    "cli.score_view.status.zelfevaluatie": "self-evaluation completed",
    "cli.score_view.status.geregistreerd":
        "registered: the commission recorded the assessment in the Kwaliteitsregister",
    "cli.score_view.status.leerrapport":
        "learning report: the outcome under the decision rules is not positive",
    "cli.score_view.status.niet_geregistreerd": "the commission did not register the assessment",
    "cli.score_view.status.verlopen": "the certificate has expired",
    "cli.score_view.status.advies_positief": "positive advice, decision to follow",
    "cli.score_view.status.advies_negatief": "negative advice: certification not achieved",
    "cli.score_view.status.gecertificeerd": "certified: the commission granted the certificate",
    "cli.score_view.status.afgewezen": "certificate not granted by the commission",
    "cli.score_view.label.gecertificeerd": "with the stamp 'gecertificeerd' (certified)",
    "cli.score_view.label.zonder_stempel": "without a stamp",
    "cli.score_view.label.verlopen": "none: the certificate has expired",
    "cli.score_view.label.geen": "no label",
    "cli.score_view.overall": "Total",
    "cli.score_view.area": "area",
    "cli.score_view.outcome": "Outcome:  {status}",
    "cli.score_view.advice_head": "Advice:   ",
    "cli.score_view.advice_rules": "the decision rules give {proposed}",
    "cli.score_view.advice_departs": " · the advice departs from the decision rules",
    "cli.score_view.advice_auditors": "; the auditors advise {advice} ({by}: {reason})",
    "cli.score_view.decision_head": "Decision: ",
    "cli.score_view.decision": "{granted} on {date} by {by}{number}",
    "cli.score_view.granted": "granted",
    "cli.score_view.refused": "not granted",
    "cli.score_view.number": ", number {number}",
    "cli.score_view.signed_head": "Signed:   ",
    "cli.score_view.signature_head": "Signature: ",
    "cli.score_view.valid_until": "Valid until: {date}{lapsed}",
    "cli.score_view.lapsed": " (expired)",
    "cli.score_view.why": "Reasons:",
    "cli.score_view.deciding": "Deciding norms: ",
    # audit_check.py
    "cli.audit_check.header": "{organisation} · {route} · framework {version}",
    "cli.audit_check.requirements": "Requirements:",
    "cli.audit_check.warnings": "Warnings:",
    "cli.audit_check.references": "References that did not (or no longer) apply on the audit days:",
    "cli.audit_check.report": "report",
    "cli.audit_check.ready": "Ready for a final {report}.",
    "cli.audit_check.missing_one": "1 requirement is missing",
    "cli.audit_check.missing_many": "{count} requirements are missing",
    "cli.audit_check.not_ready": "Not ready yet: {missing}.",
    "cli.audit_check.draft": "The report will be a draft.",
    # audit_compare.py
    "cli.audit_compare.change.beter": "better",
    "cli.audit_compare.change.gelijk": "unchanged",
    "cli.audit_compare.change.slechter": "worse",
    "cli.audit_compare.change.nieuw": "new",
    "cli.audit_compare.change.vervallen": "dropped",
    "cli.audit_compare.change.niet_vergelijkbaar": "not comparable",
    "cli.audit_compare.other_organisation":
        "Note: {old} and {new} are different organisations.",
    "cli.audit_compare.header":
        "{old} ({old_start}, framework {old_version}) → {new} ({new_start}, framework "
        "{new_version})",
    "cli.audit_compare.formerly": "formerly",
    "cli.audit_compare.previous_verdict": "previous verdict",
    "cli.audit_compare.now": "now",
    "cli.audit_compare.change": "change",
    "cli.audit_compare.area": "area",
    "cli.audit_compare.previous_score": "previous score",
    "cli.audit_compare.score_now": "score now",
    "cli.audit_compare.norms": "norms",
    "cli.audit_compare.decimal_mark": ".",
    "cli.audit_compare.total": "Total: {counts}",
    # audit_decision.py: `audit advise` and `audit decide`
    "cli.audit_decision.choose_advice": "choose positief or negatief",
    "cli.audit_decision.advice_exists":
        "{file}: there is already an advice ({advice}, {by}, {date}); run the command again "
        "with --force to replace it",
    "cli.audit_decision.advice_saved": "Advice {advice} recorded in {file}.",
    "cli.audit_decision.decision_void":
        "Note: the commission's decision belonged to the previous advice and no longer holds; "
        "the commission decides again (audit decide ... --force).",
    "cli.audit_decision.departs":
        "Note: the advice departs from the decision rules (they give {proposed}); the report "
        "and the score show this, and the commission grants only once it has seen it.",
    "cli.audit_decision.sanction_alone":
        "--suspend or --withdraw stands alone, without --granted, --refused or --number",
    "cli.audit_decision.choose_one": "choose one of the two: --granted or --refused",
    "cli.audit_decision.date_and_by": "give --date and --by",
    "cli.audit_decision.granted": "granted",
    "cli.audit_decision.refused": "not granted",
    "cli.audit_decision.decision_exists":
        "{file}: there is already a decision ({what} on {date} by {by}); run the command again "
        "with --force to replace it",
    "cli.audit_decision.number_empty":
        "--number: empty; give the certificate number or leave --number out",
    "cli.audit_decision.registered": "registered",
    "cli.audit_decision.not_registered": "not registered",
    "cli.audit_decision.registration_saved":
        "Decision recorded: the assessment is {what} ({date}, {by}).",
    "cli.audit_decision.granted_saved":
        "Certificate granted on {date} by {by}; valid until {until}.",
    "cli.audit_decision.refused_saved":
        "Decision recorded: the certificate is not granted ({date}, {by}).",
    "cli.audit_decision.no_label": "Note: this decision does not give a label yet: {missing}",
    # audit_details.py
    "cli.audit_details.label.organisation": "organisation",
    "cli.audit_details.label.scope": "scope",
    "cli.audit_details.label.fte": "FTE",
    "cli.audit_details.label.certifying_body": "certifying body",
    "cli.audit_details.label.auditors": "auditors and peer assessors",
    "cli.audit_details.label.peer_organisations": "peer organisations",
    "cli.audit_details.label.dates": "audit days",
    "cli.audit_details.label.participants": "interviewees",
    "cli.audit_details.label.characterisation": "characterisation",
    "cli.audit_details.none": " (none)",
    "cli.audit_details.empty": "(empty)",
    "cli.audit_details.until": " to {end}",
    "cli.audit_details.end_before_start": "--end-date: {end} is before the start date {start}",
    "cli.audit_details.saved": "Saved in {file}: {names}.",
    # audit_follow_up.py
    "cli.audit_follow_up.same_file":
        "--previous {path}: that is the new file itself; name the previous audit",
    "cli.audit_follow_up.too_late":
        "--previous {path}: that audit ran until {last}; the new audit starts on {start} and "
        "must start after it (give --date)",
    "cli.audit_follow_up.other_organisation":
        "Note: the previous audit is of {previous}, this one of {organisation}.",
    "cli.audit_follow_up.previous":
        "Previous audit: {path} ({start}, framework {version}); {count} improvement point(s) to "
        "follow up",
    "cli.audit_follow_up.give_status":
        "with --follow-up, give --status too (afgerond, loopt, niet_opgepakt or open)",
    "cli.audit_follow_up.unknown_status": "--status: unknown status '{status}'",
    "cli.audit_follow_up.did_you_mean": "; did you mean '{hint}'?",
    "cli.audit_follow_up.choose_from": " Choose from {choices}",
    "cli.audit_follow_up.status.open": "open (not asked yet)",
    "cli.audit_follow_up.status.afgerond": "afgerond (done)",
    "cli.audit_follow_up.status.loopt": "loopt (under way)",
    "cli.audit_follow_up.status.niet_opgepakt": "niet_opgepakt (not taken up)",
    "cli.audit_follow_up.saved":
        "{norm}, improvement point {number} of the previous audit: {status} saved in {file}",
    # audit_merge.py: `audit merge`, `audit merge-driver`, `audit git-setup`
    "cli.audit_merge.choose_option": "Choose one of the options.",
    "cli.audit_merge.assessed": "{scored} of {total} norms assessed in {file}",
    "cli.audit_merge.merged": "Merged into {output} ({a} and {b} are unchanged)",
    "cli.audit_merge.from": "from {name}",
    "cli.audit_merge.same": "the same in both",
    "cli.audit_merge.combined": "same verdict, lists combined",
    "cli.audit_merge.chosen": "chosen",
    "cli.audit_merge.left": "Conflicts recorded, still open: {conflicts}.",
    "cli.audit_merge.choose_per_norm":
        "Choose per norm in the walk: kwaliteitslabel audit run {file} --norm {norm} (or with "
        "audit set).",
    "cli.audit_merge.details": "Audit details: kwaliteitslabel audit details {file}",
    "cli.audit_merge.conflicts": "{count} conflict(s)",
    "cli.audit_merge.between":
        "{conflicts} between {a} (A) and {b} (B). Choose per conflict; 'o' leaves it open.",
    "cli.audit_merge.field": "Detail '{field}'",
    "cli.audit_merge.ask_field": "Choose A, B or open",
    "cli.audit_merge.ask_norm": "Choose A, B, s (together: both lists, one verdict) or open",
    "cli.audit_merge.ask_verdict": "Verdict",
    "cli.audit_merge.driver_conflicts":
        "kwaliteitslabel: {where}conflicts recorded in the audit, still open: {conflicts}; "
        "choose with 'audit set' or 'audit run', then git add and git commit",
    "cli.audit_merge.driver_text": "kwaliteitslabel: {where}not an audit; git's ordinary text "
                                   "merge",
    "cli.audit_merge.git_add":
        "Put .gitattributes in git (git add .gitattributes) and run this in the other clone "
        "too: git config holds per clone.",
    # audit_migrate.py
    "cli.audit_migrate.done":
        "Audit moved to framework {version}: {path} (the old file is unchanged)",
    "cli.audit_migrate.carried": "  carried over: {count} norms that stayed the same{renamed}",
    "cli.audit_migrate.renamed": " (new id: {ids})",
    "cli.audit_migrate.to_confirm":
        "  to confirm:   {count} norms are open with the old verdict as a note: {norms}",
    "cli.audit_migrate.new": "  new:          {norms} (still open)",
    "cli.audit_migrate.left_out": "  left out:     {norms} (belong to the old framework)",
    # audit_new.py (the line to go on with also for migrate and a partial re-audit)
    "cli.audit_new.continue_with": "  continue with: {command}",
    "cli.audit_new.exists":
        "{file}: already exists; choose another name, or continue with: {command}",
    "cli.audit_new.partial_usage":
        "--redo goes with --partial-of; a partial re-audit takes over the organisation and the "
        "route (no --previous, --organisation or --route)",
    "cli.audit_new.choose_option": "Choose one of the options.",
    "cli.audit_new.invalid_value": "Please enter a valid value.",
    "cli.audit_new.ask_organisation": "Name of the organisation",
    "cli.audit_new.ask_auditors": "Auditor(s), separated by commas",
    "cli.audit_new.organisation_option": "--organisation NAME",
    "cli.audit_new.framework": "framework {version}",
    "cli.audit_new.framework_changed": "framework {version} (changed in {path})",
    "cli.audit_new.created": "Audit created: {path} ({route}, {framework}, {count} norms)",
    "cli.audit_new.still_needed": "Still needed for this route:",
    # audit_partial.py
    "cli.audit_partial.give_redo":
        "with --partial-of, give --redo too, with the norms to assess again, e.g. --redo D5,O3",
    "cli.audit_partial.same_file": "--partial-of {path}: that is the new file itself",
    "cli.audit_partial.created":
        "Partial re-audit created: {file} (of {original}, framework {version}): to assess "
        "again: {redo}; {carried} norms carried over.",
    "cli.audit_partial.of":
        "Partial re-audit of {file} ({start}): assessed again: {redo}; the other norms were "
        "carried over.",
    "cli.audit_partial.completion": "Partial re-audit {name} ({redo})",
    "cli.audit_partial.outdated":
        "{what} was made from an earlier version of this audit (the verdicts or details have "
        "changed since); it does not complete this audit.",
    "cli.audit_partial.until": ", valid until {date}",
    "cli.audit_partial.met":
        "{what}: the commission granted on {decided}{number}{until}. The condition (the "
        "re-audit of these norms) is met.",
    "cli.audit_partial.refused": "{what}: not granted on {decided}. The condition is not met.",
    "cli.audit_partial.pending": "{what}: {status}; the decision is still to come.",
    "cli.audit_partial.status.concept": "draft",
    "cli.audit_partial.status.zelfevaluatie": "self-evaluation",
    "cli.audit_partial.status.geregistreerd": "registered",
    "cli.audit_partial.status.leerrapport": "learning report",
    "cli.audit_partial.status.niet_geregistreerd": "not registered",
    "cli.audit_partial.status.verlopen": "expired",
    "cli.audit_partial.status.advies_positief": "positive advice",
    "cli.audit_partial.status.advies_negatief": "negative advice",
    "cli.audit_partial.status.gecertificeerd": "certified",
    "cli.audit_partial.status.afgewezen": "not granted",
    # audit_plan.py: `audit improvements`
    "cli.audit_plan.json_with_list": "--json goes with the list, not with a change",
    "cli.audit_plan.remove_alone": "--remove takes only --item N",
    "cli.audit_plan.action_option": "--action TEXT",
    "cli.audit_plan.and": " and ",
    "cli.audit_plan.new_action":
        "a new action needs {absent} (or give --item N to change an action)",
    "cli.audit_plan.what_changes":
        "with --item, give what changes (--action, --owner, --deadline, --status, --norm) or "
        "--remove",
    "cli.audit_plan.removed":
        "Action {item} taken out of the improvement plan in {file} ({left} action(s) left).",
    "cli.audit_plan.saved": "Action {number} ({norm}) saved in the improvement plan of {file}.",
    "cli.audit_plan.deadline_early":
        "--deadline: {day} is before the audit ({start}); an action of the improvement plan "
        "follows the audit",
    "cli.audit_plan.header": "Improvement plan of {organisation} ({file}): {count}",
    "cli.audit_plan.actions": "{count} action(s)",
    "cli.audit_plan.no_actions": "no actions yet",
    "cli.audit_plan.status.gepland": "status: gepland (planned)",
    "cli.audit_plan.status.loopt": "status: loopt (under way)",
    "cli.audit_plan.status.afgerond": "status: afgerond (done)",
    "cli.audit_plan.deadline": "due: {date}",
    "cli.audit_plan.no_deadline": "no deadline",
    "cli.audit_plan.owner": "owner: {owner}",
    "cli.audit_plan.no_owner": "no owner",
    "cli.audit_plan.without_plan": "No action with a deadline in the plan for: {norms}{why}.",
    "cli.audit_plan.required": " (needed for a positive advice on this route)",
    # audit_programme.py
    "cli.audit_programme.days_unknown":
        "unknown: record the size with 'audit details FILE --fte N' (the framework's table "
        "works from FTE)",
    "cli.audit_programme.decimal_mark": ".",
    "cli.audit_programme.days": "{days} ({fte} FTE, from the table of framework {framework})",
    "cli.audit_programme.title": "Audit programme of {organisation}",
    "cli.audit_programme.header": "{title} · {route} · framework {framework}",
    "cli.audit_programme.audit_days": "Audit days: {days}",
    "cli.audit_programme.from_participants": "the interviewees recorded in the audit",
    "cli.audit_programme.from_roles":
        "every role the norms name (no interviewees recorded yet)",
    "cli.audit_programme.conversations": "Interviews: {count}, planned with {source}",
    "cli.audit_programme.day": "Day {day}",
    "cli.audit_programme.spoken": "(held)",
    "cli.audit_programme.norms": "{count} norms ({norms})",
    "cli.audit_programme.one_norm": "{count} norm ({norms})",
    "cli.audit_programme.coverage": "Coverage per norm",
    "cli.audit_programme.roles": "roles",
    "cli.audit_programme.documents": "docs",
    "cli.audit_programme.observations": "obs",
    "cli.audit_programme.heard": "evidence (roles)",
    "cli.audit_programme.covered": "coverage",
    "cli.audit_programme.triangulated": "triangulated",
    "cli.audit_programme.planned": "planned",
    "cli.audit_programme.gap": "gap",
    "cli.audit_programme.gaps":
        "Not covered (fewer than two roles, or one role without a document or observation):",
    "cli.audit_programme.no_gaps":
        "Every norm is covered by two roles, or by one role and a document or observation.",
    # audit_sanction.py: `audit decide --suspend|--withdraw`
    "cli.audit_sanction.give": "give --date, --by and --reason",
    "cli.audit_sanction.geschorst": "suspended",
    "cli.audit_sanction.ingetrokken": "withdrawn",
    "cli.audit_sanction.saved":
        "The label has been {what} as of {day} by {who}; saved in {file}.",
    # audit_sheet.py: `audit export` and `audit import`
    "cli.audit_sheet.written": "{count} norms written to {target}",
    "cli.audit_sheet.read_back":
        "  to read it back in: kwaliteitslabel audit import {file} {target}",
    "cli.audit_sheet.would_change": "would change",
    "cli.audit_sheet.saved": "saved",
    "cli.audit_sheet.row": "{norm} (row {row}): {what} {verb}",
    "cli.audit_sheet.refused": "Refused: {message}",
    "cli.audit_sheet.summary_dry_run":
        "{changed} norm(s) to change, {unchanged} unchanged, {refused} refused (dry run: "
        "nothing saved)",
    "cli.audit_sheet.summary":
        "{changed} norm(s) changed, {unchanged} unchanged, {refused} refused in {file}",
}
