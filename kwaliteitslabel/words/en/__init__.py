"""Every word of the tool in English, one mapping assembled from its sections."""

from kwaliteitslabel.words.en import (
    booklet,
    cli_audit,
    cli_help,
    cli_messages,
    cli_other,
    core_audit,
    core_other,
    core_other_domain,
    cycle,
    explain,
    readiness,
    report,
    walk_app,
    walk_plain,
)

WORDS: dict[str, str] = {
    **report.WORDS,
    **booklet.WORDS,
    **cycle.WORDS,
    **cli_help.WORDS,
    **cli_messages.WORDS,
    **cli_audit.WORDS,
    **cli_other.WORDS,
    **core_other.WORDS,
    **core_other_domain.WORDS,
    **explain.WORDS,
    **readiness.WORDS,
    **core_audit.WORDS,
    **walk_app.WORDS,
    **walk_plain.WORDS,
}
