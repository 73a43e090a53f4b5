"""`kwaliteitslabel audit compare OLD NEW [--json]`: what changed between two audits."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from kwaliteitslabel.cli.options import JsonOption, NormsOption
from kwaliteitslabel.cli.output import err, out, print_json
from kwaliteitslabel.words import help_text, word

if TYPE_CHECKING:  # the core is imported inside the command: help stays light
    from kwaliteitslabel.cycle.compare import Comparison

STYLES = {"beter": "green", "slechter": "red", "niet_vergelijkbaar": "yellow"}


def _change(change: str) -> str:
    return word(f"cli.audit_compare.change.{change}")


def _verdict(verdict: str | None) -> str:
    return verdict.replace("_", " ") if verdict else "open"


def _pct(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.1f}%".replace(".", word("cli.audit_compare.decimal_mark"))


def compare_command(
    old: Annotated[Path, typer.Argument(metavar="OLD", readable=False,
                                        help=help_text("help.audit.compare.old"))],
    new: Annotated[Path, typer.Argument(metavar="NEW", readable=False,
                                        help=help_text("help.audit.compare.new"))],
    norms: NormsOption = None,
    as_json: JsonOption = False,
) -> None:
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.cycle.compare import compare

    comparison = compare(load_audit(old, norms, editable=False),
                         load_audit(new, norms, editable=False))
    if as_json:
        print_json(comparison.as_json())
        return
    _show(comparison)


def _show(comparison: Comparison) -> None:
    from kwaliteitslabel import identity
    from kwaliteitslabel.cycle.compare import CHANGES

    old, new = comparison.old, comparison.new
    if not identity.same(old.audit.organisation, new.audit.organisation):
        err.print("[yellow]" + word("cli.audit_compare.other_organisation",
                                    old=escape(old.audit.organisation),
                                    new=escape(new.audit.organisation)) + "[/yellow]",
                  soft_wrap=True)
    out.print(word("cli.audit_compare.header", old=escape(str(old.path)),
                   old_start=old.audit.dates.start, old_version=escape(old.framework.version),
                   new=escape(str(new.path)), new_start=new.audit.dates.start,
                   new_version=escape(new.framework.version)))
    table = Table(box=None, pad_edge=False, show_edge=False)
    for header in ("norm", *(word(f"cli.audit_compare.{key}") for key in (
            "formerly", "previous_verdict", "now", "change"))):
        table.add_column(header)
    for row in comparison.norms:
        change = _change(row.change)
        style = STYLES.get(row.change)
        table.add_row(row.norm or "-", ", ".join(row.old_norms),
                      ", ".join(_verdict(v) for v in row.old) if row.old_norms else "-",
                      _verdict(row.new) if row.norm else "-",
                      f"[{style}]{change}[/{style}]" if style else change)
    out.print(table)
    out.print()
    areas = Table(box=None, pad_edge=False, show_edge=False)
    for key in ("area", "previous_score", "score_now", "change", "norms"):
        areas.add_column(word(f"cli.audit_compare.{key}"))
    for area in comparison.areas:
        counts = ", ".join(f"{_change(k)} {v}" for k, v in area.counts.items())
        areas.add_row(escape(area.name), _pct(area.old_pct), _pct(area.new_pct),
                      _change(area.change), counts)
    out.print(areas)
    totals = comparison.counts()
    out.print(word("cli.audit_compare.total", counts=" · ".join(
        f"{_change(c)} {totals[c]}" for c in CHANGES if totals[c])))
