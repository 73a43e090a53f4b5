"""What the command line itself says, in English: usage errors, errors, saves, warnings."""

WORDS = {
    "cli.usage.missing": "missing: {names}",
    "cli.usage.unknown_option": "unknown option {option}{suggestion}",
    "cli.usage.invalid_value": "invalid value for {hint}: {message}",
    "cli.usage.unknown_command": "unknown command '{name}'{suggestion}",
    "cli.usage.did_you_mean": "; did you mean '{name}'?",
    "cli.usage.error": "Error",
    "cli.usage.more": "Try '{path} {help}' for help.",
    "cli.choose_from": "choose from {choices}",
    "cli.completion_installed":
        "{shell} completion installed in {path}; it works in a new terminal.",
    "cli.output_failed":
        "Error: the output cannot be written ({reason}). Whatever was to be saved has been "
        "saved; check with 'audit status'.",
    "cli.error": "Error: {message}",
    "cli.error.conflict_advice":
        "If need be, talk to whoever gave this answer. If your answer is to replace theirs, "
        "run the command again with --force.",
    "cli.error.more_problems": "… and {rest} more errors; fix these first.",
    "cli.error.problems_found": "{count} error(s) found.",
    "cli.error.memory":
        "Error: not enough memory for this command. Close other programs, work on one file at "
        "a time, or raise the memory limit (ulimit -v).",
    "cli.warning": "Note: {text}",
    "cli.mixed_scripts":
        "Note: '{name}' mixes Latin with Cyrillic or Greek letters in one word, so the name "
        "does not count as the same person or organisation. Type it again.",
    "verdict.unknown": "verdict '{typed}' is not on the scale of framework {version}; {hint}",
    "verdict.did_you_mean": "did you mean '{name}'?",
    "verdict.choose_from": "choose from {choices}",
    "cli.set.unknown_verdict": "--score: {problem} (keys: {keys})",
    "cli.set.follow_up_usage":
        "give a norm, --follow-up N and --status, without --score, e.g. 'audit set FILE V3 "
        "--follow-up 1 --status loopt'",
    "cli.set.recover_usage": "--recover takes no NORM or --score",
    "cli.set.usage": "give a norm and --score, e.g. 'audit set FILE V3 --score voldoet'",
    "cli.set.saved": "{norm}: {verdict} saved in {file} ({scored} of {total} norms assessed)",
    "cli.set.no_recovery": "{file}: there is no recovery file ({name}); there is nothing to "
                           "save",
    "cli.set.recovered": "{norm} saved in {file} (from {source})",
    "cli.set.not_recovered": "Not saved yet, and still in {left}: {norms}.",
    "file.missing": "{path}: the file does not exist. Check the name and the folder.",
    "file.is_folder": "{path}: this is a folder, not a file. Give a YAML file.",
    "file.not_regular": "{path}: this is not a regular file. Give a YAML file.",
    "cli.status.header": "{organisation} · {route} · framework {version}",
    "cli.status.area": "area",
    "cli.status.progress": "progress",
    "cli.status.scored": "assessed",
    "cli.status.open": "still open",
    "cli.status.total": "Total ",
    "cli.status.total_line": "{scored} of {total} assessed · {counts}",
    "cli.status.to_confirm": "To confirm (open, with notes): ",
    "cli.status.follow_up": "Improvement points of the previous audit without a status: ",
    "cli.status.follow_up_hint": " (audit run, or audit set FILE NORM --follow-up N --status ...)",
    "cli.status.conflicts": "Conflicts from merging, still to choose: ",
    "cli.status.conflicts_hint": " (audit set or audit run; a detail with audit details)",
    "cli.status.triangulation": "Triangulation: ",
    "cli.status.triangulated":
        "{two} of {all} verdicts rest on two sources (two roles, or two kinds of evidence)",
    "cli.status.single": "; on one source only: {norms}",
    "cli.status.first_open": "First open norm: {norm}",
    "cli.status.all_scored": "Every norm has been assessed.",
}
