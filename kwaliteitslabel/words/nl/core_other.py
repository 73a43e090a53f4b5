"""The core's own messages in Dutch: reading YAML files, saving files, characters and names
an audit refuses (frameworks, the cycle and verify: core_other_domain.py)."""

WORDS = {
    # messages.py: what a YAML or validation error means
    "messages.syntax.unreadable": "onleesbare YAML",
    "messages.syntax.duplicate_key":
        "sleutel '{name}' staat twee keer in dezelfde lijst van velden; verwijder of hernoem "
        "er een",
    "messages.syntax.tab":
        "tab gebruikt om in te springen; YAML wil spaties (vervang de tab door spaties)",
    "messages.syntax.error": "YAML-syntaxfout: {hint}",
    "messages.syntax.other":
        "YAML-syntaxfout: controleer inspringing, dubbele punten en aanhalingstekens op deze "
        "regel en de regel erboven (de YAML-lezer meldt: {problem})",
    "messages.syntax.list_indent":
        "een lijstregel (- ...) springt niet even ver in als de regels erboven",
    "messages.syntax.indent":
        "de inspringing klopt niet; zet sleutels op hetzelfde niveau even ver in",
    "messages.syntax.open_list": "een lijst tussen [ ] is niet afgesloten met ]",
    "messages.syntax.open_block": "een blok tussen {braces} is niet afgesloten met {close}",
    "messages.syntax.colon":
        "een dubbele punt op een plek waar dat niet kan; zet tekst met ': ' erin tussen "
        "aanhalingstekens",
    "messages.syntax.no_colon": "er ontbreekt een dubbele punt (sleutel: waarde)",
    "messages.syntax.alias": "een alias (*naam) verwijst naar een anker (&naam) dat niet bestaat",
    "messages.syntax.quote_open": "een aanhalingsteken is niet gesloten",
    "messages.syntax.bad_start":
        "een teken waarmee een waarde niet kan beginnen (zoals @ of `); zet de tekst tussen "
        "aanhalingstekens",
    "messages.syntax.after_quote":
        "na een waarde tussen aanhalingstekens staat nog tekst; zet alles tussen de "
        "aanhalingstekens",
    "messages.syntax.escape":
        "een \\ in tekst tussen dubbele aanhalingstekens; schrijf \\\\ of gebruik enkele "
        "aanhalingstekens",
    "messages.syntax.dash": "een lijstregel mist '- ' of springt niet even ver in",
    "messages.field.missing": "verplicht veld '{name}' ontbreekt{place}; voeg het toe",
    "messages.field.unknown_hint": "onbekend veld '{name}'{place}; bedoelt u '{hint}'?",
    "messages.field.unknown_allowed": "onbekend veld '{name}'{place}; toegestaan: {allowed}",
    "messages.field.unknown": "onbekend veld '{name}'{place}",
    "messages.or": " of ",
    "messages.value.choose": "'{given}' is geen geldige waarde voor '{field}'; kies uit {expected}",
    "messages.value.text": "'{field}' moet tekst zijn, niet {given}",
    "messages.value.int": "'{field}' moet een geheel getal zijn, niet {given}",
    "messages.value.number": "'{field}' moet een getal zijn, niet {given}",
    "messages.value.bool": "'{field}' moet true of false zijn, niet {given}",
    "messages.value.list": "'{field}' moet een lijst zijn (regels die met '- ' beginnen)",
    "messages.value.mapping": "'{field}' moet een lijst van velden zijn (sleutel: waarde), niet "
                              "{given}",
    "messages.value.datetime": "'{field}' moet een tijdstip zijn als JJJJ-MM-DDTUU:MM, niet "
                               "{given}",
    "messages.value.date": "'{field}' moet een datum zijn als JJJJ-MM-DD, niet {given}",
    "messages.value.empty": "'{field}' is leeg; vul een tekst in",
    "messages.value.too_long": "'{field}' is te lang; maak de tekst korter",
    "messages.value.too_many": "'{field}' heeft er te veel; hoogstens {maximum}",
    "messages.value.too_few": "'{field}' heeft er te weinig; er zijn er minstens {minimum} nodig",
    "messages.value.impossible": "'{field}' heeft een onmogelijke waarde ({given}): {msg}",
    "messages.value.invalid": "'{given}' is geen geldige waarde voor '{field}'",
    "messages.value": "waarde",
    "messages.shown.mapping": "een lijst van velden",
    "messages.shown.list": "een lijst",
    "messages.shown.empty": "leeg",
    # yamlio.py: reading a YAML file
    "yamlio.too_big": "{path}: bestand is te groot ({size} KiB; hoogstens {most} KiB). Is dit "
                      "het juiste bestand?",
    "yamlio.no_read": "{path}: geen leesrechten. Pas de rechten aan (bijv. chmod u+r).",
    "yamlio.unreadable": "{path}: kan niet gelezen worden ({reason}).",
    "yamlio.not_utf8":
        "{path}:{line}: het bestand is geen UTF-8 (byte 0x{byte}). Sla het op als UTF-8 (in de "
        "meeste editors: 'Opslaan als' > codering UTF-8).",
    "yamlio.not_utf8.problem": "geen geldige UTF-8-tekst; sla op als UTF-8",
    "yamlio.audit_too_big":
        "{path}: het auditbestand is te groot ({size} KiB; hoogstens {most} KiB, zodat het "
        "rapport binnen een halve minuut klaar is). Kort de langste teksten in of verdeel het "
        "bewijs over minder punten.",
    "yamlio.started_at": " (het stuk dat hier misgaat begint op regel {line})",
    "yamlio.invalid": "{path}: geen geldige YAML ({error}).",
    "yamlio.too_deep": "{path}: te diep genest; dit is geen normen- of auditbestand.",
    "yamlio.no_such_date": "'{token}' is geen bestaande datum; schrijf JJJJ-MM-DD",
    "yamlio.unreadable_value": "een waarde kan niet gelezen worden",
    "yamlio.too_deep_levels":
        "{path}: te diep genest (meer dan {most} niveaus); dit is geen normen- of "
        "auditbestand.",
    "yamlio.aliases":
        "{path}: het bestand groeit door ankers en aliassen (&/*) uit tot {total} waarden "
        "(hoogstens {most}); schrijf de waarden uit in plaats van aliassen te stapelen.",
    "yamlio.problems": "{path}: {count} fout(en)",
    # atomic.py: saving a file
    "atomic.doing.save": "bewaren",
    "atomic.doing.read": "lezen",
    "atomic.doing.write": "schrijven",
    "atomic.doing.save_aside": "apart bewaren",
    "atomic.doing.programme": "het programma opslaan",
    "atomic.doing.certificate": "het certificaat opslaan",
    "atomic.doing.booklet": "het boekje opslaan",
    "atomic.doing.statistics": "de statistiek opslaan",
    "atomic.doing.report": "het rapport opslaan",
    "atomic.doing.key": "de sleutel bewaren",
    "atomic.doing.public_key": "de publieke sleutel bewaren",
    "atomic.doing.schema": "het schema schrijven",
    "atomic.doing.schema_line": "de schemaregel schrijven",
    "atomic.doing.cache": "de cache van het normenkader bewaren",
    "atomic.disk_full":
        "{path}: {doing} mislukt, de schijf is vol. Maak ruimte vrij (of kies met een kopie "
        "een andere schijf) en probeer het opnieuw; er is niets gewijzigd.",
    "atomic.quota":
        "{path}: {doing} mislukt, uw schijfquotum is op. Maak ruimte vrij en probeer het "
        "opnieuw; er is niets gewijzigd.",
    "atomic.read_only_system":
        "{path}: {doing} mislukt, dit bestandssysteem is alleen-lezen (bijv. een beveiligde "
        "USB-stick of een netwerkmap zonder schrijfrechten). Kopieer de audit naar een map "
        "waarin u mag schrijven.",
    "atomic.no_permission":
        "{path}: {doing} mislukt, geen toestemming van het besturingssysteem ({reason}). "
        "Controleer de rechten van het bestand en de map (ls -l), of werk in een eigen kopie.",
    "atomic.gone": "{path}: {doing} mislukt, het bestand of de map bestaat niet (meer).",
    "atomic.disk_error":
        "{path}: {doing} mislukt door een lees- of schrijffout van de schijf. Bewaar een kopie "
        "elders en laat de schijf nakijken.",
    "atomic.failed": "{path}: {doing} mislukt ({reason}).",
    "atomic.not_regular": "{path}: dit is geen gewoon bestand; het wordt niet overschreven.",
    "atomic.hard_links":
        "{path}: dit bestand heeft {count} namen (harde koppelingen). Bewaren zou die koppeling "
        "verbreken: de andere namen hielden de oude inhoud. Maak er een gewone kopie van (cp) "
        "en werk in die kopie verder.",
    "atomic.read_only":
        "{path}: dit bestand is alleen-lezen; er is niets gewijzigd. Wilt u het toch aanpassen, "
        "maak het dan schrijfbaar (chmod u+w {name}) of werk in een kopie.",
    "atomic.other_owner":
        "{path}: dit bestand is van een andere gebruiker of groep (uid {uid}, gid {gid}); "
        "bewaren zou het uw bestand maken. Laat de eigenaar bewaren, of werk in een eigen "
        "kopie. Er is niets gewijzigd.",
    "atomic.attribute":
        "{path}: het extra kenmerk {name} van dit bestand kan niet worden behouden; er is "
        "niets gewijzigd.",
    "atomic.exists": "{path}: bestaat al; kies een andere naam.",
    "atomic.no_folder": "{path}: de map {folder} bestaat niet; maak haar eerst aan.",
    # text.py: characters an audit cannot hold
    "text.char.cr": "een regelterugloop (CR)",
    "text.char.esc": "een escape-teken (ESC)",
    "text.char.bel": "een belsignaal (BEL)",
    "text.char.nul": "een nulteken (NUL)",
    "text.char.line_separator": "een Unicode-regelscheiding",
    "text.char.paragraph_separator": "een Unicode-alineascheiding",
    "text.char.nel": "een regelovergang van een oude tekenset (NEL)",
    "text.char.bidi": "een onzichtbaar teken dat de leesrichting van tekst verandert",
    "text.char.control": "een onzichtbaar stuurteken",
    "text.char.invalid": "geen geldig Unicode-teken",
    "text.refused_at":
        "het teken {code} op positie {position} is {hint} en kan niet in een audit staan; typ "
        "de tekst opnieuw zonder dat teken (het komt vaak mee bij kopiëren en plakken)",
    "text.refused":
        "het teken {code} is {hint} en kan niet in een audit staan; typ de tekst opnieuw "
        "zonder dat teken (het komt vaak mee bij kopiëren en plakken)",
    "text.one_line": "dit veld is één regel tekst; haal de regelovergang weg",
    # identity.py
    "identity.mixed_scripts":
        "{what} '{name}' mengt Latijnse met Cyrillische of Griekse letters in één woord "
        "({words}); typ de naam opnieuw met Latijnse letters",
}
