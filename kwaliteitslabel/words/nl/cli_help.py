"""The help of every command and option, in Dutch.

`help.<command path>` is a command's help, `help.<command path>.<parameter>` an
option's or argument's; `help.line.<command>` the line the root's help shows.
"""

WORDS = {
    "help.audit": "Audits: aanmaken, doorlopen, invullen, voortgang en score.",
    "help.audit.advise":
        "Leg het eigen advies van de auditoren aan de commissie vast, met een reden.",
    "help.audit.advise.advice": "positief of negatief.",
    "help.audit.advise.by": "Wie het advies geeft (de lead auditor).",
    "help.audit.advise.date": "Datum van het advies, JJJJ-MM-DD (standaard vandaag).",
    "help.audit.advise.force": "Vervang een advies dat er al staat.",
    "help.audit.advise.reason": "Waarom de auditoren zo adviseren.",
    "help.audit.check":
        "Per eis van de route: wat in orde is en wat ontbreekt, plus waarschuwingen (exit 1 als "
        "een eis ontbreekt).",
    "help.audit.compare":
        "Vergelijk twee audits: per norm het oude en nieuwe oordeel (beter, gelijk, slechter, "
        "nieuw, vervallen) en per gebied de verandering, ook over normenkaders heen.",
    "help.audit.compare.new": "De latere audit.",
    "help.audit.compare.old": "De eerdere audit.",
    "help.audit.decide":
        "Leg het besluit van de beheercommissie vast: het certificaat, of de registratie van een"
        " intercollegiale toetsing; of schors of trek het label in.",
    "help.audit.decide.by":
        "Het orgaan dat besluit, zoals het normenkader het noemt: 'beheercommissie "
        "Kwaliteitslabel'.",
    "help.audit.decide.date": "Datum van het besluit, JJJJ-MM-DD.",
    "help.audit.decide.despite_rules":
        "Ken toe op een advies dat afwijkt van de beslisregels (de commissie zag dat).",
    "help.audit.decide.force": "Vervang een besluit dat er al staat.",
    "help.audit.decide.granted":
        "Het certificaat is toegekend (intercollegiaal: de toetsing is geregistreerd).",
    "help.audit.decide.key":
        "De privésleutel van de commissie (kwaliteitslabel keys new); ondertekent het besluit.",
    "help.audit.decide.number": "Het certificaatnummer.",
    "help.audit.decide.reason": "Toelichting bij het besluit.",
    "help.audit.decide.refused": "Niet toegekend (niet geregistreerd).",
    "help.audit.decide.signed_by": "Wie namens de commissie tekent: 'NAAM, rol' (herhaal).",
    "help.audit.decide.suspend": "Schors het label (met --date, --by en --reason).",
    "help.audit.decide.withdraw": "Trek het label in (met --date, --by en --reason).",
    "help.audit.details": "Toon of wijzig de gegevens van de audit (organisatie, duo, data, ...).",
    "help.audit.details.auditor": "'NAAM; ORGANISATIE; ROL'; herhaal; vervangt de lijst.",
    "help.audit.details.certifying_body": "De certificerende instelling.",
    "help.audit.details.characterisation": "Karakterisering van de organisatie.",
    "help.audit.details.date": "Begindatum, JJJJ-MM-DD.",
    "help.audit.details.end_date": "Laatste auditdag, JJJJ-MM-DD.",
    "help.audit.details.force": "Vervang wat een ander intussen in deze velden bewaarde.",
    "help.audit.details.fte": "Omvang in fte.",
    "help.audit.details.organisation": "Naam van de organisatie.",
    "help.audit.details.participant": "'ROL:AANTAL[:TOELICHTING]'; herhaal; vervangt de lijst.",
    "help.audit.details.peer": "Collega-organisatie; herhaal; vervangt de lijst.",
    "help.audit.details.scope": "Wat de audit omvat.",
    "help.audit.export": "Eén rij per norm: oordeel, bevindingen, bewijs, punten, wie en wanneer.",
    "help.audit.export.kind": "csv, xlsx of json.",
    "help.audit.export.output":
        "Het bestand (standaard: csv en json op het scherm, xlsx naast de audit).",
    "help.audit.git-setup":
        "Stel git in om audits norm voor norm samen te voegen (.gitattributes en git config).",
    "help.audit.git-setup.folder": "De map in de git-repository (standaard: hier).",
    "help.audit.git-setup.pattern": "Welke bestanden audits zijn (.gitattributes-patroon).",
    "help.audit.import":
        "Lees een sheet terug: alleen de gewijzigde normen worden bewaard, elk volgens de regels"
        " van het normenkader.",
    "help.audit.import.dry_run": "Alleen laten zien wat er zou veranderen; niets bewaren.",
    "help.audit.import.sheet": "Een .xlsx of .csv van 'audit export'.",
    "help.audit.improvements":
        "Het verbeterplan van de organisatie: zonder opties de lijst; met --norm en --action een"
        " actie erbij; met --item N een actie wijzigen (of --remove).",
    "help.audit.improvements.action": "Wat de organisatie gaat doen.",
    "help.audit.improvements.deadline": "Wanneer het klaar is, JJJJ-MM-DD.",
    "help.audit.improvements.force":
        "Bewaar ook als een ander het plan intussen wijzigde (na het bekijken van diens versie).",
    "help.audit.improvements.item": "Het nummer van de actie om te wijzigen (zie de lijst).",
    "help.audit.improvements.norm":
        "De norm van een nieuwe actie (bijv. D5); met --item: verplaats de actie naar deze norm.",
    "help.audit.improvements.owner": "Wie ervoor zorgt (naam of functie).",
    "help.audit.improvements.plan_status": "Hoe ver de actie is: {statuses} (nieuw: gepland).",
    "help.audit.improvements.remove": "Haal de actie met --item uit het plan.",
    "help.audit.merge":
        "Voeg twee kopieën van één audit samen, norm voor norm (A en B blijven ongewijzigd).\n"
        "\n"
        "In een terminal kiest u per conflict A, B of beide; anders blijven beide antwoorden "
        "onder de norm staan en staat de norm open tot 'audit set' of de walk hem beoordeelt.",
    "help.audit.merge-driver":
        "Git merge driver: voegt audits norm voor norm samen (exit 0: schoon, 1: conflicten "
        "vastgelegd in het bestand). Ander YAML gaat naar de gewone tekstmerge van git.",
    "help.audit.merge-driver.base": "De gemeenschappelijke voorouder (%O).",
    "help.audit.merge-driver.name": "De naam van het bestand in de repository (%P).",
    "help.audit.merge-driver.ours": "Onze versie, krijgt het resultaat (%A).",
    "help.audit.merge-driver.theirs": "Hun versie (%B).",
    "help.audit.merge.no_input": "Niets vragen: elk conflict wordt in het bestand vastgelegd.",
    "help.audit.merge.output": "Het samengevoegde auditbestand (nieuw).",
    "help.audit.migrate":
        "Zet een audit over naar een nieuwer normenkader, volgens diens herkomst.yaml.",
    "help.audit.migrate.file": "De audit die overgaat (blijft ongewijzigd).",
    "help.audit.migrate.output": "Het nieuwe auditbestand.",
    "help.audit.migrate.to": "Het nieuwe normenkader: een versie (2019) of een map.",
    "help.audit.new":
        "Maak een nieuwe audit aan (overschrijft nooit een bestaand bestand); met --partial-of "
        "en --redo een gedeeltelijke heraudit.",
    "help.audit.new.date": "Begindatum, JJJJ-MM-DD (standaard vandaag).",
    "help.audit.new.fte": "Omvang van de organisatie in fte.",
    "help.audit.new.organisation": "Naam van de organisatie.",
    "help.audit.new.route": "Route uit het normenkader (kader.yaml, routes); Tab vult haar aan.",
    "help.audit.new.scope": "Wat de audit omvat.",
    "help.audit.programme":
        "Het auditprogramma: dagen, gesprekken per rol met hun normen en vragen, en de dekking "
        "van elke norm (twee rollen, of een rol en een document of observatie).",
    "help.audit.programme.output": "Ook als PDF naar dit bestand.",
    "help.audit.run": "Loop de normen interactief door; elk antwoord wordt direct bewaard.",
    "help.audit.run.at":
        "Dag waarop de oordelen van deze loop gegeven zijn, JJJJ-MM-DD (standaard: nu); om "
        "achteraf in te voeren.",
    "help.audit.run.auditor": "Uw naam, bij elk antwoord bewaard.",
    "help.audit.run.plain":
        "De regel-voor-regel loop, ook in een terminal die meer kan (voor schermlezers).",
    "help.audit.run.start_at": "Begin bij deze norm.",
    "help.audit.score":
        "Scores per gebied, de uitkomst, het label en de normen die de doorslag gaven.",
    "help.audit.set":
        "Leg het oordeel over één norm vast, zonder vragen (voor scripts en het duo); met "
        "--follow-up N de opvolging van een verbeterpunt van de vorige audit.",
    "help.audit.set.at":
        "Dag waarop het oordeel gegeven is, JJJJ-MM-DD (standaard: nu); om een oordeel achteraf "
        "in te voeren.",
    "help.audit.set.auditor": "Wie dit oordeel gaf.",
    "help.audit.set.evidence": "Bewijs, bijv. 'gesprek/medewerkers: ...' of 'document: ...'.",
    "help.audit.set.finding": "Bevindingen (vervangt de vorige).",
    "help.audit.set.force":
        "Bewaar ook als een ander deze norm intussen wijzigde (na het bekijken van diens "
        "versie).",
    "help.audit.set.improvement": "Verbeterpunt.",
    "help.audit.set.norm": "Norm-id, bijv. V3.",
    "help.audit.set.reason": "Reden bij nvt.",
    "help.audit.set.recover": "Bewaar de antwoorden uit het herstelbestand naast de audit.",
    "help.audit.set.replace":
        "Vervang bewijs, sterke punten en verbeterpunten door wat u nu opgeeft (zonder: ze komen"
        " erbij).",
    "help.audit.set.score":
        "Oordeel uit de schaal van het normenkader: het id, de naam, een ander woord ervoor of "
        "de toets uit de walk; bij een onbekend oordeel noemt de fout de keuzes.",
    "help.audit.set.strength": "Sterk punt.",
    "help.audit.status": "Voortgang per gebied, aantallen per oordeel en de open normen.",
    "help.audit_file": "Het auditbestand (YAML).",
    "help.auditor":
        "Auditor of toetser: 'NAAM; ORGANISATIE; ROL' (organisatie en rol mogen weg; herhaal "
        "voor het duo en de toetsers).",
    "help.certificate":
        "Maak het certificaat (één pagina), alleen na toekenning door de beheercommissie.",
    "help.certificate.key":
        "De privésleutel van de commissie: het certificaat krijgt haar PDF-handtekening (PAdES).",
    "help.certificate.output": "Het PDF-bestand of de map (standaard: reports/).",
    "help.certifying_body": "De certificerende instelling.",
    "help.end_date": "Laatste auditdag, JJJJ-MM-DD.",
    "help.follow_up":
        "Nummer van het verbeterpunt van de vorige audit bij deze norm (1, 2, ...; zie 'audit "
        "status'); met --status en eventueel --note.",
    "help.follow_up_note": "Toelichting bij de opvolging van het verbeterpunt.",
    "help.follow_up_status":
        "Wat er van het verbeterpunt terechtkwam: afgerond, loopt, niet_opgepakt (of open).",
    "help.json": "Uitvoer als JSON, voor scripts.",
    "help.keys": "De sleutels waarmee de beheercommissie haar besluiten ondertekent.",
    "help.keys.new":
        "Maak een Ed25519-sleutelpaar: de privésleutel (alleen voor u leesbaar) en de publieke "
        "sleutel voor de sleutelbos van het normenkader.",
    "help.keys.new.example": "Een voorbeeldsleutel, voor voorbeelden en tests.",
    "help.keys.new.file": "Waar de privésleutel komt (bijv. commissie.pem); houd haar geheim.",
    "help.keys.new.keyring":
        "De sleutelbos (map 'sleutels' naast de versies van het normenkader) waar de publieke "
        "sleutel komt; standaard naast FILE.",
    "help.keys.new.name": "Wiens sleutel dit is, bijv. 'beheercommissie Kwaliteitslabel, 2026'.",
    "help.line.certificate":
        "Maak het certificaat (één pagina), alleen na toekenning door de beheercommissie.",
    "help.line.report":
        "Maak een PDF-rapport van een of meer audits (PDF/A, met de audit als bijlage).",
    "help.line.verify": "Controleer of een rapport nog bij zijn audit hoort.",
    "help.merge_input": "Een kopie van de audit (blijft ongewijzigd).",
    "help.no_cache": "Lees elk bestand opnieuw, zonder de cache naast de map.",
    "help.norms": "Het normenkader: controleren, bekijken, vergelijken.",
    "help.norms_option":
        "Map met een normenkader, of een versie zoals 2017 (standaard: het meegeleverde; of "
        "$KWALITEITSLABEL_NORMS).",
    "help.norms.check": "Controleer een normenkader en meld elke fout met bestand:regel:kolom.",
    "help.norms.check.folder":
        "Map met kader.yaml (standaard: de werkmap norms/ of het meegeleverde kader).",
    "help.norms.diff":
        "Vergelijk twee versies: samengevoegd, gesplitst, nieuw, vervallen, woord voor woord.",
    "help.norms.diff.new": "Map van het nieuwe kader.",
    "help.norms.diff.old": "Map van het oude kader.",
    "help.norms.list": "Toon alle normen, of die van één aandachtsgebied.",
    "help.norms.list.area": "Alleen dit aandachtsgebied (id).",
    "help.norms.report":
        "Maak het normenkader als boekje (PDF/A, toegankelijk).\n"
        "\n"
        "Zoals de commissie het publiceert: per norm de kenmerken per oordeel, de toetsvragen "
        "per rol en het bewijs, en de beslisregels en de auditdagentabel.",
    "help.norms.report.folder": "Map met kader.yaml (standaard: het meegeleverde kader).",
    "help.norms.report.output":
        "Het PDF-bestand of de map ervoor (standaard: reports/normenkader-VERSIE.pdf).",
    "help.norms.report.since":
        "Map van een ouder kader: het boekje krijgt een hoofdstuk met wat er sindsdien "
        "veranderde.",
    "help.norms.schema": "Het JSON Schema van de normbestanden, voor een editor (VS Code YAML).",
    "help.norms.schema.area": "Het schema van het normbestand van dit gebied (id).",
    "help.norms.schema.manifest":
        "Het schema van kader.yaml in plaats van dat van een normbestand.",
    "help.norms.schema.write":
        "Schrijf de schema's naar schema/ naast het kader en zet in elk bestand de regel die de "
        "editor erheen wijst.",
    "help.norms.show": "Toon één norm volledig: de norm, toelichting, toetsvragen en bewijs.",
    "help.norms.show.norm_id": "Norm-id, bijv. V1.",
    "help.partial_of":
        "Een gedeeltelijke heraudit van deze audit: alleen de normen van --redo staan open, de "
        "andere worden overgenomen.",
    "help.pdf_lang": "Taal van de PDF: nl of en.",
    "help.peer": "Collega-organisatie bij een intercollegiale toetsing (herhaal).",
    "help.previous":
        "De vorige audit van de organisatie: haar gegevens worden overgenomen en haar "
        "verbeterpunten komen bij de normen om op te volgen.",
    "help.redo": "Bij --partial-of: de normen die opnieuw beoordeeld worden, bijv. D5,O3.",
    "help.register":
        "Het Kwaliteitsregister: alle audits in een map, met status en geldigheid; 'register "
        "stats' de cijfers per norm voor de commissie.",
    "help.register.list":
        "Toon het register: elke audit in DIR met uitkomst, besluit, geldigheid en status.",
    "help.register.list.csv": "Schrijf het register als CSV.",
    "help.register.list.every":
        "Op de webpagina ook labels die niet actief zijn (verlopen, geschorst, ingetrokken).",
    "help.register.list.html":
        "Schrijf het openbare register als webpagina in deze map (index.html, en.html).",
    "help.register.list.months": "Zet de labels die binnen zoveel maanden verlopen bovenaan.",
    "help.register.list.xlsx": "Schrijf het register als spreadsheet (.xlsx).",
    "help.register.stats":
        "Per norm hoe vaak elk oordeel gegeven is, wat het vaakst niet voldoet of nvt is, welke "
        "verbeterpunten terugkomen en waar de routes verschillen.",
    "help.register.stats.named": "Noem de organisaties bij de oordelen (standaard anoniem).",
    "help.register.stats.output": "Ook als PDF naar dit bestand (of deze map).",
    "help.register_date":
        "Het register zoals het op deze datum was of zal zijn, JJJJ-MM-DD (standaard vandaag).",
    "help.register_folder": "Map met auditbestanden (ook in submappen).",
    "help.report": "Maak een PDF-rapport van een of meer audits (PDF/A, met de audit als bijlage).",
    "help.report.files": "Auditbestand(en) of een map met audits.",
    "help.report.force": "Vervang ook een definitief rapport door een CONCEPT.",
    "help.report.output":
        "Bij één audit: het PDF-bestand; bij meerdere audits of een map: de map voor de PDF's "
        "(standaard: reports/).",
    "help.report.sign":
        "Onderteken het rapport met de privésleutel van de commissie (PAdES); voor één rapport.",
    "help.root":
        "Audits voor het Kwaliteitslabel Sociaal Werk: normen, audits, scores en rapporten.",
    "help.root.lang": "Taal van de hulp en de meldingen: nl of en (of ${env}).",
    "help.root.quiet": "Geen voortgang, meldingen of waarschuwingen op stderr; fouten wel.",
    "help.root.verbose": "Meld op stderr welk normenkader uit welke map gebruikt wordt.",
    "help.root.version": "Toon de versie en stop.",
    "help.verify":
        "Controleer of een rapport nog bij zijn audit hoort.\n"
        "\n"
        "Vergelijkt de bijlage met de SHA-256 die het rapport afdrukt (en met AUDIT.yaml als dat"
        " gegeven is) en noemt het normenkader. Een controle op samenhang, geen handtekening.",
    "help.verify.audit": "Het auditbestand om mee te vergelijken.",
    "help.verify.report": "Een rapport van kwaliteitslabel.",
}
