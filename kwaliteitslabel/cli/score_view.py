"""Progress and score tables for the terminal."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from rich.markup import escape
from rich.table import Table

from kwaliteitslabel.cli.output import out
from kwaliteitslabel.words import current, word

if TYPE_CHECKING:
    from kwaliteitslabel.audit.load import LoadedAudit
    from kwaliteitslabel.audit.progress import Progress
    from kwaliteitslabel.audit.scoring import Result

STATUS_COLOURS = {"gecertificeerd": "green", "advies_positief": "green",
                  "geregistreerd": "green", "verlopen": "red", "niet_geregistreerd": "red",
                  "advies_negatief": "red", "afgewezen": "red", "concept": "yellow"}


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
    from kwaliteitslabel.audit.explain import sentences

    lang = current()
    _print_header(loaded)
    table = Table(show_header=True, header_style="bold")
    table.add_column(word("cli.score_view.area"))
    scale = loaded.framework.manifest.scale
    # 'open' and 'score' read the same in both languages
    for title in [*(level.words(lang).short for level in scale), "open", "score"]:
        table.add_column(escape(title), justify="right")
    for area in [*result.areas, result.overall]:
        name = word("cli.score_view.overall") if area is result.overall else area.name
        table.add_row(escape(name), *(str(area.counts.get(level.id, 0)) for level in scale),
                      str(area.open), f"{area.score_pct:.0f}%")
    out.print(table)
    colour = STATUS_COLOURS.get(result.status, "cyan")
    status = word(f"cli.score_view.status.{result.status}")
    out.print(word("cli.score_view.outcome", status=f"[bold {colour}]{status}[/bold {colour}]"))
    out.print("Label:    " + word(f"cli.score_view.label.{result.label}"))
    if result.advice is not None:
        own = result.advice.auditors
        departs = word("cli.score_view.advice_departs") if result.advice.departs else ""
        _hanging(word("cli.score_view.advice_head"),
                 word("cli.score_view.advice_rules", proposed=result.advice.proposed) + departs
                 + (word("cli.score_view.advice_auditors", advice=own.advice, by=own.by,
                         reason=own.reason) if own else ""))
    if result.decision is not None:
        decision = result.decision
        granted = word("cli.score_view.granted" if decision.granted else "cli.score_view.refused")
        number = word("cli.score_view.number", number=decision.number) if decision.number else ""
        _hanging(word("cli.score_view.decision_head"),
                 word("cli.score_view.decision", granted=granted, date=decision.date,
                      by=decision.by, number=number))
        if decision.signed_by:
            _hanging(word("cli.score_view.signed_head"), "; ".join(decision.signed_by))
        signature = result.signature_en if lang == "en" else result.signature
        if signature:
            _hanging(word("cli.score_view.signature_head"), signature)
    if result.valid_until:
        lapsed = word("cli.score_view.lapsed") if result.lapsed_on else ""
        out.print(word("cli.score_view.valid_until", date=result.valid_until.isoformat(),
                       lapsed=lapsed))
    out.print(word("cli.score_view.why"))
    for reason in sentences(result.explanation, lang):
        _hanging("  • ", reason)
    if result.deciding_norms:
        _hanging(word("cli.score_view.deciding"), ", ".join(result.deciding_norms))
