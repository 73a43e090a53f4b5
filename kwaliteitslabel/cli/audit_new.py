"""`kwaliteitslabel audit new`: a new audit, the follow-up of a previous one, or a partial
re-audit of one."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.prompt import Prompt

from kwaliteitslabel.cli.audit_follow_up import (
    PreviousOption,
    load_previous,
    print_carried,
    warn_other_organisation,
)
from kwaliteitslabel.cli.audit_partial import PartialOption, RedoOption, new_partial
from kwaliteitslabel.cli.options import FileArgument, NormsOption
from kwaliteitslabel.cli.output import command, err, out, warn_mixed_scripts
from kwaliteitslabel.cli.usage import wrong_usage
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import current, help_text, word


class Vraag(Prompt):
    """rich's prompt, answering in the language of the run."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.illegal_choice_message = \
            f"[prompt.invalid.choice]{word('cli.audit_new.choose_option')}"
        self.validate_error_message = f"[prompt.invalid]{word('cli.audit_new.invalid_value')}"


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


AuditorOption = Annotated[list[str] | None, typer.Option(
    "--auditor", help=help_text("help.auditor"), show_default=False)]
PeerOption = Annotated[list[str] | None, typer.Option(
    "--peer", help=help_text("help.peer"),
    show_default=False)]
BodyOption = Annotated[str | None, typer.Option(
    "--certifying-body", help=help_text("help.certifying_body"), show_default=False)]
EndOption = Annotated[str | None, typer.Option(
    "--end-date", help=help_text("help.end_date"), show_default=False)]


def new(
    file: FileArgument,
    organisation: Annotated[str | None, typer.Option(
        help=help_text("help.audit.new.organisation"))] = None,
    route: Annotated[str | None, typer.Option(
        help=help_text("help.audit.new.route"),
        show_default=False)] = None,
    auditor: AuditorOption = None,
    fte: Annotated[float | None, typer.Option(help=help_text("help.audit.new.fte"))] = None,
    scope: Annotated[str | None, typer.Option(help=help_text("help.audit.new.scope"))] = None,
    date: Annotated[str | None, typer.Option(help=help_text("help.audit.new.date"))]
    = None,
    end_date: EndOption = None,
    certifying_body: BodyOption = None,
    peer: PeerOption = None,
    previous: PreviousOption = None,
    partial_of: PartialOption = None,
    redo: RedoOption = None,
    norms: NormsOption = None,
) -> None:
    from kwaliteitslabel.audit import details, readiness
    from kwaliteitslabel.audit.create import new_audit
    from kwaliteitslabel.cycle.follow_up import carry
    from kwaliteitslabel.framework import exact, locate

    if file.exists():
        raise InvalidInput(word("cli.audit_new.exists", file=file,
                                command=command("audit", "run", file, norms=norms)))
    start = details.day("--date", date) if date is not None else dt.date.today()
    if partial_of is not None or redo is not None:
        if partial_of is None or previous is not None or organisation or route:
            raise typer.BadParameter(word("cli.audit_new.partial_usage"),
                                     param_hint="--partial-of")
        new_partial(file, partial_of, redo, start=start, end=details.day(
            "--end-date", end_date) if end_date else None, auditors=auditor, norms=norms)
        return
    before = None
    if previous is not None:
        before = load_previous(previous, norms, new_file=file, start=start)
        old = before.audit
        organisation = organisation or old.organisation
        route = route or old.route
        fte = old.fte if fte is None else fte
        scope = old.scope if scope is None else scope
        if certifying_body is None and route == old.route:
            certifying_body = old.certifying_body
    end = details.day("--end-date", end_date) if end_date is not None else None
    if end is not None and end < start:
        raise InvalidInput(word("cli.audit_details.end_before_start", end=end, start=start))
    framework = locate.framework_for_audit(start, norms)
    routes = [definition.id for definition in framework.manifest.routes]
    if organisation is None and _interactive():
        organisation = Vraag.ask(word("cli.audit_new.ask_organisation"))
    if route is None and _interactive():
        route = Vraag.ask("Route", choices=routes, default=routes[0])
    if not auditor and _interactive():
        names = Vraag.ask(word("cli.audit_new.ask_auditors"), default="")
        auditor = [name.strip() for name in names.split(",") if name.strip()]
    absent = [*([] if organisation and organisation.strip()
                else [word("cli.audit_new.organisation_option")]),
               *([] if route else [f"--route ({'|'.join(routes)})"])]
    if absent:
        raise wrong_usage(word("cli.usage.missing", names=", ".join(absent)))
    assert organisation is not None and route is not None
    body = details.line("--certifying-body", certifying_body) if certifying_body else None
    # where only the body's auditors assess, an auditor without organisation is the body's
    definition = framework.manifest.route(route)
    default = body if definition is not None and definition.assessors == "auditoren" else None
    carried = None
    if before is not None:
        warn_other_organisation(before, organisation)
        carried = carry(before, framework, str(previous))
    loaded = new_audit(
        file, organisation=details.line("--organisation", organisation), route=route,
        framework=framework, fte=details.size("--fte", fte) if fte is not None else None,
        auditors=[details.auditor(text, default_organisation=default) for text in auditor or []],
        scope=details.line("--scope", scope) if scope is not None else None,
        start=start, end=end, certifying_body=body,
        peers=[details.line("--peer", name) for name in peer or []],
        place=before.audit.place if before is not None else None,
        previous=carried.previous if carried is not None else None,
        follow_up=carried.points if carried is not None else None)
    named = word("cli.audit_new.framework", version=framework.version) \
        if exact.is_shipped(framework.fingerprint) else \
        word("cli.audit_new.framework_changed", version=framework.version, path=framework.path)
    out.print("[green]✓[/green] " + word("cli.audit_new.created", path=escape(str(loaded.path)),
                                         route=route, framework=escape(named),
                                         count=len(framework.norms)))
    if carried is not None and before is not None:
        print_carried(carried, before)
    err.print(escape(word("cli.audit_new.continue_with",
                          command=command("audit", "run", file, norms=norms))), soft_wrap=True)
    warn_mixed_scripts(loaded.audit)
    missing = [check for check in readiness.check(loaded.framework, loaded.audit).missing
               if check.id != "complete"]
    if missing:
        err.print(f"[yellow]{word('cli.audit_new.still_needed')}[/yellow]", soft_wrap=True)
        for check in missing:
            hint = check.hint(file)
            err.print(f"  [yellow]• {escape(check.text(current()))}[/yellow]"
                      + (f"\n    [dim]{escape(hint)}[/dim]" if hint else ""), soft_wrap=True)

