"""The report's own words in Dutch (the default)."""

WORDS = {
    "label_name": "Kwaliteitslabel Sociaal Werk",
    "label_alt.stamped": "Het Kwaliteitslabel Sociaal Werk met de stempel "
                         "‘gecertificeerd’{until}.",
    "label_alt.plain": "Het Kwaliteitslabel Sociaal Werk zonder stempel: {status}.",
    "label_until": ", geldig tot {date}",
    "verdict.open": "Nog niet beoordeeld",
    "verdict_short.open": "open",
    "evidence.document": "Document",
    "evidence.interview": "Gesprek",
    "evidence.observation": "Observatie",
    "draft": "CONCEPT",
    "draft_banner": "CONCEPT – geen definitief rapport: de audit is nog niet klaar voor haar "
                    "route",
    "draft_note": "Dit is een concept. {open} van de {total} normen zijn nog niet (geldig) "
                  "beoordeeld; pas als alle normen zijn beoordeeld en de route aan al haar "
                  "eisen voldoet, is het rapport definitief.",
    "draft_note_ready": "Dit is een concept: de route voldoet nog niet aan al haar eisen (zie "
                        "de eerste bladzijde); daarna is het rapport definitief.",
    "page_of": "pagina {page} van {pages}",
    "footer_left": "Kwaliteitslabel Sociaal Werk · normenkader {version}",
    "cover.organisation": "Organisatie",
    "cover.route": "Route",
    "cover.scope": "Reikwijdte",
    "cover.dates": "Auditdata",
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
    "chart.alt": "{title}. De cijfers per aandachtsgebied staan in de tabel naast de grafiek.",
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
    "plan": "Verbeterplan van de organisatie",
    "follow_up": "Opvolging verbeterpunten vorige audit",
    "norms": "Oordeel per norm",
    "norms_intro": "Per aandachtsgebied staat hieronder elke norm met het oordeel, de "
                   "bevindingen en het bewijs waarop het oordeel rust.",
    "norm.core": "kernnorm",
    "norm.statement": "Norm",
    "norm.findings": "Bevindingen",
    "norm.evidence": "Bewijs",
    "norm.strengths": "Sterk",
    "norm.carried": "overgenomen uit de audit van {period}",
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
    "method.participants": "Gesprekspartners",
    "method.role": "Rol",
    "method.count": "Aantal",
    "method.note": "Toelichting",
    "method.no_participants": "Er zijn geen gesprekspartners vastgelegd.",
    "method.dates": "Periode",
    "advice": "Advies aan de commissie",
    "advice.commission": "De certificerende instelling adviseert; de commissie van Sociaal "
                         "Werk Nederland besluit over de toekenning van het certificaat.",
    "advice.rules": "Beslisregels van normenkader {version}",
    "advice.rule_max": "hoogstens {limit} {what}",
    "advice.rule_none": "geen enkele norm ‘{what}’",
    "advice.rule_plan": "op de route(s) {routes}: bij elk oordeel ‘{what}’ een actie met "
                        "deadline in het verbeterplan van de organisatie",
    "advice.rule_improvement": "bij elk oordeel ‘{what}’ een verbeterpunt",
    "advice.rule_all": "alle normen beoordeeld",
    "advice.deciding": "Normen die de doorslag gaven",
    "advice.validity": "Geldigheid van het certificaat",
    "signoff": "Ondertekening",
    "signoff.text": "Ondergetekenden verklaren dat dit rapport de bevindingen van de audit "
                    "weergeeft.",
    "signoff.draft": "Een concept wordt niet ondertekend.",
    "signoff.name": "Naam",
    "signoff.date": "Datum",
    "signoff.signature": "Handtekening",
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
    "appendix.texts": "De normen zijn geciteerd uit normenkader {version}.",
    "meta.subject": "{kind} van {organisation} voor het Kwaliteitslabel Sociaal Werk "
                    "({route}, normenkader {version}): {outcome}",
    "meta.keywords": "Kwaliteitslabel Sociaal Werk, {kind}, {route}, normenkader {version}",
    "attachment.description": "Het auditbestand waarop dit rapport rust",
    "attachment.description_of": "Het auditbestand waarop dit document rust: {document}",
    "open_norms": "Open normen",
    "scope.default": "hele organisatie",
    "framework_status.concept": "concept",
    "framework_status.in_gebruik": "in gebruik, niet vastgesteld",
    "framework_status.gewijzigd": "gewijzigd, niet vastgesteld",
    "source.vastgesteld": "De normteksten zijn die van normenkader {version} zoals de "
                          "beheercommissie Kwaliteitslabel van Sociaal Werk Nederland het "
                          "vaststelde.",
    "source.eigen_formulering": "De normteksten van normenkader {version} zijn een eigen "
                                "formulering van kwaliteitslabel uit openbare bronnen, niet de "
                                "tekst die de beheercommissie Kwaliteitslabel van Sociaal Werk "
                                "Nederland vaststelde (die is niet openbaar).",
    "source.gewijzigd.kwaliteitslabel": "Normenkader {version} is gewijzigd, niet vastgesteld: "
                                        "de normteksten wijken af van de eigen formulering van "
                                        "kwaliteitslabel zoals die werd uitgegeven, en de "
                                        "beheercommissie heeft ze niet vastgesteld.",
    "source.gewijzigd.beheercommissie": "Normenkader {version} is gewijzigd, niet vastgesteld: "
                                        "de normteksten wijken af van de tekst die de "
                                        "beheercommissie Kwaliteitslabel vaststelde.",
    "source.onbekend": "Normenkader {version} vermeldt niet wiens normteksten het zijn.",
    "source_short.vastgesteld": "zoals de commissie het vaststelde",
    "source_short.eigen_formulering": "niet vastgesteld",
    "source_short.gewijzigd": "gewijzigd, niet vastgesteld",
    "source_short.onbekend": "bron niet vermeld",
    "method.days_table_example": "Voorbeeldtabel van kwaliteitslabel voor auditdagen "
                                 "(normenkader {version}); de officiële getallen zijn niet "
                                 "openbaar en niet door de beheercommissie vastgesteld",
    "method.days_value_example": "{days} dagen, volgens de voorbeeldtabel van kwaliteitslabel "
                                 "(niet door de beheercommissie vastgesteld)",
    "method.days_value_one_example": "{days} dag, volgens de voorbeeldtabel van kwaliteitslabel "
                                     "(niet door de beheercommissie vastgesteld)",
    "norm.reference_note": "Let op, verwijzing",
    "framework_status.vastgesteld": "vastgesteld",
    "framework_status.vervallen": "vervallen",
    "draft_missing": "Nog niet (geldig) beoordeeld: {open} van de {total} normen",
    "appendix.framework_value": "versie {version} ({status})",
    "appendix.framework_title": "Titel van het normenkader",
    "status.concept": "Concept",
    "status.zelfevaluatie": "Zelfevaluatie",
    "status.geregistreerd": "Geregistreerd",
    "status.advies_positief": "Advies positief, besluit volgt",
    "status.leerrapport": "Leerrapport",
    "status.niet_geregistreerd": "Niet geregistreerd",
    "status.verlopen": "Certificaat verlopen",
    "status.advies_negatief": "Certificering niet behaald",
    "status.gecertificeerd": "Gecertificeerd",
    "status.afgewezen": "Certificaat niet toegekend",
    "status_note.concept": "nog geen definitief rapport; geen label",
    "status_note.zelfevaluatie": "een ijkpunt voor de organisatie zelf; geen label",
    "status_note.geregistreerd":
        "de beheercommissie registreerde de toetsing op {decided} in het "
        "Kwaliteitsregister: het label zonder stempel, zonder certificaat",
    "status_note.advies_positief":
        "nog geen label: de beheercommissie moet nog besluiten",
    "status_note.leerrapport":
        "een leerrapport: de uitkomst volgens de beslisregels is niet positief; geen label",
    "status_note.niet_geregistreerd":
        "de beheercommissie registreerde de toetsing niet op {decided}; geen label",
    "status_note.verlopen":
        "het certificaat {number}verliep op {date}; geen geldig label",
    "status_note.departs": "advies wijkt af van de beslisregels",
    "status_note.advies_negatief": "negatief advies aan de beheercommissie; geen label",
    "status_note.gecertificeerd": "certificaat {number}toegekend op {decided}, geldig tot {date}",
    "status_note.afgewezen":
        "de beheercommissie kende het certificaat niet toe op {decided}; geen label",
    "outcome.concept": "Concept: nog geen definitief rapport",
    "outcome.zelfevaluatie": "Zelfevaluatie afgerond",
    "outcome.geregistreerd": "Geregistreerd in het Kwaliteitsregister door de "
                             "beheercommissie",
    "outcome.leerrapport": "Leerrapport zonder label",
    "outcome.niet_geregistreerd": "Niet geregistreerd door de beheercommissie",
    "outcome.verlopen": "Certificaat verlopen",
    "outcome.advies_positief": "Advies positief, besluit volgt",
    "outcome.advies_negatief": "Negatief advies: certificering niet behaald",
    "outcome.gecertificeerd": "Gecertificeerd: de beheercommissie kende het certificaat toe",
    "outcome.afgewezen": "Certificaat niet toegekend door de beheercommissie",
    "advice.proposed.positief":
        "De beslisregels van het normenkader geven een positief advies: de organisatie "
        "voldoet aan de beslisregels voor het Kwaliteitslabel Sociaal Werk met de stempel "
        "‘gecertificeerd’.",
    "advice.proposed.negatief":
        "De beslisregels van het normenkader geven een negatief advies: niet aan alle "
        "beslisregels voor het label met de stempel ‘gecertificeerd’ is voldaan.",
    "advice.proposed.none": "Er is nog geen advies: de audit is niet afgerond.",
    "advice.own":
        "De auditoren adviseren zelf {advice}, anders dan de beslisregels ({by}, {date}): "
        "{reason}",
    "advice.own_agrees": "De auditoren onderschrijven dit advies ({by}, {date}): {reason}",
    "advice.word.positief": "positief",
    "advice.word.negatief": "negatief",
    "advice.decision": "Besluit van de beheercommissie",
    "advice.decision.granted": "De {by} kende het certificaat toe op {date}{number}.",
    "advice.decision.refused": "De {by} kende het certificaat niet toe op {date}.",
    "advice.decision.registered": "De {by} registreerde de toetsing op {date} in het "
                                  "Kwaliteitsregister.",
    "advice.decision.not_registered": "De {by} registreerde de toetsing niet ({date}).",
    "advice.decision.signed_by": "Getekend door: {names}.",
    "advice.decision.despite_rules": "De commissie kende toe op een advies dat afwijkt van "
                                     "de beslisregels, en zag dat.",
    "advice.decision.awaiting_registration":
        "De beslisregels geven een positieve uitkomst; de beheercommissie besluit over de "
        "registratie. Pas na registratie verschijnt het label zonder stempel.",
    "advice.decision.signature": "Handtekening van de commissie: {text}.",
    "advice.decision.reason": "Toelichting: {reason}",
    "advice.decision.awaiting":
        "Het besluit van de beheercommissie volgt. Pas na toekenning verschijnt het label "
        "met de stempel ‘gecertificeerd’; de geldigheid loopt vanaf het besluit.",
    "advice.decision.none":
        "Er is geen besluit: op een negatief advies wordt geen certificaat toegekend.",
    "advice.valid_until":
        "Het certificaat is geldig tot {date}: {months} maanden na het besluit van de "
        "commissie. Vóór het verlopen volgt een heraudit, waarin de auditoren nagaan wat er "
        "met de verbeterpunten is gebeurd.",
    "advice.valid_months":
        "Na toekenning is het certificaat {months} maanden geldig, gerekend vanaf het "
        "besluit van de commissie; vóór het verlopen volgt een heraudit.",
    "advice.no_validity": "Er wordt geen certificaat afgegeven.",
    "number": "nummer {number}",
    "cover.assessors.organisatie": "Beoordeeld door",
    "cover.assessors.toetsers": "Toetsers",
    "cover.assessors.auditoren": "Auditoren",
    "cover.assessors.toetsers_en_auditoren": "Auditoren en toetsers",
    "method.approach.organisatie":
        "De organisatie beoordeelde zichzelf: medewerkers, leidinggevenden en vrijwilligers "
        "bespraken per norm de geleefde praktijk, met documenten en voorbeelden erbij.",
    "method.approach.toetsers":
        "De toetsers van collega-organisaties voerden gesprekken, één op één of in kleine "
        "groepen, bestudeerden documenten en woonden activiteiten bij. Zij toetsen de "
        "geleefde praktijk, niet alleen de papieren werkelijkheid: niet afvinken maar "
        "doorvragen.",
    "method.approach.auditoren":
        "De auditoren voerden gesprekken, één op één of in kleine groepen, bestudeerden "
        "documenten en woonden activiteiten bij. Zij toetsen de geleefde praktijk, niet "
        "alleen de papieren werkelijkheid: niet afvinken maar doorvragen.",
    "method.approach.toetsers_en_auditoren":
        "De auditoren en de toetsers van collega-organisaties voerden samen gesprekken, één "
        "op één of in kleine groepen, bestudeerden documenten en woonden activiteiten bij. "
        "Zij toetsen de geleefde praktijk, niet alleen de papieren werkelijkheid: niet "
        "afvinken maar doorvragen.",
    "method.days_value_one": "{days} dag, volgens de auditdagentabel van het normenkader",
    "points.by_body": "Verbeterpunten van de certificerende instelling",
    "points.by_peers": "Leerpunten van de toetsers",
    "draft_requirements": "Nog niet in orde",
    "signoff.no_auditors": "Er zijn geen auditoren of toetsers vastgelegd.",
    "certificate": "Certificaat",
    "certificate.title_meta": "Certificaat Kwaliteitslabel Sociaal Werk: {organisation}",
    "certificate.subject":
        "Certificaat Kwaliteitslabel Sociaal Werk van {organisation}, geldig tot {date}",
    "certificate.statement":
        "De beheercommissie Kwaliteitslabel van Sociaal Werk Nederland kent deze "
        "organisatie het Kwaliteitslabel Sociaal Werk toe met de stempel ‘gecertificeerd’: "
        "zij voldoet aan de toetsbare normen van normenkader {version} ({source}).",
    "certificate.number": "Certificaatnummer",
    "certificate.no_number": "niet vastgelegd",
    "certificate.decided": "Besluit van de commissie",
    "certificate.valid_until": "Geldig tot",
    "certificate.body": "Certificerende instelling",
    "certificate.dates": "Auditdata",
    "certificate.framework": "Normenkader",
    "certificate.framework_value": "Kwaliteitslabel Sociaal Werk, normenkader {version}",
    "certificate.framework_value_own":
        "normenkader {version}, eigen tekst van kwaliteitslabel ({status})",
    "certificate.signed": "Namens de {by}",
    "lapsed": " (verlopen)",
    "certificate.granted_to": "toegekend aan",
    "certificate.verify_line":
        "Echt en ongewijzigd? Het auditbestand waarop dit certificaat rust, zit als bijlage in "
        "dit PDF-bestand; de beheercommissie bevestigt het certificaatnummer.",
    "certificate.signature": "handtekening",
    "sanction.geschorst": "; het label is geschorst op {date} door {by}: {reason}",
    "sanction.ingetrokken": "; het label is ingetrokken op {date} door {by}: {reason}",
    "status.geschorst": "Label geschorst",
    "status.ingetrokken": "Label ingetrokken",
    "certificate.check":
        "Het auditbestand waarop dit certificaat rust, is als bijlage opgenomen; zo is na te "
        "gaan dat het ongewijzigd is.",
}
