"""What the plain walk (`audit run --plain`) says, in English: its questions, prompts,
keys, hints, the norm card, the norm text, the progress and the goodbye; parts of it (the
norm text, the progress, the warnings, the help per verdict) the full-screen walk shows
too.

The keys stay as they are, and so do the words a user types that are Dutch (the evidence
kinds document, gesprek and observatie; the follow-up statuses afgerond, loopt and niet
opgepakt); where such a word is shown, its English meaning follows in brackets."""

WORDS = {
    # view.py: the questions, per who assesses on the route
    "walk.view.self.score": "To what extent does your organisation meet this norm?",
    "walk.view.self.findings": "How do you see this in your organisation? (one line)",
    "walk.view.self.evidence": "What shows it? One source per line",
    "walk.view.self.strengths": "What goes well? One point per line",
    "walk.view.self.improvements": "What could be better? One improvement point per line",
    "walk.view.self.reason": "Why does this norm not apply to your organisation?",
    "walk.view.auditor.score": "Your verdict on {id}?",
    "walk.view.auditor.findings": "Findings: what did you see and hear? (one line)",
    "walk.view.auditor.evidence": "Evidence, one source per line",
    "walk.view.auditor.strengths": "Strengths, one per line",
    "walk.view.auditor.improvements": "Improvement points, one per line",
    "walk.view.auditor.reason": "Why does {id} not apply here?",
    "walk.view.peer.score": "Your verdict as peer assessor on {id}?",
    "walk.view.evidence_hint":
        "  kind/source: note · kind: document, gesprek (interview) or observatie (observation)\n"
        "  e.g. gesprek/medewerkers: spoke with six social workers",
    # view.py: the header, the keys, an answer
    "walk.view.core": " · core norm",
    "walk.view.scored": "{scored}/{total} assessed",
    "walk.view.core_refuses": "  (core norm: no {ids})",
    "walk.view.keep_verdict": "  Enter: keep the verdict ({verdict})",
    "walk.view.other_keys":
        "  g questions · g V7 go to norm · s skip · b back · p progress · ? · q stop",
    "walk.view.no_verdict": "no verdict yet",
    "walk.view.current_answer": "Current answer: ",
    "walk.view.label.nvt_reason": "reason n/a",
    "walk.view.label.findings": "findings",
    "walk.view.label.evidence": "evidence",
    "walk.view.label.strengths": "strength",
    "walk.view.label.improvements": "improvement",
    "walk.view.label.note": "note",
    "walk.view.label.reason": "reason",
    # view.py: progress and help
    "walk.view.open_norms": "open: {norms}",
    "walk.view.area_done": "done",
    "walk.view.progress": "Progress: {scored} of {total} norms assessed",
    "walk.view.help.enter": "keep the current verdict, if the norm already has one",
    "walk.view.help.skip": "skip: on to the next norm, nothing is saved",
    "walk.view.help.back": "back to the previous norm",
    "walk.view.help.goto_keys": "g V7 or V7",
    "walk.view.help.goto": "go to norm V7",
    "walk.view.help.progress": "progress per area and the open norms",
    "walk.view.help.text": "show the full text of the norm again",
    "walk.view.help.quit": "stop (confirmed answers are already saved)",
    "walk.view.help.title": "Keys at the verdict",
    "walk.view.help.after":
        "After the verdict come the findings (one line), then evidence, strengths and "
        "improvement points, each one per line; an empty line ends a list. If something "
        "is there already, Enter keeps it, new lines are added to it and '-' empties the "
        "list. At a required answer, 'b' takes you back to the verdict.",
    "walk.view.help.evidence": "Type evidence as:",
    "walk.view.help.saved": "The answer is saved as soon as the improvement points are closed.",
    # view.py: welcome, end of the list, goodbye
    "walk.view.welcome": " · {route} · framework {version} · {scored}/{total} assessed",
    "walk.view.welcome_keys":
        "Type ? for the keys. Each answer is saved as soon as you complete it.",
    "walk.view.still_open": "{count} norms still open: {norms}\n",
    "walk.view.end_keys": "Enter: go to {first} · g V7: go to a norm · p progress · q stop",
    "walk.view.all_done": "All {total} norms have been assessed. See the outcome with:",
    "walk.view.interrupted": "Interrupted. ",
    "walk.view.stopped": "Stopped. ",
    "walk.view.saved_count": "{scored} of {total} norms assessed and saved.\n",
    "walk.view.resume_here": "Carry on at {at}, where you stopped (first open norm: {first}):",
    "walk.view.resume_first": "Carry on at {first}, the first open norm:",
    "walk.view.outcome": "All norms have been assessed. See the outcome with:",
    # plain.py
    "walk.plain.no_norm": "norm '{id}' does not exist in framework {version} ({ranges})",
    "walk.plain.verdict_prompt": "verdict: ",
    "walk.plain.choose_first": "Choose a verdict first (keys above), or s: skip.",
    "walk.plain.skipped": "{id} skipped; nothing was saved.",
    "walk.plain.first_norm": "This is the first norm; there is no previous one.",
    "walk.plain.end_rule": "End of the list · {scored}/{total} assessed",
    "walk.plain.end_keys": "Enter or q: stop · g V7: go to a norm",
    "walk.plain.choice": "choice: ",
    "walk.plain.nothing_here": "There is no norm to assess here; choose a norm with g.",
    "walk.plain.unknown_norm": "Norm '{id}' does not exist ({ranges}).",
    "walk.plain.unknown": "{what}. Type ? for the keys.",
    "walk.plain.unknown_default": "I don't know that",
    "walk.plain.refused": "Not possible: {reasons}.",
    "walk.plain.needs_improvement": "A verdict '{verdict}' needs at least one improvement point",
    "walk.plain.label.reason": "reason",
    "walk.plain.label.findings": "findings",
    "walk.plain.label.evidence": "evidence",
    "walk.plain.label.strength": "strength",
    "walk.plain.label.improvement": "improvement",
    "walk.plain.back": "Back to the verdict; nothing was saved.",
    "walk.plain.unchanged": "{id} unchanged; nothing was saved.",
    "walk.plain.warning": "Note: {warning}.",
    "walk.plain.saved": "{id} saved: {verdict} · {scored}/{total} assessed",
    "walk.plain.conflict_keys": "Enter: keep what is in the file · o: overwrite it with your "
                                "answer · r: answer again",
    "walk.plain.theirs_stay": "{id}: the version in the file stays.",
    "walk.plain.conflict_choice": "Enter, o or r.",
    # plain_recovery.py
    "walk.plain_recovery.retry": "Your answer is not lost. Enter: try again · "
                                 "a: keep it aside and go on · q: keep it aside and stop",
    "walk.plain_recovery.retry_choice": "Enter, a or q.",
    "walk.plain_recovery.write_down": "Write your answer down; here it is:",
    "walk.plain_recovery.kept": "{id} kept aside in {where}. Save it later with:",
    "walk.plain_recovery.waiting":
        "{path} holds {count} answers that have not been saved yet ({norms}).",
    "walk.plain_recovery.offer": "Enter: save them now · n: later",
    "walk.plain_recovery.saved": "{id} saved",
    "walk.plain_recovery.left": "Those stay in {left}; answer them again in the walk, "
                                "after which you can delete the file.",
    # prompts.py
    "walk.prompts.keep": " · Enter: leave as it is",
    "walk.prompts.now": "  now: ",
    "walk.prompts.required": "This is required; type a reason, or b to choose another "
                             "verdict.",
    "walk.prompts.empty_line": " · empty line: done",
    "walk.prompts.list_keys": "  There are {count}; Enter: leave as they are · new lines "
                              "are added · -2: remove number 2 · -: empty the list",
    "walk.prompts.emptied": "  List emptied; type new lines.",
    "walk.prompts.removed": "  Removed: {item}",
    "walk.prompts.no_number": "There is no number {number}; there are {count}.",
    "walk.prompts.again": "{message}; type the line again.",
    "walk.prompts.needs_one": "{required}; type one, or b to choose another verdict.",
    "walk.prompts.page": "-- {shown}/{total} lines · Enter: more · q: back -- ",
    "walk.prompts.not_saved": "Not saved: {message}",
    # norm_view.py
    "walk.norm_view.explanation": "Explanation",
    "walk.norm_view.questions": "Assessment questions",
    "walk.norm_view.documents": "documents",
    "walk.norm_view.observe": "observe",
    "walk.norm_view.interviews": "interviews",
    "walk.norm_view.evidence": "Evidence",
    "walk.norm_view.characteristic": "Characteristic of",
    "walk.norm_view.examples": "How organisations meet it",
    "walk.norm_view.values": "values",
    "walk.norm_view.competencies": "competencies",
    # follow_up.py
    "walk.follow_up.status_keys":
        "a: afgerond (done) · l: loopt (in progress) · n: niet opgepakt (not taken up)",
    "walk.follow_up.point": "follow-up {number}",
    "walk.follow_up.question": "Improvement points from the previous audit: what became of them?",
    "walk.follow_up.keep": " · Enter: leave as it is ({status})",
    "walk.follow_up.type_status":
        "Type a (afgerond, done), l (loopt, in progress) or n (niet opgepakt, not taken up).",
    "walk.follow_up.note_question": "Note on point {number}",
    "walk.follow_up.note_label": "note",
    # conflict_view.py
    "walk.conflict_view.label.score": "verdict",
    "walk.conflict_view.label.findings": "findings",
    "walk.conflict_view.label.evidence": "evidence",
    "walk.conflict_view.label.strengths": "strength",
    "walk.conflict_view.label.improvements": "improvement",
    "walk.conflict_view.label.nvt_reason": "reason n/a",
    "walk.conflict_view.label.assessed_by": "by",
    "walk.conflict_view.label.assessed_at": "at",
    "walk.conflict_view.no_answer": "no answer yet",
    "walk.conflict_view.theirs": "Now in the file ({id}):",
    "walk.conflict_view.mine": "Your answer, not saved:",
    # scale_view.py
    "walk.scale_view.an_improvement": "an improvement point",
    "walk.scale_view.a_reason": "a reason",
    "walk.scale_view.and": " and ",
    "walk.scale_view.asks": "needs {what}",
    "walk.scale_view.not_core": "not on a core norm",
    "walk.scale_view.or": " or ",
    # warnings.py
    "walk.warnings.no_evidence":
        "{id}: a verdict without evidence; name what you read, heard or saw",
    "walk.warnings.one_source": "{id} rests on a single source ({sources}); look for a second "
                                "source to confirm the picture (another role, or another kind "
                                "of evidence)",
    "walk.warnings.no_improvement": "{id}: '{verdict}' without an improvement point; give at "
                                    "least one",
    # session.py
    "walk.session.follow_up": "follow-up",
    "walk.session.follow_up_line": "Follow-up {number} ({norm}): {text} [{status}]",
    "walk.session.no_norm": "norm '{id}' does not exist in framework {version}",
    # commands.py
    "walk.commands.unknown": "I don't know '{typed}'",
}
