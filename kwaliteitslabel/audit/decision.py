"""The two steps after the audit: the formal advice, then the commission's act.

The certifying body only advises, through its lead auditor of the audit; the body the
framework names (the beheercommissie Kwaliteitslabel) grants the certificate or, on an
intercollegial route, registers the audit. These functions say whether a step may be
recorded now and build what is recorded; saving is the store's work.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kwaliteitslabel import identity
from kwaliteitslabel.audit import plan, readiness, signing
from kwaliteitslabel.audit.basis import advice_basis_of, advice_holds, basis_of
from kwaliteitslabel.audit.explain import sentences
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.model import Audit, AuditorsAdvice, Decision
from kwaliteitslabel.audit.scoring import evaluate, rules_outcome
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.messages import closest
from kwaliteitslabel.words import word

LEAD_ROLES = ("lead auditor", "lead-auditor", "leadauditor", "hoofdauditor")


def _route_outcome(loaded: LoadedAudit, step: str, allowed: tuple[str, ...]) -> str:
    route = loaded.framework.manifest.route(loaded.audit.route)
    if route is None or route.outcome not in allowed:
        name = route.name if route else loaded.audit.route
        raise InvalidInput(word("audit.decision.not_on_route", path=loaded.path,
                                step=word(step), name=name))
    return route.outcome


def lead_auditors(audit: Audit) -> list[str]:
    """The certifying body's lead auditors of the audit: who may sign the formal advice."""
    return [auditor.name for auditor in audit.auditors
            if auditor.role and any(identity.same(auditor.role, role) for role in LEAD_ROLES)
            and (auditor.organisation is None
                 or identity.same(auditor.organisation, audit.certifying_body))]


def latest_verdict(audit: Audit) -> dt.date | None:
    days = [result.assessed_at.date() for result in audit.results.values()
            if result.assessed_at is not None and result.score is not None]
    return max(days, default=None)


def advice(loaded: LoadedAudit, *, advice: Literal["positief", "negatief"], reason: str, by: str,
           on: dt.date | None = None, today: dt.date | None = None) -> AuditorsAdvice:
    """The formal advice; only on a certifying route, once every norm is scored, given by
    the certifying body's lead auditor, not before the verdicts it rests on."""
    _route_outcome(loaded, "audit.decision.step_advice", ("certificaat",))
    audit = loaded.audit.model_copy(update={"advice": None, "decision": None})
    result = evaluate(loaded.framework, audit)
    if not result.complete:
        raise InvalidInput(word("audit.decision.open_norms", path=loaded.path,
                                count=len(result.open_norms),
                                norms=", ".join(result.open_norms[:8])))
    today = today or dt.date.today()
    day = on or today
    refused = identity.refusal("--by", by)
    if refused:
        raise InvalidInput(refused)
    leads = lead_auditors(audit)
    if not any(identity.same(by, name) for name in leads):
        who = ", ".join(leads) if leads else word("audit.decision.no_lead")
        raise InvalidInput(word("audit.decision.not_lead", by=identity.shown(by),
                                body=audit.certifying_body
                                or word("audit.decision.body_not_recorded"), leads=who))
    if audit.dates.last > today:
        raise InvalidInput(word("audit.decision.audit_running", path=loaded.path,
                                last=audit.dates.last))
    if day < audit.dates.start:
        raise InvalidInput(word("audit.decision.advice_before_start", day=day,
                                start=audit.dates.start))
    verdicts = latest_verdict(audit)
    if verdicts is not None and day < verdicts:
        raise InvalidInput(word("audit.decision.advice_before_verdicts", day=day,
                                verdicts=verdicts))
    if day > today:
        raise InvalidInput(word("audit.decision.advice_in_future", day=day))
    assert result.advice is not None
    refused_plan = plan.refusal(loaded.framework, audit, word("audit.decision.positive_advice"),
                                loaded.path) if advice == "positief" else None
    if refused_plan:
        raise InvalidInput(f"{loaded.path}: {refused_plan}")
    if advice != result.advice.proposed and len(reason.split()) < 3:
        raise InvalidInput(word("audit.decision.advice_departs",
                                proposed=result.advice.proposed))
    return AuditorsAdvice(advice=advice, reason=reason, by=by, date=day,
                          basis=advice_basis_of(audit))


def _decider(loaded: LoadedAudit, by: str) -> None:
    body = loaded.framework.manifest.deciding_body
    refused = identity.refusal("--by", by)
    if refused:
        raise InvalidInput(refused)
    if identity.same(by, body):
        return
    hint = closest(identity.key(by), [identity.key(body)])
    key = "audit.decision.not_deciding_body_hint" if hint else "audit.decision.not_deciding_body"
    raise InvalidInput(word(key, by=identity.shown(by), body=body))


def _signatories(audit: Audit, signed_by: list[str]) -> None:
    for person in signed_by:
        refused = identity.refusal("--signed-by", person)
        if refused:
            raise InvalidInput(refused)
        name = person.split(",")[0]
        if any(identity.same(name, auditor.name) for auditor in audit.auditors):
            raise InvalidInput(word("audit.decision.signatory_auditor",
                                    name=identity.shown(name)))


def decision(loaded: LoadedAudit, *, granted: bool, date: dt.date, by: str,
             signed_by: list[str] | None = None, number: str | None = None,
             reason: str | None = None, despite_rules: bool = False,
             key: Ed25519PrivateKey | None = None, today: dt.date | None = None) -> Decision:
    """The commission's act: a certificate (certifying routes) or a registration
    (intercollegial), granted only on a positive outcome, signed with `key`."""
    outcome = _route_outcome(loaded, "audit.decision.step_decision",
                             ("certificaat", "registratie"))
    _decider(loaded, by)
    audit = loaded.audit.model_copy(update={"decision": None})  # the one to replace
    _signatories(audit, signed_by or [])
    if audit.advice is not None and not advice_holds(audit):
        raise InvalidInput(f"{loaded.path}: {word('audit.decision.stale_advice')}")
    ready = readiness.check(loaded.framework, audit)
    if not ready.ready:
        missing = "; ".join(check.text() for check in ready.missing)
        raise InvalidInput(word("audit.decision.not_ready", path=loaded.path, missing=missing))
    result = evaluate(loaded.framework, audit)
    assert result.advice is not None
    if outcome == "registratie":
        if granted and result.advice.proposed != "positief":
            _, reasons, _ = rules_outcome(loaded.framework, audit)
            why = " ".join(sentences(reasons[1:])) or word("audit.decision.negative")
            raise InvalidInput(word("audit.decision.registration_refused", path=loaded.path,
                                    why=why))
    else:
        if granted and audit.advice is None:
            raise InvalidInput(word("audit.decision.no_advice", path=loaded.path))
        if granted and result.advice.effective != "positief":
            raise InvalidInput(word("audit.decision.negative_advice", path=loaded.path))
        refused_plan = plan.refusal(loaded.framework, audit,
                                    word("audit.decision.the_certificate"),
                                    loaded.path) if granted else None
        if refused_plan:
            raise InvalidInput(f"{loaded.path}: {refused_plan}")
        if granted and result.advice.departs and not despite_rules:
            raise InvalidInput(word("audit.decision.despite_rules", path=loaded.path,
                                    proposed=result.advice.proposed))
    if date < audit.dates.last:
        raise InvalidInput(word("audit.decision.before_last_day", date=date,
                                last=audit.dates.last))
    verdicts = latest_verdict(audit)
    if verdicts is not None and date < verdicts:
        raise InvalidInput(word("audit.decision.before_verdicts", date=date, verdicts=verdicts))
    own = audit.advice
    if own is not None and date < own.date:
        raise InvalidInput(word("audit.decision.before_advice", date=date, advice=own.date))
    if date > (today or dt.date.today()):
        raise InvalidInput(word("audit.decision.in_future", date=date))
    recorded = Decision(granted=granted, date=date, by=by, signed_by=list(signed_by or []),
                        number=number, reason=reason,
                        despite_rules=despite_rules and bool(result.advice.departs))
    if key is not None:
        known = signing.keyring(signing.keyring_of(loaded.framework))
        ident = signing.key_id(key.public_key())
        if ident not in known:
            raise InvalidInput(word("audit.decision.unknown_key", which=ident,
                                    keyring=signing.keyring_of(loaded.framework)))
        return signing.sign(recorded, audit, key)
    return recorded.model_copy(update={"basis": basis_of(audit, recorded)})
