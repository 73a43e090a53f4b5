"""The Dutch help texts of the framework schemas: a title per part, a description and
examples per field, as an editor shows them while the commission types."""

from __future__ import annotations

from typing import Any

Help = tuple[str, list[Any]]

TITLES: dict[str, str] = {
    "Manifest": "Manifest van een normenkader (kader.yaml)",
    "Area": "Aandachtsgebied",
    "Value": "Branchewaarde",
    "Competency": "Competentie van de sociaal werker",
    "Role": "Gesprekspartner (rol)",
    "ScaleLevel": "Oordeel op de scoreschaal",
    "ScaleWordsEn": "De woorden van een oordeel in het Engels",
    "Rules": "Beslisregels voor de uitkomst",
    "AuditDays": "Regel van de auditdagentabel",
    "NormFile": "Normbestand van één aandachtsgebied",
    "Norm": "Toetsbare norm",
    "NormEvidence": "Bewijs om naar te kijken",
    "Question": "Toetsvraag met de rollen voor wie zij is",
    "Levels": "Wat kenmerkend is voor elk oordeel",
    "RouteDefinition": "Route naar (of op weg naar) het label",
    "RouteRequirements": "Wat een audit op deze route nodig heeft",
    "EvidenceKind": "Soort bewijs",
    "TextSource": "Wiens tekst dit is",
    "EarlierPrint": "Vingerafdruk van voor een tekstcorrectie",
    "Reference": "Wet of code waarop de norm rust",
}

FIELDS: dict[str, dict[str, Help]] = {
    "Manifest": {
        "version": ("De versie van het kader; gelijk aan de naam van de map (norms/2019). "
                    "Audits slaan haar op.", ["2019"]),
        "title": ("De naam van het kader zoals rapporten hem noemen.",
                  ["Kwaliteitslabel Sociaal Werk, toetsbare normen (herziening 2019)"]),
        "status": ("concept: in bewerking, nooit automatisch gekozen; in_gebruik: in "
                   "gebruik, maar niet door de beheercommissie vastgesteld; vastgesteld: de "
                   "tekst die de commissie vaststelde; vervallen: alleen nog voor oude "
                   "audits.", ["in_gebruik"]),
        "source": ("Wiens tekst dit is: de vastgestelde tekst van de beheercommissie of een "
                   "eigen formulering van kwaliteitslabel uit openbare bronnen.",
                   [{"by": "kwaliteitslabel", "prints": []}]),
        "earlier_prints": ("Vingerafdrukken van deze versie van voor een tekstcorrectie; "
                           "audits die daarop vastliggen, openen tegen de verbeterde tekst.",
                           [[{"fingerprint": "0" * 64, "until": "2026-12-06",
                              "change": "O16 noemt de Wet bescherming klokkenluiders"}]]),
        "adopted": ("Datum waarop de commissie of de ledenvergadering het kader vaststelde "
                    "(JJJJ-MM-DD).", ["2019-05-01"]),
        "valid_from": ("Eerste begindatum van een audit waarvoor dit kader geldt "
                       "(JJJJ-MM-DD).", ["2020-01-01"]),
        "valid_until": ("Laatste begindatum van een audit waarvoor dit kader geldt; leeg: "
                        "geldt tot een volgende versie het vervangt.", ["2019-12-31"]),
        "areas": ("De aandachtsgebieden, elk met een eigen normbestand.",
                  [[{"id": "vakmanschap", "id_prefix": "V", "name": "Vakmanschap",
                     "file": "vakmanschap.yaml", "expected_norms": 16}]]),
        "values": ("De branchewaarden waarnaar normen verwijzen (values in een norm).",
                   [[{"id": "aantoonbaar_effect", "name": "De dienstverlening heeft "
                      "aantoonbaar effect voor inwoners en cliënten"}]]),
        "competencies": ("De tien competenties van de sociaal werker (C1-C10), waarnaar de "
                         "normen van vakmanschap verwijzen.",
                         [[{"id": "C1", "name": "Verheldert vragen en behoeften"}]]),
        "roles": ("De gesprekspartners die auditoren spreken; toetsvragen en bewijs noemen "
                  "hun id.", [[{"id": "clientenraad", "name": "Cliëntenraad"}]]),
        "scale": ("De scoreschaal: elk oordeel één keer, met wat het telt en vraagt en zijn "
                  "woorden. De commissie mag oordelen toevoegen of hernoemen; ten minste één "
                  "oordeel telt mee (weight).",
                  [[{"id": "voldoet", "name": "Voldoet", "weight": 2}]]),
        "rules": ("De beslisregels voor een positief advies.",
                  [{"certifying_routes": ["certificerend", "combinatie"],
                    "max_norms": {"voldoet_niet": 0, "voldoet_deels": 5}}]),
        "audit_days": ("Het aantal auditdagen naar omvang in fte, oplopend; de laatste regel "
                       "zonder up_to_fte.", [[{"up_to_fte": 25, "days": 1}, {"days": 3}]]),
        "certificate_validity_months": ("Hoeveel maanden een certificaat geldig is.", [24]),
        "routes": ("De routes: wie beoordeelt, wat de route vraagt (auditoren, toetsers, een "
                   "certificerende instelling), hoe het rapport heet en waartoe zij leidt.",
                   [[{"id": "intercollegiaal", "name": "intercollegiale toetsing",
                      "assessors": "toetsers", "report": "leerrapport",
                      "outcome": "registratie",
                      "leads_to": "Registratie in het Kwaliteitsregister.",
                      "requires": {"peer_organisations": 1, "peer_assessors": 2}}]]),
        "evidence_kinds": ("De soorten bewijs en de woorden waarmee een auditor ze typt "
                           "(leeg: document, gesprek en observatie).",
                           [[{"id": "interview", "name": "gesprek",
                              "words": ["gesprek", "g"]}]]),
        "deciding_body": ("Wie over het certificaat en de registratie besluit; 'audit decide "
                          "--by' moet deze naam zijn.", ["beheercommissie Kwaliteitslabel"]),
        "signatures_required": ("Of een besluit pas geldt met de handtekening van een "
                                "sleutel uit de sleutelbos (de map 'sleutels' naast de "
                                "versies).", [True]),
    },
    "RouteDefinition": {
        "id": ("Het id van de route; audits noemen het onder route.", ["certificerend"]),
        "name": ("De naam in zinnen.", ["certificerende audit"]),
        "assessors": ("Wie beoordeelt: organisatie, toetsers, auditoren of "
                      "toetsers_en_auditoren.", ["auditoren"]),
        "report": ("Hoe het rapport van deze route heet.", ["toetsingsrapport"]),
        "outcome": ("Waartoe de route kan leiden: geen, registratie of certificaat.",
                    ["certificaat"]),
        "leads_to": ("Waartoe de route leidt, in een zin voor het rapport.",
                     ["Een advies aan de beheercommissie; bij toekenning het label met "
                      "stempel."]),
        "requires": ("Wat een audit op deze route nodig heeft voor een definitief rapport.",
                     [{"certifying_body": True, "auditors": 2, "evidence": True}]),
        "title": ("De titel van het rapport (standaard: report met een hoofdletter); "
                  "verandert de vingerafdruk niet.", ["Toetsingsrapport"]),
        "explanation": ("Wat de route is en waartoe zij leidt, voor de lezer van het "
                        "rapport (standaard: leads_to); verandert de vingerafdruk niet.",
                        ["Een auditduo van een certificerende instelling heeft de "
                         "organisatie getoetst."]),
        "en": ("De woorden in het Engels, voor rapporten in het Engels; verandert de "
               "vingerafdruk niet.",
               [{"name": "certifying audit", "title": "Assessment report",
                 "explanation": "An audit duo of a certifying body assessed the "
                                "organisation."}]),
    },
    "RouteWordsEn": {
        "name": ("De naam van de route in een Engelse zin.", ["certifying audit"]),
        "title": ("De titel van het rapport in het Engels.", ["Assessment report"]),
        "explanation": ("Wat de route is en waartoe zij leidt, in het Engels.",
                        ["An audit duo of a certifying body assessed the organisation."]),
    },
    "RouteRequirements": {
        "certifying_body": ("true: een certificerende instelling is vastgelegd.", [True]),
        "auditors": ("Minimaal aantal auditoren van de certificerende instelling (2: een "
                     "auditduo).", [2]),
        "peer_organisations": ("Minimaal aantal collega-organisaties, andere dan de "
                               "getoetste.", [1]),
        "peer_assessors": ("Minimaal aantal toetsers van collega-organisaties.", [2]),
        "evidence": ("true: elk oordeel rust op bewijs; een oordeel zonder bewijs is een "
                     "fout.", [True]),
        "improvement_plan": ("true: een positief advies (en een certificaat) vraagt een "
                             "verbeterplan van de organisatie met een actie met deadline bij "
                             "elke norm die deels voldoet (rules.improvement_required).",
                             [True]),
    },
    "EvidenceKind": {
        "id": ("Het id zoals het in audits staat: document, interview of observation.",
               ["interview"]),
        "name": ("De naam die gebruikers zien en typen.", ["gesprek"]),
        "words": ("Andere woorden die een auditor voor deze soort mag typen.",
                  [["gesprek", "interview", "g"]]),
    },
    "Area": {
        "id": ("Het id van het gebied, in kleine letters; normbestanden noemen het onder "
               "area.", ["dienstverlening"]),
        "name": ("De naam van het gebied zoals rapporten hem tonen.", ["Dienstverlening"]),
        "id_prefix": ("Hoofdletter(s) waarmee elk norm-id van dit gebied begint, gevolgd door "
                      "een volgnummer.", ["D"]),
        "file": ("Het normbestand van dit gebied, naast kader.yaml.", ["dienstverlening.yaml"]),
        "expected_norms": ("Hoeveel normen het gebied heeft; norms check telt na.", [15]),
        "description": ("Wat het gebied omvat, in een paar zinnen.",
                        ["De dienstverlening heeft aantoonbaar effect voor inwoners."]),
        "links_competencies": ("true: elke norm van dit gebied noemt een of meer "
                               "competenties.", [True]),
    },
    "Value": {
        "id": ("Het id van de waarde; normen noemen het onder values.", ["lerende_organisatie"]),
        "name": ("De waarde in woorden.", ["Een faciliterende, lerende organisatie"]),
    },
    "Competency": {
        "id": ("Het id van de competentie (C1-C10); normen noemen het onder competencies.",
               ["C7"]),
        "name": ("De competentie in woorden.", ["Werkt samen en versterkt netwerken"]),
        "description": ("Een toelichting op de competentie.",
                        ["Bouwt en onderhoudt netwerken rond inwoners en in de wijk."]),
    },
    "Role": {
        "id": ("Het id van de rol; toetsvragen en bewijs (interviews) noemen het.",
               ["ondernemingsraad"]),
        "name": ("De rol in woorden, zoals het rapport haar toont.", ["Ondernemingsraad"]),
    },
    "ScaleLevel": {
        "id": ("Het vaste id van het oordeel; audits bewaren het als score.",
               ["voldoet_deels"]),
        "name": ("Het oordeel in woorden.", ["Voldoet deels"]),
        "weight": ("Punten in het percentage per gebied; leeg: telt niet mee (nvt); 0: niet "
                   "gehaald (een kernnorm met dit oordeel staat een positief advies in de "
                   "weg).", [1]),
        "requires_improvement": ("true: dit oordeel vraagt minstens één verbeterpunt.",
                                 [True]),
        "requires_reason": ("true: dit oordeel rust op een reden (nvt_reason), niet op "
                            "bewijs.", [True]),
        "allowed_on_core": ("false: niet toegestaan op een kernnorm.", [False]),
        "short": ("Het woord in tabellen en in de walk (standaard: de naam in kleine "
                  "letters).", ["deels"]),
        "keys": ("De toetsen in de walk (standaard: het volgnummer; 0 bij een oordeel met "
                 "een reden). Niet g, s, b, p, q, t, h of f: die zijn van de walk.",
                 [["2", "d"]]),
        "aliases": ("Andere woorden die een auditor mag typen (audit set --score, de walk).",
                    [["deels"]]),
        "said": ("Hoe een zin het oordeel zegt, van één norm en van meer.",
                 [["voldoet deels", "voldoen deels"]]),
        "en": ("De woorden in het Engels: name, short en said.",
               [{"name": "Partly meets the norm", "short": "partly", "said": "partly met"}]),
    },
    "ScaleWordsEn": {
        "name": ("De naam in het Engels.", ["Partly meets the norm"]),
        "short": ("Het woord in tabellen (standaard: de naam in kleine letters).",
                  ["partly"]),
        "said": ("Hoe een Engelse zin het oordeel van normen zegt.", ["partly met"]),
    },
    "Rules": {
        "certifying_routes": ("Verouderd: routes die tot een certificaat kunnen leiden; staat "
                              "nu bij de route (outcome: certificaat). Als het er staat, moet "
                              "het daarmee kloppen.", [["certificerend", "combinatie"]]),
        "max_norms": ("Het hoogste aantal normen per oordeel dat een positief advies nog "
                      "toelaat.", [{"voldoet_niet": 0, "voldoet_deels": 5}]),
        "improvement_required": ("Oordelen die voor een positief advies een verbeterpunt "
                                 "moeten hebben.", [["voldoet_deels"]]),
    },
    "AuditDays": {
        "up_to_fte": ("Tot en met deze omvang in fte; leeg op de laatste regel.", [100]),
        "days": ("Het aantal auditdagen.", [2]),
    },
    "NormFile": {
        "area": ("Het aandachtsgebied van dit bestand, zoals in kader.yaml.", ["vakmanschap"]),
        "norms": ("De normen van dit gebied, in de volgorde van de audit.", [[{"id": "V1"}]]),
    },
    "Norm": {
        "id": ("Het vaste id van de norm: de letter(s) van het gebied en een volgnummer. "
               "Audits bewaren oordelen onder dit id.", ["V2"]),
        "title": ("Een korte titel.", ["Vraagverheldering"]),
        "core": ("Kernnorm: nooit 'niet van toepassing'.", [True]),
        "statement": ("De norm zelf: wat er in de praktijk te zien moet zijn. Meervoud voor "
                      "de sociaal werker ('sociaal werkers ... zij').",
                      ["Sociaal werkers verhelderen samen met de inwoner de vraag achter de "
                       "vraag."]),
        "explanation": ("Waarom de norm ertoe doet en waar auditoren op letten.",
                        ["Een goed verhelderde vraag voorkomt ondersteuning die niet past."]),
        "levels": ("Wat kenmerkend is voor elk oordeel dat meetelt (de ids van de schaal in "
                   "kader.yaml).",
                   [{"voldoet": "...", "voldoet_deels": "...", "voldoet_niet": "..."}]),
        "questions": ("Open toetsvragen (minstens drie), elk met de rollen voor wie zij is.",
                      [[{"text": "Hoe verliep het laatste kennismakingsgesprek dat u voerde?",
                         "roles": ["medewerkers"]}]]),
        "evidence": ("Het bewijs: documenten, observaties en de rollen om te spreken.",
                     [{"documents": ["Werkbeschrijving"], "interviews": ["medewerkers"]}]),
        "examples": ("Voorbeelden van hoe organisaties aan de norm voldoen.",
                     ["Het team bespreekt elke nieuwe aanmelding eerst in het "
                      "casuïstiekoverleg."]),
        "values": ("De branchewaarden (ids uit kader.yaml) waaruit de norm volgt.",
                   [["vakmanschap_als_basis"]]),
        "competencies": ("De competenties (C1-C10) waarop de norm rust; alleen bij "
                         "vakmanschap.", [["C1", "C4"]]),
        "references": ("De wetten en codes waarop de norm rust, met hun geldigheid waar die "
                       "bekend is; audits melden wat op hun auditdagen niet meer geldt.",
                       [[{"name": "Wet Huis voor klokkenluiders", "article": "art. 2",
                          "valid_until": "2023-02-17",
                          "replaced_by": "Wet bescherming klokkenluiders"}]]),
    },
    "Reference": {
        "name": ("De wet of code.", ["Wet Huis voor klokkenluiders"]),
        "article": ("Het artikel of onderdeel.", ["art. 2"]),
        "valid_from": ("Eerste dag waarop zij geldt (JJJJ-MM-DD).", ["2016-07-01"]),
        "valid_until": ("Laatste dag waarop zij geldt (JJJJ-MM-DD).", ["2023-02-17"]),
        "replaced_by": ("Wat haar na valid_until vervangt.", ["Wet bescherming klokkenluiders"]),
    },
    "TextSource": {
        "by": ("beheercommissie: de tekst die de commissie vaststelde; kwaliteitslabel: een "
               "eigen formulering uit openbare bronnen.", ["kwaliteitslabel"]),
        "note": ("Toelichting in een zin.", ["Eigen formulering uit openbare bronnen."]),
        "prints": ("De vingerafdrukken van de tekst zoals deze bron haar uitgaf; een kader "
                   "met een andere vingerafdruk heet 'gewijzigd, niet vastgesteld'.",
                   [["0" * 64]]),
    },
    "EarlierPrint": {
        "fingerprint": ("De vingerafdruk van toen (SHA-256).", ["0" * 64]),
        "until": ("Laatste dag van die tekst.", ["2026-12-06"]),
        "change": ("Wat er sindsdien aan de tekst is verbeterd.", ["O16 bijgewerkt"]),
    },
    "NormEvidence": {
        "documents": ("Documenten om in te zien (minstens één).",
                      [["Werkbeschrijving of methodiekhandboek"]]),
        "observations": ("Wat auditoren kunnen bijwonen of zien.",
                         [["Een casuïstiekoverleg bijwonen"]]),
        "interviews": ("De rollen (ids uit kader.yaml) die de auditoren hierover spreken.",
                       [["medewerkers", "clienten"]]),
    },
    "Question": {
        "text": ("De vraag, open gesteld: niet met ja of nee te beantwoorden.",
                 ["Wat deed u de laatste keer dat een evaluatie liet zien dat de afspraken "
                  "niet werkten?"]),
        "roles": ("Voor wie de vraag is: rollen uit kader.yaml.", [["medewerkers"]]),
    },
}
