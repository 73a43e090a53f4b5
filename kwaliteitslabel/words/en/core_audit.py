"""What the core of one audit says, in English: refusals of a save, an answer, an advice
or a decision, problems in an audit file, notices (kwaliteitslabel/audit/)."""

WORDS = {
    # store.py: the one save path
    "audit.store.unreadable_after":
        "{path}: not saved: the file could no longer be read afterwards ({details}). Nothing "
        "has been changed.",
    "audit.store.read_differently":
        "{path}: not saved: the file would afterwards be read differently from what was meant. "
        "Nothing has been changed; check the text for unusual characters.",
    "audit.store.other_framework":
        "{path}: the file has meanwhile been tied to another framework; load it again",
    "audit.store.no_follow_up":
        "{path}: {norm} has no improvement points from the previous audit to follow up (see "
        "'audit status')",
    "audit.store.follow_up_number":
        "--follow-up {number}: {norm} has {count} improvement point(s) from the previous audit; "
        "choose 1 to {count}",
    "audit.store.plan_item":
        "--item {number}: the improvement plan has {count} action(s); choose 1 to {count}",
    "audit.store.plan_empty":
        "--item {number}: the improvement plan has no actions yet; add one with --norm and "
        "--action",
    "audit.store.plan": "the improvement plan",
    "audit.store.changed_meanwhile":
        "{path}: the file has been changed in the meantime; nothing has been saved, please try "
        "again",
    "audit.store.conflict":
        "{path}: {name} has meanwhile been changed by someone else{who}; your answer has not "
        "been saved",
    # answer.py: one answer on one norm
    "audit.answer.label.score": "verdict",
    "audit.answer.label.findings": "findings",
    "audit.answer.label.evidence": "evidence",
    "audit.answer.label.strengths": "strengths",
    "audit.answer.label.improvements": "improvement points",
    "audit.answer.label.nvt_reason": "reason",
    "audit.answer.label.assessed_by": "assessed by",
    "audit.answer.before_start":
        "{option}: {day} is before the first audit day ({start}); a verdict falls during or "
        "after the audit",
    "audit.answer.in_future":
        "{option}: {day} is in the future; give the day on which the verdict was given",
    # evidence.py: evidence typed on one line
    "audit.evidence.where": "evidence",
    "audit.evidence.note_after_source":
        "{where}: after '{typed}:', type what you read, heard or saw, e.g. '{example}'",
    "audit.evidence.too_short":
        "{where}: '{typed}' is not evidence; type what you read, heard or saw, e.g. '{example}'",
    "audit.evidence.empty": "{where}: type what you read, heard or saw",
    "audit.evidence.unknown_kind_hint":
        "{where}: '{typed}' is not a kind of evidence; did you mean '{hint}'? Choose from "
        "{names}, e.g. 'gesprek/medewerkers: ...'",
    "audit.evidence.unknown_kind":
        "{where}: '{typed}' is not a kind of evidence. Choose from {names}, e.g. "
        "'gesprek/medewerkers: ...'",
    "audit.evidence.note_after_kind":
        "{where}: after '{typed}:', type what you {verb}, e.g. '{example}'",
    "audit.evidence.example.document": "document: Annual report 2025, p. 4",
    "audit.evidence.example.interview": "gesprek/medewerkers: spoke with six social workers",
    "audit.evidence.example.observation": "observatie: sat in on a case consultation",
    "audit.evidence.verb.document": "read",
    "audit.evidence.verb.interview": "heard",
    "audit.evidence.verb.observation": "saw",
    "audit.evidence.verb.other": "found",
    # load.py: an audit file read against its framework
    "audit.load.empty": "the audit file is empty",
    "audit.load.not_mapping": "the audit file is not a list of fields (key: value)",
    "audit.load.start_again":
        "{what}; start with 'kwaliteitslabel audit new' or restore an earlier version",
    "audit.load.unknown_route_hint":
        "route '{route}' does not exist in framework {version}; did you mean '{hint}'?",
    "audit.load.unknown_route":
        "route '{route}' does not exist in framework {version}; choose from {choices}",
    "audit.load.norm_spelled":
        "norm '{norm}' does not exist in framework {version}; did you mean {hint}? Write the id "
        "as the framework writes it",
    "audit.load.unknown_norm":
        "norm '{norm}' does not exist in framework {version}; correct the id (see "
        "'kwaliteitslabel norms list')",
    "audit.load.plan_norm_spelled":
        "improvement plan: norm '{norm}' does not exist in framework {version}; did you mean "
        "{hint}?",
    "audit.load.plan_unknown_norm":
        "improvement plan: norm '{norm}' does not exist in framework {version}; correct the id "
        "(see 'kwaliteitslabel norms list')",
    "audit.load.problems": "{path}: {count} error(s)",
    "audit.load.framework_changed":
        "Note: the framework in {path} has been changed (fingerprint {fingerprint}). This audit "
        "uses the framework it was started against: version {version} in {pinned} (fingerprint "
        "{pinned_fingerprint}).",
    "audit.load.framework_other":
        "Note: the framework in {path} is version {other}, not this audit's framework "
        "(fingerprint {fingerprint}). This audit uses the framework it was started against: "
        "version {version} in {pinned} (fingerprint {pinned_fingerprint}).",
    # rules.py: the framework's rules for one verdict
    "audit.rules.core":
        "{norm} is a core norm and cannot be '{verdict}'; choose another verdict",
    "audit.rules.reason":
        "'{verdict}' requires a reason (nvt_reason in the file, --reason with audit set); "
        "please give one",
    "audit.rules.improvement":
        "'{verdict}' requires at least one improvement point; please give one",
    "audit.rules.no_evidence_route":
        "{norm} has no evidence; on a {route} every verdict rests on evidence (--evidence "
        "'gesprek/medewerkers: ...'). See 'audit check'.",
    "audit.rules.unsupported": "{norm} has no findings and no evidence.",
    # partial.py
    "audit.partial.carried":
        "{norm} was carried over from the original audit ({file}); this partial re-audit "
        "assesses only {redo}",
    # references.py
    "audit.references.replaced":
        "{norm} cites the {name}; since {day} the {successor} applies",
    "audit.references.ended": "{norm} cites the {name}, which applied up to and including {day}",
    "audit.references.not_yet": "{norm} cites the {name}, which applies only from {day}",
    # follow_up.py
    "audit.follow_up.open": "open (not asked yet)",
    "audit.follow_up.no_verdict": "no verdict",
    "audit.follow_up.previous": "Previous audit ({year}, framework {framework}): {verdicts}",
    # sanction.py
    "audit.sanction.no_label":
        "this audit has no label from the commission (a granted certificate or a "
        "registration); there is nothing to suspend or withdraw",
    "audit.sanction.before_label":
        "the date ({date}) is before the decision that gave the label ({since}); check the date",
    "audit.sanction.in_future":
        "the date ({date}) is in the future; record what has been decided",
    "audit.sanction.auditor":
        "{by} is one of the auditors; suspending and withdrawing are for the commission "
        "(beheercommissie)",
    "audit.sanction.already":
        "the label is already {kind} ({date}, {by}); repeat with --force to replace that",
    "audit.sanction.withdrawal_first":
        "the withdrawal ({date}) is before the suspension ({earlier}); check the date",
    # plan.py
    "audit.plan.or": " or ",
    "audit.plan.refusal":
        "on this route, {what} requires an improvement plan from the organisation with an "
        "action and a deadline for every norm with the verdict {verdicts}; it is missing for "
        "{missing}. Record the actions with: kwaliteitslabel audit improvements {file} --norm "
        "{norm} --action 'ACTION' --owner 'NAME' --deadline YYYY-MM-DD",
    # basis.py: what a change voided
    "audit.basis.void_advice":
        "Note: after this change the lead auditor's advice no longer holds; it belongs to the "
        "previous version of the audit. Have the lead auditor advise again (audit advise ... "
        "--force).",
    "audit.basis.void_decision":
        "Note: after this change the commission's decision no longer holds; it belongs to the "
        "previous version of the audit. Have the commission decide again (audit decide ... "
        "--force).",
    "audit.basis.void_both":
        "Note: after this change neither the lead auditor's advice nor the commission's "
        "decision holds; they belong to the previous version of the audit. Have the lead "
        "auditor advise again (audit advise ... --force) and the commission decide again "
        "(audit decide ... --force).",
    # decision.py: the advice and the commission's act
    "audit.decision.stale_advice":
        "the advice belongs to an earlier version of the audit; have the lead auditor advise "
        "again",
    "audit.decision.not_on_route": "{path}: {step} is not part of this route ({name})",
    "audit.decision.step_advice": "formal advice to the commission",
    "audit.decision.step_decision": "a decision by the commission",
    "audit.decision.open_norms":
        "{path}: {count} norms still open ({norms}); advice follows a completed audit",
    "audit.decision.no_lead":
        "nobody: give the lead auditor the role 'lead auditor' (audit details --auditor 'NAME; "
        "INSTITUTION; lead auditor')",
    "audit.decision.body_not_recorded": "not recorded",
    "audit.decision.not_lead":
        "--by: {by} may not give the formal advice; that is for the lead auditor of the "
        "certifying body ({body}): {leads}",
    "audit.decision.audit_running":
        "{path}: the audit is still running (last audit day {last}); the advice follows the "
        "audit",
    "audit.decision.advice_before_start":
        "--date: the advice ({day}) is before the first audit day ({start}); check the date",
    "audit.decision.advice_before_verdicts":
        "--date: the advice ({day}) is before the verdicts it rests on (last verdict "
        "{verdicts}); advice follows the verdicts (audit set --at sets the date of a verdict)",
    "audit.decision.advice_in_future": "--date: the advice ({day}) is in the future",
    "audit.decision.positive_advice": "positive advice",
    "audit.decision.the_certificate": "the certificate",
    "audit.decision.advice_departs":
        "--reason: the advice departs from the decision rules (which give {proposed}); say why "
        "in a sentence",
    "audit.decision.not_deciding_body":
        "--by: {by} does not decide on this label; '{body}' does (the body the framework "
        "names). Give whoever signs on behalf of the commission with --signed-by 'NAME, role'.",
    "audit.decision.not_deciding_body_hint":
        "--by: {by} does not decide on this label; '{body}' does (the body the framework "
        "names). Give whoever signs on behalf of the commission with --signed-by 'NAME, role'. "
        "Did you mean '{body}'?",
    "audit.decision.signatory_auditor":
        "--signed-by: {name} assessed this audit; an assessor does not sign for the "
        "commission's decision",
    "audit.decision.not_ready":
        "{path}: the audit is not yet ready for a decision: {missing}. See 'kwaliteitslabel "
        "audit check {path}'.",
    "audit.decision.registration_refused":
        "{path}: registration refused: the outcome under the decision rules is not positive "
        "({why}); this remains a learning report without a label",
    "audit.decision.negative": "negative",
    "audit.decision.no_advice":
        "{path}: there is no formal advice from the lead auditor yet; the certificate follows "
        "positive advice",
    "audit.decision.negative_advice":
        "{path}: the advice to the commission is negative; the certificate can only be granted "
        "on positive advice",
    "audit.decision.despite_rules":
        "{path}: the advice departs from the decision rules (which give {proposed}); grant only "
        "once the commission has seen that: repeat with --despite-rules",
    "audit.decision.before_last_day":
        "--date: the decision ({date}) is before the last audit day ({last}); check the date",
    "audit.decision.before_verdicts":
        "--date: the decision ({date}) is before the verdicts it rests on (last verdict "
        "{verdicts}); check the date",
    "audit.decision.before_advice":
        "--date: the decision ({date}) is before the lead auditor's advice ({advice}); check "
        "the date",
    "audit.decision.in_future":
        "--date: the decision ({date}) is in the future; record a decision once it has been "
        "taken",
    "audit.decision.unknown_key":
        "--key: the key {which} is not in the framework's keyring ({keyring}); put its public "
        "key there first",
    # signing.py: the commission's keys and signature
    "audit.signing.example_mark": " (an example key)",
    "audit.signing.saving_key": "saving the key",
    "audit.signing.reading": "reading",
    "audit.signing.not_private":
        "--key {path}: not a private key from 'kwaliteitslabel keys new' (PEM, Ed25519, "
        "without a password)",
    "audit.signing.not_ed25519":
        "--key {path}: not an Ed25519 key; make one with 'kwaliteitslabel keys new'",
    "audit.signing.not_a_file":
        "{path}: not a regular file; a keyring holds only YAML files with a public key",
    "audit.signing.no_public_key":
        "{path}: no public key (expected name, example and public_key, as 'kwaliteitslabel "
        "keys new' writes them)",
    "audit.signing.bad_public_key":
        "{path}: public_key is not an Ed25519 key (32 bytes, base64)",
    "audit.signing.valid": "signed with the key {which}",
    "audit.signing.not_required": "not signed (the framework asks for no signature)",
    "audit.signing.unsigned":
        "the decision is not signed, and the framework asks for the commission's signature",
    "audit.signing.unknown_key":
        "the decision is signed with a key ({which}) that is not in the framework's keyring",
    "audit.signing.bad":
        "the signature on the decision does not match: the decision or the audit was changed "
        "after signing",
    "audit.signing.bad_key":
        "the signature on the decision does not match: the decision or the audit was changed "
        "after signing (key {which})",
    # details.py: the audit's own fields typed on one line
    "audit.details.one_line": "this is one line of text; remove the line break",
    "audit.details.empty": "please fill in a text",
    "audit.details.too_long": "this is too long ({length} characters; at most {most})",
    "audit.details.fte": "{option}: {value} fte is not possible; give a number from 0 to 100000",
    "audit.details.no_date": "{option}: '{value}' is not a date; write YYYY-MM-DD",
    "audit.details.year":
        "{option}: the year {year} is not between {first} and {last}; check the date",
    "audit.details.start_outside":
        "--date: an audit that starts on {start} does not belong to framework {version} (which "
        "applies {span}); check the date, or make a new audit with 'audit new'",
    "audit.details.start_before_label":
        "--date: an audit that starts on {start} does not belong to framework {version} (which "
        "applies {span}; the label exists since {adopted}); check the date, or make a new audit "
        "with 'audit new'",
    "audit.details.auditor":
        "--auditor: write 'NAME; ORGANISATION; ROLE', e.g. 'Anne Jansen; Certificering Noord; "
        "lead auditor' (organisation and role may be left out)",
    "audit.details.unknown_role_hint":
        "--participant: unknown role '{role}'; did you mean '{hint}'? Choose from {roles}; "
        "write 'ROLE:COUNT'.",
    "audit.details.unknown_role":
        "--participant: unknown role '{role}'. Choose from {roles}; write 'ROLE:COUNT'.",
    "audit.details.no_count":
        "--participant: '{count}' is not a number; write '{role}:3' or '{role}:3:explanation'",
    "audit.details.count_range":
        "--participant: the number {count} is not possible; 1 to 10000",
    # create.py: a new audit file
    "audit.create.exists":
        "{path}: already exists; choose another name, or carry on with 'kwaliteitslabel audit "
        "run {path}'",
    "audit.create.no_folder": "{path}: the folder {folder} does not exist; create it first",
    "audit.create.unknown_route_hint":
        "unknown route '{route}'; did you mean '{hint}'? Choose from {choices}",
    "audit.create.unknown_route": "unknown route '{route}'. Choose from {choices}",
    # lock.py: one save at a time
    "audit.lock.holder": "process {pid} of {user} on {host} ({command}), since {since}",
    "audit.lock.busy_by":
        "{path}: is being saved at this moment by {who}. After waiting {wait} seconds nothing "
        "has been changed; please try again shortly. If this persists, check whether that "
        "process is still running.",
    "audit.lock.busy":
        "{path}: is being saved at this moment by another process. After waiting {wait} "
        "seconds nothing has been changed; please try again shortly. If this persists, check "
        "whether that process is still running.",
    # recovery.py: answers kept beside the audit
    "audit.recovery.not_yours":
        "{path}: this folder is not yours (or not a folder); kwaliteitslabel keeps nothing "
        "there. Remove or rename it, or set XDG_STATE_HOME to a folder of your own.",
    "audit.recovery.keeping": "keeping it separately",
    "audit.recovery.reading": "reading",
    "audit.recovery.symlink":
        "{path}: this recovery file is a symbolic link; kwaliteitslabel does not follow it. "
        "Remove it if you did not make it yourself.",
    "audit.recovery.not_regular": "{path}: this is not a regular file; remove it.",
    "audit.recovery.foreign":
        "{path}: this recovery file is not yours (owner uid {uid}); kwaliteitslabel takes "
        "nothing from it. Remove it, or let its owner save it themselves.",
    "audit.recovery.too_big": "{path}: this recovery file is too large; remove it.",
    "audit.recovery.not_recovery": "{path}: this is not a recovery file of kwaliteitslabel",
    "audit.recovery.unreadable":
        "{path}: an answer in this recovery file cannot be read; repair it by hand or enter it "
        "again",
    "audit.recovery.not_kept": "the answer could not be kept separately either: {errors}",
    # model.py: what the audit file itself may not say
    "audit.model.no_flag": "must be a number, not true or false",
    "audit.model.end_before_start": "the end date {end} is before the start date {start}",
    "audit.model.too_many_items":
        "too many items on this norm: {listed} (evidence, strengths, improvement points and "
        "follow-up together; at most {most}, so that the report stays readable and quick). "
        "Combine evidence or points",
    # readiness_words.py: the command that mends a readiness check
    "audit.readiness_words.certifying_body": "audit details {file} --certifying-body NAME",
    "audit.readiness_words.auditors":
        "audit details {file} --auditor 'NAME; ORGANISATION; ROLE' (repeat)",
    "audit.readiness_words.peer_organisations": "audit details {file} --peer ORGANISATION",
    "audit.readiness_words.peer_assessors":
        "audit details {file} --auditor 'NAME; PEER-ORGANISATION; toetser'",
    "audit.readiness_words.participant_roles": "audit details {file} --participant 'ROLE:COUNT'",
    "audit.readiness_words.decision":
        "audit decide {file} --granted --date YYYY-MM-DD --by 'beheercommissie "
        "Kwaliteitslabel' --key KEY --force",
    "audit.readiness_words.advice":
        "audit advise {file} --advice positief --reason 'REASON' --by 'NAME' --force",
    "audit.readiness_words.advice_plan":
        "audit improvements {file} --norm {norm} --action 'ACTION' --owner 'NAME' --deadline "
        "YYYY-MM-DD",
}
