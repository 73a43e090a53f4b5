"""The two steps after the audit: the auditors' advice, then the commission's decision.

The certifying body only advises; the beheercommissie Kwaliteitslabel grants the
certificate, and the validity runs from its decision. These functions say whether a
step may be recorded now and build what is recorded; saving is the store's work.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from kwaliteitslabel.audit import readiness
from kwaliteitslabel.audit.basis import basis_of
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.model import AuditorsAdvice, Decision
from kwaliteitslabel.audit.scoring import evaluate
from kwaliteitslabel.errors import InvalidInput


def _certifying(loaded: LoadedAudit, step: str) -> None:
    route = loaded.framework.manifest.route(loaded.audit.route)
    if route is None or route.outcome != "certificaat":
        name = route.name if route else loaded.audit.route
        raise InvalidInput(f"{loaded.path}: {step} hoort bij een route die tot een "
                           f"certificaat kan leiden; deze audit is een {name}")


def advice(loaded: LoadedAudit, *, advice: Literal["positief", "negatief"], reason: str, by: str,
           on: dt.date | None = None, today: dt.date | None = None) -> AuditorsAdvice:
    """The auditors' own advice; only on a certifying route, once every norm is scored."""
    _certifying(loaded, "een advies aan de commissie")
    result = evaluate(loaded.framework, loaded.audit)
    if not result.complete:
        raise InvalidInput(f"{loaded.path}: nog {len(result.open_norms)} normen open "
                           f"({', '.join(result.open_norms[:8])}); een advies volgt op een "
                           "afgeronde audit")
    day = on or today or dt.date.today()
    names = {auditor.name.casefold() for auditor in loaded.audit.auditors}
    if by.casefold() not in names:
        raise InvalidInput(f"--by: {by} staat niet onder de auditoren van deze audit; het "
                           "advies komt van de auditoren (audit details --auditor)")
    if loaded.audit.dates.last > (today or dt.date.today()):
        raise InvalidInput(f"{loaded.path}: de audit loopt nog (laatste auditdag "
                           f"{loaded.audit.dates.last}); het advies volgt op de audit")
    if day < loaded.audit.dates.start:
        raise InvalidInput(f"--date: het advies ({day}) ligt voor de eerste auditdag "
                           f"({loaded.audit.dates.start}); controleer de datum")
    if day > (today or dt.date.today()):
        raise InvalidInput(f"--date: het advies ({day}) ligt in de toekomst")
    if loaded.audit.decision is not None and day > loaded.audit.decision.date:
        raise InvalidInput(f"--date: het advies ({day}) ligt na het besluit van de commissie "
                           f"({loaded.audit.decision.date})")
    return AuditorsAdvice(advice=advice, reason=reason, by=by, date=day)


def decision(loaded: LoadedAudit, *, granted: bool, date: dt.date, by: str,
             number: str | None = None, reason: str | None = None,
             today: dt.date | None = None) -> Decision:
    """The commission's decision; only on a complete, ready audit, granted only on a
    positive advice."""
    _certifying(loaded, "een besluit over het certificaat")
    audit = loaded.audit.model_copy(update={"decision": None})  # the one to replace
    ready = readiness.check(loaded.framework, audit)
    if not ready.ready:
        missing = "; ".join(check.text() for check in ready.missing)
        raise InvalidInput(f"{loaded.path}: de audit is nog niet klaar voor een besluit: "
                           f"{missing}. Zie 'kwaliteitslabel audit check {loaded.path}'.")
    result = evaluate(loaded.framework, audit)
    assert result.advice is not None
    if granted and result.advice.effective != "positief":
        raise InvalidInput(f"{loaded.path}: het advies aan de commissie is negatief; het "
                           "certificaat kan alleen op een positief advies worden toegekend")
    if date < audit.dates.last:
        raise InvalidInput(f"--date: het besluit ({date}) ligt voor de laatste auditdag "
                           f"({audit.dates.last}); controleer de datum")
    own = audit.advice
    if own is not None and date < own.date:
        raise InvalidInput(f"--date: het besluit ({date}) ligt voor het advies van de "
                           f"auditoren ({own.date}); controleer de datum")
    if date > (today or dt.date.today()):
        raise InvalidInput(f"--date: het besluit ({date}) ligt in de toekomst; leg een "
                           "besluit vast als het genomen is")
    if by.casefold() in {auditor.name.casefold() for auditor in audit.auditors}:
        raise InvalidInput(f"--by: {by} is een van de auditoren; de certificerende instelling "
                           "adviseert alleen, de beheercommissie besluit")
    return Decision(granted=granted, date=date, by=by, number=number, reason=reason,
                    basis=basis_of(audit))
