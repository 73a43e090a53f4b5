"""A partial re-audit on the command line: `audit new NEW --partial-of FILE --redo D5,O3`,
and what `audit score` of the original says about it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape

from kwaliteitslabel.cli.output import command, err, out
from kwaliteitslabel.words import help_text, word

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
        raise typer.BadParameter(word("cli.audit_partial.give_redo"), param_hint="--redo")
    if original_file.resolve() == file.resolve():
        raise InvalidInput(word("cli.audit_partial.same_file", path=original_file))
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
    out.print("[green]✓[/green] " + word(
        "cli.audit_partial.created", file=escape(str(file)), original=escape(str(original_file)),
        version=loaded.framework.version, redo=", ".join(partial.redo), carried=carried))
    err.print(escape(word("cli.audit_new.continue_with",
                          command=command("audit", "run", file, norms=norms))), soft_wrap=True)


def show_partial(loaded: LoadedAudit) -> None:
    """For `audit score`: the audit a partial re-audit completes, or the partial
    re-audits that complete this one and whether the condition is met."""
    from kwaliteitslabel.cycle.partial import completions

    partial = loaded.audit.partial_of
    if partial is not None:
        out.print(word("cli.audit_partial.of", file=escape(partial.file), start=partial.start,
                       redo=", ".join(partial.redo)), soft_wrap=True)
    for found in completions(loaded):
        out.print(_completion_line(found), soft_wrap=True)


def _completion_line(found: Any) -> str:
    name = escape(found.path.name)
    what = word("cli.audit_partial.completion", name=name, redo=", ".join(found.redo))
    if not found.current:
        return word("cli.audit_partial.outdated", what=what)
    if found.met:
        number = f", {escape(found.number)}" if found.number else ""
        until = word("cli.audit_partial.until", date=found.valid_until) \
            if found.valid_until else ""
        return word("cli.audit_partial.met", what=what, decided=found.decided, number=number,
                    until=until)
    if found.granted is False:
        return word("cli.audit_partial.refused", what=what, decided=found.decided)
    return word("cli.audit_partial.pending", what=what,
                status=word(f"cli.audit_partial.status.{found.status}"))


def partial_json(loaded: LoadedAudit) -> dict[str, Any]:
    """For `audit score --json`."""
    from kwaliteitslabel.cycle.partial import completions

    partial = loaded.audit.partial_of
    return {"partial_of": partial.model_dump(mode="json") if partial else None,
            "completed_by": [found.as_json() for found in completions(loaded)]}
