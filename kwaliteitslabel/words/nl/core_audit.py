"""What the core of one audit says, in Dutch: refusals of a save, an answer, an advice or
a decision, problems in an audit file, notices (kwaliteitslabel/audit/)."""

WORDS = {
    # store.py: the one save path
    "audit.store.unreadable_after":
        "{path}: niet bewaard: het bestand zou daarna niet meer te lezen zijn ({details}). Er "
        "is niets gewijzigd.",
    "audit.store.read_differently":
        "{path}: niet bewaard: het bestand zou daarna anders gelezen worden dan bedoeld. Er is "
        "niets gewijzigd; controleer de tekst op ongewone tekens.",
    "audit.store.other_framework":
        "{path}: het bestand is intussen aan een ander normenkader gekoppeld; laad het opnieuw",
    "audit.store.no_follow_up":
        "{path}: {norm} heeft geen verbeterpunten van de vorige audit om op te volgen (zie "
        "'audit status')",
    "audit.store.follow_up_number":
        "--follow-up {number}: {norm} heeft {count} verbeterpunt(en) van de vorige audit; kies 1 "
        "tot en met {count}",
    "audit.store.plan_item":
        "--item {number}: het verbeterplan heeft {count} actie(s); kies 1 tot en met {count}",
    "audit.store.plan_empty":
        "--item {number}: het verbeterplan heeft nog geen acties; voeg er een toe met --norm en "
        "--action",
    "audit.store.plan": "verbeterplan",
    "audit.store.changed_meanwhile":
        "{path}: het bestand is intussen gewijzigd; er is niets bewaard, probeer het opnieuw",
    "audit.store.conflict":
        "{path}: {name} is intussen door een ander gewijzigd{who}; uw antwoord is niet bewaard",
    # answer.py: one answer on one norm
    "audit.answer.label.score": "oordeel",
    "audit.answer.label.findings": "bevindingen",
    "audit.answer.label.evidence": "bewijs",
    "audit.answer.label.strengths": "sterke punten",
    "audit.answer.label.improvements": "verbeterpunten",
    "audit.answer.label.nvt_reason": "reden",
    "audit.answer.label.assessed_by": "auditor",
    "audit.answer.before_start":
        "{option}: {day} ligt voor de eerste auditdag ({start}); een oordeel valt in of na de "
        "audit",
    "audit.answer.in_future":
        "{option}: {day} ligt in de toekomst; geef de dag waarop het oordeel gegeven is",
    # evidence.py: evidence typed on one line
    "audit.evidence.where": "bewijs",
    "audit.evidence.note_after_source":
        "{where}: typ na '{typed}:' wat u las, hoorde of zag, bijv. '{example}'",
    "audit.evidence.too_short":
        "{where}: '{typed}' is geen bewijs; typ wat u las, hoorde of zag, bijv. '{example}'",
    "audit.evidence.empty": "{where}: typ wat u las, hoorde of zag",
    "audit.evidence.unknown_kind_hint":
        "{where}: '{typed}' is geen soort bewijs; bedoelt u '{hint}'? Kies uit {names}, bijv. "
        "'gesprek/medewerkers: ...'",
    "audit.evidence.unknown_kind":
        "{where}: '{typed}' is geen soort bewijs. Kies uit {names}, bijv. "
        "'gesprek/medewerkers: ...'",
    "audit.evidence.note_after_kind": "{where}: typ na '{typed}:' wat u {verb}, bijv. '{example}'",
    "audit.evidence.example.document": "document: Jaarverslag 2025, p. 4",
    "audit.evidence.example.interview": "gesprek/medewerkers: zes sociaal werkers gesproken",
    "audit.evidence.example.observation": "observatie: casuïstiekoverleg bijgewoond",
    "audit.evidence.verb.document": "las",
    "audit.evidence.verb.interview": "hoorde",
    "audit.evidence.verb.observation": "zag",
    "audit.evidence.verb.other": "vond",
    # load.py: an audit file read against its framework
    "audit.load.empty": "het auditbestand is leeg",
    "audit.load.not_mapping": "het auditbestand is geen lijst van velden (sleutel: waarde)",
    "audit.load.start_again":
        "{what}; begin met 'kwaliteitslabel audit new' of zet een eerdere versie terug",
    "audit.load.unknown_route_hint":
        "route '{route}' bestaat niet in normenkader {version}; bedoelt u '{hint}'?",
    "audit.load.unknown_route": "route '{route}' bestaat niet in normenkader {version}; kies "
                                "uit {choices}",
    "audit.load.norm_spelled":
        "norm '{norm}' bestaat niet in normenkader {version}; bedoelt u {hint}? Schrijf het id "
        "zoals het normenkader het schrijft",
    "audit.load.unknown_norm":
        "norm '{norm}' bestaat niet in normenkader {version}; corrigeer het id (zie "
        "'kwaliteitslabel norms list')",
    "audit.load.plan_norm_spelled":
        "verbeterplan: norm '{norm}' bestaat niet in normenkader {version}; bedoelt u {hint}?",
    "audit.load.plan_unknown_norm":
        "verbeterplan: norm '{norm}' bestaat niet in normenkader {version}; corrigeer het id "
        "(zie 'kwaliteitslabel norms list')",
    "audit.load.problems": "{path}: {count} fout(en)",
    "audit.load.framework_changed":
        "Let op: het normenkader in {path} is gewijzigd (vingerafdruk {fingerprint}). Deze audit "
        "gebruikt het kader waartegen zij is begonnen: versie {version} in {pinned} "
        "(vingerafdruk {pinned_fingerprint}).",
    "audit.load.framework_other":
        "Let op: het normenkader in {path} is versie {other}, niet het kader van deze audit "
        "(vingerafdruk {fingerprint}). Deze audit gebruikt het kader waartegen zij is begonnen: "
        "versie {version} in {pinned} (vingerafdruk {pinned_fingerprint}).",
    # rules.py: the framework's rules for one verdict
    "audit.rules.core":
        "{norm} is een kernnorm en kan niet '{verdict}' zijn; kies een ander oordeel",
    "audit.rules.reason":
        "'{verdict}' vraagt een reden (nvt_reason in het bestand, --reason bij audit set); geef "
        "die op",
    "audit.rules.improvement": "'{verdict}' vraagt minstens één verbeterpunt; geef er een op",
    "audit.rules.no_evidence_route":
        "{norm} heeft geen bewijs; op een {route} rust elk oordeel op bewijs (--evidence "
        "'gesprek/medewerkers: ...'). Zie 'audit check'.",
    "audit.rules.unsupported": "{norm} heeft geen bevindingen en geen bewijs.",
    # partial.py
    "audit.partial.carried":
        "{norm} is overgenomen uit de oorspronkelijke audit ({file}); deze gedeeltelijke "
        "heraudit beoordeelt alleen {redo}",
    # references.py
    "audit.references.replaced": "{norm} noemt de {name}; sinds {day} geldt de {successor}",
    "audit.references.ended": "{norm} noemt de {name}, die tot en met {day} gold",
    "audit.references.not_yet": "{norm} noemt de {name}, die pas vanaf {day} geldt",
    # follow_up.py
    "audit.follow_up.open": "open (nog niet gevraagd)",
    "audit.follow_up.no_verdict": "geen oordeel",
    "audit.follow_up.previous": "Vorige audit ({year}, normenkader {framework}): {verdicts}",
    # sanction.py
    "audit.sanction.no_label":
        "deze audit heeft geen label van de commissie (een toegekend certificaat of een "
        "registratie); er is niets te schorsen of in te trekken",
    "audit.sanction.before_label":
        "de datum ({date}) ligt voor het besluit dat het label gaf ({since}); controleer de datum",
    "audit.sanction.in_future": "de datum ({date}) ligt in de toekomst; leg vast wat besloten is",
    "audit.sanction.auditor":
        "{by} is een van de auditoren; schorsen en intrekken doet de beheercommissie",
    "audit.sanction.already":
        "het label is al {kind} ({date}, {by}); herhaal met --force om dat te vervangen",
    "audit.sanction.withdrawal_first":
        "de intrekking ({date}) ligt voor de schorsing ({earlier}); controleer de datum",
    # plan.py
    "audit.plan.or": " of ",
    "audit.plan.refusal":
        "{what} vraagt op deze route een verbeterplan van de organisatie met een actie met "
        "deadline bij elke norm met het oordeel {verdicts}; die ontbreekt bij {missing}. Leg de "
        "acties vast met: kwaliteitslabel audit improvements {file} --norm {norm} --action "
        "'ACTIE' --owner 'NAAM' --deadline JJJJ-MM-DD",
    # basis.py: what a change voided
    "audit.basis.void_advice":
        "Let op: het advies van de lead auditor geldt na deze wijziging niet meer; het hoort bij "
        "de vorige versie van de audit. Laat de lead auditor opnieuw adviseren (audit advise "
        "... --force).",
    "audit.basis.void_decision":
        "Let op: het besluit van de beheercommissie geldt na deze wijziging niet meer; het hoort "
        "bij de vorige versie van de audit. Laat de commissie opnieuw besluiten (audit decide "
        "... --force).",
    "audit.basis.void_both":
        "Let op: het advies van de lead auditor en het besluit van de beheercommissie gelden na "
        "deze wijziging niet meer; ze horen bij de vorige versie van de audit. Laat de lead "
        "auditor opnieuw adviseren (audit advise ... --force) en de commissie opnieuw besluiten "
        "(audit decide ... --force).",
    # decision.py: the advice and the commission's act
    "audit.decision.stale_advice":
        "het advies hoort bij een eerdere versie van de audit; laat de lead auditor opnieuw "
        "adviseren",
    "audit.decision.not_on_route": "{path}: {step} hoort niet bij deze route ({name})",
    "audit.decision.step_advice": "een formeel advies aan de commissie",
    "audit.decision.step_decision": "een besluit van de commissie",
    "audit.decision.open_norms":
        "{path}: nog {count} normen open ({norms}); een advies volgt op een afgeronde audit",
    "audit.decision.no_lead":
        "niemand: geef de lead auditor de rol 'lead auditor' (audit details --auditor 'NAAM; "
        "INSTELLING; lead auditor')",
    "audit.decision.body_not_recorded": "niet vastgelegd",
    "audit.decision.not_lead":
        "--by: {by} mag het formele advies niet geven; dat doet de lead auditor van de "
        "certificerende instelling ({body}): {leads}",
    "audit.decision.audit_running":
        "{path}: de audit loopt nog (laatste auditdag {last}); het advies volgt op de audit",
    "audit.decision.advice_before_start":
        "--date: het advies ({day}) ligt voor de eerste auditdag ({start}); controleer de datum",
    "audit.decision.advice_before_verdicts":
        "--date: het advies ({day}) ligt voor de oordelen waarop het rust (laatste oordeel "
        "{verdicts}); een advies volgt op de oordelen (audit set --at zet de datum van een "
        "oordeel)",
    "audit.decision.advice_in_future": "--date: het advies ({day}) ligt in de toekomst",
    "audit.decision.positive_advice": "een positief advies",
    "audit.decision.the_certificate": "het certificaat",
    "audit.decision.advice_departs":
        "--reason: het advies wijkt af van de beslisregels (die geven {proposed}); zeg in een "
        "zin waarom",
    "audit.decision.not_deciding_body":
        "--by: {by} besluit niet over dit label; dat doet '{body}' (het orgaan dat het "
        "normenkader noemt). Wie namens de commissie tekent, geeft u met --signed-by 'NAAM, rol'.",
    "audit.decision.not_deciding_body_hint":
        "--by: {by} besluit niet over dit label; dat doet '{body}' (het orgaan dat het "
        "normenkader noemt). Wie namens de commissie tekent, geeft u met --signed-by 'NAAM, "
        "rol'. Bedoelt u '{body}'?",
    "audit.decision.signatory_auditor":
        "--signed-by: {name} toetste deze audit; wie toetst, tekent niet voor het besluit van de "
        "commissie",
    "audit.decision.not_ready":
        "{path}: de audit is nog niet klaar voor een besluit: {missing}. Zie 'kwaliteitslabel "
        "audit check {path}'.",
    "audit.decision.registration_refused":
        "{path}: registratie geweigerd: de uitkomst volgens de beslisregels is niet positief "
        "({why}); dit blijft een leerrapport zonder label",
    "audit.decision.negative": "negatief",
    "audit.decision.no_advice":
        "{path}: er is nog geen formeel advies van de lead auditor; het certificaat volgt op een "
        "positief advies",
    "audit.decision.negative_advice":
        "{path}: het advies aan de commissie is negatief; het certificaat kan alleen op een "
        "positief advies worden toegekend",
    "audit.decision.despite_rules":
        "{path}: advies wijkt af van de beslisregels (die geven {proposed}); ken alleen toe als "
        "de commissie dat gezien heeft: herhaal met --despite-rules",
    "audit.decision.before_last_day":
        "--date: het besluit ({date}) ligt voor de laatste auditdag ({last}); controleer de datum",
    "audit.decision.before_verdicts":
        "--date: het besluit ({date}) ligt voor de oordelen waarop het rust (laatste oordeel "
        "{verdicts}); controleer de datum",
    "audit.decision.before_advice":
        "--date: het besluit ({date}) ligt voor het advies van de lead auditor ({advice}); "
        "controleer de datum",
    "audit.decision.in_future":
        "--date: het besluit ({date}) ligt in de toekomst; leg een besluit vast als het genomen "
        "is",
    "audit.decision.unknown_key":
        "--key: de sleutel {which} staat niet in de sleutelbos van het normenkader ({keyring}); "
        "zet zijn publieke sleutel daar eerst neer",
    # signing.py: the commission's keys and signature
    "audit.signing.example_mark": ", een voorbeeldsleutel",
    "audit.signing.saving_key": "de sleutel bewaren",
    "audit.signing.reading": "lezen",
    "audit.signing.not_private":
        "--key {path}: geen privésleutel van 'kwaliteitslabel keys new' (PEM, Ed25519, zonder "
        "wachtwoord)",
    "audit.signing.not_ed25519":
        "--key {path}: geen Ed25519-sleutel; maak er een met 'kwaliteitslabel keys new'",
    "audit.signing.not_a_file":
        "{path}: geen gewoon bestand; een sleutelbos bevat alleen YAML-bestanden met een "
        "publieke sleutel",
    "audit.signing.no_public_key":
        "{path}: geen publieke sleutel (verwacht name, example en public_key, zoals "
        "'kwaliteitslabel keys new' ze schrijft)",
    "audit.signing.bad_public_key":
        "{path}: public_key is geen Ed25519-sleutel (32 bytes, base64)",
    "audit.signing.valid": "ondertekend met de sleutel {which}",
    "audit.signing.not_required": "niet ondertekend (het normenkader vraagt geen handtekening)",
    "audit.signing.unsigned":
        "het besluit is niet ondertekend, en het normenkader vraagt een handtekening van de "
        "commissie",
    "audit.signing.unknown_key":
        "het besluit is ondertekend met een sleutel ({which}) die niet in de sleutelbos van het "
        "normenkader staat",
    "audit.signing.bad":
        "de handtekening onder het besluit klopt niet: het besluit of de audit is na het "
        "ondertekenen gewijzigd",
    "audit.signing.bad_key":
        "de handtekening onder het besluit klopt niet: het besluit of de audit is na het "
        "ondertekenen gewijzigd (sleutel {which})",
    # details.py: the audit's own fields typed on one line
    "audit.details.one_line": "dit is één regel tekst; haal de regelovergang weg",
    "audit.details.empty": "vul een tekst in",
    "audit.details.too_long": "dit is te lang ({length} tekens; hoogstens {most})",
    "audit.details.fte": "{option}: {value} fte kan niet; geef een getal van 0 tot 100000",
    "audit.details.no_date": "{option}: '{value}' is geen datum; schrijf JJJJ-MM-DD",
    "audit.details.year":
        "{option}: het jaar {year} ligt niet tussen {first} en {last}; controleer de datum",
    "audit.details.start_outside":
        "--date: een audit die op {start} begint hoort niet bij normenkader {version} (dat "
        "geldt {span}); controleer de datum, of maak een nieuwe audit met 'audit new'",
    "audit.details.start_before_label":
        "--date: een audit die op {start} begint hoort niet bij normenkader {version} (dat "
        "geldt {span}; het label bestaat sinds {adopted}); controleer de datum, of maak een "
        "nieuwe audit met 'audit new'",
    "audit.details.auditor":
        "--auditor: schrijf 'NAAM; ORGANISATIE; ROL', bijv. 'Anne Jansen; Certificering Noord; "
        "lead auditor' (organisatie en rol mogen weg)",
    "audit.details.unknown_role_hint":
        "--participant: onbekende rol '{role}'; bedoelt u '{hint}'? Kies uit {roles}; schrijf "
        "'ROL:AANTAL'.",
    "audit.details.unknown_role":
        "--participant: onbekende rol '{role}'. Kies uit {roles}; schrijf 'ROL:AANTAL'.",
    "audit.details.no_count":
        "--participant: '{count}' is geen aantal; schrijf '{role}:3' of '{role}:3:toelichting'",
    "audit.details.count_range": "--participant: het aantal {count} kan niet; 1 tot 10000",
    # create.py: a new audit file
    "audit.create.exists":
        "{path}: bestaat al; kies een andere naam, of ga verder met 'kwaliteitslabel audit run "
        "{path}'",
    "audit.create.no_folder": "{path}: de map {folder} bestaat niet; maak haar eerst aan",
    "audit.create.unknown_route_hint":
        "onbekende route '{route}'; bedoelt u '{hint}'? Kies uit {choices}",
    "audit.create.unknown_route": "onbekende route '{route}' Kies uit {choices}",
    # lock.py: one save at a time
    "audit.lock.holder": "proces {pid} van {user} op {host} ({command}), sinds {since}",
    "audit.lock.busy_by":
        "{path}: wordt op dit moment bewaard door {who}. Na {wait} seconden wachten is er niets "
        "gewijzigd; probeer het zo opnieuw. Blijft het zo, kijk dan of dat proces nog loopt.",
    "audit.lock.busy":
        "{path}: wordt op dit moment bewaard door een ander proces. Na {wait} seconden wachten "
        "is er niets gewijzigd; probeer het zo opnieuw. Blijft het zo, kijk dan of dat proces "
        "nog loopt.",
    # recovery.py: answers kept beside the audit
    "audit.recovery.not_yours":
        "{path}: deze map is niet van u (of geen map); kwaliteitslabel bewaart daar niets. "
        "Verwijder of hernoem hem, of zet XDG_STATE_HOME op een eigen map.",
    "audit.recovery.keeping": "apart bewaren",
    "audit.recovery.reading": "lezen",
    "audit.recovery.symlink":
        "{path}: dit herstelbestand is een symbolische koppeling; kwaliteitslabel volgt die "
        "niet. Verwijder hem als u hem niet zelf hebt gemaakt.",
    "audit.recovery.not_regular": "{path}: dit is geen gewoon bestand; verwijder het.",
    "audit.recovery.foreign":
        "{path}: dit herstelbestand is niet van u (eigenaar uid {uid}); kwaliteitslabel neemt er "
        "niets uit over. Verwijder het, of laat de eigenaar het zelf bewaren.",
    "audit.recovery.too_big": "{path}: dit herstelbestand is te groot; verwijder het.",
    "audit.recovery.not_recovery": "{path}: dit is geen herstelbestand van kwaliteitslabel",
    "audit.recovery.unreadable":
        "{path}: een antwoord in dit herstelbestand is onleesbaar; herstel het met de hand of "
        "voer het opnieuw in",
    "audit.recovery.not_kept": "het antwoord kon ook niet apart worden bewaard: {errors}",
    # model.py: what the audit file itself may not say
    "audit.model.no_flag": "moet een getal zijn, niet true of false",
    "audit.model.end_before_start": "de einddatum {end} ligt voor de begindatum {start}",
    "audit.model.too_many_items":
        "te veel punten bij deze norm: {listed} (bewijs, sterke punten, verbeterpunten en "
        "opvolging samen; hoogstens {most}, zodat het rapport leesbaar en snel blijft). Voeg "
        "bewijs of punten samen",
    # readiness_words.py: the command that mends a readiness check
    "audit.readiness_words.certifying_body": "audit details {file} --certifying-body NAAM",
    "audit.readiness_words.auditors":
        "audit details {file} --auditor 'NAAM; ORGANISATIE; ROL' (herhaal)",
    "audit.readiness_words.peer_organisations": "audit details {file} --peer ORGANISATIE",
    "audit.readiness_words.peer_assessors":
        "audit details {file} --auditor 'NAAM; COLLEGA-ORGANISATIE; toetser'",
    "audit.readiness_words.participant_roles": "audit details {file} --participant 'ROL:AANTAL'",
    "audit.readiness_words.decision":
        "audit decide {file} --granted --date JJJJ-MM-DD --by 'beheercommissie Kwaliteitslabel' "
        "--key SLEUTEL --force",
    "audit.readiness_words.advice":
        "audit advise {file} --advice positief --reason 'REDEN' --by 'NAAM' --force",
    "audit.readiness_words.advice_plan":
        "audit improvements {file} --norm {norm} --action 'ACTIE' --owner 'NAAM' --deadline "
        "JJJJ-MM-DD",
}
