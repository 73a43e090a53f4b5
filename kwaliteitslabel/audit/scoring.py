"""From verdicts to scores, the advice, the decision, a label variant and the reasons.

Pure functions. The numbers (weights, limits, what each route leads to, the validity)
come from the framework's manifest; this module holds only the logic that reads them.
The certifying body's auditors only advise: the rules propose an advice, the auditors
may record their own, and only the commission's decision grants the certificate; the
validity runs from that decision.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from kwaliteitslabel.audit import readiness
from kwaliteitslabel.audit.explain import Reason, sentences
from kwaliteitslabel.audit.model import Audit, AuditorsAdvice, Decision
from kwaliteitslabel.audit.readiness import Check
from kwaliteitslabel.audit.rules import accepted_verdict
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Norm

Outcome = Literal["zelfevaluatie", "onvolledig", "positief", "negatief"]
Status = Literal["concept", "zelfevaluatie", "leerrapport", "advies_positief",
                 "advies_negatief", "geregistreerd", "niet_geregistreerd", "gecertificeerd",
                 "afgewezen", "verlopen"]
Label = Literal["gecertificeerd", "zonder_stempel", "verlopen", "geen"]

# A label is the commission's act, never an advice's: the stamp after it granted the
# certificate, the label without the stamp after it registered an intercollegial audit.
# A lapsed certificate is shown as lapsed, not as a live stamp.
LABELS: dict[str, Label] = {"gecertificeerd": "gecertificeerd",
                            "geregistreerd": "zonder_stempel",
                            "verlopen": "verlopen"}


@dataclass(frozen=True)
class AreaScore:
    area: str
    name: str
    total: int
    counts: dict[str, int]
    open: int
    score_pct: float

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "total": self.total, "open": self.open,
                "score_pct": self.score_pct, **self.counts}


@dataclass(frozen=True)
class Advice:
    """The advice to the commission: proposed by the rules, and the auditors' own."""

    proposed: Literal["positief", "negatief"]
    auditors: AuditorsAdvice | None = None

    @property
    def effective(self) -> Literal["positief", "negatief"]:
        return self.auditors.advice if self.auditors is not None else self.proposed

    @property
    def departs(self) -> bool:
        return self.auditors is not None and self.auditors.advice != self.proposed

    def as_json(self) -> dict[str, object]:
        own = self.auditors
        return {"proposed": self.proposed, "effective": self.effective,
                "departs": self.departs,
                "note": "advies wijkt af van de beslisregels" if self.departs else None,
                "auditors": None if own is None else {
                    "advice": own.advice, "reason": own.reason, "by": own.by,
                    "date": own.date.isoformat()}}


@dataclass(frozen=True)
class Result:
    """Everything the outcome of an audit rests on."""

    route: str
    outcome: Outcome  # what the rules say of the verdicts
    status: Status  # where the audit stands, decision included
    label: Label
    valid_until: dt.date | None
    areas: list[AreaScore]
    overall: AreaScore
    explanation: list[Reason]
    deciding_norms: list[str]
    open_norms: list[str] = field(default_factory=list)
    advice: Advice | None = None
    decision: Decision | None = None
    ready: bool = True
    missing: list[Check] = field(default_factory=list)  # requirements not met
    signature: str | None = None  # who signed the decision, or why it does not hold
    lapsed_on: dt.date | None = None
    signature_en: str | None = None

    @property
    def complete(self) -> bool:
        return not self.open_norms

    @property
    def draft(self) -> bool:
        return self.status == "concept"

    @property
    def reasons(self) -> list[str]:
        """The reasons in Dutch; `explain.sentences(result.explanation, 'en')` for English."""
        return sentences(self.explanation, "nl")

    def as_json(self) -> dict[str, object]:
        decision = None
        if self.decision is not None:
            decision = {"granted": self.decision.granted,
                        "date": self.decision.date.isoformat(),
                        "by": self.decision.by, "signed_by": self.decision.signed_by,
                        "number": self.decision.number,
                        "reason": self.decision.reason,
                        "despite_rules": self.decision.despite_rules,
                        "signature": self.signature,
                        "valid_until": self.valid_until.isoformat()
                        if self.valid_until else None}
        return {
            "route": self.route,
            "outcome": self.outcome,
            "status": self.status,
            "label": self.label,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "lapsed_on": self.lapsed_on.isoformat() if self.lapsed_on else None,
            "complete": self.complete,
            "ready": self.ready,
            "missing": [check.text() for check in self.missing],
            "advice": self.advice.as_json() if self.advice else None,
            "decision": decision,
            "overall": self.overall.as_json(),
            "areas": {area.area: area.as_json() for area in self.areas},
            "reasons": self.reasons,
            "deciding_norms": self.deciding_norms,
            "open": self.open_norms,
        }


def verdicts(framework: Framework, audit: Audit) -> dict[str, str | None]:
    return {norm.id: accepted_verdict(framework, norm, audit) for norm in framework.norms}


def score(framework: Framework, norms: list[Norm], given: dict[str, str | None],
          area: str, name: str) -> AreaScore:
    """Counts per verdict and a percentage; open norms count as 0, never as passed."""
    counts: dict[str, int] = {verdict: 0 for verdict in framework.verdicts}
    achieved = possible = 0.0
    weights = [level.weight for level in framework.manifest.scale if level.weight is not None]
    top = max(weights, default=0.0)
    open_count = 0
    for norm in norms:
        verdict = given[norm.id]
        if verdict is None:
            open_count += 1
            possible += top
            continue
        counts[verdict] += 1
        weight = framework.level(verdict).weight
        if weight is not None:
            achieved += weight
            possible += top
    pct = round(100 * achieved / possible, 1) if possible else 0.0
    return AreaScore(area, name, len(norms), counts, open_count, pct)


def _said(framework: Framework, verdict: str) -> dict[str, tuple[str, str]]:
    """How a sentence says `verdict` in each language (explain.sentence)."""
    level = framework.level(verdict)
    return {lang: level.said_of(lang) for lang in ("nl", "en")}


def _not_met(framework: Framework, verdict: str | None) -> bool:
    """The verdict says the norm is not met (weight 0 on the scale)."""
    return verdict is not None and framework.level(verdict).not_met


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))


def rules_outcome(framework: Framework, audit: Audit,
                  given: dict[str, str | None] | None = None) \
        -> tuple[Outcome, list[Reason], list[str]]:
    """What the decision rules make of the verdicts: outcome, reasons, deciding norms.

    The same rules on every route that can lead to a label: an intercollegial audit is
    positive by the rules a certifying one is, and a core norm that is not met is never
    positive.
    """
    given = verdicts(framework, audit) if given is None else given
    open_norms = [norm_id for norm_id, verdict in given.items() if verdict is None]
    total = len(given)
    route = framework.manifest.route(audit.route)
    if open_norms:
        return "onvolledig", [Reason("open", norms=open_norms)], []
    if route is None or route.outcome == "geen":
        return "zelfevaluatie", [Reason("self_evaluation", total=total)], []
    rules = framework.manifest.rules
    failures: list[Reason] = []
    passes: list[Reason] = []
    deciding: list[str] = []
    core = [norm.id for norm in framework.norms
            if norm.core and _not_met(framework, given.get(norm.id))]
    for verdict, limit in rules.max_norms.items():
        involved = [norm_id for norm_id, v in given.items() if v == verdict]
        if len(involved) > limit:
            failures.append(Reason("too_many", involved, verdict, limit,
                                   said=_said(framework, verdict)))
            deciding += involved
        elif involved:
            passes.append(Reason("within_limit", involved, verdict, limit,
                                 said=_said(framework, verdict)))
        else:
            passes.append(Reason("none", verdict=verdict, said=_said(framework, verdict)))
    if core and not any(set(core) <= set(reason.norms) for reason in failures):
        failures.append(Reason("core_not_met", core))
        deciding += [norm_id for norm_id in core if norm_id not in deciding]
    for verdict in rules.improvement_required:
        lacking = [norm_id for norm_id, v in given.items()
                   if v == verdict and not audit.results[norm_id].improvements]
        if lacking:
            failures.append(Reason("improvement_missing", lacking, verdict,
                                   said=_said(framework, verdict)))
            deciding += [norm_id for norm_id in lacking if norm_id not in deciding]
    first = Reason("registered", total=total) if route.outcome == "registratie" else None
    if failures:
        return "negatief", [Reason("rules_not_met"), *failures, *passes], deciding
    return "positief", [first or Reason("all_scored", total=total), *passes], []


def _status(outcome: Outcome, registering: bool, advice: Advice | None,
            decision: Decision | None, reasons: list[Reason]) -> Status:
    """Where a complete, ready audit stands: the commission's act, or what awaits it."""
    if outcome == "zelfevaluatie":
        return "zelfevaluatie"
    assert advice is not None
    if registering:
        if decision is not None and decision.granted:
            reasons.append(Reason("registration_granted"))
            return "geregistreerd"
        if decision is not None:
            reasons.append(Reason("registration_refused"))
            return "niet_geregistreerd"
        if advice.proposed == "positief":
            reasons.append(Reason("registration_awaiting"))
            return "advies_positief"
        reasons.append(Reason("learning_report"))
        return "leerrapport"
    if decision is not None:
        reasons.append(Reason("granted" if decision.granted else "refused"))
        return "gecertificeerd" if decision.granted else "afgewezen"
    positive = advice.effective == "positief"
    reasons.append(Reason("awaiting_decision" if positive else "negative_advice"))
    return "advies_positief" if positive else "advies_negatief"


def evaluate(framework: Framework, audit: Audit, today: dt.date | None = None) -> Result:
    """Scores per area and overall, the advice, the decision, the label, and why.

    `today` (default: today) decides whether the audit is over, a decision is not
    dated in the future, and a certificate has lapsed.
    """
    from kwaliteitslabel.audit import signing  # cryptography only where a decision is read

    today = today or dt.date.today()
    given = verdicts(framework, audit)
    areas = [score(framework, framework.norms_in(a.id), given, a.id, a.name)
             for a in framework.manifest.areas]
    overall = score(framework, framework.norms, given, "totaal", "Totaal")
    open_norms = [norm_id for norm_id, verdict in given.items() if verdict is None]
    outcome, reasons, deciding = rules_outcome(framework, audit, given)
    ready = readiness.check(framework, audit, today)
    missing = [check for check in ready.missing if check.id != "complete"]
    route = framework.manifest.route(audit.route)
    registering = route is not None and route.outcome == "registratie"
    advice = None
    if outcome in ("positief", "negatief"):
        advice = Advice(outcome, None if registering else audit.advice)
        if advice.departs:
            reasons.append(Reason("auditors_advice", verdict=advice.effective))
    decision = audit.decision if outcome in ("positief", "negatief") else None
    if decision is not None and decision.granted and advice is not None \
            and advice.effective != "positief":
        missing.append(Check("decision_against_advice", False))
    signed = signing.check(framework, audit) if decision is not None else None
    status: Status
    if not ready.ready or missing or outcome == "onvolledig":
        status = "concept"
        if missing:
            reasons.append(Reason("not_ready", missing=missing))
    else:
        status = _status(outcome, registering, advice, decision, reasons)
    valid_until = lapsed_on = None
    if status == "gecertificeerd" and decision is not None:
        valid_until = add_months(decision.date, framework.manifest.certificate_validity_months)
        if valid_until < today:
            status, lapsed_on = "verlopen", valid_until
            reasons.append(Reason("lapsed", day=valid_until.isoformat()))
    label = LABELS.get(status, "geen")
    return Result(audit.route, outcome, status, label, valid_until, areas, overall, reasons,
                  deciding, open_norms, advice, decision, ready.ready, missing,
                  signed.text("nl") if signed else None, lapsed_on,
                  signed.text("en") if signed else None)
