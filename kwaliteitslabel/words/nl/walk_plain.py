"""What the plain walk (`audit run --plain`) says, in Dutch: its questions, prompts, keys,
hints, the norm card, the norm text, the progress and the goodbye; parts of it (the norm
text, the progress, the warnings, the help per verdict) the full-screen walk shows too.

Words that are the same in both languages (open, conflict, status) stay in the code."""

WORDS = {
    # view.py: the questions, per who assesses on the route
    "walk.view.self.score": "In hoeverre voldoet uw organisatie aan deze norm?",
    "walk.view.self.findings": "Hoe ziet u dat terug in uw organisatie? (één regel)",
    "walk.view.self.evidence": "Waaruit blijkt dat? Eén bron per regel",
    "walk.view.self.strengths": "Wat gaat goed? Eén punt per regel",
    "walk.view.self.improvements": "Wat kan beter? Eén verbeterpunt per regel",
    "walk.view.self.reason": "Waarom is deze norm voor uw organisatie niet van toepassing?",
    "walk.view.auditor.score": "Uw oordeel over {id}?",
    "walk.view.auditor.findings": "Bevindingen: wat zag en hoorde u? (één regel)",
    "walk.view.auditor.evidence": "Bewijs, één bron per regel",
    "walk.view.auditor.strengths": "Sterke punten, één per regel",
    "walk.view.auditor.improvements": "Verbeterpunten, één per regel",
    "walk.view.auditor.reason": "Waarom is {id} hier niet van toepassing?",
    "walk.view.peer.score": "Uw oordeel als toetser over {id}?",
    "walk.view.evidence_hint": "  soort/bron: notitie · soort: document, gesprek of observatie\n"
                               "  bijv. gesprek/medewerkers: zes sociaal werkers gesproken",
    # view.py: the header, the keys, an answer
    "walk.view.core": " · kernnorm",
    "walk.view.scored": "{scored}/{total} beoordeeld",
    "walk.view.core_refuses": "  (kernnorm: geen {ids})",
    "walk.view.keep_verdict": "  Enter: oordeel houden ({verdict})",
    "walk.view.other_keys":
        "  g vragen · g V7 naar norm · s overslaan · b terug · p voortgang · ? · q stop",
    "walk.view.no_verdict": "nog geen oordeel",
    "walk.view.current_answer": "Huidig antwoord: ",
    "walk.view.label.nvt_reason": "reden nvt",
    "walk.view.label.findings": "bevindingen",
    "walk.view.label.evidence": "bewijs",
    "walk.view.label.strengths": "sterk punt",
    "walk.view.label.improvements": "verbeterpunt",
    "walk.view.label.note": "notitie",
    "walk.view.label.reason": "reden",
    # view.py: progress and help
    "walk.view.open_norms": "open: {norms}",
    "walk.view.area_done": "klaar",
    "walk.view.progress": "Voortgang: {scored} van {total} normen beoordeeld",
    "walk.view.help.enter": "het huidige oordeel houden, als de norm er al een heeft",
    "walk.view.help.skip": "overslaan: naar de volgende norm, er wordt niets bewaard",
    "walk.view.help.back": "terug naar de vorige norm",
    "walk.view.help.goto_keys": "g V7 of V7",
    "walk.view.help.goto": "naar norm V7",
    "walk.view.help.progress": "voortgang per gebied en de open normen",
    "walk.view.help.text": "de hele normtekst opnieuw tonen",
    "walk.view.help.quit": "stoppen (bevestigde antwoorden zijn al bewaard)",
    "walk.view.help.title": "Toetsen bij het oordeel",
    "walk.view.help.after":
        "Na het oordeel volgen bevindingen (één regel), dan bewijs, sterke punten en "
        "verbeterpunten, elk één per regel; een lege regel sluit een lijst af. Staat "
        "er al iets, dan houdt Enter dat, komen nieuwe regels erbij en maakt '-' de "
        "lijst leeg. Bij een verplicht antwoord brengt 'b' u terug naar het oordeel.",
    "walk.view.help.evidence": "Bewijs typt u als:",
    "walk.view.help.saved": "Het antwoord wordt bewaard zodra de verbeterpunten zijn afgesloten.",
    # view.py: welcome, end of the list, goodbye
    "walk.view.welcome": " · {route} · normenkader {version} · {scored}/{total} beoordeeld",
    "walk.view.welcome_keys":
        "Typ ? voor de toetsen. Elk antwoord wordt bewaard zodra u het afsluit.",
    "walk.view.still_open": "Nog {count} normen open: {norms}\n",
    "walk.view.end_keys": "Enter: naar {first} · g V7: naar een norm · p voortgang · q stoppen",
    "walk.view.all_done": "Alle {total} normen zijn beoordeeld. De uitkomst ziet u met:",
    "walk.view.interrupted": "Onderbroken. ",
    "walk.view.stopped": "Gestopt. ",
    "walk.view.saved_count": "{scored} van {total} normen beoordeeld en bewaard.\n",
    "walk.view.resume_here": "Verder gaan bij {at}, waar u stopte (eerste open norm: {first}):",
    "walk.view.resume_first": "Verder gaan bij {first}, de eerste open norm:",
    "walk.view.outcome": "Alle normen zijn beoordeeld. De uitkomst ziet u met:",
    # plain.py
    "walk.plain.no_norm": "norm '{id}' bestaat niet in normenkader {version} ({ranges})",
    "walk.plain.verdict_prompt": "oordeel: ",
    "walk.plain.choose_first": "Kies eerst een oordeel (toetsen hierboven), of s: overslaan.",
    "walk.plain.skipped": "{id} overgeslagen; er is niets bewaard.",
    "walk.plain.first_norm": "Dit is de eerste norm; er is geen vorige.",
    "walk.plain.end_rule": "Einde van de lijst · {scored}/{total} beoordeeld",
    "walk.plain.end_keys": "Enter of q: stoppen · g V7: naar een norm",
    "walk.plain.choice": "keuze: ",
    "walk.plain.nothing_here": "Er is hier geen norm om te beoordelen; kies een norm met g.",
    "walk.plain.unknown_norm": "Norm '{id}' bestaat niet ({ranges}).",
    "walk.plain.unknown": "{what}. Typ ? voor de toetsen.",
    "walk.plain.unknown_default": "Dat ken ik niet",
    "walk.plain.refused": "Niet mogelijk: {reasons}.",
    "walk.plain.needs_improvement": "Een oordeel '{verdict}' vraagt minstens één verbeterpunt",
    "walk.plain.label.reason": "reden",
    "walk.plain.label.findings": "bevindingen",
    "walk.plain.label.evidence": "bewijs",
    "walk.plain.label.strength": "sterk punt",
    "walk.plain.label.improvement": "verbeterpunt",
    "walk.plain.back": "Terug naar het oordeel; er is niets bewaard.",
    "walk.plain.unchanged": "{id} ongewijzigd; er is niets bewaard.",
    "walk.plain.warning": "Let op: {warning}.",
    "walk.plain.saved": "{id} bewaard: {verdict} · {scored}/{total} beoordeeld",
    "walk.plain.conflict_keys": "Enter: houd wat in het bestand staat · o: overschrijf met uw "
                                "antwoord · r: opnieuw beantwoorden",
    "walk.plain.theirs_stay": "{id}: de versie in het bestand blijft staan.",
    "walk.plain.conflict_choice": "Enter, o of r.",
    # plain_recovery.py
    "walk.plain_recovery.retry": "Uw antwoord is niet verloren. Enter: opnieuw proberen · "
                                 "a: apart bewaren en verder · q: apart bewaren en stoppen",
    "walk.plain_recovery.retry_choice": "Enter, a of q.",
    "walk.plain_recovery.write_down": "Noteer uw antwoord; het staat hieronder:",
    "walk.plain_recovery.kept": "{id} apart bewaard in {where}. Bewaar het later met:",
    "walk.plain_recovery.waiting":
        "In {path} staan {count} antwoorden die nog niet zijn bewaard ({norms}).",
    "walk.plain_recovery.offer": "Enter: nu bewaren · n: later",
    "walk.plain_recovery.saved": "{id} bewaard",
    "walk.plain_recovery.left": "Die blijven in {left}; beantwoord ze opnieuw in de "
                                "loop, daarna kunt u het bestand weggooien.",
    # prompts.py
    "walk.prompts.keep": " · Enter: zo laten",
    "walk.prompts.now": "  nu: ",
    "walk.prompts.required": "Dit is verplicht; typ een reden, of b om een ander oordeel te "
                             "kiezen.",
    "walk.prompts.empty_line": " · lege regel: klaar",
    "walk.prompts.list_keys": "  Er staan er {count}; Enter: zo laten · nieuwe regels "
                              "komen erbij · -2: nummer 2 weg · -: leegmaken",
    "walk.prompts.emptied": "  Lijst leeg; typ nieuwe regels.",
    "walk.prompts.removed": "  Weg: {item}",
    "walk.prompts.no_number": "Er is geen nummer {number}; er staan er {count}.",
    "walk.prompts.again": "{message}; typ de regel opnieuw.",
    "walk.prompts.needs_one": "{required}; typ er een, of b om een ander oordeel te kiezen.",
    "walk.prompts.page": "-- {shown}/{total} regels · Enter: verder · q: terug -- ",
    "walk.prompts.not_saved": "Niet bewaard: {message}",
    # norm_view.py
    "walk.norm_view.explanation": "Toelichting",
    "walk.norm_view.questions": "Toetsvragen",
    "walk.norm_view.documents": "documenten",
    "walk.norm_view.observe": "observeren",
    "walk.norm_view.interviews": "gesprekken",
    "walk.norm_view.evidence": "Bewijs",
    "walk.norm_view.characteristic": "Kenmerkend voor",
    "walk.norm_view.examples": "Zo voldoen organisaties",
    "walk.norm_view.values": "waarden",
    "walk.norm_view.competencies": "competenties",
    # follow_up.py
    "walk.follow_up.status_keys": "a: afgerond · l: loopt · n: niet opgepakt",
    "walk.follow_up.point": "opvolgen {number}",
    "walk.follow_up.question": "Verbeterpunten van de vorige audit: wat is ermee gedaan?",
    "walk.follow_up.keep": " · Enter: zo laten ({status})",
    "walk.follow_up.type_status": "Typ a (afgerond), l (loopt) of n (niet opgepakt).",
    "walk.follow_up.note_question": "Toelichting bij punt {number}",
    "walk.follow_up.note_label": "toelichting",
    # conflict_view.py
    "walk.conflict_view.label.score": "oordeel",
    "walk.conflict_view.label.findings": "bevindingen",
    "walk.conflict_view.label.evidence": "bewijs",
    "walk.conflict_view.label.strengths": "sterk punt",
    "walk.conflict_view.label.improvements": "verbeterpunt",
    "walk.conflict_view.label.nvt_reason": "reden nvt",
    "walk.conflict_view.label.assessed_by": "door",
    "walk.conflict_view.label.assessed_at": "op",
    "walk.conflict_view.no_answer": "nog geen antwoord",
    "walk.conflict_view.theirs": "Nu in het bestand ({id}):",
    "walk.conflict_view.mine": "Uw antwoord, niet bewaard:",
    # scale_view.py
    "walk.scale_view.an_improvement": "een verbeterpunt",
    "walk.scale_view.a_reason": "een reden",
    "walk.scale_view.and": " en ",
    "walk.scale_view.asks": "vraagt {what}",
    "walk.scale_view.not_core": "niet bij een kernnorm",
    "walk.scale_view.or": " of ",
    # warnings.py
    "walk.warnings.no_evidence": "{id}: een oordeel zonder bewijs; noem wat u las, hoorde of zag",
    "walk.warnings.one_source": "{id} rust op één bron ({sources}); zoek een tweede bron om het "
                                "beeld te bevestigen (een andere rol, of een ander soort bewijs)",
    "walk.warnings.no_improvement": "{id}: '{verdict}' zonder verbeterpunt; geef er minstens "
                                    "één op",
    # session.py
    "walk.session.follow_up": "opvolgen",
    "walk.session.follow_up_line": "Opvolgen {number} ({norm}): {text} [{status}]",
    "walk.session.no_norm": "norm '{id}' bestaat niet in normenkader {version}",
    # commands.py
    "walk.commands.unknown": "'{typed}' ken ik niet",
}
