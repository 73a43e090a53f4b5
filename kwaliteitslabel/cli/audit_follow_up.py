"""The follow-up of the previous audit on the command line: `audit new --previous` and
`audit set FILE NORM --follow-up N --status S [--note T]`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from kwaliteitslabel.cli.output import err, out, warn_if_decision_lapsed
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import help_text, word

if TYPE_CHECKING:  # the core is imported inside the commands: help stays light
    from kwaliteitslabel.audit.load import LoadedAudit
    from kwaliteitslabel.cycle.follow_up import Carried

PreviousOption = Annotated[Path | None, typer.Option(
    "--previous", help=help_text("help.previous"),
    show_default=False)]
FollowUpOption = Annotated[int | None, typer.Option(
    "--follow-up", help=help_text("help.follow_up"),
    show_default=False)]
StatusOption = Annotated[str | None, typer.Option(
    "--status", help=help_text("help.follow_up_status"), show_default=False)]
NoteOption = Annotated[str | None, typer.Option(
    "--note", help=help_text("help.follow_up_note"), show_default=False)]


def load_previous(path: Path, norms: Path | None, *, new_file: Path,
                  start: dt.date) -> LoadedAudit:
    """The previous audit, read only; it must be another file and end before `start`."""
    from kwaliteitslabel.audit.load import load_audit

    if path.resolve() == new_file.resolve():
        raise InvalidInput(word("cli.audit_follow_up.same_file", path=path))
    previous = load_audit(path, norms, editable=False)
    last = previous.audit.dates.last
    if last >= start:
        raise InvalidInput(word("cli.audit_follow_up.too_late", path=path, last=last,
                                start=start))
    return previous


def warn_other_organisation(previous: LoadedAudit, organisation: str) -> None:
    from kwaliteitslabel import identity

    if not identity.same(previous.audit.organisation, organisation):
        err.print("[yellow]" + word("cli.audit_follow_up.other_organisation",
                                    previous=escape(previous.audit.organisation),
                                    organisation=escape(organisation)) + "[/yellow]",
                  soft_wrap=True)


def print_carried(carried: Carried, previous: LoadedAudit) -> None:
    """Which point went to which norm, one line per point."""
    version = previous.framework.version
    out.print(word("cli.audit_follow_up.previous", path=escape(str(previous.path)),
                   start=previous.audit.dates.start, version=escape(version),
                   count=carried.count) + (":" if carried.count else "."))
    for old_id, text, new_ids in carried.placed:
        short = " ".join(text.split())
        short = short if len(short) <= 60 else short[:57].rstrip() + "..."
        where = ", ".join(new_ids)
        moved = f"{old_id} ({version}) → {where}" if [old_id] != new_ids else old_id
        out.print(f"  {escape(moved)}: {escape(short)}")


def set_follow_up(file: Path, norm: str, number: int, status: str | None, note: str | None,
                  *, force: bool, norms: Path | None) -> None:
    """`audit set FILE NORM --follow-up N --status S [--note T]`."""
    from kwaliteitslabel.audit.follow_up import STATUSES, status_of
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.store import save_follow_up
    from kwaliteitslabel.messages import closest

    if status is None:
        raise typer.BadParameter(word("cli.audit_follow_up.give_status"),
                                 param_hint="--status")
    chosen = status_of(status)
    if chosen is None:
        hint = closest(status.lower(), list(STATUSES))
        raise InvalidInput(word("cli.audit_follow_up.unknown_status", status=status)
                           + (word("cli.audit_follow_up.did_you_mean", hint=hint) if hint
                              else "")
                           + word("cli.audit_follow_up.choose_from",
                                  choices=", ".join(STATUSES)))
    loaded = load_audit(file, norms)
    saved = save_follow_up(loaded, norm, number, chosen, note, force=force)
    warn_if_decision_lapsed(loaded.audit, saved.audit)
    norm_id = norm.strip().upper()
    out.print("[green]✓[/green] " + word(
        "cli.audit_follow_up.saved", norm=escape(norm_id), number=number,
        status=word(f"cli.audit_follow_up.status.{chosen}"), file=escape(str(file))))
