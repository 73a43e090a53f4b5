"""What the audit commands say, in Dutch: `audit check`, `score`, `compare`, `advise`,
`decide`, `details`, `merge`, `migrate`, `new`, `improvements`, `programme`, `export` and
`import`, and the follow-up and partial re-audit on the command line.

Words that are the same in both languages (norm, route, open, score, PDF) stay in the
code: a catalogue entry equal in both would read as untranslated."""

WORDS = {
    # score_view.py: `audit score`
    "cli.score_view.status.concept": "concept: nog niet klaar voor een definitief rapport",
    "cli.score_view.status.zelfevaluatie": "zelfevaluatie afgerond",
    "cli.score_view.status.geregistreerd":
        "geregistreerd: de beheercommissie registreerde de toetsing in het Kwaliteitsregister",
    "cli.score_view.status.leerrapport":
        "leerrapport: de uitkomst volgens de beslisregels is niet positief",
    "cli.score_view.status.niet_geregistreerd": "de beheercommissie registreerde de toetsing niet",
    "cli.score_view.status.verlopen": "het certificaat is verlopen",
    "cli.score_view.status.advies_positief": "advies positief, besluit volgt",
    "cli.score_view.status.advies_negatief": "negatief advies: certificering niet behaald",
    "cli.score_view.status.gecertificeerd":
        "gecertificeerd: de beheercommissie kende het certificaat toe",
    "cli.score_view.status.afgewezen": "certificaat niet toegekend door de beheercommissie",
    "cli.score_view.label.gecertificeerd": "met stempel 'gecertificeerd'",
    "cli.score_view.label.zonder_stempel": "zonder stempel",
    "cli.score_view.label.verlopen": "geen: het certificaat is verlopen",
    "cli.score_view.label.geen": "geen label",
    "cli.score_view.overall": "Totaal",
    "cli.score_view.area": "gebied",
    "cli.score_view.outcome": "Uitkomst: {status}",
    "cli.score_view.advice_head": "Advies:   ",
    "cli.score_view.advice_rules": "volgens de beslisregels {proposed}",
    "cli.score_view.advice_departs": " · advies wijkt af van de beslisregels",
    "cli.score_view.advice_auditors": "; de auditoren adviseren {advice} ({by}: {reason})",
    "cli.score_view.decision_head": "Besluit:  ",
    "cli.score_view.decision": "{granted} op {date} door {by}{number}",
    "cli.score_view.granted": "toegekend",
    "cli.score_view.refused": "niet toegekend",
    "cli.score_view.number": ", nummer {number}",
    "cli.score_view.signed_head": "Getekend: ",
    "cli.score_view.signature_head": "Handtekening: ",
    "cli.score_view.valid_until": "Geldig tot: {date}{lapsed}",
    "cli.score_view.lapsed": " (verlopen)",
    "cli.score_view.why": "Waarom:",
    "cli.score_view.deciding": "Doorslaggevende normen: ",
    # audit_check.py
    "cli.audit_check.header": "{organisation} · {route} · normenkader {version}",
    "cli.audit_check.requirements": "Eisen:",
    "cli.audit_check.warnings": "Waarschuwingen:",
    "cli.audit_check.references": "Verwijzingen die op de auditdagen niet (meer) gelden:",
    "cli.audit_check.report": "rapport",
    "cli.audit_check.ready": "Klaar voor een definitief {report}.",
    "cli.audit_check.missing_one": "1 eis ontbreekt",
    "cli.audit_check.missing_many": "{count} eisen ontbreken",
    "cli.audit_check.not_ready": "Nog niet klaar: {missing}.",
    "cli.audit_check.draft": "Het rapport wordt een concept.",
    # audit_compare.py
    "cli.audit_compare.change.beter": "beter",
    "cli.audit_compare.change.gelijk": "gelijk",
    "cli.audit_compare.change.slechter": "slechter",
    "cli.audit_compare.change.nieuw": "nieuw",
    "cli.audit_compare.change.vervallen": "vervallen",
    "cli.audit_compare.change.niet_vergelijkbaar": "niet vergelijkbaar",
    "cli.audit_compare.other_organisation":
        "Let op: {old} en {new} zijn verschillende organisaties.",
    "cli.audit_compare.header":
        "{old} ({old_start}, normenkader {old_version}) → {new} ({new_start}, normenkader "
        "{new_version})",
    "cli.audit_compare.formerly": "was",
    "cli.audit_compare.previous_verdict": "vorig oordeel",
    "cli.audit_compare.now": "nu",
    "cli.audit_compare.change": "verandering",
    "cli.audit_compare.area": "gebied",
    "cli.audit_compare.previous_score": "score vorig",
    "cli.audit_compare.score_now": "score nu",
    "cli.audit_compare.norms": "normen",
    "cli.audit_compare.decimal_mark": ",",
    "cli.audit_compare.total": "Totaal: {counts}",
    # audit_decision.py: `audit advise` and `audit decide`
    "cli.audit_decision.choose_advice": "kies positief of negatief",
    "cli.audit_decision.advice_exists":
        "{file}: er is al een advies ({advice}, {by}, {date}); herhaal met --force om het te "
        "vervangen",
    "cli.audit_decision.advice_saved": "Advies {advice} vastgelegd in {file}.",
    "cli.audit_decision.decision_void":
        "Let op: het besluit van de beheercommissie hoorde bij het vorige advies en geldt niet "
        "meer; de commissie besluit opnieuw (audit decide ... --force).",
    "cli.audit_decision.departs":
        "Let op: advies wijkt af van de beslisregels (die geven {proposed}); rapport en score "
        "tonen dat, en de commissie kent alleen toe als zij dat gezien heeft.",
    "cli.audit_decision.sanction_alone":
        "--suspend of --withdraw staat alleen, zonder --granted, --refused of --number",
    "cli.audit_decision.choose_one": "kies één van beide: --granted of --refused",
    "cli.audit_decision.date_and_by": "geef --date en --by",
    "cli.audit_decision.granted": "toegekend",
    "cli.audit_decision.refused": "niet toegekend",
    "cli.audit_decision.decision_exists":
        "{file}: er is al een besluit ({what} op {date} door {by}); herhaal met --force om het "
        "te vervangen",
    "cli.audit_decision.number_empty":
        "--number: leeg; geef het certificaatnummer of laat --number weg",
    "cli.audit_decision.registered": "geregistreerd",
    "cli.audit_decision.not_registered": "niet geregistreerd",
    "cli.audit_decision.registration_saved":
        "Besluit vastgelegd: de toetsing is {what} ({date}, {by}).",
    "cli.audit_decision.granted_saved":
        "Certificaat toegekend op {date} door {by}; geldig tot {until}.",
    "cli.audit_decision.refused_saved":
        "Besluit vastgelegd: het certificaat is niet toegekend ({date}, {by}).",
    "cli.audit_decision.no_label": "Let op: dit besluit geeft nog geen label: {missing}",
    # audit_details.py
    "cli.audit_details.label.organisation": "organisatie",
    "cli.audit_details.label.scope": "reikwijdte",
    "cli.audit_details.label.fte": "fte",
    "cli.audit_details.label.certifying_body": "certificerende instelling",
    "cli.audit_details.label.auditors": "auditoren en toetsers",
    "cli.audit_details.label.peer_organisations": "collega-organisaties",
    "cli.audit_details.label.dates": "auditdagen",
    "cli.audit_details.label.participants": "gesprekspartners",
    "cli.audit_details.label.characterisation": "karakterisering",
    "cli.audit_details.none": " (geen)",
    "cli.audit_details.empty": "(leeg)",
    "cli.audit_details.until": " tot en met {end}",
    "cli.audit_details.end_before_start": "--end-date: {end} ligt voor de begindatum {start}",
    "cli.audit_details.saved": "Bewaard in {file}: {names}.",
    # audit_follow_up.py
    "cli.audit_follow_up.same_file":
        "--previous {path}: dat is het nieuwe bestand zelf; noem de vorige audit",
    "cli.audit_follow_up.too_late":
        "--previous {path}: die audit liep tot {last}; de nieuwe audit begint op {start}, en "
        "moet daarna beginnen (geef --date)",
    "cli.audit_follow_up.other_organisation":
        "Let op: de vorige audit is van {previous}, deze van {organisation}.",
    "cli.audit_follow_up.previous":
        "Vorige audit: {path} ({start}, normenkader {version}); {count} verbeterpunt(en) om op "
        "te volgen",
    "cli.audit_follow_up.give_status":
        "geef bij --follow-up ook --status (afgerond, loopt, niet_opgepakt of open)",
    "cli.audit_follow_up.unknown_status": "--status: onbekende status '{status}'",
    "cli.audit_follow_up.did_you_mean": "; bedoelt u '{hint}'?",
    "cli.audit_follow_up.choose_from": " Kies uit {choices}",
    "cli.audit_follow_up.status.open": "open (nog niet gevraagd)",
    "cli.audit_follow_up.status.afgerond": "afgerond",
    "cli.audit_follow_up.status.loopt": "loopt",
    "cli.audit_follow_up.status.niet_opgepakt": "niet opgepakt",
    "cli.audit_follow_up.saved":
        "{norm}, verbeterpunt {number} van de vorige audit: {status} bewaard in {file}",
    # audit_merge.py: `audit merge`, `audit merge-driver`, `audit git-setup`
    "cli.audit_merge.choose_option": "Kies een van de mogelijkheden.",
    "cli.audit_merge.assessed": "{scored} van {total} normen beoordeeld in {file}",
    "cli.audit_merge.merged": "Samengevoegd in {output} ({a} en {b} zijn niet gewijzigd)",
    "cli.audit_merge.from": "uit {name}",
    "cli.audit_merge.same": "gelijk in beide",
    "cli.audit_merge.combined": "zelfde oordeel, lijsten samen",
    "cli.audit_merge.chosen": "gekozen",
    "cli.audit_merge.left": "Conflicten vastgelegd, nog open: {conflicts}.",
    "cli.audit_merge.choose_per_norm":
        "Kies per norm in de loop: kwaliteitslabel audit run {file} --norm {norm} (of met audit "
        "set).",
    "cli.audit_merge.details": "Gegevens: kwaliteitslabel audit details {file}",
    "cli.audit_merge.conflicts": "{count} conflict(en)",
    "cli.audit_merge.between":
        "{conflicts} tussen {a} (A) en {b} (B). Kies per conflict; 'o' laat het open.",
    "cli.audit_merge.field": "Gegeven '{field}'",
    "cli.audit_merge.ask_field": "Kies A, B of open",
    "cli.audit_merge.ask_norm": "Kies A, B, s (samen: beide lijsten, één oordeel) of open",
    "cli.audit_merge.ask_verdict": "Oordeel",
    "cli.audit_merge.driver_conflicts":
        "kwaliteitslabel: {where}conflicten vastgelegd in de audit, nog open: {conflicts}; kies "
        "met 'audit set' of 'audit run', daarna git add en git commit",
    "cli.audit_merge.driver_text": "kwaliteitslabel: {where}geen audit; gewone tekstmerge van git",
    "cli.audit_merge.git_add":
        "Zet .gitattributes in git (git add .gitattributes) en draai dit ook in de andere kloon: "
        "git config geldt per kloon.",
    # audit_migrate.py
    "cli.audit_migrate.done":
        "Audit overgezet naar normenkader {version}: {path} (het oude bestand is niet gewijzigd)",
    "cli.audit_migrate.carried": "  overgenomen:   {count} normen die gelijk bleven{renamed}",
    "cli.audit_migrate.renamed": " (nieuw id: {ids})",
    "cli.audit_migrate.to_confirm":
        "  te bevestigen: {count} normen staan open met het oude oordeel als notitie: {norms}",
    "cli.audit_migrate.new": "  nieuw:         {norms} (nog open)",
    "cli.audit_migrate.left_out": "  niet mee:      {norms} (hoort bij het oude kader)",
    # audit_new.py (the line to go on with also for migrate and a partial re-audit)
    "cli.audit_new.continue_with": "  verder met: {command}",
    "cli.audit_new.exists":
        "{file}: bestaat al; kies een andere naam, of ga verder met: {command}",
    "cli.audit_new.partial_usage":
        "--redo hoort bij --partial-of; een gedeeltelijke heraudit neemt organisatie en route "
        "over (geen --previous, --organisation of --route)",
    "cli.audit_new.choose_option": "Kies een van de mogelijkheden.",
    "cli.audit_new.invalid_value": "Vul een geldige waarde in.",
    "cli.audit_new.ask_organisation": "Naam van de organisatie",
    "cli.audit_new.ask_auditors": "Auditor(en), gescheiden door komma's",
    "cli.audit_new.organisation_option": "--organisation NAAM",
    "cli.audit_new.framework": "normenkader {version}",
    "cli.audit_new.framework_changed": "normenkader {version} (gewijzigd in {path})",
    "cli.audit_new.created": "Audit aangemaakt: {path} ({route}, {framework}, {count} normen)",
    "cli.audit_new.still_needed": "Nog nodig voor deze route:",
    # audit_partial.py
    "cli.audit_partial.give_redo":
        "geef bij --partial-of ook --redo met de normen die opnieuw beoordeeld worden, bijv. "
        "--redo D5,O3",
    "cli.audit_partial.same_file": "--partial-of {path}: dat is het nieuwe bestand zelf",
    "cli.audit_partial.created":
        "Gedeeltelijke heraudit aangemaakt: {file} (van {original}, normenkader {version}): "
        "opnieuw te beoordelen {redo}; {carried} normen overgenomen.",
    "cli.audit_partial.of":
        "Gedeeltelijke heraudit van {file} ({start}): opnieuw beoordeeld {redo}; de andere "
        "normen zijn overgenomen.",
    "cli.audit_partial.completion": "Gedeeltelijke heraudit {name} ({redo})",
    "cli.audit_partial.outdated":
        "{what} is gemaakt van een eerdere versie van deze audit (de oordelen of gegevens zijn "
        "sindsdien gewijzigd); zij vult deze audit niet aan.",
    "cli.audit_partial.until": ", geldig tot {date}",
    "cli.audit_partial.met":
        "{what}: de beheercommissie kende toe op {decided}{number}{until}. De voorwaarde (de "
        "heraudit van deze normen) is vervuld.",
    "cli.audit_partial.refused":
        "{what}: niet toegekend op {decided}. De voorwaarde is niet vervuld.",
    "cli.audit_partial.pending": "{what}: {status}; het besluit volgt nog.",
    "cli.audit_partial.status.concept": "concept",
    "cli.audit_partial.status.zelfevaluatie": "zelfevaluatie",
    "cli.audit_partial.status.geregistreerd": "geregistreerd",
    "cli.audit_partial.status.leerrapport": "leerrapport",
    "cli.audit_partial.status.niet_geregistreerd": "niet geregistreerd",
    "cli.audit_partial.status.verlopen": "verlopen",
    "cli.audit_partial.status.advies_positief": "advies positief",
    "cli.audit_partial.status.advies_negatief": "advies negatief",
    "cli.audit_partial.status.gecertificeerd": "gecertificeerd",
    "cli.audit_partial.status.afgewezen": "afgewezen",
    # audit_plan.py: `audit improvements`
    "cli.audit_plan.json_with_list": "--json hoort bij de lijst, niet bij een wijziging",
    "cli.audit_plan.remove_alone": "--remove neemt alleen --item N",
    "cli.audit_plan.action_option": "--action TEKST",
    "cli.audit_plan.and": " en ",
    "cli.audit_plan.new_action":
        "een nieuwe actie vraagt {absent} (of geef --item N om een actie te wijzigen)",
    "cli.audit_plan.what_changes":
        "geef bij --item wat er verandert (--action, --owner, --deadline, --status, --norm) of "
        "--remove",
    "cli.audit_plan.removed":
        "Actie {item} uit het verbeterplan gehaald in {file} ({left} actie(s) over).",
    "cli.audit_plan.saved": "Actie {number} ({norm}) bewaard in het verbeterplan van {file}.",
    "cli.audit_plan.deadline_early":
        "--deadline: {day} ligt voor de audit ({start}); een actie van het verbeterplan volgt op "
        "de audit",
    "cli.audit_plan.header": "Verbeterplan van {organisation} ({file}): {count}",
    "cli.audit_plan.actions": "{count} actie(s)",
    "cli.audit_plan.no_actions": "nog geen acties",
    "cli.audit_plan.status.gepland": "status: gepland",
    "cli.audit_plan.status.loopt": "status: loopt",
    "cli.audit_plan.status.afgerond": "status: afgerond",
    "cli.audit_plan.deadline": "deadline: {date}",
    "cli.audit_plan.no_deadline": "geen deadline",
    "cli.audit_plan.owner": "eigenaar: {owner}",
    "cli.audit_plan.no_owner": "geen eigenaar",
    "cli.audit_plan.without_plan": "Zonder actie met deadline in het plan: {norms}{why}.",
    "cli.audit_plan.required": " (nodig voor een positief advies op deze route)",
    # audit_programme.py
    "cli.audit_programme.days_unknown":
        "onbekend: leg de omvang vast met 'audit details FILE --fte N' (de tabel van het "
        "normenkader gaat uit van fte)",
    "cli.audit_programme.decimal_mark": ",",
    "cli.audit_programme.days": "{days} ({fte} fte, volgens de tabel van normenkader {framework})",
    "cli.audit_programme.title": "Auditprogramma {organisation}",
    "cli.audit_programme.header": "{title} · {route} · normenkader {framework}",
    "cli.audit_programme.audit_days": "Auditdagen: {days}",
    "cli.audit_programme.from_participants": "de gesprekspartners in de audit",
    "cli.audit_programme.from_roles":
        "alle rollen die de normen noemen (nog geen gesprekspartners vastgelegd)",
    "cli.audit_programme.conversations": "Gesprekken: {count}, gepland met {source}",
    "cli.audit_programme.day": "Dag {day}",
    "cli.audit_programme.spoken": "(gesproken)",
    "cli.audit_programme.norms": "{count} normen ({norms})",
    "cli.audit_programme.one_norm": "{count} normen ({norms})",  # as it always read
    "cli.audit_programme.coverage": "Dekking per norm",
    "cli.audit_programme.roles": "rollen",
    "cli.audit_programme.documents": "doc.",
    "cli.audit_programme.observations": "obs.",
    "cli.audit_programme.heard": "bewijs (rollen)",
    "cli.audit_programme.covered": "dekking",
    "cli.audit_programme.triangulated": "getrianguleerd",
    "cli.audit_programme.planned": "gepland",
    "cli.audit_programme.gap": "gat",
    "cli.audit_programme.gaps":
        "Niet gedekt (minder dan twee rollen, of een rol zonder document of observatie):",
    "cli.audit_programme.no_gaps":
        "Elke norm is gedekt door twee rollen, of een rol en een document of observatie.",
    # audit_sanction.py: `audit decide --suspend|--withdraw`
    "cli.audit_sanction.give": "geef --date, --by en --reason",
    "cli.audit_sanction.geschorst": "geschorst",
    "cli.audit_sanction.ingetrokken": "ingetrokken",
    "cli.audit_sanction.saved": "Het label is {what} op {day} door {who}; bewaard in {file}.",
    # audit_sheet.py: `audit export` and `audit import`
    "cli.audit_sheet.written": "{count} normen geschreven naar {target}",
    "cli.audit_sheet.read_back": "  terug inlezen: kwaliteitslabel audit import {file} {target}",
    "cli.audit_sheet.would_change": "zou wijzigen",
    "cli.audit_sheet.saved": "bewaard",
    "cli.audit_sheet.row": "{norm} (rij {row}): {what} {verb}",
    "cli.audit_sheet.refused": "Geweigerd: {message}",
    "cli.audit_sheet.summary_dry_run":
        "{changed} norm(en) te wijzigen, {unchanged} ongewijzigd, {refused} geweigerd (proef: "
        "niets bewaard)",
    "cli.audit_sheet.summary":
        "{changed} norm(en) gewijzigd, {unchanged} ongewijzigd, {refused} geweigerd in {file}",
}
