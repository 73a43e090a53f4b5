"""Is an audit ready for its route? The route's requirements from the manifest, checked.

Pure: the audit and its framework in, a list of checks out, each worded in the word
catalogue (`readiness.<check>.met|unmet` in `words/`). A requirement that fails keeps the
report a CONCEPT and stops the commission's decision; a warning is said but stops nothing
(on a route that requires evidence, a verdict without evidence is an error).
"""

from __future__ import annotations

import datetime as dt
import shlex
from dataclasses import dataclass, field
from typing import Literal

from kwaliteitslabel import identity
from kwaliteitslabel.audit import coverage, plan
from kwaliteitslabel.audit.basis import advice_holds, decision_holds
from kwaliteitslabel.audit.model import Audit
from kwaliteitslabel.audit.readiness_words import HINTS
from kwaliteitslabel.audit.rules import (
    accepted_verdict,
    evidence_required,
    lacks_evidence,
    wants_evidence,
)
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.locate import valid_on, validity_span
from kwaliteitslabel.framework.norm_ids import id_runs
from kwaliteitslabel.framework.route_model import RouteDefinition
from kwaliteitslabel.limits import LABEL_ADOPTED
from kwaliteitslabel.locale_format import long_date
from kwaliteitslabel.words import catalogue

Severity = Literal["error", "warning"]

@dataclass(frozen=True)
class Check:
    """One requirement (or warning) and whether the audit meets it."""

    id: str
    met: bool
    severity: Severity = "error"
    norms: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    n: int = 0
    found: int = 0

    def text(self, lang: str = "nl") -> str:
        table = catalogue(lang)
        template = table.get(f"readiness.{self.id}.{'met' if self.met else 'unmet'}") \
            or table[f"readiness.{self.id}.unmet"]
        runs = id_runs(self.norms)
        norms = ", ".join(runs[:12]) + (" …" if len(runs) > 12 else "")
        adopted = long_date(LABEL_ADOPTED, lang) if "{adopted}" in template else ""
        return template.format(n=self.n, found=self.found, names=", ".join(self.names),
                               norms=norms, adopted=adopted)

    def hint(self, file: object) -> str | None:
        """The command that helps, with the audit's own file name."""
        if self.met or self.id not in HINTS:
            return None
        return "kwaliteitslabel " + HINTS[self.id].format(
            file=shlex.quote(str(file)), norm=self.norms[0] if self.norms else "")

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "met": self.met, "severity": self.severity,
                "text": self.text(), "norms": self.norms}


@dataclass(frozen=True)
class Readiness:
    route: RouteDefinition | None
    checks: list[Check]

    @property
    def ready(self) -> bool:
        return not self.missing

    @property
    def requirements(self) -> list[Check]:
        return [check for check in self.checks if check.severity == "error"]

    @property
    def missing(self) -> list[Check]:
        return [check for check in self.requirements if not check.met]

    @property
    def warnings(self) -> list[Check]:
        return [c for c in self.checks if c.severity == "warning" and not c.met]

    def as_json(self) -> dict[str, object]:
        return {"ready": self.ready, "route": self.route.id if self.route else None,
                "requirements": [c.as_json() for c in self.requirements],
                "warnings": [c.as_json() for c in self.warnings]}


def _same(one: str | None, other: str | None) -> bool:
    return identity.same(one, other)


def _distinct(names: list[str]) -> list[str]:
    """Each person once: the same name twice is one auditor, not a duo."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(identity.key(name), name)
    return list(seen.values())


def _people(audit: Audit, route: RouteDefinition) -> list[Check]:
    required = route.requires
    checks: list[Check] = []
    body = audit.certifying_body
    if required.certifying_body:
        checks.append(Check("certifying_body", bool(body), names=[body] if body else []))
    if required.auditors:
        duo = _distinct([a.name for a in audit.auditors if _same(a.organisation, body)])
        checks.append(Check("auditors", len(duo) >= required.auditors, names=duo,
                            n=required.auditors, found=len(duo)))
    peers = [peer for peer in audit.peer_organisations if not _same(peer, audit.organisation)]
    if required.peer_organisations:
        checks.append(Check("peer_organisations", len(peers) >= required.peer_organisations,
                            names=peers, n=required.peer_organisations, found=len(peers)))
    if required.peer_assessors:
        toetsers = _distinct([a.name for a in audit.auditors
                              if any(_same(a.organisation, peer) for peer in peers)])
        checks.append(Check("peer_assessors", len(toetsers) >= required.peer_assessors,
                            names=toetsers, n=required.peer_assessors, found=len(toetsers)))
    if route.assessors != "organisatie":
        own = [a.name for a in audit.auditors if _same(a.organisation, audit.organisation)]
        checks.append(Check("independent", not own, names=own))
        people = [audit.organisation, body, *audit.peer_organisations,
                  *(part for a in audit.auditors for part in (a.name, a.organisation))]
        mixed = [identity.shown(name) for name in people if name and identity.mixed_scripts(name)]
        checks.append(Check("identity_scripts", not mixed, names=mixed))
    return checks


def _dates(audit: Audit, framework: Framework) -> Check:
    start = audit.dates.start
    if valid_on(framework.manifest, start):
        return Check("dates", True, names=[start.isoformat()])
    first, last = validity_span(framework.manifest)
    span = f"{first} .. {last or ''}".strip()
    return Check("dates", False, names=[f"{start.isoformat()}; {framework.version}: {span}"])


def _looks_like_role(source: str | None) -> bool:
    """`partners` (a role id of another framework), not `team Noord` (a free description)."""
    return source is not None and source.isidentifier() and source == source.lower()


def _evidence(audit: Audit, framework: Framework, route: RouteDefinition) -> list[Check]:
    kinds = {kind.id for kind in framework.manifest.evidence_kinds}
    scored = {norm_id: result for norm_id, result in audit.results.items()
              if wants_evidence(framework, result.score)}
    bare = [norm_id for norm_id, result in scored.items() if lacks_evidence(framework, result)]
    single = [norm_id for norm_id, result in scored.items()
              if result.evidence and not coverage.triangulates(result)]
    late = [norm_id for norm_id, result in scored.items() if result.assessed_at and any(
        item.date and item.date > result.assessed_at.date() for item in result.evidence)]
    unknown = [norm_id for norm_id, result in audit.results.items()
               if any(item.kind not in kinds for item in result.evidence)]
    roles = [role.id for role in framework.manifest.roles]
    odd_roles = coverage.unknown_roles(framework, audit)
    strangers = [norm_id for norm_id, result in audit.results.items()
                 if any(item.kind == "interview" and _looks_like_role(item.source)
                        and item.source not in roles for item in result.evidence)]
    return [
        Check("evidence", not bare, "error" if evidence_required(route) else "warning", bare),
        Check("triangulation", not single, "warning", single),
        Check("evidence_dates", not late, "warning", late),
        Check("evidence_kinds", not unknown, "warning", unknown, names=sorted(kinds)),
        Check("evidence_sources", not strangers, "warning", strangers, names=roles),
        Check("participant_roles", not odd_roles, "warning", odd_roles),
    ]


def _advice(framework: Framework, audit: Audit, route: RouteDefinition) -> list[Check]:
    """A formal advice holds only for this audit, from the lead auditor, after the verdicts."""
    from kwaliteitslabel.audit.decision import latest_verdict, lead_auditors

    advice = audit.advice
    if advice is None or route.outcome != "certificaat":
        return []
    leads = lead_auditors(audit)
    verdicts = latest_verdict(audit)
    by_lead = any(identity.same(advice.by, lead) for lead in leads) \
        and not identity.mixed_scripts(advice.by)
    in_order = verdicts is None or advice.date >= verdicts
    checks = []
    if advice.advice == "positief" and plan.plan_required(framework, audit):
        # a warning, not a requirement: an advice given before a route asked for a plan
        # keeps its label; `audit advise` and `audit decide` refuse without one
        checks.append(Check("advice_plan", not plan.without_plan(framework, audit),
                            "warning", plan.without_plan(framework, audit)))
    return [*checks, Check("advice_basis", advice_holds(audit)),
            Check("advice_by", by_lead, names=[identity.shown(advice.by)] if by_lead else [
                f"{identity.shown(advice.by)}; lead auditor: {', '.join(leads) or '-'}"]),
            Check("advice_dates", in_order, names=[advice.date.isoformat()] if in_order else [
                f"{advice.date}; laatste oordeel {verdicts}"])]


def _decision(framework: Framework, audit: Audit, route: RouteDefinition,
              today: dt.date) -> list[Check]:
    """A recorded decision holds only for exactly this audit, dated and decided rightly,
    by the body the framework names, and signed where the framework asks for it."""
    from kwaliteitslabel.audit import signing  # cryptography only where a decision is read

    decision = audit.decision
    if decision is None or route.outcome not in ("certificaat", "registratie"):
        return []
    after = max(audit.dates.last, audit.advice.date if audit.advice else audit.dates.last)
    body = framework.manifest.deciding_body
    signed = signing.check(framework, audit)
    assert signed is not None
    by_body = identity.same(decision.by, body) and not identity.mixed_scripts(decision.by)
    return [Check("decision_basis", decision_holds(audit)),
            Check("decision_dates", after <= decision.date <= today,
                  names=[decision.date.isoformat()]),
            Check("decision_by", by_body, names=[body] if by_body else [
                f"{identity.shown(decision.by)}; verwacht: {body}"]),
            Check("decision_signature", signed.holds, names=[signed.text()])]


def check(framework: Framework, audit: Audit, today: dt.date | None = None) -> Readiness:
    """Every requirement of the audit's route, and the warnings about its evidence."""
    today = today or dt.date.today()
    route = framework.manifest.route(audit.route)
    if route is None:
        return Readiness(None, [Check("route", False, names=[audit.route])])
    checks = [Check("organisation", bool(audit.organisation.strip()),
                    names=[audit.organisation]), _dates(audit, framework),
              Check("audit_done", audit.dates.last <= today,
                    names=[audit.dates.last.isoformat()])]
    early = [norm_id for norm_id, result in audit.results.items()
             if result.assessed_at and result.assessed_at.date() < audit.dates.start
             and not result.carried]  # carried from the audit a partial re-audit completes
    checks.append(Check("early_verdicts", not early, "warning", early))
    checks += _people(audit, route)
    open_norms = [norm.id for norm in framework.norms
                  if accepted_verdict(framework, norm, audit) is None]
    checks.append(Check("complete", not open_norms, norms=open_norms))
    checks += _evidence(audit, framework, route)
    chosen = coverage.conflicts(audit)
    if chosen:
        checks.append(Check("conflicts", False, norms=chosen))
    if route.outcome == "certificaat":
        unheard = coverage.never_spoken(framework, audit)
        checks.append(Check("roles_heard", not unheard, "warning", names=unheard))
    checks += _advice(framework, audit, route)
    checks += _decision(framework, audit, route, today)
    return Readiness(route, checks)
