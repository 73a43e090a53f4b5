"""What the full-screen walk (`audit run` on a capable terminal, walk/app/) says, in
English: its top line, tabs, form labels and placeholders, key descriptions, the key help,
the conflict and jump screens, and its messages.

What the user types stays Dutch: the verdict keys (1/v, 2/d, 3/n, 0/x), the filter's
values (alle, open, gebied, conflict) and a norm id such as V7. The names of verdicts,
evidence kinds and roles are the framework's and are not translated."""

WORDS = {
    # app.py: the top line, the tabs, the key descriptions in the footer
    "walk.app.filter.alle": "all norms",
    "walk.app.filter.open": "open norms",
    "walk.app.filter.gebied": "this area",
    "walk.app.filter.conflict": "conflicts",
    "walk.app.top": "{organisation} · {route} · framework {version} · "
                    "{scored}/{total} assessed · {filter}",
    "walk.app.tab.answer": "Answer",
    "walk.app.tab.questions": "Questions and evidence",
    "walk.app.key.next": "next",
    "walk.app.key.previous": "previous",
    "walk.app.key.jump": "find",
    "walk.app.key.progress": "progress",
    "walk.app.key.help": "help",
    "walk.app.key.list": "list",
    # app.py: messages on the notes line, and after the walk
    "walk.app.note": "Note: {warning}",
    "walk.app.not_read": "Could not read the audit: {message}",
    "walk.app.first": "This is the first norm.",
    "walk.app.last": "This is the last norm.",
    "walk.app.no_match": "No norm has '{text}' in its id or title.",
    "walk.app.matches": "{count} norms match: {ids}",
    "walk.app.quit_held": "Not saved yet: {held}. Press q again to stop anyway.",
    "walk.app.held": "Not saved (incomplete): {held}",
    # answering.py: what a verdict or a confirmed field did
    "walk.answering.refused": "Not possible: {refusals}.",
    "walk.answering.no_verdict": "Not saved yet: choose a verdict first (1/v, 2/d, 3/n, 0/x).",
    "walk.answering.saved": "✓ {norm} saved · {scored}/{total} assessed",
    "walk.answering.unchanged": "{norm} unchanged",
    "walk.answering.not_yet": "Not saved yet: {message}",
    "walk.answering.saved_mine": "✓ {norm} saved with your answer",
    "walk.answering.not_saved": "Not saved: {message}",
    "walk.answering.not_read": "Could not read the audit: {message}",
    "walk.answering.kept_theirs": "{norm}: the version in the file is kept.",
    # form.py: the answer form
    "walk.form.findings": "Findings: what did you see and hear? (Enter saves)",
    "walk.form.evidence": "Evidence",
    "walk.form.source": "source",
    "walk.form.evidence_note": "Evidence: what did you read, hear or see? (Enter adds)",
    "walk.form.strengths": "Strengths",
    "walk.form.strength": "Strength (Enter adds)",
    "walk.form.improvements": "Improvement points",
    "walk.form.improvement": "Improvement point (Enter adds)",
    "walk.form.this_verdict": "this verdict",
    "walk.form.reason": "Reason for {verdict} (Enter saves)",
    "walk.form.verdict": "Verdict: ",
    "walk.form.no_verdict": "none yet",
    # panes.py: the norm card and the lists of the answer
    "walk.panes.core": " · core norm",
    "walk.panes.key.remove": "remove",
    # screens.py: the key help (after the verdicts' keys), the info, conflict and jump screens
    "walk.screens.keys.next": "PgDn or ]",
    "walk.screens.keys.previous": "PgUp, [ or b",
    "walk.screens.help.next": "next norm",
    "walk.screens.help.previous": "previous norm",
    "walk.screens.help.jump": "go to a norm: its id (V7) or part of its title",
    "walk.screens.help.filter": "filter: all, open, this area, conflicts",
    "walk.screens.help.progress": "progress per area",
    "walk.screens.help.tab": "to the next field",
    "walk.screens.help.enter": "in a field: save or add",
    "walk.screens.help.delete": "in a list: remove the chosen item (saved)",
    "walk.screens.help.escape": "leave a field, back to the list of norms",
    "walk.screens.help.help": "this help",
    "walk.screens.help.quit": "stop (saved answers are kept)",
    "walk.screens.help.title": "Keys of the walk",
    "walk.screens.help.saving":
        "Every confirmed field is saved at once. A verdict that still needs something (a "
        "reason, an improvement point) waits in the form until it is there.",
    "walk.screens.key.close": "close",
    "walk.screens.close": "Esc: close",
    "walk.screens.key.keep": "keep the file",
    "walk.screens.key.overwrite": "overwrite",
    "walk.screens.keep": "b: keep the version in the file",
    "walk.screens.overwrite": "o: overwrite with my answer",
    "walk.screens.key.back": "back",
    "walk.screens.jump": "Go to norm: type an id (V7) or part of the title",
}
