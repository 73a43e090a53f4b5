"""Progress and score tables for the terminal."""

from __future__ import annotations

import datetime as dt

from rich.markup import escape
from rich.table import Table

from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.progress import Progress
from kwaliteitslabel.audit.scoring import Result
from kwaliteitslabel.cli.output import out

STATUS_WORDS = {
    "concept": "concept: nog niet klaar voor een definitief rapport",
    "zelfevaluatie": "zelfevaluatie afgerond",
    "geregistreerd": "geregistreerd: leerrapport, registratie in het Kwaliteitsregister",
    "advies_positief": "positief advies aan de beheercommissie; het besluit volgt",
    "advies_negatief": "negatief advies: certificering niet behaald",
    "gecertificeerd": "gecertificeerd: de beheercommissie kende het certificaat toe",
    "afgewezen": "certificaat niet toegekend door de beheercommissie",
}
STATUS_COLOURS = {"gecertificeerd": "green", "advies_positief": "green",
                  "advies_negatief": "red", "afgewezen": "red", "concept": "yellow"}
LABEL_WORDS = {"gecertificeerd": "met stempel 'gecertificeerd'",
               "zonder_stempel": "zonder stempel",
               "geen": "geen label"}


def _bar(done: int, total: int, width: int = 16) -> str:
    filled = round(width * done / total) if total else 0
    return "█" * filled + "░" * (width - filled)


def _print_header(loaded: LoadedAudit) -> None:
    audit = loaded.audit
    out.print(f"[bold]{escape(audit.organisation)}[/bold] · {audit.route} · normenkader "
              f"{loaded.framework.version}")


def print_progress(loaded: LoadedAudit, state: Progress) -> None:
    _print_header(loaded)
    table = Table(show_header=True, header_style="bold")
    table.add_column("gebied")
    table.add_column("voortgang")
    table.add_column("beoordeeld", justify="right")
    table.add_column("open")
    for area in state.areas:
        open_ids = ", ".join(area.open) if len(area.open) <= 8 else \
            ", ".join(area.open[:8]) + f" (+{len(area.open) - 8})"
        table.add_row(escape(area.name), _bar(area.scored, area.total),
                      f"{area.scored}/{area.total}", open_ids or "[green]—[/green]")
    out.print(table)
    counts = " · ".join(f"{verdict}: {count}" for verdict, count in state.counts.items())
    out.print(f"Totaal {state.scored} van {state.total} beoordeeld · {counts}")
    if state.to_confirm:
        out.print(f"Te bevestigen (open, met notities): {', '.join(state.to_confirm)}")
    if state.conflicts:
        out.print(f"[yellow]Conflicten uit het samenvoegen, nog te kiezen: "
                  f"{escape(', '.join(state.conflicts))}[/yellow] (audit set of audit run; "
                  "een gegeven met audit details)", soft_wrap=True)
    single = [norm_id for norm_id, done in state.triangulated.items() if not done]
    if state.triangulated:
        out.print(f"Triangulatie: {len(state.triangulated) - len(single)} van "
                  f"{len(state.triangulated)} oordelen rusten op twee rollen, of een rol en "
                  "een document of observatie"
                  + (f"; op één bron: {', '.join(single)}" if single else ""), soft_wrap=True)
    if state.open:
        out.print(f"Eerste open norm: {state.open[0]}")
    else:
        out.print("[green]Alle normen zijn beoordeeld.[/green]")


def print_result(loaded: LoadedAudit, result: Result) -> None:
    _print_header(loaded)
    table = Table(show_header=True, header_style="bold")
    table.add_column("gebied")
    for title in ("voldoet", "deels", "niet", "nvt", "open", "score"):
        table.add_column(title, justify="right")
    for area in [*result.areas, result.overall]:
        c = area.counts
        table.add_row(escape(area.name), str(c["voldoet"]), str(c["voldoet_deels"]),
                      str(c["voldoet_niet"]), str(c["nvt"]), str(area.open),
                      f"{area.score_pct:.0f}%")
    out.print(table)
    colour = STATUS_COLOURS.get(result.status, "cyan")
    out.print(f"Uitkomst: [bold {colour}]{STATUS_WORDS[result.status]}[/bold {colour}]")
    out.print(f"Label:    {LABEL_WORDS[result.label]}")
    if result.advice is not None:
        own = result.advice.auditors
        out.print(f"Advies:   volgens de beslisregels {result.advice.proposed}"
                  + (f"; de auditoren adviseren {own.advice} ({escape(own.by)}: "
                     f"{escape(own.reason)})" if own else ""), soft_wrap=True)
    if result.decision is not None:
        decision = result.decision
        word = "toegekend" if decision.granted else "niet toegekend"
        number = f", nummer {escape(decision.number)}" if decision.number else ""
        out.print(f"Besluit:  {word} op {decision.date} door {escape(decision.by)}{number}",
                  soft_wrap=True)
    if result.valid_until:
        lapsed = " (verlopen)" if result.valid_until < dt.date.today() else ""
        out.print(f"Geldig tot: {result.valid_until.isoformat()}{lapsed}")
    out.print("Waarom:")
    for reason in result.reasons:
        out.print(f"  • {escape(reason)}", soft_wrap=False)
    if result.deciding_norms:
        out.print(f"Doorslaggevende normen: {', '.join(result.deciding_norms)}")
