"""The core's own messages in Dutch about its domain: reading, checking and locating
a framework, the cycle's imports, merges and migrations, report paths and verify."""

WORDS = {
    # framework/load.py: reading a framework
    "framework.load.no_folder":
        "{folder}: map met normen bestaat niet. Geef een map met {manifest} op (bijv. norms/2017).",
    "framework.load.not_folder": "{folder}: dit is geen map. Geef de map met {manifest} op.",
    "framework.load.no_manifest":
        "{folder}: geen {manifest} gevonden. Een normenkader is een map met {manifest} en een "
        "normbestand per aandachtsgebied.",
    "framework.load.no_norm_file":
        "normbestand '{file}' van gebied '{area}' bestaat niet; maak het aan of corrigeer 'file'",
    "framework.load.problems": "{folder}: {count} fout(en) in het normenkader",
    "framework.load.empty": "{path}: bestand is leeg",
    "framework.load.empty.fix":
        "bestand is leeg; vul het aan of zet het oorspronkelijke bestand terug",
    "framework.load.not_mapping": "{path}: geen lijst van velden",
    "framework.load.not_mapping.fix":
        "het bestand moet beginnen met velden (sleutel: waarde), niet met een lijst of tekst",
    "framework.load.duplicate_id":
        "id '{id}' komt meer dan eens voor in '{section}'; geef elk een eigen id",
    "framework.load.max_norms":
        "max_norms.{verdict} is {limit}, maar het kader heeft maar {total} normen; kies een getal "
        "van 0 tot {total}",
    "framework.load.wrong_area":
        "dit bestand hoort bij gebied '{area}' (zie {manifest}), maar zegt area: {said}; maak die "
        "gelijk",
    "framework.load.norm_count":
        "gebied '{area}' heeft {count} normen, het manifest verwacht er {expected}; voeg normen "
        "toe of verwijder ze, of pas expected_norms aan",
    "framework.load.norm_twice":
        "norm-id '{id}' bestaat al in {where}; elke norm heeft een eigen id",
    "framework.load.unknown_value": "onbekende waarde '{value}'{hint}; kies uit {choices}",
    "framework.load.unknown_role": "onbekende rol '{role}'{hint}; kies uit {choices}",
    "framework.load.unknown_question_role":
        "onbekende rol '{role}' bij toetsvraag {number}{hint}; kies uit {choices}",
    "framework.load.level_not_counted":
        "levels noemt oordeel '{verdict}'{hint}, dat niet meetelt op de schaal; kies uit {choices}",
    "framework.load.unknown_competency":
        "onbekende competentie '{competency}'{hint}; kies uit {choices}",
    "framework.load.no_competencies":
        "norm {id} noemt geen competenties; voeg 'competencies' toe met een of meer competenties "
        "(C1 ...)",
    "framework.load.area_without_competencies":
        "gebied '{area}' verwijst niet naar competenties; verwijder 'competencies' of zet "
        "links_competencies: true bij het gebied",
    "framework.load.unused_competency":
        "competentie {id} ({name}) komt in geen enkele norm voor; verwijs ernaar vanuit een norm "
        "of verwijder haar",
    "framework.load.numbering.write":
        "norm-id '{id}' past niet bij gebied '{area}': de ids daar zijn {prefix} met een "
        "volgnummer ({prefix}1, {prefix}2, ...); schrijf '{fixed}'",
    "framework.load.numbering.number":
        "norm-id '{id}' past niet bij gebied '{area}': de ids daar zijn {prefix} met een "
        "volgnummer ({prefix}1, {prefix}2, ...); geef de norm een volgnummer, bijv. '{next}' "
        "(hoort zij bij een ander gebied, zet haar dan in dat normbestand)",
    "framework.load.did_you_mean": " (bedoelt u '{match}'?)",
    # framework/check.py, check_scale.py: notes and warnings of norms check
    "framework.check.folder_name":
        "let op: de map heet '{name}', maar version is '{version}'; audits zoeken hun kader in "
        "een map met de naam van de versie: noem de map {version} of pas version aan",
    "framework.check.older_broken": "normenkader {version} heeft zelf fouten: {message}",
    "framework.check.older_missing":
        "normenkader {version} is niet gevonden (niet naast deze map, niet in de werkmap of de "
        "meegeleverde kaders); zet het naast deze map als {where}",
    "framework.check.lapsed":
        "noot: {norm} noemt de {name}, die tot en met {until} gold. Audits na die datum melden "
        "dit; pas de normtekst aan in een volgende versie",
    "framework.check.lapsed_replaced":
        "noot: {norm} noemt de {name}, die tot en met {until} gold; sinds {since} geldt de {by}. "
        "Audits na die datum melden dit; pas de normtekst aan in een volgende versie",
    "framework.check.route_without_english":
        "let op: route {route} heeft geen Engelse woorden; een rapport in het Engels toont de "
        "Nederlandse. Voeg onder de route toe: en: met name, title en explanation",
    "framework.check.verdict_without_english":
        "let op: oordeel {verdict} heeft geen Engelse woorden; een rapport in het Engels toont de "
        "Nederlandse. Voeg onder het oordeel toe: en: met name (en eventueel short)",
    "framework.check.levels_lacking":
        "let op: {count} normen beschrijven niet wat '{name}' kenmerkt ({norms}); de walk en het "
        "boekje tonen dan alleen de andere oordelen. Voeg bij die normen onder levels toe: "
        "{verdict}: ...",
    # framework/locate.py: where a framework is found
    "framework.locate.source.option": "opgegeven map",
    "framework.locate.source.workspace": "werkmap",
    "framework.locate.source.shipped": "meegeleverd",
    "framework.locate.env_missing":
        "{variable} wijst naar {named}, maar die map bestaat niet; pas de variabele aan of haal "
        "haar weg",
    "framework.locate.env_not_folder":
        "{variable} wijst naar {named}, maar dat is geen map; laat de variabele naar een map met "
        "normenkaders wijzen of haal haar weg",
    "framework.locate.none_shipped":
        "geen normenkader gevonden in {root}; geef er een op met --norms DIR of {variable}",
    "framework.locate.used": "normenkader {version} uit {path} ({source})",
    "framework.locate.used_pinned": "normenkader {version} uit {path} (vingerafdruk van de audit)",
    "framework.locate.valid_span": "van {start} tot en met {end}",
    "framework.locate.valid_from": "vanaf {start}",
    "framework.locate.none": "geen",
    "framework.locate.none_on_date":
        "geen normenkader geldt voor een audit die op {day} begint (bekende kaders: {listed}); "
        "kies een andere datum of geef een kader op met --norms DIR",
    "framework.locate.instead":
        "; voor een audit die op {day} begint geldt normenkader {version} ({path}): laat --norms "
        "weg of kies die map",
    "framework.locate.instead_none": "; geen bekend normenkader geldt op {day}",
    "framework.locate.not_on_date":
        "normenkader {version} in {path} geldt {validity}, niet op {day}{instead}",
    "framework.locate.pinned_found":
        " Gevonden: versie {version} in {path} met vingerafdruk {fingerprint}, dus met andere "
        "inhoud.",
    "framework.locate.pinned_missing":
        "deze audit hoort bij normenkader versie {version} met vingerafdruk {fingerprint}, en dat "
        "kader is niet gevonden.{found} Zet dat kader terug (bijv. uit versiebeheer) en wijs het "
        "aan met --norms DIR; de audit wordt nooit tegen een ander kader voortgezet.",
    # framework/mapping.py: herkomst.yaml
    "framework.mapping.kind.same": "gelijk",
    "framework.mapping.kind.reworded": "herschreven",
    "framework.mapping.kind.merged": "samengevoegd",
    "framework.mapping.kind.split": "gesplitst",
    "framework.mapping.kind.new": "nieuw",
    "framework.mapping.not_mapping": "{path}: geen lijst van velden",
    "framework.mapping.not_mapping.fix":
        "{name} begint met from_version en norms (sleutel: waarde)",
    "framework.mapping.same_version":
        "from_version is {version}, de versie van dit kader zelf; noem de vorige versie",
    "framework.mapping.no_new_norm":
        "norm '{norm}' bestaat niet in normenkader {version}; corrigeer het id of verwijder de "
        "regel",
    "framework.mapping.no_old_norm":
        "norm '{norm}' bestaat niet in normenkader {version}; corrigeer het id",
    "framework.mapping.from_twice": "'{norm}' staat twee keer onder from; noem elke norm één keer",
    "framework.mapping.missing":
        "de normen {norms} van {version} staan niet in {name}; zeg per norm waar zij vandaan komt "
        "(kind: new als zij nieuw is)",
    "framework.mapping.lost":
        "de normen {norms} van {old} komen nergens onder from voor; zeg bij de norm(en) van {new} "
        "waar zij in opgaan",
    "framework.mapping.kind_one":
        "{norm} heeft {kind} en komt dus uit precies één norm; noem er één onder from, of kies "
        "merged (uit meer normen) of new (zonder voorganger)",
    "framework.mapping.kind_merged":
        "{norm} heeft {kind}: noem onder from de twee of meer normen die zijn samengevoegd, of "
        "kies reworded of same",
    "framework.mapping.kind_new":
        "{norm} heeft {kind} maar noemt from; verwijder from, of kies de soort die past (same, "
        "reworded, merged, split)",
    "framework.mapping.kind_split_one":
        "{norm} heeft {kind} en komt dus uit één norm die over meer normen is verdeeld; noem er "
        "één onder from",
    "framework.mapping.kind_split_alone":
        "{norm} heeft {kind}, maar {old} gaat alleen naar {norm}; noem {old} ook bij de andere "
        "norm(en) waarover zij is verdeeld, of kies reworded",
    "framework.mapping.kind_same_shared":
        "{norm} heeft {kind}, maar {old} gaat ook naar {others}; dan is de norm niet gelijk "
        "gebleven: kies reworded of split",
    # framework/model.py, scale_model.py: what a manifest or norm file may not say
    "framework.model.negative": "max_norms.{verdict} is {limit}; een aantal is 0 of meer",
    "framework.model.verdict_twice":
        "oordeel {verdicts} staat meer dan eens op de schaal; geef elk oordeel één keer",
    "framework.model.none_counted":
        "geen oordeel op de schaal telt mee (weight); geef ten minste één oordeel een gewicht",
    "framework.model.clashes":
        "deze toetsen of woorden noemen twee oordelen: {clashes}; geef elk oordeel eigen keys en "
        "aliases",
    "framework.model.rules_unknown":
        "rules noemt oordeel {verdicts}, dat niet op de schaal staat; kies uit {choices}",
    "framework.model.route_twice":
        "route {routes} staat meer dan eens onder 'routes'; geef elke route één keer",
    "framework.model.certifying_routes":
        "rules.certifying_routes ({listed}) klopt niet met de routes met outcome: certificaat "
        "({routes}); pas een van beide aan (of laat certifying_routes weg)",
    "framework.model.none": "geen",
    "framework.model.honest_status":
        "status is 'vastgesteld', maar source.by zegt dat de tekst niet van de beheercommissie "
        "is; zet status op in_gebruik, of zet source.by op beheercommissie als de commissie deze "
        "tekst vaststelde",
    "framework.model.dates_reversed":
        "valid_until ({until}) ligt voor valid_from ({start}); draai ze om of corrigeer een datum",
    "framework.model.days_last":
        "de laatste regel van audit_days heeft geen up_to_fte (die geldt voor alle grotere "
        "organisaties)",
    "framework.model.days_ascending": "audit_days: zet de regels op oplopende up_to_fte",
    "framework.model.replaced_without_end":
        "'{name}' heeft replaced_by maar geen valid_until; geef de laatste dag waarop zij gold",
    "framework.scale.walk_itself": "de walk zelf",
    # cycle/import_sheet.py: reading a filled-in sheet
    "cycle.import_sheet.date_cell":
        "{path}: cel {ref} (kolom {header}) is een datum; typ de tekst als tekst (begin met een "
        "apostrof) of laat de cel leeg",
    "cycle.import_sheet.empty":
        "{path}: het werkblad is leeg; exporteer het eerst met 'audit export'",
    "cycle.import_sheet.columns":
        "{path}: rij 1 mist de kolom(men) {columns}; gebruik een sheet van 'kwaliteitslabel audit "
        "export'",
    "cycle.import_sheet.not_xlsx":
        "{path}: geen leesbaar XLSX-bestand ({error}); sla het op als Excel-werkmap (.xlsx)",
    "cycle.import_sheet.formula":
        "{path}: cel {ref} bevat een formule zonder berekende waarde; vervang haar door tekst, of "
        "open en bewaar het bestand in uw spreadsheetprogramma",
    "cycle.import_sheet.kind": "{path}: lees een .xlsx of .csv van 'kwaliteitslabel audit export'",
    "cycle.import_sheet.row": "rij {row}",
    "cycle.import_sheet.row_mark": "rij {row},",
    "cycle.import_sheet.where": "{name}: rij {row}, cel {ref} ({label})",
    "cycle.import_sheet.other_audit":
        "{where}: deze sheet hoort bij een andere audit of een ander normenkader dan {path} "
        "({found}, verwacht {expected}); er is niets ingelezen",
    "cycle.import_sheet.empty_cell": "leeg",
    "cycle.import_sheet.twice": "staat twee keer in de sheet",
    "cycle.import_sheet.no_norm": "'{text}' is geen norm van normenkader {version}",
    "cycle.import_sheet.changed":
        "{where}: {norm} is na de export in {name} gewijzigd; exporteer opnieuw en breng uw "
        "wijziging daarin aan",
    "cycle.import_sheet.no_verdict": "'{score}' is geen oordeel",
    "cycle.import_sheet.no_clearing": "een oordeel wissen kan niet met een sheet",
    "cycle.import_sheet.choose": "{where}: {what}; kies uit {choices}",
    # cycle/merge.py: merging two copies of an audit
    "cycle.merge.organisation": "de organisatie verschilt ('{a}' en '{b}')",
    "cycle.merge.framework": "het normenkader verschilt ({a} en {b})",
    "cycle.merge.start": "de audit begon op een andere dag ({a} en {b})",
    "cycle.merge.route": "de route verschilt ({a} en {b})",
    "cycle.merge.not_copies":
        "{a} en {b} zijn geen kopieën van één audit: {reasons}. Er is niets samengevoegd.",
    "cycle.merge.output_is_input":
        "{output}: is een van de bestanden die worden samengevoegd; kies een nieuwe naam met -o "
        "(de invoer blijft zoals hij is)",
    "cycle.merge.output_exists": "{output}: bestaat al; kies een nieuwe naam met -o",
    "cycle.merge.no_folder": "{output}: de map {folder} bestaat niet; maak haar eerst aan",
    # cycle: migrate, partial re-audit, follow-up, compare
    "cycle.migrate.not_found":
        "normenkader {version} niet gevonden (niet naast {near}, niet in de werkmap of de "
        "meegeleverde kaders); geef de versie of de map op met --to",
    "cycle.migrate.no_mapping":
        "normenkader {version} in {path} heeft geen herkomst.yaml; zonder die koppeling kan een "
        "audit er niet naartoe",
    "cycle.migrate.other_source":
        "{mapping} koppelt normenkader {version} aan {source}, maar {audit} hoort bij {old}; zet "
        "de audit eerst over naar {source}",
    "cycle.migrate.mapping_wrong":
        "{mapping}: de koppeling klopt niet; controleer met 'kwaliteitslabel norms check {path}'",
    "cycle.migrate.output_exists":
        "{output}: bestaat al; kies een nieuwe naam voor de overgezette audit (het oude bestand "
        "blijft zoals het is)",
    "cycle.migrate.no_folder": "{output}: de map {folder} bestaat niet; maak haar eerst aan",
    "cycle.migrate.already": "{path} hoort al bij normenkader {version}",
    "cycle.migrate.dates":
        "de audit begon op {start}; normenkader {version} geldt {validity}: controleer de datums",
    "cycle.migrate.roles":
        "gesprekspartners met een rol die normenkader {version} niet kent: {roles}; kies in "
        "'participants' uit {choices}",
    "cycle.partial.redo_none":
        "--redo: noem de normen die opnieuw beoordeeld worden, bijv. --redo D5,O3",
    "cycle.partial.redo_all":
        "--redo: dat zijn alle normen; begin dan een gewone audit (audit new zonder --partial-of)",
    "cycle.partial.not_finished":
        "--partial-of {path}: die audit is niet af (open: {norms}); een gedeeltelijke heraudit "
        "vult een afgeronde audit aan",
    "cycle.partial.too_early":
        "--partial-of {path}: die audit liep tot {last}; de heraudit begint daarna (geef --date)",
    "cycle.follow_up.newer":
        "{path} hoort bij normenkader {old}, de nieuwe audit bij {new}; een vorige audit kan niet "
        "bij een nieuwer normenkader horen",
    "cycle.compare.order":
        "{old} hoort bij normenkader {old_version}, {new} bij {new_version}; noem eerst de oudere "
        "audit: audit compare {new} {old}",
    # report: paths, signatures and verify
    "report.paths.no_audits":
        "{path}: deze map bevat geen auditbestanden (*.yaml); geef een map met audits of de "
        "bestanden zelf op",
    "report.paths.pdf_or_folder": "{path}: geef een bestandsnaam die eindigt op .pdf of een map",
    "report.paths.no_folder": "{path}: de map {folder} bestaat niet; maak haar eerst aan",
    "report.paths.is_folder": "{path}: is een map; geef een bestandsnaam die eindigt op .pdf",
    "report.paths.unreadable": "{path}: kan niet gelezen worden ({reason})",
    "report.paths.not_pdf":
        "{path}: bestaat al en is geen PDF; het wordt niet overschreven. Kies een andere naam met "
        "-o.",
    "report.paths.pdf_name": "{path}: geef een bestandsnaam die eindigt op .pdf",
    "report.paths.many_need_folder":
        "{path}: bij meerdere audits is -o de map waarin de PDF's komen, geen bestand",
    "report.paths.make_folder": "{path}: de map bestaat niet; maak haar eerst aan (mkdir {path})",
    "report.paths.is_audit": "{path}: dat is het auditbestand zelf",
    "report.pades.unknown_key":
        "--key: de sleutel {ident} staat niet in de sleutelbos van het normenkader; met deze "
        "sleutel ondertekent de commissie niet",
    "report.pades.none": "het PDF-bestand draagt geen handtekening van de commissie",
    "report.pades.valid":
        "ondertekend door de commissie met de sleutel {ident}; niets gewijzigd na het ondertekenen",
    "report.pades.changed":
        "het PDF-bestand is na het ondertekenen gewijzigd (er is iets achter de handtekening "
        "toegevoegd, bijvoorbeeld een incrementele update)",
    "report.pades.unknown_signer":
        "ondertekend met een sleutel ({ident}) die niet in de sleutelbos van het normenkader staat",
    "report.pades.bad": "de handtekening in het PDF-bestand klopt niet met de inhoud",
    "report.verify.stream_missing": "{path}: {what} ontbreekt of is geen bestand in de PDF.",
    "report.verify.stream_broken": "{path}: {what} is beschadigd (niet uit te pakken).",
    "report.verify.stream_coding":
        "{path}: {what} is gecodeerd op een manier die kwaliteitslabel nooit schrijft.",
    "report.verify.stream_filters":
        "{path}: {what} is gecodeerd op een manier die kwaliteitslabel nooit schrijft ({filters}).",
    "report.verify.stream_big":
        "{path}: {what} is groter dan {size} KiB; zo groot is geen auditbestand.",
    "report.verify.trailing_data": "na het einde van de PDF (%%EOF) staat nog iets",
    "report.verify.incremental_update":
        "na het schrijven is er een wijziging aan toegevoegd (een incrementele update: een tweede "
        "revisie van de PDF)",
    "report.verify.xmp": "de XMP-metadata",
    "report.verify.no_seal":
        "{path}: dit rapport draagt geen controlegegevens van kwaliteitslabel (in zijn "
        "XMP-metadata); het is niet door kwaliteitslabel gemaakt, met een oudere versie gemaakt, "
        "of daarna bewerkt. Vraag de auditoren om een nieuw rapport.",
    "report.verify.too_complex":
        "{path}: de PDF is te ingewikkeld om te controleren ({error}); zo is geen rapport van "
        "kwaliteitslabel.",
    "report.verify.broken": "{path}: de PDF is beschadigd ({error}).",
    "report.verify.broken_give":
        "{path}: de PDF is beschadigd ({error}); geef een rapport van kwaliteitslabel op.",
    "report.verify.changed_objects":
        "de inhoud van de PDF is na het schrijven gewijzigd (een pagina, een bijlage of een ander "
        "deel is niet meer wat kwaliteitslabel schreef)",
    "report.verify.no_attachment":
        "{path}: het rapport heeft geen auditbestand als bijlage; alleen een rapport van "
        "kwaliteitslabel is zo te controleren",
    "report.verify.attachments":
        "{path}: het rapport heeft meer dan één auditbestand als bijlage; alleen een rapport van "
        "kwaliteitslabel is zo te controleren",
    "report.verify.attached_audit": "het bijgevoegde auditbestand",
    "report.verify.more_lines": "... en nog {count} regels",
}
