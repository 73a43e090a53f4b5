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
from kwaliteitslabel.words import help_text

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
        raise InvalidInput(f"--previous {path}: dat is het nieuwe bestand zelf; noem de "
                           "vorige audit")
    previous = load_audit(path, norms, editable=False)
    last = previous.audit.dates.last
    if last >= start:
        raise InvalidInput(f"--previous {path}: die audit liep tot {last}; de nieuwe audit "
                           f"begint op {start}, en moet daarna beginnen (geef --date)")
    return previous


def warn_other_organisation(previous: LoadedAudit, organisation: str) -> None:
    from kwaliteitslabel import identity

    if not identity.same(previous.audit.organisation, organisation):
        err.print(f"[yellow]Let op: de vorige audit is van "
                  f"{escape(previous.audit.organisation)}, deze van "
                  f"{escape(organisation)}.[/yellow]", soft_wrap=True)


def print_carried(carried: Carried, previous: LoadedAudit) -> None:
    """Which point went to which norm, one line per point."""
    version = previous.framework.version
    out.print(f"Vorige audit: {escape(str(previous.path))} ({previous.audit.dates.start}, "
              f"normenkader {escape(version)}); {carried.count} verbeterpunt(en) om op te "
              "volgen" + (":" if carried.count else "."))
    for old_id, text, new_ids in carried.placed:
        short = " ".join(text.split())
        short = short if len(short) <= 60 else short[:57].rstrip() + "..."
        where = ", ".join(new_ids)
        moved = f"{old_id} ({version}) → {where}" if [old_id] != new_ids else old_id
        out.print(f"  {escape(moved)}: {escape(short)}")


def set_follow_up(file: Path, norm: str, number: int, status: str | None, note: str | None,
                  *, force: bool, norms: Path | None) -> None:
    """`audit set FILE NORM --follow-up N --status S [--note T]`."""
    from kwaliteitslabel.audit.follow_up import STATUS_WORDS, STATUSES, status_of
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.store import save_follow_up
    from kwaliteitslabel.messages import closest

    if status is None:
        raise typer.BadParameter("geef bij --follow-up ook --status (afgerond, loopt, "
                                 "niet_opgepakt of open)", param_hint="--status")
    chosen = status_of(status)
    if chosen is None:
        hint = closest(status.lower(), list(STATUSES))
        raise InvalidInput(f"--status: onbekende status '{status}'"
                           + (f"; bedoelt u '{hint}'?" if hint else "")
                           + f" Kies uit {', '.join(STATUSES)}")
    loaded = load_audit(file, norms)
    saved = save_follow_up(loaded, norm, number, chosen, note, force=force)
    warn_if_decision_lapsed(loaded.audit, saved.audit)
    norm_id = norm.strip().upper()
    out.print(f"[green]✓[/green] {escape(norm_id)}, verbeterpunt {number} van de vorige "
              f"audit: {STATUS_WORDS[chosen]} bewaard in {escape(str(file))}")
