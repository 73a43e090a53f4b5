"""A partial re-audit on the command line: `audit new NEW --partial-of FILE --redo D5,O3`,
and what `audit score` of the original says about it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape

from kwaliteitslabel.cli.output import command, err, out
from kwaliteitslabel.words import help_text

if TYPE_CHECKING:  # the core is imported inside the commands: help stays light
    from kwaliteitslabel.audit.load import LoadedAudit

PartialOption = Annotated[Path | None, typer.Option(
    "--partial-of", help=help_text("help.partial_of"), show_default=False)]
RedoOption = Annotated[str | None, typer.Option(
    "--redo", help=help_text("help.redo"),
    show_default=False)]


def new_partial(file: Path, original_file: Path, redo: str | None, *, start: dt.date,
                end: dt.date | None, auditors: list[str] | None,
                norms: Path | None) -> None:
    """`audit new NEW --partial-of FILE --redo D5,O3 [--date D] [--auditor ...]`: the
    header and the framework from FILE, the norms of --redo open, the rest carried."""
    from kwaliteitslabel.audit import details
    from kwaliteitslabel.audit.create import new_audit
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.cycle.partial import redo_ids, start_partial
    from kwaliteitslabel.errors import InvalidInput

    if redo is None:
        raise typer.BadParameter("geef bij --partial-of ook --redo met de normen die opnieuw "
                                 "beoordeeld worden, bijv. --redo D5,O3", param_hint="--redo")
    if original_file.resolve() == file.resolve():
        raise InvalidInput(f"--partial-of {original_file}: dat is het nieuwe bestand zelf")
    original = load_audit(original_file, norms)
    old = original.audit
    partial = start_partial(original, redo_ids(redo, original), file, start)
    route = original.framework.manifest.route(old.route)
    body = old.certifying_body if route is not None and route.assessors == "auditoren" \
        else None
    people: list[str | dict[str, str]] = (
        [details.auditor(text, default_organisation=body) for text in auditors] if auditors
        else [auditor.model_dump(exclude_none=True) for auditor in old.auditors])
    loaded = new_audit(
        file, organisation=old.organisation, route=old.route, framework=original.framework,
        fte=old.fte, auditors=people, scope=old.scope, start=start, end=end,
        certifying_body=old.certifying_body, peers=list(old.peer_organisations),
        place=old.place, partial_of=partial.partial_of, results=partial.results)
    carried = len(loaded.framework.norms) - len(partial.redo)
    out.print(f"[green]✓[/green] Gedeeltelijke heraudit aangemaakt: {escape(str(file))} "
              f"(van {escape(str(original_file))}, normenkader {loaded.framework.version}): "
              f"opnieuw te beoordelen {', '.join(partial.redo)}; {carried} normen "
              "overgenomen.")
    err.print(f"  verder met: {escape(command('audit', 'run', file, norms=norms))}",
              soft_wrap=True)


def show_partial(loaded: LoadedAudit) -> None:
    """For `audit score`: the audit a partial re-audit completes, or the partial
    re-audits that complete this one and whether the condition is met."""
    from kwaliteitslabel.cycle.partial import completions

    partial = loaded.audit.partial_of
    if partial is not None:
        out.print(f"Gedeeltelijke heraudit van {escape(partial.file)} ({partial.start}): "
                  f"opnieuw beoordeeld {', '.join(partial.redo)}; de andere normen zijn "
                  "overgenomen.", soft_wrap=True)
    for found in completions(loaded):
        out.print(_completion_line(found), soft_wrap=True)


def _completion_line(found: Any) -> str:
    name = escape(found.path.name)
    what = f"Gedeeltelijke heraudit {name} ({', '.join(found.redo)})"
    if not found.current:
        return (f"{what} is gemaakt van een eerdere versie van deze audit (de oordelen of "
                "gegevens zijn sindsdien gewijzigd); zij vult deze audit niet aan.")
    if found.met:
        number = f", {escape(found.number)}" if found.number else ""
        until = f", geldig tot {found.valid_until}" if found.valid_until else ""
        return (f"{what}: de beheercommissie kende toe op {found.decided}{number}{until}. "
                "De voorwaarde (de heraudit van deze normen) is vervuld.")
    if found.granted is False:
        return f"{what}: niet toegekend op {found.decided}. De voorwaarde is niet vervuld."
    return f"{what}: {found.status.replace('_', ' ')}; het besluit volgt nog."


def partial_json(loaded: LoadedAudit) -> dict[str, Any]:
    """For `audit score --json`."""
    from kwaliteitslabel.cycle.partial import completions

    partial = loaded.audit.partial_of
    return {"partial_of": partial.model_dump(mode="json") if partial else None,
            "completed_by": [found.as_json() for found in completions(loaded)]}
