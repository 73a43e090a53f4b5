"""What the command line itself says, in Dutch: usage errors, errors, saves, warnings."""

WORDS = {
    "cli.usage.missing": "ontbreekt: {names}",
    "cli.usage.unknown_option": "onbekende optie {option}{suggestion}",
    "cli.usage.invalid_value": "ongeldige waarde voor {hint}: {message}",
    "cli.usage.unknown_command": "onbekende opdracht '{name}'{suggestion}",
    "cli.usage.did_you_mean": "; bedoelt u '{name}'?",
    "cli.usage.error": "Fout",
    "cli.usage.more": "Zie '{path} {help}' voor hulp.",
    "cli.choose_from": "kies uit {choices}",
    "cli.completion_installed":
        "Aanvullen met Tab voor {shell} geïnstalleerd in {path}; het werkt in een nieuwe "
        "terminal.",
    "cli.output_failed":
        "Fout: de uitvoer kan niet worden geschreven ({reason}). Wat bewaard moest worden, is "
        "bewaard; kijk met 'audit status'.",
    "cli.error": "Fout: {message}",
    "cli.error.conflict_advice":
        "Overleg zo nodig met wie dit antwoord gaf. Moet uw antwoord het andere vervangen, "
        "herhaal de opdracht dan met --force.",
    "cli.error.more_problems": "… en nog {rest} fouten; herstel eerst deze.",
    "cli.error.problems_found": "{count} fout(en) gevonden.",
    "cli.error.memory":
        "Fout: te weinig geheugen voor deze opdracht. Sluit andere programma's, werk met één "
        "bestand tegelijk, of verhoog de geheugenlimiet (ulimit -v).",
    "cli.warning": "Let op: {text}",
    "cli.mixed_scripts":
        "Let op: '{name}' mengt Latijnse met Cyrillische of Griekse letters in één woord; zo "
        "telt de naam niet als dezelfde persoon of organisatie. Typ haar opnieuw.",
    "verdict.unknown": "oordeel '{typed}' staat niet op de schaal van normenkader {version}; "
                       "{hint}",
    "verdict.did_you_mean": "bedoelt u '{name}'?",
    "verdict.choose_from": "kies uit {choices}",
    "cli.set.unknown_verdict": "--score: {problem} (toetsen: {keys})",
    "cli.set.follow_up_usage":
        "geef een norm, --follow-up N en --status, zonder --score, bijv. 'audit set FILE V3 "
        "--follow-up 1 --status loopt'",
    "cli.set.recover_usage": "--recover neemt geen NORM of --score",
    "cli.set.usage": "geef een norm en --score, bijv. 'audit set FILE V3 --score voldoet'",
    "cli.set.saved": "{norm}: {verdict} bewaard in {file} ({scored} van {total} normen "
                     "beoordeeld)",
    "cli.set.no_recovery": "{file}: er is geen herstelbestand ({name}); er is niets te bewaren",
    "cli.set.recovered": "{norm} bewaard in {file} (uit {source})",
    "cli.set.not_recovered": "Nog niet bewaard, en nog in {left}: {norms}.",
    "file.missing": "{path}: bestand bestaat niet. Controleer de naam en de map.",
    "file.is_folder": "{path}: dit is een map, geen bestand. Geef een YAML-bestand op.",
    "file.not_regular": "{path}: dit is geen gewoon bestand. Geef een YAML-bestand op.",
    "cli.status.header": "{organisation} · {route} · normenkader {version}",
    "cli.status.area": "gebied",
    "cli.status.progress": "voortgang",
    "cli.status.scored": "beoordeeld",
    "cli.status.open": "open",
    "cli.status.total": "Totaal ",
    "cli.status.total_line": "{scored} van {total} beoordeeld · {counts}",
    "cli.status.to_confirm": "Te bevestigen (open, met notities): ",
    "cli.status.follow_up": "Verbeterpunten van de vorige audit zonder status: ",
    "cli.status.follow_up_hint": " (audit run, of audit set FILE NORM --follow-up N --status ...)",
    "cli.status.conflicts": "Conflicten uit het samenvoegen, nog te kiezen: ",
    "cli.status.conflicts_hint": " (audit set of audit run; een gegeven met audit details)",
    "cli.status.triangulation": "Triangulatie: ",
    "cli.status.triangulated":
        "{two} van {all} oordelen rusten op twee bronnen (twee rollen, of twee soorten bewijs)",
    "cli.status.single": "; op één bron: {norms}",
    "cli.status.first_open": "Eerste open norm: {norm}",
    "cli.status.all_scored": "Alle normen zijn beoordeeld.",
}
