"""What the other commands say, in Dutch: norms, register, report, certificate, verify, keys."""

WORDS = {
    # norms check / list / show / schema / diff
    "cli.norms.check.framework_in": "Normenkader in {path} ({source})",
    "cli.norms.check.errors": "{path}: fouten",
    "cli.norms.check.ok": "Normenkader {version} is in orde: {title} ({status})",
    "cli.norms.check.folder": "  map:           {path} ({source})",
    "cli.norms.check.valid": "  geldig:        {validity}",
    "cli.norms.check.norms": "  normen:        {count} ({split})",
    "cli.norms.check.core": "  kernnormen:    {count}",
    "cli.norms.check.origin": "  herkomst:      uit {version} ({path}): {kinds}",
    "cli.norms.check.fingerprint": "  vingerafdruk:  sha256:{fingerprint}",
    "cli.norms.unknown_area": "onbekend aandachtsgebied '{area}'",
    "cli.norms.list.choose_from": " Kies uit {choices}",
    "cli.norms.list.title": "Normenkader {version}",
    "cli.norms.list.area": "gebied",
    "cli.norms.list.norm_title": "titel",
    "cli.norms.list.core": "kern",
    "cli.norms.list.competencies": "competenties",
    "cli.norms.show.unknown": "norm '{norm}' bestaat niet in normenkader {version}; zie: "
                              "{command}",
    "cli.norms.schema.written": "Schema's van normenkader {version} in {folder}",
    "cli.norms.schema.up_to_date": " (al bijgewerkt)",
    "cli.norms.schema.updated": "  bijgewerkt: {path}",
    "cli.norms.schema.unknown_area": "onbekend aandachtsgebied '{area}'; kies uit {choices}",
    "cli.norms.diff.between": "Verschil tussen normenkader {old_version} ({old}) en "
                              "{new_version} ({new})",
    "cli.norms.diff.none": "Geen inhoudelijke verschillen.",
    # norms report
    "cli.norms_report.making": "Boekje maken van normenkader {version} ...",
    "cli.norms_report.since": ", met de wijzigingen sinds {since}",
    "cli.norms_report.made": "{output} ({pages} pagina's, normenkader {version}{since})",
    # norms diff, shown in the terminal
    "cli.diff_view.mapping": "Gekoppeld via {mapping}",
    "cli.diff_view.merged": " {title}: samengevoegd uit {sources}",
    "cli.diff_view.split": " {title}: gesplitst in {targets}",
    "cli.diff_view.added": " nieuw: {title}",
    "cli.diff_view.removed": " vervallen: {title}",
    "cli.diff_view.changed": "gewijzigd",
    "cli.diff_view.was": ", was {norm}",
    "cli.diff_view.unchanged": "Ongewijzigd: {norms}",
    "cli.diff_view.empty": "(leeg)",
    # register
    "cli.register.not_a_date": "'{value}' is geen datum; schrijf JJJJ-MM-DD",
    "cli.register.not_a_folder": "{folder}: geen map; geef de map met de auditbestanden",
    "cli.register.page_written": "Webpagina geschreven: {path}",
    "cli.register.title": "Kwaliteitsregister op {date}",
    "cli.register.organisation": "organisatie",
    "cli.register.outcome": "uitkomst en besluit",
    "cli.register.valid_until": "geldig tot",
    "cli.register.unreadable": "bestand onleesbaar (zie hieronder)",
    "cli.register.framework": "kader {version} · {start}",
    "cli.register.advice": "advies {advice}",
    "cli.register.partial_of": "heraudit van {file} ({redo})",
    "cli.register.condition_met": "voorwaarde vervuld",
    "cli.register.completed_by": "aangevuld door {file}: {state}",
    "cli.register.sanction": "{status} op {date}",
    "cli.register.expiring": "Binnen {months} maanden verlopen: {count} (bovenaan).",
    # register stats
    "cli.register_views.none": "Geen leesbare audits gevonden.",
    "cli.register_views.framework": "[bold]Normenkader {version}[/bold]: {audits} audits "
                                    "({routes})",
    "cli.register_views.norm_title": "titel",
    "cli.register_views.or": " of ",
    "cli.register_views.not_met": "niet",
    "cli.register_views.points": "punten",
    "cli.register_views.legend":
        "Per norm: hoe vaak elk oordeel gegeven is (open: nog geen oordeel), het aandeel "
        "'{not_met}' van de gegeven oordelen, en het aantal verbeterpunten.",
    "cli.register_views.failing": "Het vaakst niet (of deels) voldaan",
    "cli.register_views.failing_norm": "  {norm} {title}: {counts} van {scored}{names}",
    "cli.register_views.nothing": "  geen",
    "cli.register_views.most_often": "Het vaakst {verdicts}",
    "cli.register_views.with_reason": "met een reden",
    "cli.register_views.times": "  {norm} {title}: {count} keer{names}",
    "cli.register_views.points_per_norm": "Verbeterpunten per norm",
    "cli.register_views.points_in": "  {norm} {title}: {points} punten in {audits} audits",
    "cli.register_views.routes": "Verschil tussen routes",
    "cli.register_views.routes_how": " (aandeel {best}, verschil ≥ {gap} procentpunt)",
    "cli.register_views.routes_none": "  geen (of te weinig audits per route om te vergelijken)",
    # report
    "cli.report.outcome.concept": "CONCEPT",
    "cli.report.outcome.zelfevaluatie": "zelfevaluatie",
    "cli.report.outcome.geregistreerd": "geregistreerd",
    "cli.report.outcome.advies_positief": "advies positief, besluit volgt",
    "cli.report.outcome.advies_negatief": "certificering niet behaald",
    "cli.report.outcome.gecertificeerd": "gecertificeerd",
    "cli.report.outcome.afgewezen": "certificaat niet toegekend",
    "cli.report.outcome.leerrapport": "leerrapport",
    "cli.report.outcome.niet_geregistreerd": "niet geregistreerd",
    "cli.report.outcome.verlopen": "certificaat verlopen",
    "cli.report.summary": "({pages} pagina's, {outcome})",
    "cli.report.sign_one": "ondertekenen kan per rapport: geef één auditbestand",
    "cli.report.keep_final":
        "{output}: is een definitief rapport, en {source} is nu niet klaar: het nieuwe "
        "rapport zou een CONCEPT zijn. Het definitieve rapport blijft staan. Zie {command}; "
        "kies een andere naam met -o, of vervang het toch met --force.",
    "cli.report.making": "Rapport maken van {source} ...",
    "cli.report.concept":
        "Let op: {source} is nog niet klaar; het rapport is een CONCEPT. Nog niet in orde: "
        "{missing}. Zie {command}.",
    "cli.report.reports": "Rapporten",
    "cli.report.made": "{made} van {total} rapporten gemaakt in {folder}.",
    "cli.report.failed": "Niet gelukt: {source}",
    # certificate
    "cli.certificate.making": "Certificaat maken van {file} ...",
    "cli.certificate.certificate": "certificaat",
    "cli.certificate.valid_until": "geldig tot",
    "cli.certificate.signed": "ondertekend door de commissie",
    # verify
    "cli.verify.not_a_signature":
        "Let op: dit is een controle op samenhang, geen handtekening. Wie het rapport kan "
        "wijzigen, kan de bijlage en de afgedrukte SHA-256 samen vervangen; vergelijk de "
        "SHA-256 daarom ook met wat de auditoren u apart hebben gegeven.",
    "cli.verify.unknown": "onbekend",
    "cli.verify.framework": "{version}, vingerafdruk {fingerprint}",
    "cli.verify.report": "Rapport: {report}",
    "cli.verify.consistent": "De bijlage {attachment} heeft de SHA-256 die het rapport "
                             "afdrukt: {sha256}",
    "cli.verify.inconsistent": "✗ De bijlage {attachment} is niet het bestand waarvan het "
                               "rapport de SHA-256 afdrukt:",
    "cli.verify.printed": "    afgedrukt: {sha256}",
    "cli.verify.attached": "    bijlage:   {sha256}",
    "cli.verify.changed": "✗ Gewijzigd na het schrijven: {finding}.",
    "cli.verify.unchanged": "De PDF is nog precies zoals kwaliteitslabel hem schreef (één "
                            "revisie, inhoud gelijk aan de controlegegevens).",
    "cli.verify.matches_audit": "{audit} is precies de bijlage van het rapport.",
    "cli.verify.differs_from_audit": "✗ {audit} is niet de bijlage van het rapport (SHA-256 "
                                     "{sha256}). Verschil (- bijlage, + auditbestand):",
    "cli.verify.framework_printed": "  Normenkader volgens het rapport: {framework}",
    "cli.verify.framework_attached": "  Normenkader volgens de bijlage:  {framework}",
    "cli.verify.signature": "Handtekening: {text}",
    # keys
    "cli.keys.no_keyring": "--keyring: de map {folder} bestaat niet; maak haar eerst aan",
    "cli.keys.exists": "{path}: bestaat al; kies een andere naam voor de sleutel",
    "cli.keys.made": "Sleutel {ident} gemaakt: privé in {private} (alleen voor u leesbaar), "
                     "publiek in {public}.",
    "cli.keys.where":
        "Zet de publieke sleutel in de sleutelbos van het normenkader (de map '{keyring}' "
        "naast de versies, bijv. norms/{keyring}/); dan gelden besluiten die ermee "
        "ondertekend zijn.",
}
