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

LEAD_ROLES = ("lead auditor", "lead-auditor", "leadauditor", "hoofdauditor")
STALE_ADVICE = ("het advies hoort bij een eerdere versie van de audit; laat de lead auditor "
                "opnieuw adviseren")


def _route_outcome(loaded: LoadedAudit, step: str, allowed: tuple[str, ...]) -> str:
    route = loaded.framework.manifest.route(loaded.audit.route)
    if route is None or route.outcome not in allowed:
        name = route.name if route else loaded.audit.route
        raise InvalidInput(f"{loaded.path}: {step} hoort niet bij deze route ({name})")
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
    _route_outcome(loaded, "een formeel advies aan de commissie", ("certificaat",))
    audit = loaded.audit.model_copy(update={"advice": None, "decision": None})
    result = evaluate(loaded.framework, audit)
    if not result.complete:
        raise InvalidInput(f"{loaded.path}: nog {len(result.open_norms)} normen open "
                           f"({', '.join(result.open_norms[:8])}); een advies volgt op een "
                           "afgeronde audit")
    today = today or dt.date.today()
    day = on or today
    refused = identity.refusal("--by", by)
    if refused:
        raise InvalidInput(refused)
    leads = lead_auditors(audit)
    if not any(identity.same(by, name) for name in leads):
        who = (", ".join(leads) if leads else "niemand: geef de lead auditor de rol 'lead "
               "auditor' (audit details --auditor 'NAAM; INSTELLING; lead auditor')")
        raise InvalidInput(f"--by: {identity.shown(by)} mag het formele advies niet geven; "
                           f"dat doet de lead auditor van de certificerende instelling "
                           f"({audit.certifying_body or 'niet vastgelegd'}): {who}")
    if audit.dates.last > today:
        raise InvalidInput(f"{loaded.path}: de audit loopt nog (laatste auditdag "
                           f"{audit.dates.last}); het advies volgt op de audit")
    if day < audit.dates.start:
        raise InvalidInput(f"--date: het advies ({day}) ligt voor de eerste auditdag "
                           f"({audit.dates.start}); controleer de datum")
    verdicts = latest_verdict(audit)
    if verdicts is not None and day < verdicts:
        raise InvalidInput(f"--date: het advies ({day}) ligt voor de oordelen waarop het "
                           f"rust (laatste oordeel {verdicts}); een advies volgt op de "
                           "oordelen (audit set --at zet de datum van een oordeel)")
    if day > today:
        raise InvalidInput(f"--date: het advies ({day}) ligt in de toekomst")
    assert result.advice is not None
    refused_plan = plan.refusal(loaded.framework, audit, "een positief advies", loaded.path) \
        if advice == "positief" else None
    if refused_plan:
        raise InvalidInput(f"{loaded.path}: {refused_plan}")
    if advice != result.advice.proposed and len(reason.split()) < 3:
        raise InvalidInput(f"--reason: het advies wijkt af van de beslisregels (die geven "
                           f"{result.advice.proposed}); zeg in een zin waarom")
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
    ask = f" Bedoelt u '{body}'?" if hint else ""
    raise InvalidInput(f"--by: {identity.shown(by)} besluit niet over dit label; dat doet "
                       f"'{body}' (het orgaan dat het normenkader noemt). Wie namens de "
                       f"commissie tekent, geeft u met --signed-by 'NAAM, rol'.{ask}")


def _signatories(audit: Audit, signed_by: list[str]) -> None:
    for person in signed_by:
        refused = identity.refusal("--signed-by", person)
        if refused:
            raise InvalidInput(refused)
        name = person.split(",")[0]
        if any(identity.same(name, auditor.name) for auditor in audit.auditors):
            raise InvalidInput(f"--signed-by: {identity.shown(name)} toetste deze audit; wie "
                               "toetst, tekent niet voor het besluit van de commissie")


def decision(loaded: LoadedAudit, *, granted: bool, date: dt.date, by: str,
             signed_by: list[str] | None = None, number: str | None = None,
             reason: str | None = None, despite_rules: bool = False,
             key: Ed25519PrivateKey | None = None, today: dt.date | None = None) -> Decision:
    """The commission's act: a certificate (certifying routes) or a registration
    (intercollegial), granted only on a positive outcome, signed with `key`."""
    outcome = _route_outcome(loaded, "een besluit van de commissie",
                             ("certificaat", "registratie"))
    _decider(loaded, by)
    audit = loaded.audit.model_copy(update={"decision": None})  # the one to replace
    _signatories(audit, signed_by or [])
    if audit.advice is not None and not advice_holds(audit):
        raise InvalidInput(f"{loaded.path}: {STALE_ADVICE}")
    ready = readiness.check(loaded.framework, audit)
    if not ready.ready:
        missing = "; ".join(check.text() for check in ready.missing)
        raise InvalidInput(f"{loaded.path}: de audit is nog niet klaar voor een besluit: "
                           f"{missing}. Zie 'kwaliteitslabel audit check {loaded.path}'.")
    result = evaluate(loaded.framework, audit)
    assert result.advice is not None
    if outcome == "registratie":
        if granted and result.advice.proposed != "positief":
            _, reasons, _ = rules_outcome(loaded.framework, audit)
            why = " ".join(sentences(reasons[1:])) or "negatief"
            raise InvalidInput(f"{loaded.path}: registratie geweigerd: de uitkomst volgens de "
                               f"beslisregels is niet positief ({why}); dit blijft een "
                               "leerrapport zonder label")
    else:
        if granted and audit.advice is None:
            raise InvalidInput(f"{loaded.path}: er is nog geen formeel advies van de lead "
                               "auditor; het certificaat volgt op een positief advies")
        if granted and result.advice.effective != "positief":
            raise InvalidInput(f"{loaded.path}: het advies aan de commissie is negatief; het "
                               "certificaat kan alleen op een positief advies worden "
                               "toegekend")
        refused_plan = plan.refusal(loaded.framework, audit, "het certificaat",
                                    loaded.path) if granted else None
        if refused_plan:
            raise InvalidInput(f"{loaded.path}: {refused_plan}")
        if granted and result.advice.departs and not despite_rules:
            raise InvalidInput(f"{loaded.path}: advies wijkt af van de beslisregels (die geven "
                               f"{result.advice.proposed}); ken alleen toe als de commissie "
                               "dat gezien heeft: herhaal met --despite-rules")
    if date < audit.dates.last:
        raise InvalidInput(f"--date: het besluit ({date}) ligt voor de laatste auditdag "
                           f"({audit.dates.last}); controleer de datum")
    verdicts = latest_verdict(audit)
    if verdicts is not None and date < verdicts:
        raise InvalidInput(f"--date: het besluit ({date}) ligt voor de oordelen waarop het "
                           f"rust (laatste oordeel {verdicts}); controleer de datum")
    own = audit.advice
    if own is not None and date < own.date:
        raise InvalidInput(f"--date: het besluit ({date}) ligt voor het advies van de "
                           f"lead auditor ({own.date}); controleer de datum")
    if date > (today or dt.date.today()):
        raise InvalidInput(f"--date: het besluit ({date}) ligt in de toekomst; leg een "
                           "besluit vast als het genomen is")
    recorded = Decision(granted=granted, date=date, by=by, signed_by=list(signed_by or []),
                        number=number, reason=reason,
                        despite_rules=despite_rules and bool(result.advice.departs))
    if key is not None:
        known = signing.keyring(signing.keyring_of(loaded.framework))
        ident = signing.key_id(key.public_key())
        if ident not in known:
            raise InvalidInput(f"--key: de sleutel {ident} staat niet in de sleutelbos van "
                               f"het normenkader ({signing.keyring_of(loaded.framework)}); "
                               "zet zijn publieke sleutel daar eerst neer")
        return signing.sign(recorded, audit, key)
    return recorded.model_copy(update={"basis": basis_of(audit, recorded)})
