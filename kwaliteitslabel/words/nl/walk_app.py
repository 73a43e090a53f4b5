"""What the full-screen walk (`audit run` on a capable terminal, walk/app/) says, in
Dutch: its top line, tabs, form labels and placeholders, key descriptions, the key help,
the conflict and jump screens, and its messages.

Words that are the same in both languages (filter, stop, the keys g, f, p, Tab, Enter,
Delete, Esc, ?, q) stay in the code. The verdicts' own help rows come from
walk/scale_view.py."""

WORDS = {
    # app.py: the top line, the tabs, the key descriptions in the footer
    "walk.app.filter.alle": "alle normen",
    "walk.app.filter.open": "open normen",
    "walk.app.filter.gebied": "dit gebied",
    "walk.app.filter.conflict": "conflicten",
    "walk.app.top": "{organisation} · {route} · normenkader {version} · "
                    "{scored}/{total} beoordeeld · {filter}",
    "walk.app.tab.answer": "Antwoord",
    "walk.app.tab.questions": "Vragen en bewijs",
    "walk.app.key.next": "volgende",
    "walk.app.key.previous": "vorige",
    "walk.app.key.jump": "zoek",
    "walk.app.key.progress": "voortgang",
    "walk.app.key.help": "hulp",
    "walk.app.key.list": "lijst",
    # app.py: messages on the notes line, and after the walk
    "walk.app.note": "Let op: {warning}",
    "walk.app.not_read": "Niet gelezen: {message}",
    "walk.app.first": "Dit is de eerste norm.",
    "walk.app.last": "Dit is de laatste norm.",
    "walk.app.no_match": "Geen norm met '{text}' in id of titel.",
    "walk.app.matches": "{count} normen passen: {ids}",
    "walk.app.quit_held": "Nog niet bewaard: {held}. q nogmaals: toch stoppen.",
    "walk.app.held": "Niet bewaard (onvolledig): {held}",
    # answering.py: what a verdict or a confirmed field did
    "walk.answering.refused": "Niet mogelijk: {refusals}.",
    "walk.answering.no_verdict": "Nog niet bewaard: kies eerst een oordeel (1/v, 2/d, 3/n, 0/x).",
    "walk.answering.saved": "✓ {norm} bewaard · {scored}/{total} beoordeeld",
    "walk.answering.unchanged": "{norm} ongewijzigd",
    "walk.answering.not_yet": "Nog niet bewaard: {message}",
    "walk.answering.saved_mine": "✓ {norm} bewaard met uw antwoord",
    "walk.answering.not_saved": "Niet bewaard: {message}",
    "walk.answering.not_read": "Niet gelezen: {message}",
    "walk.answering.kept_theirs": "{norm}: de versie in het bestand blijft staan.",
    # form.py: the answer form
    "walk.form.findings": "Bevindingen: wat zag en hoorde u? (Enter bewaart)",
    "walk.form.evidence": "Bewijs",
    "walk.form.source": "bron",
    "walk.form.evidence_note": "Bewijs: wat las, hoorde of zag u? (Enter voegt toe)",
    "walk.form.strengths": "Sterke punten",
    "walk.form.strength": "Sterk punt (Enter voegt toe)",
    "walk.form.improvements": "Verbeterpunten",
    "walk.form.improvement": "Verbeterpunt (Enter voegt toe)",
    "walk.form.this_verdict": "dit oordeel",
    "walk.form.reason": "Reden voor {verdict} (Enter bewaart)",
    "walk.form.verdict": "Oordeel: ",
    "walk.form.no_verdict": "nog geen",
    # panes.py: the norm card and the lists of the answer
    "walk.panes.core": " · kernnorm",
    "walk.panes.key.remove": "weg",
    # screens.py: the key help (after the verdicts' keys), the info, conflict and jump screens
    "walk.screens.keys.next": "PgDn of ]",
    "walk.screens.keys.previous": "PgUp, [ of b",
    "walk.screens.help.next": "volgende norm",
    "walk.screens.help.previous": "vorige norm",
    "walk.screens.help.jump": "naar een norm: id (V7) of een deel van de titel",
    "walk.screens.help.filter": "filter: alle, open, dit gebied, conflicten",
    "walk.screens.help.progress": "voortgang per gebied",
    "walk.screens.help.tab": "naar het volgende veld",
    "walk.screens.help.enter": "in een veld: bewaren of toevoegen",
    "walk.screens.help.delete": "in een lijst: het gekozen item weghalen (bewaard)",
    "walk.screens.help.escape": "uit een veld, terug naar de lijst met normen",
    "walk.screens.help.help": "deze hulp",
    "walk.screens.help.quit": "stoppen (bewaarde antwoorden blijven)",
    "walk.screens.help.title": "Toetsen van de loop",
    "walk.screens.help.saving":
        "Elk bevestigd veld wordt direct bewaard. Een oordeel dat nog iets vraagt (een "
        "reden, een verbeterpunt) wacht in het formulier tot dat er is.",
    "walk.screens.key.close": "sluiten",
    "walk.screens.close": "Esc: sluiten",
    "walk.screens.key.keep": "houd het bestand",
    "walk.screens.key.overwrite": "overschrijf",
    "walk.screens.keep": "b: houd het bestand",
    "walk.screens.overwrite": "o: overschrijf met mijn antwoord",
    "walk.screens.key.back": "terug",
    "walk.screens.jump": "Naar norm: typ een id (V7) of een deel van de titel",
}
