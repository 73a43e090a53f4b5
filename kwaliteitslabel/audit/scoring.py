"""From verdicts to scores, an outcome, a label variant and the reasons: pure functions.

The numbers (weights, limits, which routes certify) come from the framework's manifest;
this module holds only the logic that reads them.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from kwaliteitslabel.audit.explain import Reason, sentences
from kwaliteitslabel.audit.model import Audit
from kwaliteitslabel.framework.base import VERDICTS
from kwaliteitslabel.framework.load import Framework
from kwaliteitslabel.framework.model import Norm

Outcome = Literal["zelfevaluatie", "onvolledig", "geregistreerd", "positief", "negatief"]
Label = Literal["gecertificeerd", "zonder_stempel"]

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
class Result:
    """Everything the outcome of an audit rests on."""

    route: str
    outcome: Outcome
    label: Label
    valid_until: dt.date | None
    areas: list[AreaScore]
    overall: AreaScore
    explanation: list[Reason]
    deciding_norms: list[str]
    open_norms: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.open_norms

    @property
    def reasons(self) -> list[str]:
        """The reasons in Dutch; `explain.sentences(result.explanation, 'en')` for English."""
        return sentences(self.explanation, "nl")

    def as_json(self) -> dict[str, object]:
        return {
            "route": self.route,
            "outcome": self.outcome,
            "label": self.label,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "complete": self.complete,
            "overall": self.overall.as_json(),
            "areas": {area.area: area.as_json() for area in self.areas},
            "reasons": self.reasons,
            "deciding_norms": self.deciding_norms,
            "open": self.open_norms,
        }


def accepted_verdict(framework: Framework, norm: Norm, audit: Audit) -> str | None:
    """The norm's verdict as it counts; None (open) when missing or not allowed."""
    result = audit.result(norm.id)
    if result is None or result.score is None:
        return None
    level = framework.level(result.score)
    if norm.core and not level.allowed_on_core:
        return None
    if level.requires_reason and not result.nvt_reason:
        return None
    return result.score


def verdicts(framework: Framework, audit: Audit) -> dict[str, str | None]:
    return {norm.id: accepted_verdict(framework, norm, audit) for norm in framework.norms}


def score(framework: Framework, norms: list[Norm], given: dict[str, str | None],
          area: str, name: str) -> AreaScore:
    """Counts per verdict and a percentage; open norms count as 0, never as passed."""
    counts: dict[str, int] = {verdict: 0 for verdict in VERDICTS}
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


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))


def evaluate(framework: Framework, audit: Audit) -> Result:
    """Scores per area and overall, the outcome for the audit's route, and why."""
    given = verdicts(framework, audit)
    areas = [score(framework, framework.norms_in(a.id), given, a.id, a.name)
             for a in framework.manifest.areas]
    overall = score(framework, framework.norms, given, "totaal", "Totaal")
    open_norms = [norm_id for norm_id, verdict in given.items() if verdict is None]
    rules = framework.manifest.rules
    route = audit.route

    def result(outcome: Outcome, reasons: list[Reason], deciding: list[str]) -> Result:
        positive = outcome == "positief"
        valid_until = add_months(audit.dates.last, framework.manifest.certificate_validity_months)
        return Result(route, outcome, "gecertificeerd" if positive else "zonder_stempel",
                      valid_until if positive else None, areas, overall, reasons, deciding,
                      open_norms)

    total = len(given)
    if open_norms:
        return result("onvolledig", [Reason("open", norms=open_norms)], open_norms)
    if route == "zelfevaluatie":
        return result("zelfevaluatie", [Reason("self_evaluation", total=total)], [])
    if route not in rules.certifying_routes:
        return result("geregistreerd", [Reason("registered", total=total)], [])

    failures: list[Reason] = []
    passes: list[Reason] = []
    deciding: list[str] = []
    for verdict, limit in rules.max_norms.items():
        involved = [norm_id for norm_id, v in given.items() if v == verdict]
        if len(involved) > limit:
            failures.append(Reason("too_many", involved, verdict, limit))
        elif involved:
            passes.append(Reason("within_limit", involved, verdict, limit))
        else:
            passes.append(Reason("none", verdict=verdict))
        deciding += involved
    for verdict in rules.improvement_required:
        lacking = [norm_id for norm_id, v in given.items()
                   if v == verdict and not audit.results[norm_id].improvements]
        if lacking:
            failures.append(Reason("improvement_missing", lacking, verdict))
            deciding += [norm_id for norm_id in lacking if norm_id not in deciding]
    if failures:
        return result("negatief", [Reason("rules_not_met"), *failures], deciding)
    return result("positief", [Reason("all_scored", total=total), *passes,
                               Reason("positive_advice")], deciding)
