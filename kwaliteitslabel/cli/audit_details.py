"""`audit details`: the audit's own fields, shown or changed without editing YAML."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape

from kwaliteitslabel.cli.options import FileArgument, JsonOption, NormsOption
from kwaliteitslabel.cli.output import (
    out,
    print_json,
    warn_if_decision_lapsed,
    warn_mixed_scripts,
)
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import help_text, word

if TYPE_CHECKING:
    from kwaliteitslabel.audit.load import LoadedAudit

Texts = Annotated[list[str] | None, typer.Option(show_default=False)]

FIELDS = ("organisation", "scope", "fte", "route", "certifying_body", "auditors",
          "peer_organisations", "dates", "participants", "characterisation")


def _label(key: str) -> str:
    """How a field is named on screen ('route' is the same word in both languages)."""
    return key if key == "route" else word(f"cli.audit_details.label.{key}")


def _shown(loaded: LoadedAudit) -> dict[str, Any]:
    from kwaliteitslabel.audit.answer import plain

    data = plain(loaded.audit.model_dump(mode="json", exclude_none=True))
    return {key: data.get(key) for key in FIELDS}


def _print(loaded: LoadedAudit) -> None:
    for key, value in _shown(loaded).items():
        if isinstance(value, list):
            out.print(f"{_label(key)}:" + ("" if value else word("cli.audit_details.none")))
            for item in value:
                shown = "; ".join(str(v) for v in item.values()) if isinstance(item, dict) \
                    else str(item)
                out.print(f"  • {escape(shown)}", soft_wrap=True)
        elif key == "dates" and isinstance(value, dict):
            days = str(value.get("start", ""))
            days += word("cli.audit_details.until", end=value["end"]) if value.get("end") else ""
            out.print(f"{_label(key)}: {escape(days)}")
        elif isinstance(value, dict):
            out.print(f"{_label(key)}: " + escape(", ".join(f"{k} {v}" for k, v in
                                                            value.items())))
        else:
            shown = escape(str(value)) if value is not None else word("cli.audit_details.empty")
            out.print(f"{_label(key)}: {shown}", soft_wrap=True)


def show_or_change(
    file: FileArgument,
    organisation: Annotated[str | None, typer.Option(
        help=help_text("help.audit.details.organisation"),
                                                     show_default=False)] = None,
    scope: Annotated[str | None, typer.Option(help=help_text("help.audit.details.scope"),
                                              show_default=False)] = None,
    fte: Annotated[float | None, typer.Option(
        help=help_text("help.audit.details.fte"), show_default=False)]
    = None,
    certifying_body: Annotated[str | None, typer.Option(
        "--certifying-body",
help=help_text("help.audit.details.certifying_body"), show_default=False)] = None,
    auditor: Annotated[list[str] | None, typer.Option(
        "--auditor", help=help_text("help.audit.details.auditor"),
        show_default=False)] = None,
    peer: Annotated[list[str] | None, typer.Option(
        "--peer", help=help_text("help.audit.details.peer"), show_default=False)]
    = None,
    date: Annotated[str | None, typer.Option(help=help_text("help.audit.details.date"),
                                             show_default=False)] = None,
    end_date: Annotated[str | None, typer.Option(
        "--end-date", help=help_text("help.audit.details.end_date"), show_default=False)] = None,
    participant: Annotated[list[str] | None, typer.Option(
        "--participant", help=help_text("help.audit.details.participant"),
        show_default=False)] = None,
    characterisation: Annotated[str | None, typer.Option(
        help=help_text("help.audit.details.characterisation"), show_default=False)] = None,
    force: Annotated[bool, typer.Option(
        "--force", help=help_text("help.audit.details.force"))] = False,
    norms: NormsOption = None,
    as_json: JsonOption = False,
) -> None:
    from kwaliteitslabel.audit import details
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.store import save_header

    loaded = load_audit(file, norms)
    audit = loaded.audit
    changes: dict[str, Any] = {}
    if organisation is not None:
        changes["organisation"] = details.line("--organisation", organisation)
    if scope is not None:
        changes["scope"] = details.line("--scope", scope)
    if fte is not None:
        changes["fte"] = details.size("--fte", fte)
    if certifying_body is not None:
        changes["certifying_body"] = details.line("--certifying-body", certifying_body)
    if auditor is not None:
        changes["auditors"] = [details.auditor(text) for text in auditor if text.strip()]
    if peer is not None:
        changes["peer_organisations"] = [details.line("--peer", p) for p in peer if p.strip()]
    if participant is not None:
        changes["participants"] = [details.participant(text, loaded.framework)
                                   for text in participant if text.strip()]
    if characterisation is not None:
        changes["characterisation"] = details.text("--characterisation", characterisation)
    if date is not None or end_date is not None:
        start = details.start_within(details.day("--date", date), loaded.framework) \
            if date is not None else audit.dates.start
        end = details.day("--end-date", end_date) if end_date is not None else audit.dates.end
        if end is not None and end < start:
            raise InvalidInput(word("cli.audit_details.end_before_start", end=end, start=start))
        changes["dates"] = {"start": start, **({"end": end} if end else {})}
    if changes:
        before = loaded.audit
        loaded = save_header(loaded, changes, force=force)
        warn_if_decision_lapsed(before, loaded.audit)
        warn_mixed_scripts(loaded.audit)
        if not as_json:
            names = ", ".join(_label(key) for key in changes)
            out.print("[green]✓[/green] " + word("cli.audit_details.saved",
                                                 file=escape(str(file)), names=escape(names)))
            return
    if as_json:
        print_json({"file": str(file), **_shown(loaded)})
    else:
        _print(loaded)
