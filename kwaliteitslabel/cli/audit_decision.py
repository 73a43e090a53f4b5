"""`audit advise` and `audit decide`: the auditors' advice, then the commission's decision."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.markup import escape

from kwaliteitslabel.audit import decision as steps
from kwaliteitslabel.audit import details
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.scoring import evaluate
from kwaliteitslabel.audit.store import save_header
from kwaliteitslabel.cli.audit_sanction import record_sanction
from kwaliteitslabel.cli.errors import reports_errors
from kwaliteitslabel.cli.options import NormsOption
from kwaliteitslabel.cli.output import out
from kwaliteitslabel.errors import InvalidInput

FileArgument = Annotated[Path, typer.Argument(metavar="FILE", help="Het auditbestand (YAML).",
                                              readable=False)]


@reports_errors
def advise(
    file: FileArgument,
    advice: Annotated[str, typer.Option("--advice", help="positief of negatief.")],
    reason: Annotated[str, typer.Option("--reason", help="Waarom de auditoren zo adviseren.")],
    by: Annotated[str, typer.Option("--by", help="Wie het advies geeft (de lead auditor).")],
    date: Annotated[str | None, typer.Option("--date", help="Datum van het advies, "
                                             "JJJJ-MM-DD (standaard vandaag).",
                                             show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Vervang een advies dat er al "
                                        "staat.")] = False,
    norms: NormsOption = None,
) -> None:
    """Leg het eigen advies van de auditoren aan de commissie vast, met een reden."""
    if advice not in ("positief", "negatief"):
        raise typer.BadParameter("kies positief of negatief", param_hint="--advice")
    chosen: Literal["positief", "negatief"] = "positief" if advice == "positief" else "negatief"
    loaded = load_audit(file, norms)
    earlier = loaded.audit.advice
    if earlier is not None and not force:
        raise InvalidInput(f"{file}: er is al een advies ({earlier.advice}, {earlier.by}, "
                           f"{earlier.date}); herhaal met --force om het te vervangen")
    recorded = steps.advice(loaded, advice=chosen, reason=details.text("--reason", reason),
                            by=details.line("--by", by),
                            on=details.day("--date", date) if date else None)
    saved = save_header(loaded, {"advice": recorded.model_dump(exclude_none=True)},
                        force=force)
    result = evaluate(saved.framework, saved.audit)
    assert result.advice is not None
    out.print(f"[green]✓[/green] Advies {advice} vastgelegd in {escape(str(file))}.")
    if result.advice.departs:
        out.print(f"  Let op: de beslisregels geven een {result.advice.proposed} advies; "
                  "rapport en score tonen beide.")


@reports_errors
def decide(
    file: FileArgument,
    granted: Annotated[bool, typer.Option("--granted", help="Het certificaat is "
                                          "toegekend.")] = False,
    refused: Annotated[bool, typer.Option("--refused", help="Het certificaat is niet "
                                          "toegekend.")] = False,
    date: Annotated[str | None, typer.Option("--date", help="Datum van het besluit, "
                                             "JJJJ-MM-DD.", show_default=False)] = None,
    by: Annotated[str | None, typer.Option("--by", help="Wie besluit, bijv. "
                                           "'beheercommissie Kwaliteitslabel'.",
                                           show_default=False)] = None,
    number: Annotated[str | None, typer.Option("--number", help="Het certificaatnummer.")]
    = None,
    reason: Annotated[str | None, typer.Option("--reason", help="Toelichting bij het "
                                               "besluit.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Vervang een besluit dat er al "
                                        "staat.")] = False,
    norms: NormsOption = None,
    suspend: Annotated[bool, typer.Option("--suspend", help="Schors het label (met --date, "
                                          "--by en --reason).")] = False,
    withdraw: Annotated[bool, typer.Option("--withdraw", help="Trek het label in (met "
                                           "--date, --by en --reason).")] = False,
) -> None:
    """Leg het besluit van de beheercommissie over het certificaat vast, of schors of trek
    het label in."""
    if suspend or withdraw:
        if suspend and withdraw or granted or refused or number:
            raise typer.BadParameter("--suspend of --withdraw staat alleen, zonder "
                                     "--granted, --refused of --number",
                                     param_hint="--suspend / --withdraw")
        record_sanction(file, kind="geschorst" if suspend else "ingetrokken", date=date,
                        by=by, reason=reason, force=force, norms=norms)
        return
    if granted == refused:
        raise typer.BadParameter("kies één van beide: --granted of --refused",
                                 param_hint="--granted / --refused")
    if date is None or by is None:
        raise typer.BadParameter("geef --date en --by", param_hint="--date / --by")
    loaded = load_audit(file, norms)
    earlier = loaded.audit.decision
    if earlier is not None and not force:
        word = "toegekend" if earlier.granted else "niet toegekend"
        raise InvalidInput(f"{file}: er is al een besluit ({word} op {earlier.date} door "
                           f"{earlier.by}); herhaal met --force om het te vervangen")
    recorded = steps.decision(
        loaded, granted=granted, date=details.day("--date", date), by=details.line("--by", by),
        number=details.line("--number", number) if number else None,
        reason=details.text("--reason", reason) if reason else None)
    saved = save_header(loaded, {"decision": recorded.model_dump(exclude_none=True)},
                        force=force)
    result = evaluate(saved.framework, saved.audit)
    if granted:
        out.print(f"[green]✓[/green] Certificaat toegekend op {recorded.date} door "
                  f"{escape(recorded.by)}; geldig tot {result.valid_until}.")
    else:
        out.print(f"[green]✓[/green] Besluit vastgelegd: het certificaat is niet toegekend "
                  f"({recorded.date}, {escape(recorded.by)}).")
