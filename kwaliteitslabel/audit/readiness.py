"""Is an audit ready for its route? The route's requirements from the manifest, checked.

Pure: the audit and its framework in, a list of checks out, each worded in Dutch or
English in one place (`WORDS`). A requirement that fails keeps the report a CONCEPT and
stops the commission's decision; a warning is said but stops nothing (on a route that
requires evidence, a verdict without evidence is an error).
"""

from __future__ import annotations

import datetime as dt
import shlex
from dataclasses import dataclass, field
from typing import Literal

from kwaliteitslabel import identity
from kwaliteitslabel.audit import coverage
from kwaliteitslabel.audit.basis import advice_holds, decision_holds
from kwaliteitslabel.audit.model import Audit
from kwaliteitslabel.audit.rules import accepted_verdict
from kwaliteitslabel.framework.load import Framework
from kwaliteitslabel.framework.model import RouteDefinition
from kwaliteitslabel.limits import LABEL_ADOPTED

Severity = Literal["error", "warning"]

# (check id, met) -> sentence; {n} a number, {names} a list, {norms} norm ids
WORDS: dict[str, dict[tuple[str, bool], str]] = {
    "nl": {
        ("route", False): "route '{names}' bestaat niet in dit normenkader",
        ("organisation", True): "organisatie: {names}",
        ("organisation", False): "nog geen organisatie vastgelegd",
        ("dates", True): "de audit begint op {names}, binnen de geldigheid van het normenkader",
        ("dates", False): "de audit begint op of na de invoering van het label (1 december "
                          "2016) en binnen de geldigheid van het normenkader ({names})",
        ("certifying_body", True): "certificerende instelling: {names}",
        ("certifying_body", False): "nog geen certificerende instelling vastgelegd",
        ("auditors", True): "{n} of meer auditoren van de certificerende instelling: {names}",
        ("auditors", False): "{n} auditoren van de certificerende instelling (een auditduo); "
                             "vastgelegd: {found}",
        ("peer_organisations", True): "collega-organisatie: {names}",
        ("peer_organisations", False): "{n} collega-organisatie(s), niet de getoetste "
                                       "organisatie zelf; vastgelegd: {found}",
        ("peer_assessors", True): "{n} of meer toetsers van collega-organisaties: {names}",
        ("peer_assessors", False): "{n} toetsers van een collega-organisatie; vastgelegd: "
                                   "{found}",
        ("identity_scripts", True): "namen zonder gemengde schriften",
        ("identity_scripts", False): "namen in één schrift: een woord mengt Latijnse met "
                                     "Cyrillische of Griekse letters in {names}; typ ze "
                                     "opnieuw",
        ("independent", True): "wie toetst, is niet van de getoetste organisatie",
        ("independent", False): "wie toetst, is niet van de getoetste organisatie; wel van "
                                "de organisatie: {names}",
        ("complete", True): "alle normen zijn beoordeeld",
        ("complete", False): "alle normen beoordeeld; nog open: {norms}",
        ("evidence", True): "elk oordeel rust op bewijs",
        ("evidence", False): "elk oordeel rust op bewijs; zonder bewijs: {norms}",
        ("triangulation", False): "een oordeel rust op één bron (minder dan twee stukken "
                                  "bewijs van verschillende soort of bron): {norms}",
        ("evidence_dates", False): "bewijs gedateerd na het oordeel: {norms}",
        ("evidence_kinds", False): "een soort bewijs die het normenkader niet kent (kies uit "
                                   "{names}): {norms}",
        ("decision_against_advice", False): "het besluit kent het certificaat toe, maar het "
                                            "advies is negatief; leg het besluit opnieuw vast",
        ("evidence_sources", False): "een gesprek met een rol die het normenkader niet kent "
                                     "(rollen: {names}): {norms}",
        ("participant_roles", False): "gesprekspartners met een rol die het normenkader niet "
                                      "kent: {norms}",
        ("conflicts", False): "geen open conflicten uit het samenvoegen van twee kopieën; "
                              "nog te kiezen: {norms}",
        ("roles_heard", False): "rollen die het normenkader wil spreken, maar die niemand "
                                "sprak: {names}",
        ("audit_done", True): "de audit is afgerond ({names})",
        ("audit_done", False): "de audit is afgerond; de laatste auditdag ({names}) ligt nog "
                               "in de toekomst",
        ("early_verdicts", False): "oordelen van voor de eerste auditdag: {norms}",
        ("decision_basis", True): "het besluit van de commissie geldt voor deze audit",
        ("decision_basis", False): "het besluit van de commissie geldt voor een andere versie "
                                   "van de audit (gewijzigd na het besluit, of het besluit is "
                                   "met de hand veranderd); de commissie besluit opnieuw",
        ("decision_dates", False): "het besluit ({names}) ligt na de laatste auditdag en het "
                                   "advies, en niet in de toekomst",
        ("decision_by", True): "het besluit is van {names}",
        ("decision_by", False): "het besluit is van het orgaan dat het normenkader noemt, "
                                "niet van een ander (vastgelegd: {names})",
        ("decision_signature", True): "het besluit is {names}",
        ("decision_signature", False): "het besluit is geldig ondertekend: {names}",
        ("advice_basis", True): "het advies geldt voor deze versie van de audit",
        ("advice_basis", False): "het advies hoort bij een eerdere versie van de audit; laat "
                                 "de lead auditor opnieuw adviseren",
        ("advice_by", True): "het advies is van de lead auditor ({names})",
        ("advice_by", False): "het advies is van de lead auditor van de certificerende "
                              "instelling (gegeven door {names})",
        ("advice_dates", False): "het advies volgt op de oordelen waarop het rust (advies "
                                 "{names})",
        ("advice_dates", True): "het advies ({names}) volgt op de oordelen waarop het rust",
    },
    "en": {
        ("route", False): "route '{names}' does not exist in this framework",
        ("organisation", True): "organisation: {names}",
        ("organisation", False): "no organisation recorded yet",
        ("dates", True): "the audit starts on {names}, within the framework's validity",
        ("dates", False): "the audit starts on or after the label's introduction (1 December "
                          "2016) and within the framework's validity ({names})",
        ("certifying_body", True): "certifying body: {names}",
        ("certifying_body", False): "no certifying body recorded yet",
        ("auditors", True): "{n} or more auditors of the certifying body: {names}",
        ("auditors", False): "{n} auditors of the certifying body (an audit duo); "
                             "recorded: {found}",
        ("peer_organisations", True): "peer organisation: {names}",
        ("peer_organisations", False): "{n} peer organisation(s) other than the one "
                                       "assessed; recorded: {found}",
        ("peer_assessors", True): "{n} or more assessors of peer organisations: {names}",
        ("peer_assessors", False): "{n} assessors of a peer organisation; recorded: {found}",
        ("identity_scripts", True): "names without mixed scripts",
        ("identity_scripts", False): "names in one script: a word mixes Latin with Cyrillic "
                                     "or Greek letters in {names}; type them again",
        ("independent", True): "nobody who assesses belongs to the organisation assessed",
        ("independent", False): "nobody who assesses belongs to the organisation assessed; "
                                "but these do: {names}",
        ("complete", True): "every norm has been assessed",
        ("complete", False): "every norm assessed; still open: {norms}",
        ("evidence", True): "every verdict rests on evidence",
        ("evidence", False): "every verdict rests on evidence; without evidence: {norms}",
        ("triangulation", False): "a verdict rests on one source only (fewer than two items "
                                  "of evidence of different kinds or sources): {norms}",
        ("evidence_dates", False): "evidence dated after the verdict: {norms}",
        ("evidence_kinds", False): "a kind of evidence the framework does not know (choose "
                                   "from {names}): {norms}",
        ("decision_against_advice", False): "the decision grants the certificate, but the "
                                            "advice is negative; record the decision again",
        ("evidence_sources", False): "an interview with a role the framework does not know "
                                     "(roles: {names}): {norms}",
        ("participant_roles", False): "participants with a role the framework does not know: "
                                      "{norms}",
        ("conflicts", False): "no open conflicts from merging two copies; still to choose: "
                              "{norms}",
        ("roles_heard", False): "roles the framework asks to hear that no one spoke to: "
                                "{names}",
        ("audit_done", True): "the audit is over ({names})",
        ("audit_done", False): "the audit is over; its last day ({names}) is still to come",
        ("early_verdicts", False): "verdicts from before the first audit day: {norms}",
        ("decision_basis", True): "the commission's decision holds for this audit",
        ("decision_basis", False): "the commission's decision holds for another version of "
                                   "the audit (changed after the decision, or the decision "
                                   "was edited by hand); the commission decides again",
        ("decision_dates", False): "the decision ({names}) comes after the last audit day and "
                                   "the advice, and is not in the future",
        ("decision_by", True): "the decision is by {names}",
        ("decision_by", False): "the decision is by the body the framework names, nobody "
                                "else (recorded: {names})",
        ("decision_signature", True): "the decision is {names}",
        ("decision_signature", False): "the decision is validly signed: {names}",
        ("advice_basis", True): "the advice holds for this version of the audit",
        ("advice_basis", False): "the advice belongs to an earlier version of the audit; "
                                 "have the lead auditor advise again",
        ("advice_by", True): "the advice is the lead auditor's ({names})",
        ("advice_by", False): "the advice is the certifying body's lead auditor's "
                              "(given by {names})",
        ("advice_dates", False): "the advice follows the verdicts it rests on (advice "
                                 "{names})",
        ("advice_dates", True): "the advice ({names}) follows the verdicts it rests on",
    },
}


# What to do, for the terminal only (a report for a municipality shows no commands).
HINTS: dict[str, str] = {
    "certifying_body": "audit details {file} --certifying-body NAAM",
    "auditors": "audit details {file} --auditor 'NAAM; ORGANISATIE; ROL' (herhaal)",
    "peer_organisations": "audit details {file} --peer ORGANISATIE",
    "peer_assessors": "audit details {file} --auditor 'NAAM; COLLEGA-ORGANISATIE; toetser'",
    "participant_roles": "audit details {file} --participant 'ROL:AANTAL'",
    "decision_basis": "audit decide {file} --granted|--refused --date ... --by ... --force",
    "decision_dates": "audit decide {file} ... --force",
    "decision_by": "audit decide {file} ... --by 'beheercommissie Kwaliteitslabel' --force",
    "decision_signature": "audit decide {file} ... --key SLEUTEL --force",
    "advice_basis": "audit advise {file} --advice ... --reason ... --by LEAD --force",
    "advice_by": "audit advise {file} --advice ... --reason ... --by LEAD --force",
    "complete": "audit run {file}",
    "conflicts": "audit set {file} NORM --score ... (een gegeven: audit details {file})",
    "evidence": "audit set {file} NORM --score ... --evidence 'gesprek/medewerkers: ...'",
}


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
        template = WORDS[lang].get((self.id, self.met)) or WORDS[lang][(self.id, False)]
        norms = ", ".join(self.norms[:12]) + (" …" if len(self.norms) > 12 else "")
        return template.format(n=self.n, found=self.found, names=", ".join(self.names),
                               norms=norms)

    def hint(self, file: object) -> str | None:
        """The command that helps, with the audit's own file name."""
        if self.met or self.id not in HINTS:
            return None
        return "kwaliteitslabel " + HINTS[self.id].format(file=shlex.quote(str(file)))

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
    start, manifest = audit.dates.start, framework.manifest
    valid = (start >= LABEL_ADOPTED
             and (manifest.valid_from is None or start >= manifest.valid_from)
             and (manifest.valid_until is None or start <= manifest.valid_until))
    if valid:
        return Check("dates", True, names=[start.isoformat()])
    span = f"{manifest.valid_from or LABEL_ADOPTED} .. {manifest.valid_until or ''}".strip()
    return Check("dates", False, names=[f"{start.isoformat()}; {framework.version}: {span}"])


def _looks_like_role(source: str | None) -> bool:
    """`partners` (a role id of another framework), not `team Noord` (a free description)."""
    return source is not None and source.isidentifier() and source == source.lower()


def _evidence(audit: Audit, framework: Framework, route: RouteDefinition) -> list[Check]:
    kinds = {kind.id for kind in framework.manifest.evidence_kinds}
    scored = {norm_id: result for norm_id, result in audit.results.items()
              if result.score not in (None, "nvt")}
    bare = [norm_id for norm_id, result in scored.items() if not result.evidence]
    single = [norm_id for norm_id, result in scored.items() if result.evidence and len(
        {(item.kind, item.source) for item in result.evidence}) < 2]
    late = [norm_id for norm_id, result in scored.items() if result.assessed_at and any(
        item.date and item.date > result.assessed_at.date() for item in result.evidence)]
    unknown = [norm_id for norm_id, result in audit.results.items()
               if any(item.kind not in kinds for item in result.evidence)]
    roles = [role.id for role in framework.manifest.roles]
    odd_roles = sorted({p.role for p in audit.participants if p.role not in roles})
    strangers = [norm_id for norm_id, result in audit.results.items()
                 if any(item.kind == "interview" and _looks_like_role(item.source)
                        and item.source not in roles for item in result.evidence)]
    return [
        Check("evidence", not bare, "error" if route.requires.evidence else "warning", bare),
        Check("triangulation", not single, "warning", single),
        Check("evidence_dates", not late, "warning", late),
        Check("evidence_kinds", not unknown, "warning", unknown, names=sorted(kinds)),
        Check("evidence_sources", not strangers, "warning", strangers, names=roles),
        Check("participant_roles", not odd_roles, "warning", odd_roles),
    ]


def _advice(audit: Audit, route: RouteDefinition) -> list[Check]:
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
    return [Check("advice_basis", advice_holds(audit)),
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
             if result.assessed_at and result.assessed_at.date() < audit.dates.start]
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
    checks += _advice(audit, route)
    checks += _decision(framework, audit, route, today)
    return Readiness(route, checks)
