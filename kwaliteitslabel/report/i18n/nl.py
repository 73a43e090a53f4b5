"""The report's own words in Dutch (the default)."""

WORDS = {
    "label_name": "Kwaliteitslabel Sociaal Werk",
    "kind.zelfevaluatie": "Zelfevaluatie",
    "kind.intercollegiaal": "Leerrapport",
    "kind.certificerend": "Toetsingsrapport",
    "kind.combinatie": "Toetsingsrapport",
    "route.zelfevaluatie": "zelfevaluatie",
    "route.intercollegiaal": "intercollegiale toetsing",
    "route.certificerend": "certificerende audit",
    "route.combinatie": "combinatie van intercollegiale toetsing en certificerende audit",
    "route_text.zelfevaluatie":
        "De organisatie heeft zichzelf op alle normen beoordeeld, om te zien waar zij "
        "staat en om verbeteringen te plannen. Een zelfevaluatie is een ijkpunt voor de "
        "organisatie zelf en leidt niet tot het label.",
    "route_text.intercollegiaal":
        "Collega-organisaties hebben elkaar getoetst. De toetsing leidt tot dit leerrapport "
        "en tot registratie in het Kwaliteitsregister, zonder certificaat.",
    "route_text.certificerend":
        "Een auditduo van een certificerende instelling heeft de organisatie getoetst. De "
        "instelling brengt advies uit aan de commissie van Sociaal Werk Nederland; bij een "
        "positief advies kent de commissie het label met certificaat toe.",
    "route_text.combinatie":
        "Collega-organisaties en een certificerende instelling hebben de organisatie samen "
        "getoetst. De instelling brengt advies uit aan de commissie; de collega's voegen hun "
        "leerpunten toe. Bij een positief advies kent de commissie het label met "
        "certificaat toe.",
    "status.positief": "Gecertificeerd",
    "status.geregistreerd": "Leerrapport",
    "status.zelfevaluatie": "Zelfevaluatie",
    "status.onvolledig": "Concept",
    "status.negatief": "Certificering niet behaald",
    "status_note.positief": "geldig tot {date}",
    "status_note.geregistreerd": "geregistreerd in het Kwaliteitsregister, zonder certificaat",
    "status_note.zelfevaluatie": "een ijkpunt voor de organisatie zelf; geen label",
    "status_note.onvolledig": "nog niet alle normen zijn beoordeeld",
    "status_note.negatief": "label zonder stempel",
    "outcome.positief": "Positief advies: het label met de stempel ‘gecertificeerd’",
    "outcome.geregistreerd": "Leerrapport: registratie in het Kwaliteitsregister",
    "outcome.zelfevaluatie": "Zelfevaluatie afgerond",
    "outcome.onvolledig": "Concept: nog niet alle normen zijn beoordeeld",
    "outcome.negatief": "Certificering niet behaald",
    "label_alt.stamped": "Het Kwaliteitslabel Sociaal Werk met de stempel "
                         "‘gecertificeerd’{until}.",
    "label_alt.plain": "Het Kwaliteitslabel Sociaal Werk zonder stempel: {status}.",
    "label_until": ", geldig tot {date}",
    "verdict.voldoet": "Voldoet",
    "verdict.voldoet_deels": "Voldoet deels",
    "verdict.voldoet_niet": "Voldoet niet",
    "verdict.nvt": "Niet van toepassing",
    "verdict.open": "Nog niet beoordeeld",
    "verdict_short.voldoet": "voldoet",
    "verdict_short.voldoet_deels": "deels",
    "verdict_short.voldoet_niet": "niet",
    "verdict_short.nvt": "nvt",
    "verdict_short.open": "open",
    "evidence.document": "Document",
    "evidence.interview": "Gesprek",
    "evidence.observation": "Observatie",
    "draft": "CONCEPT",
    "draft_banner": "CONCEPT – geen definitief rapport: nog niet alle normen zijn beoordeeld",
    "draft_note": "Dit is een concept. {open} van de {total} normen zijn nog niet (geldig) "
                  "beoordeeld; pas als alle normen zijn beoordeeld is het rapport definitief.",
    "page_of": "pagina {page} van {pages}",
    "footer_left": "Kwaliteitslabel Sociaal Werk · normenkader {version}",
    "cover.organisation": "Organisatie",
    "cover.route": "Route",
    "cover.scope": "Reikwijdte",
    "cover.dates": "Auditdata",
    "cover.auditors": "Auditoren",
    "cover.peers": "Collega-organisaties",
    "cover.body": "Certificerende instelling",
    "cover.framework": "Normenkader",
    "cover.generated": "Opgesteld op",
    "toc": "Inhoud",
    "summary": "Samenvatting",
    "summary.outcome": "Uitkomst",
    "summary.reasons": "Waarom",
    "summary.characterisation": "Karakterisering van de organisatie",
    "summary.scores": "Score per aandachtsgebied",
    "summary.scores_note": "Het percentage telt de punten van elk oordeel op ({weights}), "
                           "ten opzichte van het hoogste aantal dat een norm kan halen; open "
                           "normen tellen als 0, ‘niet van toepassing’ telt niet mee.",
    "summary.distribution": "Verdeling van de oordelen",
    "summary.table_caption": "Aantal normen per oordeel en aandachtsgebied",
    "area": "Aandachtsgebied",
    "norms_count": "Normen",
    "score": "Score",
    "total": "Totaal",
    "chart.scores_title": "Score per aandachtsgebied in procenten",
    "chart.distribution_title": "Verdeling van de oordelen per aandachtsgebied",
    "points": "Sterke punten en verbeterpunten",
    "points.strengths": "Sterke punten",
    "points.improvements": "Verbeterpunten",
    "points.improvements_combinatie": "Verbeterpunten en leerpunten",
    "points.none_strengths": "Er zijn geen sterke punten vastgelegd.",
    "points.none_improvements": "Er zijn geen verbeterpunten vastgelegd.",
    "deadline": "uiterlijk {date}",
    "owner": "eigenaar:",
    "norms": "Oordeel per norm",
    "norms_intro": "Per aandachtsgebied staat hieronder elke norm met het oordeel, de "
                   "bevindingen en het bewijs waarop het oordeel rust.",
    "norm.core": "kernnorm",
    "norm.statement": "Norm",
    "norm.findings": "Bevindingen",
    "norm.evidence": "Bewijs",
    "norm.strengths": "Sterk",
    "norm.improvements": "Verbeterpunten",
    "norm.nvt_reason": "Reden niet van toepassing",
    "norm.assessed": "Beoordeeld door {who} op {date}",
    "norm.assessed_at": "Beoordeeld op {date}",
    "norm.assessed_by": "Beoordeeld door {who}",
    "norm.no_findings": "Geen bevindingen vastgelegd.",
    "norm.open": "Deze norm is nog niet beoordeeld.",
    "norm.refused": "Het vastgelegde oordeel ‘{verdict}’ is hier niet toegestaan en telt "
                    "niet mee.",
    "method": "Werkwijze",
    "method.route": "Route",
    "method.scope": "Reikwijdte",
    "method.fte": "Omvang",
    "method.fte_value": "{fte} fte",
    "method.unknown": "niet opgegeven",
    "method.days": "Auditdagen",
    "method.days_value": "{days} dagen, volgens de auditdagentabel van het normenkader",
    "method.days_unknown": "niet te bepalen zonder omvang in fte",
    "method.days_table": "Auditdagentabel van normenkader {version}",
    "method.up_to": "tot en met {fte} fte",
    "method.above": "meer dan {fte} fte",
    "method.any": "elke omvang",
    "method.days_col": "Auditdagen",
    "method.size_col": "Omvang",
    "method.approach":
        "De auditoren voerden gesprekken, één op één of in kleine groepen, bestudeerden "
        "documenten en woonden activiteiten bij. Zij toetsen de geleefde praktijk, niet "
        "alleen de papieren werkelijkheid: niet afvinken maar doorvragen.",
    "method.participants": "Gesprekspartners",
    "method.role": "Rol",
    "method.count": "Aantal",
    "method.note": "Toelichting",
    "method.no_participants": "Er zijn geen gesprekspartners vastgelegd.",
    "method.dates": "Periode",
    "advice": "Advies aan de commissie",
    "advice.positief":
        "De auditoren adviseren de commissie positief: de organisatie voldoet aan de "
        "beslisregels voor het Kwaliteitslabel Sociaal Werk met de stempel ‘gecertificeerd’.",
    "advice.negatief":
        "De auditoren kunnen de commissie geen positief advies geven: niet aan alle "
        "beslisregels voor het label met de stempel ‘gecertificeerd’ is voldaan.",
    "advice.onvolledig":
        "Er is nog geen advies: de audit is niet afgerond.",
    "advice.commission": "De certificerende instelling adviseert; de commissie van Sociaal "
                         "Werk Nederland besluit over de toekenning van het certificaat.",
    "advice.rules": "Beslisregels van normenkader {version}",
    "advice.rule_max": "hoogstens {limit} {what}",
    "advice.rule_none": "geen enkele norm ‘{what}’",
    "advice.rule_improvement": "bij elk oordeel ‘{what}’ een verbeterpunt",
    "advice.rule_all": "alle normen beoordeeld",
    "advice.deciding": "Normen die de doorslag gaven",
    "advice.validity": "Geldigheid van het certificaat",
    "advice.valid_until": "Na toekenning is het certificaat geldig tot {date} ({months} "
                          "maanden na de laatste auditdag). Daarna volgt een nieuwe audit, "
                          "waarin de auditoren nagaan wat er met de verbeterpunten is "
                          "gebeurd.",
    "advice.no_validity": "Er wordt geen certificaat afgegeven.",
    "signoff": "Ondertekening",
    "signoff.text": "Ondergetekenden verklaren dat dit rapport de bevindingen van de audit "
                    "weergeeft.",
    "signoff.draft": "Een concept wordt niet ondertekend.",
    "signoff.name": "Naam",
    "signoff.date": "Datum",
    "signoff.signature": "Handtekening",
    "signoff.no_auditors": "Er zijn geen auditoren vastgelegd.",
    "appendix": "Bijlage: verantwoording",
    "appendix.framework": "Normenkader",
    "appendix.fingerprint": "Vingerafdruk normenkader (SHA-256)",
    "appendix.audit_file": "Auditbestand",
    "appendix.audit_digest": "SHA-256 van het auditbestand",
    "appendix.attachment": "Het auditbestand is als bijlage in deze PDF opgenomen; een "
                           "PDF-lezer toont het onder ‘bijlagen’. Met de SHA-256 kan iedereen "
                           "nagaan of een auditbestand precies dit bestand is.",
    "appendix.tool": "Opgesteld met",
    "appendix.generated": "Opgesteld op",
    "appendix.texts": "De normen zijn geciteerd uit normenkader {version}. De "
                      "beheercommissie Kwaliteitslabel van Sociaal Werk Nederland stelt het "
                      "normenkader vast en past het aan.",
    "meta.subject": "{kind} van {organisation} voor het Kwaliteitslabel Sociaal Werk "
                    "({route}, normenkader {version}): {outcome}",
    "meta.keywords": "Kwaliteitslabel Sociaal Werk, {kind}, {route}, normenkader {version}",
    "attachment.description": "Het auditbestand waarop dit rapport rust",
    "open_norms": "Open normen",
    "scope.default": "hele organisatie",
    "framework_status.concept": "concept",
    "framework_status.vastgesteld": "vastgesteld",
    "framework_status.vervallen": "vervallen",
    "draft_missing": "Nog niet (geldig) beoordeeld: {open} van de {total} normen",
    "toc.page": "pagina",
    "appendix.framework_value": "versie {version} ({status})",
    "appendix.framework_title": "Titel van het normenkader",
    "norm.compact_note": "Alleen het oordeel is vastgelegd.",
    "and": "en",
}
