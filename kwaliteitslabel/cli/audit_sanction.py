"""`audit decide --suspend|--withdraw`: the commission suspends or withdraws a label."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from kwaliteitslabel.cli.output import out
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import word

if TYPE_CHECKING:
    from kwaliteitslabel.audit.sanction import SanctionKind


def record_sanction(file: Path, *, kind: SanctionKind, date: str | None, by: str | None,
                    reason: str | None, force: bool, norms: Path | None) -> None:
    """Check and save a suspension or withdrawal (through the one save path)."""
    from kwaliteitslabel.audit import details
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.sanction import Sanction, check_sanction, label_since
    from kwaliteitslabel.audit.scoring import evaluate
    from kwaliteitslabel.audit.store import save_header

    if date is None or by is None or reason is None:
        raise typer.BadParameter(word("cli.audit_sanction.give"),
                                 param_hint="--date / --by / --reason")
    day = details.day("--date", date)
    who = details.line("--by", by)
    why = details.text("--reason", reason)
    loaded = load_audit(file, norms)
    audit = loaded.audit
    result = evaluate(loaded.framework, audit.model_copy(update={"sanction": None}))
    since = label_since(result.status, audit.decision.date if audit.decision else None,
                        audit.dates.last)
    problem = check_sanction(kind=kind, date=day, label_since=since, earlier=audit.sanction,
                             auditors=[auditor.name for auditor in audit.auditors], by=who,
                             force=force)
    if problem is not None:
        raise InvalidInput(f"{file}: {problem}")
    sanction = Sanction(kind=kind, date=day, reason=why, by=who)
    save_header(loaded, {"sanction": sanction.model_dump()}, force=force)
    out.print("[green]✓[/green] " + word("cli.audit_sanction.saved",
                                         what=word(f"cli.audit_sanction.{kind}"), day=day,
                                         who=escape(who), file=escape(str(file))))
