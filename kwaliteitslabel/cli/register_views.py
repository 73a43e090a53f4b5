"""How `register stats` shows the statistics in a terminal."""

from __future__ import annotations

from rich import box
from rich.markup import escape
from rich.table import Table

from kwaliteitslabel.cli.output import out
from kwaliteitslabel.cycle.statistics import ROUTE_GAP, FrameworkStats


def print_stats(result: list[FrameworkStats]) -> None:
    if not result:
        out.print("Geen leesbare audits gevonden.")
        return
    for item in result:
        routes = ", ".join(f"{route} {count}" for route, count in sorted(item.routes.items()))
        out.print(f"[bold]Normenkader {escape(item.version)}[/bold]: {item.audits} audits "
                  f"({routes})")
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1))
        table.add_column("norm", no_wrap=True, min_width=4)
        table.add_column("titel", max_width=26, overflow="ellipsis", no_wrap=True)
        roles = item.roles
        not_met = " of ".join(roles.word(verdict) for verdict in roles.not_met) or "niet"
        headings = [*(roles.word(verdict) for verdict in roles.verdicts), "open",
                    f"% {not_met}", "punten"]
        for heading in headings:
            table.add_column(heading, justify="right", no_wrap=True, min_width=len(heading))
        for norm in item.norms:
            table.add_row(norm.norm_id, escape(norm.title),
                          *(str(norm.counts.get(kind, 0)) for kind in [*roles.verdicts, "open"]),
                          f"{norm.share(roles.not_met):.0f}",
                          str(norm.points))
        out.print(table)
        out.print("[dim]Per norm: hoe vaak elk oordeel gegeven is (open: nog geen oordeel), "
                  f"het aandeel '{not_met}' van de gegeven oordelen, en het aantal "
                  "verbeterpunten.[/dim]")
        _rankings(item)


def _rankings(item: FrameworkStats) -> None:
    failing = item.failing()
    out.print("[bold]Het vaakst niet (of deels) voldaan[/bold]")
    for norm in failing:
        names = _names(item, item.named_for(norm, item.roles.not_met))
        out.print(f"  {norm.norm_id} {escape(norm.title)}: {item.failing_words(norm)} van "
                  f"{norm.scored}{names}")
    if not failing:
        out.print("  geen")
    reasoned = " of ".join(item.roles.word(verdict) for verdict in item.roles.reasoned)
    out.print(f"[bold]Het vaakst {escape(reasoned or 'met een reden')}[/bold]")
    for norm in item.not_applicable():
        names = _names(item, item.named_for(norm, item.roles.reasoned))
        out.print(f"  {norm.norm_id} {escape(norm.title)}: "
                  f"{norm.count_of(item.roles.reasoned)} keer{names}")
    if not item.not_applicable():
        out.print("  geen")
    out.print("[bold]Verbeterpunten per norm[/bold]")
    for norm in item.recurring_points():
        out.print(f"  {norm.norm_id} {escape(norm.title)}: {norm.points} punten in "
                  f"{norm.audits_with_points} audits")
        for text, count in norm.recurring.most_common(3):
            if count > 1:
                out.print(f"    {count}×: {escape(_short(norm.wording[text]))}")
    if not item.recurring_points():
        out.print("  geen")
    best = item.roles.word(item.roles.best or "")
    out.print(f"[bold]Verschil tussen routes[/bold] (aandeel {escape(best)}, verschil ≥ "
              f"{ROUTE_GAP:.0f} procentpunt)")
    differences = item.route_differences()
    for norm, shares in differences:
        parts = ", ".join(f"{route} {share:.0f}%" for route, share in shares.items())
        out.print(f"  {norm.norm_id} {escape(norm.title)}: {parts}")
    if not differences:
        out.print("  geen (of te weinig audits per route om te vergelijken)")
    out.print("")


def _names(item: FrameworkStats, names: list[str]) -> str:
    if not item.named or not names:
        return ""
    return " (" + ", ".join(escape(name) for name in sorted(set(names))) + ")"


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
