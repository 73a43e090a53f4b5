"""How `register stats` shows the statistics in a terminal."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table

from kwaliteitslabel.cli.output import out
from kwaliteitslabel.cycle.statistics import ROUTE_GAP, FrameworkStats

HEADINGS = {"voldoet": "voldoet", "voldoet_deels": "deels", "voldoet_niet": "niet",
            "nvt": "nvt", "open": "open"}


def print_stats(result: list[FrameworkStats]) -> None:
    if not result:
        out.print("Geen leesbare audits gevonden.")
        return
    for item in result:
        routes = ", ".join(f"{route} {count}" for route, count in sorted(item.routes.items()))
        out.print(f"[bold]Normenkader {escape(item.version)}[/bold]: {item.audits} audits "
                  f"({routes})")
        table = Table(title_justify="left")
        table.add_column("norm")
        table.add_column("titel", max_width=38, overflow="ellipsis", no_wrap=True)
        for heading in HEADINGS.values():
            table.add_column(heading, justify="right")
        table.add_column("% niet", justify="right")
        table.add_column("verbeterpunten", justify="right")
        for norm in item.norms:
            table.add_row(norm.norm_id, escape(norm.title),
                          *(str(norm.counts.get(kind, 0)) for kind in HEADINGS),
                          f"{norm.share('voldoet_niet'):.0f}",
                          f"{norm.points} in {norm.audits_with_points}")
        out.print(table)
        _rankings(item)


def _rankings(item: FrameworkStats) -> None:
    failing = item.failing()
    out.print("[bold]Het vaakst niet (of deels) voldaan[/bold]")
    for norm in failing:
        names = _names(item, norm.named.get("voldoet_niet", []))
        out.print(f"  {norm.norm_id} {escape(norm.title)}: niet {norm.counts['voldoet_niet']}, "
                  f"deels {norm.counts['voldoet_deels']} van {norm.scored}{names}")
    if not failing:
        out.print("  geen")
    out.print("[bold]Het vaakst niet van toepassing (nvt)[/bold]")
    for norm in item.not_applicable():
        names = _names(item, norm.named.get("nvt", []))
        out.print(f"  {norm.norm_id} {escape(norm.title)}: {norm.counts['nvt']} keer{names}")
    if not item.not_applicable():
        out.print("  geen")
    out.print("[bold]Verbeterpunten per norm[/bold]")
    for norm in item.recurring_points():
        out.print(f"  {norm.norm_id} {escape(norm.title)}: {norm.points} punten in "
                  f"{norm.audits_with_points} audits")
        for text, count in norm.recurring.most_common(3):
            if count > 1:
                out.print(f"    {count}×: {escape(norm.wording[text])}")
    if not item.recurring_points():
        out.print("  geen")
    out.print(f"[bold]Verschil tussen routes[/bold] (aandeel voldoet, verschil ≥ "
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
