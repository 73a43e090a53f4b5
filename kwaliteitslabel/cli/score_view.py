"""Progress and score tables for the terminal."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from rich.markup import escape
from rich.table import Table

from kwaliteitslabel.cli.output import out
from kwaliteitslabel.words import word

if TYPE_CHECKING:
    from kwaliteitslabel.audit.load import LoadedAudit
    from kwaliteitslabel.audit.progress import Progress
    from kwaliteitslabel.audit.scoring import Result

STATUS_WORDS = {
    "concept": "concept: nog niet klaar voor een definitief rapport",
    "zelfevaluatie": "zelfevaluatie afgerond",
    "geregistreerd": "geregistreerd: de beheercommissie registreerde de toetsing in het "
                     "Kwaliteitsregister",
    "leerrapport": "leerrapport: de uitkomst volgens de beslisregels is niet positief",
    "niet_geregistreerd": "de beheercommissie registreerde de toetsing niet",
    "verlopen": "het certificaat is verlopen",
    "advies_positief": "advies positief, besluit volgt",
    "advies_negatief": "negatief advies: certificering niet behaald",
    "gecertificeerd": "gecertificeerd: de beheercommissie kende het certificaat toe",
    "afgewezen": "certificaat niet toegekend door de beheercommissie",
}
STATUS_COLOURS = {"gecertificeerd": "green", "advies_positief": "green",
                  "geregistreerd": "green", "verlopen": "red", "niet_geregistreerd": "red",
                  "advies_negatief": "red", "afgewezen": "red", "concept": "yellow"}
LABEL_WORDS = {"gecertificeerd": "met stempel 'gecertificeerd'",
               "zonder_stempel": "zonder stempel",
               "verlopen": "geen: het certificaat is verlopen",
               "geen": "geen label"}


def _hanging(head: str, text: str) -> None:
    """`head text` (plain text), wrapped at the terminal's width under its first word."""
    lines = textwrap.wrap(text, width=max(out.width, 40), initial_indent=head,
                          subsequent_indent=" " * len(head), break_on_hyphens=False)
    out.print("\n".join(lines) or head.rstrip(), markup=False)


def _bar(done: int, total: int, width: int = 16) -> str:
    filled = round(width * done / total) if total else 0
    return "█" * filled + "░" * (width - filled)


def _print_header(loaded: LoadedAudit) -> None:
    audit = loaded.audit
    out.print(word("cli.status.header", organisation=f"[bold]{escape(audit.organisation)}[/bold]",
                   route=audit.route, version=loaded.framework.version))


def print_progress(loaded: LoadedAudit, state: Progress) -> None:
    _print_header(loaded)
    table = Table(show_header=True, header_style="bold")
    table.add_column(word("cli.status.area"))
    table.add_column(word("cli.status.progress"))
    table.add_column(word("cli.status.scored"), justify="right")
    table.add_column(word("cli.status.open"))
    for area in state.areas:
        open_ids = ", ".join(area.open) if len(area.open) <= 8 else \
            ", ".join(area.open[:8]) + f" (+{len(area.open) - 8})"
        table.add_row(escape(area.name), _bar(area.scored, area.total),
                      f"{area.scored}/{area.total}", open_ids or "[green]—[/green]")
    out.print(table)
    counts = " · ".join(f"{verdict}: {count}" for verdict, count in state.counts.items())
    _hanging(word("cli.status.total"), word("cli.status.total_line", scored=state.scored,
                                            total=state.total, counts=counts))
    if state.to_confirm:
        _hanging(word("cli.status.to_confirm"), ", ".join(state.to_confirm))
    if state.follow_up_open:
        _hanging(word("cli.status.follow_up"),
                 ", ".join(f"{norm_id} ({count})" for norm_id, count
                           in state.follow_up_open.items())
                 + word("cli.status.follow_up_hint"))
    if state.conflicts:
        _hanging(word("cli.status.conflicts"),
                 ", ".join(state.conflicts) + word("cli.status.conflicts_hint"))
    single = [norm_id for norm_id, done in state.triangulated.items() if not done]
    if state.triangulated:
        _hanging(word("cli.status.triangulation"),
                 word("cli.status.triangulated", two=len(state.triangulated) - len(single),
                      all=len(state.triangulated))
                 + (word("cli.status.single", norms=", ".join(single)) if single else ""))
    if state.open:
        out.print(word("cli.status.first_open", norm=state.open[0]))
    else:
        out.print(f"[green]{word('cli.status.all_scored')}[/green]")


def print_result(loaded: LoadedAudit, result: Result) -> None:
    _print_header(loaded)
    table = Table(show_header=True, header_style="bold")
    table.add_column("gebied")
    scale = loaded.framework.manifest.scale
    for title in [*(level.words("nl").short for level in scale), "open", "score"]:
        table.add_column(escape(title), justify="right")
    for area in [*result.areas, result.overall]:
        table.add_row(escape(area.name), *(str(area.counts.get(level.id, 0)) for level in scale),
                      str(area.open), f"{area.score_pct:.0f}%")
    out.print(table)
    colour = STATUS_COLOURS.get(result.status, "cyan")
    out.print(f"Uitkomst: [bold {colour}]{STATUS_WORDS[result.status]}[/bold {colour}]")
    out.print(f"Label:    {LABEL_WORDS[result.label]}")
    if result.advice is not None:
        own = result.advice.auditors
        departs = " · advies wijkt af van de beslisregels" if result.advice.departs else ""
        _hanging("Advies:   ", f"volgens de beslisregels {result.advice.proposed}{departs}"
                 + (f"; de auditoren adviseren {own.advice} ({own.by}: {own.reason})"
                    if own else ""))
    if result.decision is not None:
        decision = result.decision
        word = "toegekend" if decision.granted else "niet toegekend"
        number = f", nummer {decision.number}" if decision.number else ""
        _hanging("Besluit:  ", f"{word} op {decision.date} door {decision.by}{number}")
        if decision.signed_by:
            _hanging("Getekend: ", "; ".join(decision.signed_by))
        if result.signature:
            _hanging("Handtekening: ", result.signature)
    if result.valid_until:
        lapsed = " (verlopen)" if result.lapsed_on else ""
        out.print(f"Geldig tot: {result.valid_until.isoformat()}{lapsed}")
    out.print("Waarom:")
    for reason in result.reasons:
        _hanging("  • ", reason)
    if result.deciding_norms:
        _hanging("Doorslaggevende normen: ", ", ".join(result.deciding_norms))
