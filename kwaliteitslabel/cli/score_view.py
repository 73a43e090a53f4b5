"""Progress and score tables for the terminal."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table

from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.progress import Progress
from kwaliteitslabel.audit.scoring import Result
from kwaliteitslabel.cli.output import out

OUTCOME_WORDS = {
    "zelfevaluatie": "zelfevaluatie afgerond (geen label)",
    "onvolledig": "onvolledig: nog niet alle normen beoordeeld (concept)",
    "geregistreerd": "geregistreerd: leerrapport, label zonder stempel",
    "positief": "positief advies: label met stempel 'gecertificeerd'",
    "negatief": "certificering niet behaald",
}
LABEL_WORDS = {"gecertificeerd": "met stempel 'gecertificeerd'",
               "zonder_stempel": "zonder stempel"}


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
    colour = {"positief": "green", "negatief": "red", "onvolledig": "yellow"}.get(
        result.outcome, "cyan")
    out.print(f"Uitkomst: [bold {colour}]{OUTCOME_WORDS[result.outcome]}[/bold {colour}]")
    out.print(f"Label:    {LABEL_WORDS[result.label]}")
    if result.valid_until:
        out.print(f"Geldig tot: {result.valid_until.isoformat()}")
    out.print("Waarom:")
    for reason in result.reasons:
        out.print(f"  • {escape(reason)}", soft_wrap=False)
    if result.deciding_norms:
        out.print(f"Doorslaggevende normen: {', '.join(result.deciding_norms)}")
