"""How `register stats` shows the statistics in a terminal."""

from __future__ import annotations

from rich import box
from rich.markup import escape
from rich.table import Table

from kwaliteitslabel.cli.output import out
from kwaliteitslabel.cycle.statistics import ROUTE_GAP, FrameworkStats
from kwaliteitslabel.words import word


def print_stats(result: list[FrameworkStats]) -> None:
    if not result:
        out.print(word("cli.register_views.none"))
        return
    for item in result:
        routes = ", ".join(f"{route} {count}" for route, count in sorted(item.routes.items()))
        out.print(word("cli.register_views.framework", version=escape(item.version),
                       audits=item.audits, routes=routes))
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1))
        table.add_column("norm", no_wrap=True, min_width=4)
        table.add_column(word("cli.register_views.norm_title"), max_width=26,
                         overflow="ellipsis", no_wrap=True)
        roles = item.roles
        not_met = (word("cli.register_views.or").join(roles.word(verdict)
                                                      for verdict in roles.not_met)
                   or word("cli.register_views.not_met"))
        headings = [*(roles.word(verdict) for verdict in roles.verdicts), "open",
                    f"% {not_met}", word("cli.register_views.points")]
        for heading in headings:
            table.add_column(heading, justify="right", no_wrap=True, min_width=len(heading))
        for norm in item.norms:
            table.add_row(norm.norm_id, escape(norm.title),
                          *(str(norm.counts.get(kind, 0)) for kind in [*roles.verdicts, "open"]),
                          f"{norm.share(roles.not_met):.0f}",
                          str(norm.points))
        out.print(table)
        out.print(f"[dim]{word('cli.register_views.legend', not_met=not_met)}[/dim]")
        _rankings(item)


def _rankings(item: FrameworkStats) -> None:
    failing = item.failing()
    out.print(f"[bold]{word('cli.register_views.failing')}[/bold]")
    for norm in failing:
        names = _names(item, item.named_for(norm, item.roles.not_met))
        out.print(word("cli.register_views.failing_norm", norm=norm.norm_id,
                       title=escape(norm.title), counts=item.failing_words(norm),
                       scored=norm.scored, names=names))
    if not failing:
        out.print(word("cli.register_views.nothing"))
    reasoned = word("cli.register_views.or").join(item.roles.word(verdict)
                                                  for verdict in item.roles.reasoned)
    verdicts = escape(reasoned or word("cli.register_views.with_reason"))
    out.print(f"[bold]{word('cli.register_views.most_often', verdicts=verdicts)}[/bold]")
    for norm in item.not_applicable():
        names = _names(item, item.named_for(norm, item.roles.reasoned))
        out.print(word("cli.register_views.times", norm=norm.norm_id, title=escape(norm.title),
                       count=norm.count_of(item.roles.reasoned), names=names))
    if not item.not_applicable():
        out.print(word("cli.register_views.nothing"))
    out.print(f"[bold]{word('cli.register_views.points_per_norm')}[/bold]")
    for norm in item.recurring_points():
        out.print(word("cli.register_views.points_in", norm=norm.norm_id,
                       title=escape(norm.title), points=norm.points,
                       audits=norm.audits_with_points))
        for text, count in norm.recurring.most_common(3):
            if count > 1:
                out.print(f"    {count}×: {escape(_short(norm.wording[text]))}")
    if not item.recurring_points():
        out.print(word("cli.register_views.nothing"))
    best = item.roles.word(item.roles.best or "")
    out.print(f"[bold]{word('cli.register_views.routes')}[/bold]"
              + word("cli.register_views.routes_how", best=escape(best), gap=f"{ROUTE_GAP:.0f}"))
    differences = item.route_differences()
    for norm, shares in differences:
        parts = ", ".join(f"{route} {share:.0f}%" for route, share in shares.items())
        out.print(f"  {norm.norm_id} {escape(norm.title)}: {parts}")
    if not differences:
        out.print(word("cli.register_views.routes_none"))
    out.print("")


def _names(item: FrameworkStats, names: list[str]) -> str:
    if not item.named or not names:
        return ""
    return " (" + ", ".join(escape(name) for name in sorted(set(names))) + ")"


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
