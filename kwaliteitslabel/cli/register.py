"""`register DIR` and `register stats DIR`: the Kwaliteitsregister and the view across audits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table
from typer.core import TyperGroup

from kwaliteitslabel.cli.options import JsonOption
from kwaliteitslabel.cli.output import err, out, print_json
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import help_text, word

if TYPE_CHECKING:
    from kwaliteitslabel.cycle.register import Entry
    from kwaliteitslabel.cycle.register_cache import Collected


class _ListByDefault(TyperGroup):
    """`register DIR ...` is `register list DIR ...`; `register stats DIR` the statistics."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["list", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(cls=_ListByDefault, no_args_is_help=True)  # help: cli/app.py CHILDREN

FolderArgument = Annotated[Path, typer.Argument(
    metavar="DIR", help=help_text("help.register_folder"))]
DateOption = Annotated[str | None, typer.Option(
    "--date", help=help_text("help.register_date"), show_default=False)]
NoCacheOption = Annotated[bool, typer.Option(
    "--no-cache", help=help_text("help.no_cache"))]


def _day(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(word("cli.register.not_a_date", value=value),
                                 param_hint="--date") from None


def _collect(folder: Path, today: dt.date, no_cache: bool) -> Collected:
    from kwaliteitslabel.cycle.register_cache import collect  # the core, not for --help

    if not folder.is_dir():
        raise InvalidInput(word("cli.register.not_a_folder", folder=folder))
    collected = collect(folder, today, use_cache=not no_cache)
    if collected.notice:
        err.print(f"[yellow]{escape(collected.notice)}[/yellow]", soft_wrap=True)
    return collected


def _broken(entries: list[Entry]) -> list[Entry]:
    broken = [entry for entry in entries if entry.error is not None]
    for entry in broken:
        err.print(f"[red]{escape(entry.error or '')}[/red]", soft_wrap=True)
    return broken


@app.command("list")
def show(
    folder: FolderArgument,
    json: JsonOption = False,
    csv: Annotated[Path | None, typer.Option("--csv", help=help_text("help.register.list.csv"),
                                             show_default=False)] = None,
    xlsx: Annotated[Path | None, typer.Option(
        "--xlsx", help=help_text("help.register.list.xlsx"), show_default=False)]
    = None,
    html: Annotated[Path | None, typer.Option("--html", help=help_text("help.register.list.html"),
                                              show_default=False)] = None,
    every: Annotated[bool, typer.Option("--all", help=help_text("help.register.list.every"))]
    = False,
    months: Annotated[int | None, typer.Option("--expiring", min=1, max=120, help=(
        help_text("help.register.list.months")),
        show_default=False)] = None,
    date: DateOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    from kwaliteitslabel.cycle import register_export
    from kwaliteitslabel.cycle.register import order

    today = _day(date)
    collected = _collect(folder, today, no_cache)
    entries = order(collected.entries, today, months)
    if csv is not None:
        register_export.write_csv(csv, entries, today)
    if xlsx is not None:
        register_export.write_xlsx(xlsx, entries, today)
    if html is not None:
        from kwaliteitslabel.cli.register_page import write_page  # the label artwork

        written = write_page(html, entries, today, every=every)
        err.print(word("cli.register.page_written", path=escape(str(written))), soft_wrap=True)
    if json:
        print_json({"folder": str(folder), "date": today.isoformat(),
                    "cache": str(collected.cache) if collected.cache else None,
                    "from_cache": collected.reused,
                    "audits": register_export.as_json(entries, today)})
    else:
        _print_table(entries, today, months)
    if _broken(entries):
        raise typer.Exit(1)


def _print_table(entries: list[Entry], today: dt.date, months: int | None) -> None:
    from kwaliteitslabel.cycle.register import expiring, status_of

    table = Table(title=word("cli.register.title", date=today), title_justify="left")
    table.add_column(word("cli.register.organisation"), ratio=3)
    table.add_column("route", ratio=1)
    table.add_column(word("cli.register.outcome"), ratio=2)
    table.add_column(word("cli.register.valid_until"), no_wrap=True)
    table.add_column("status", ratio=1)
    soon = {id(entry) for entry in expiring(entries, today, months)} if months else set()
    by_path = {entry.path: entry for entry in entries}
    for entry in entries:
        if entry.error is not None:
            table.add_row(escape(entry.path), "", word("cli.register.unreadable"), "",
                          "onleesbaar")
            continue
        framework = word("cli.register.framework", version=entry.framework, start=entry.start)
        who = f"{escape(entry.organisation or '')}\n[dim]{framework}[/dim]"
        outcome = (word("cli.register.advice", advice=entry.advice) if entry.advice
                   else (entry.outcome or ""))
        if entry.decision:
            outcome += f"\n{entry.decision} {entry.decision_date}"
        if entry.number:
            outcome += f"\n{escape(entry.number)}"
        if entry.partial_of:
            outcome += "\n" + word("cli.register.partial_of",
                                   file=escape(entry.partial_of["file"]),
                                   redo=", ".join(entry.partial_of["redo"]))
        if entry.completed_by:
            then = status_of(by_path[entry.completed_by], today)
            met = word("cli.register.condition_met") if then in ("actief", "verlopen") else then
            outcome += "\n" + word("cli.register.completed_by",
                                   file=escape(entry.completed_by), state=met)
        status: str = status_of(entry, today)
        if entry.sanction:
            status = word("cli.register.sanction", status=status, date=entry.sanction["date"])
        until = entry.valid_until or ""
        if id(entry) in soon:
            until = f"[bold]{until}[/bold]"
        table.add_row(who, entry.route or "", outcome, until, status)
    out.print(table)
    counts: dict[str, int] = {}
    for entry in entries:
        key = status_of(entry, today)
        counts[key] = counts.get(key, 0) + 1
    summary = ", ".join(f"{count} {status}" for status, count in counts.items())
    out.print(f"{len(entries)} audits: {summary}.")
    if months:
        out.print(word("cli.register.expiring", months=months, count=len(soon)))


@app.command("stats")
def stats(
    folder: FolderArgument,
    json: JsonOption = False,
    named: Annotated[bool, typer.Option(
        "--named", help=help_text("help.register.stats.named"))] = False,
    date: DateOption = None,
    no_cache: NoCacheOption = False,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help=help_text("help.register.stats.output"),
        show_default=False)] = None,
) -> None:
    from kwaliteitslabel.cli.register_views import print_stats
    from kwaliteitslabel.cycle.statistics import ROUTE_GAP, statistics

    today = _day(date)
    collected = _collect(folder, today, no_cache)
    result = statistics(collected.entries, named=named)
    pdf = None
    if output is not None:
        from kwaliteitslabel.report.register_stats import render_stats  # WeasyPrint

        pdf = render_stats(result, folder, output, named=named, gap=ROUTE_GAP)
    if json:
        data: dict[str, Any] = {"folder": str(folder),
                                "frameworks": [item.as_json() for item in result],
                                **({"pdf": str(pdf)} if pdf is not None else {})}
        print_json(data)
    else:
        print_stats(result)
        if pdf is not None:
            out.print(f"[green]✓[/green] PDF: {escape(str(pdf))}")
    if _broken(collected.entries):
        raise typer.Exit(1)
