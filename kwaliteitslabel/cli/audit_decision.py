"""`audit advise` and `audit decide`: the auditors' advice, then the commission's decision."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.markup import escape

from kwaliteitslabel.cli.audit_sanction import record_sanction
from kwaliteitslabel.cli.options import FileArgument, NormsOption
from kwaliteitslabel.cli.output import err, out
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import current, help_text, word


def advise(
    file: FileArgument,
    advice: Annotated[str, typer.Option("--advice", help=help_text("help.audit.advise.advice"))],
    reason: Annotated[str, typer.Option("--reason", help=help_text("help.audit.advise.reason"))],
    by: Annotated[str, typer.Option("--by", help=help_text("help.audit.advise.by"))],
    date: Annotated[str | None, typer.Option("--date", help=help_text("help.audit.advise.date"),
                                             show_default=False)] = None,
    force: Annotated[bool, typer.Option(
        "--force", help=help_text("help.audit.advise.force"))] = False,
    norms: NormsOption = None,
) -> None:
    from kwaliteitslabel.audit import decision as steps
    from kwaliteitslabel.audit import details
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.scoring import evaluate
    from kwaliteitslabel.audit.store import save_header

    if advice not in ("positief", "negatief"):
        raise typer.BadParameter(word("cli.audit_decision.choose_advice"), param_hint="--advice")
    chosen: Literal["positief", "negatief"] = "positief" if advice == "positief" else "negatief"
    loaded = load_audit(file, norms)
    earlier = loaded.audit.advice
    if earlier is not None and not force:
        raise InvalidInput(word("cli.audit_decision.advice_exists", file=file,
                                advice=earlier.advice, by=earlier.by, date=earlier.date))
    recorded = steps.advice(loaded, advice=chosen, reason=details.text("--reason", reason),
                            by=details.line("--by", by),
                            on=details.day("--date", date) if date else None)
    saved = save_header(loaded, {"advice": recorded.model_dump(exclude_none=True)},
                        force=force)
    result = evaluate(saved.framework, saved.audit)
    assert result.advice is not None
    out.print("[green]✓[/green] " + word("cli.audit_decision.advice_saved", advice=advice,
                                         file=escape(str(file))))
    if loaded.audit.decision is not None and earlier != recorded:
        err.print(f"[yellow]{escape(word('cli.audit_decision.decision_void'))}[/yellow]",
                  soft_wrap=True)
    if result.advice.departs:
        out.print("  " + word("cli.audit_decision.departs", proposed=result.advice.proposed))


def decide(
    file: FileArgument,
    granted: Annotated[bool, typer.Option(
        "--granted", help=help_text("help.audit.decide.granted"))] = False,
    refused: Annotated[bool, typer.Option(
        "--refused", help=help_text("help.audit.decide.refused"))] = False,
    date: Annotated[str | None, typer.Option(
        "--date", help=help_text("help.audit.decide.date"), show_default=False)] = None,
    by: Annotated[str | None, typer.Option(
        "--by", help=help_text("help.audit.decide.by"), show_default=False)] = None,
    signed_by: Annotated[list[str] | None, typer.Option(
        "--signed-by", help=help_text("help.audit.decide.signed_by"),
        show_default=False)] = None,
    number: Annotated[str | None, typer.Option(
        "--number", help=help_text("help.audit.decide.number"))]
    = None,
    reason: Annotated[str | None, typer.Option(
        "--reason", help=help_text("help.audit.decide.reason"))] = None,
    despite_rules: Annotated[bool, typer.Option(
        "--despite-rules", help=help_text("help.audit.decide.despite_rules"))] = False,
    key: Annotated[Path | None, typer.Option(
        "--key", help=help_text("help.audit.decide.key"), show_default=False)] = None,
    force: Annotated[bool, typer.Option(
        "--force", help=help_text("help.audit.decide.force"))] = False,
    norms: NormsOption = None,
    suspend: Annotated[bool, typer.Option(
        "--suspend", help=help_text("help.audit.decide.suspend"))] = False,
    withdraw: Annotated[bool, typer.Option(
        "--withdraw", help=help_text("help.audit.decide.withdraw"))] = False,
) -> None:
    from kwaliteitslabel.audit import decision as steps
    from kwaliteitslabel.audit import details, signing
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.scoring import evaluate
    from kwaliteitslabel.audit.store import save_header

    if suspend or withdraw:
        if suspend and withdraw or granted or refused or number:
            raise typer.BadParameter(word("cli.audit_decision.sanction_alone"),
                                     param_hint="--suspend / --withdraw")
        record_sanction(file, kind="geschorst" if suspend else "ingetrokken", date=date,
                        by=by, reason=reason, force=force, norms=norms)
        return
    if granted == refused:
        raise typer.BadParameter(word("cli.audit_decision.choose_one"),
                                 param_hint="--granted / --refused")
    if date is None or by is None:
        raise typer.BadParameter(word("cli.audit_decision.date_and_by"),
                                 param_hint="--date / --by")
    private = signing.load_private(key) if key is not None else None
    loaded = load_audit(file, norms)
    earlier = loaded.audit.decision
    if earlier is not None and not force:
        what = word("cli.audit_decision.granted" if earlier.granted
                    else "cli.audit_decision.refused")
        raise InvalidInput(word("cli.audit_decision.decision_exists", file=file, what=what,
                                date=earlier.date, by=earlier.by))
    if number is not None and not number.strip():
        raise InvalidInput(word("cli.audit_decision.number_empty"))
    recorded = steps.decision(
        loaded, granted=granted, date=details.day("--date", date), by=details.line("--by", by),
        signed_by=[details.line("--signed-by", person) for person in signed_by or []],
        number=details.line("--number", number) if number else None,
        reason=details.text("--reason", reason) if reason else None,
        despite_rules=despite_rules, key=private)
    saved = save_header(loaded, {"decision": recorded.model_dump(exclude_none=True,
                                                                 exclude_defaults=True)},
                        force=force)
    result = evaluate(saved.framework, saved.audit)
    registering = result.advice is not None and saved.framework.manifest.route(
        saved.audit.route) is not None and saved.framework.manifest.route(
        saved.audit.route).outcome == "registratie"  # type: ignore[union-attr]
    body = escape(recorded.by)
    lang = current()
    if registering:
        what = word("cli.audit_decision.registered" if granted
                    else "cli.audit_decision.not_registered")
        saved_text = word("cli.audit_decision.registration_saved", what=what,
                          date=recorded.date, by=body)
    elif granted:
        saved_text = word("cli.audit_decision.granted_saved", date=recorded.date, by=body,
                          until=result.valid_until)
    else:
        saved_text = word("cli.audit_decision.refused_saved", date=recorded.date, by=body)
    out.print(f"[green]✓[/green] {saved_text}")
    signature = result.signature_en if lang == "en" else result.signature
    if signature:
        out.print(f"  {escape(signature[:1].upper() + signature[1:])}.", soft_wrap=True)
    if result.status == "concept":
        missing = "; ".join(check.text(lang) for check in result.missing)
        err.print(f"[yellow]{escape(word('cli.audit_decision.no_label', missing=missing))}"
                  "[/yellow]", soft_wrap=True)
