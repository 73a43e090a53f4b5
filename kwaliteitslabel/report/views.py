"""The shapes of a report's content: plain dataclasses of text that the templates lay out.

`context.py` fills them for one audit in one language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kwaliteitslabel.report.follow_up import FollowUpSection
from kwaliteitslabel.report.plan import PlanSection


@dataclass(frozen=True)
class Person:
    name: str
    organisation: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Evidence:
    kind: str
    source: str | None
    reference: str | None
    note: str | None


@dataclass(frozen=True)
class Detail:
    """A detail in the report's words, with the audit's own words (`data`) apart."""

    text: str
    data: str | None = None


@dataclass(frozen=True)
class Point:
    norm_id: str
    norm_title: str
    text: str
    details: list[Detail] = field(default_factory=list)
    by: str | None = None  # who raised an improvement point


@dataclass(frozen=True)
class NormView:
    id: str
    title: str
    core: bool
    statement: str
    verdict: str  # a verdict id, or "open"
    tone: str  # ok, partly, fail, na or open (verdict_words.tone): its colour
    verdict_text: str
    refused: str | None  # a recorded verdict that does not count (e.g. nvt on a core norm)
    findings: str | None
    evidence: list[Evidence]
    strengths: list[str]
    improvements: list[Point]
    nvt_reason: str | None
    assessed: str | None
    reference_notes: list[str] = field(default_factory=list)  # laws no longer in force

    @property
    def bare(self) -> bool:
        """Nothing recorded but (at most) a verdict: shown compactly."""
        return not (self.refused or self.findings or self.evidence or self.strengths
                    or self.improvements or self.nvt_reason)


@dataclass(frozen=True)
class AreaView:
    id: str
    name: str
    description: str | None
    norms: list[NormView]


@dataclass(frozen=True)
class ScoreLine:
    name: str
    counts: dict[str, int]
    total: int
    pct: float
    is_total: bool = False


@dataclass(frozen=True)
class Row:
    cells: list[str]


@dataclass
class ReportContext:
    lang: str
    draft: bool
    kind: str
    title: str
    authors: list[str]
    subject: str
    keywords: str
    generator: str
    created: str
    organisation: str
    route: str
    route_name: str
    route_text: str
    scope: str
    scope_is_data: bool
    period: str
    auditors: list[Person]
    peers: list[str]
    certifying_body: str | None
    framework_version: str
    framework_title: str
    framework_status: str
    fingerprint: str
    audit_file: str
    audit_digest: str
    outcome: str
    outcome_text: str
    status: str
    status_note: str
    label: str
    label_svg: str
    reasons: list[str]
    characterisation: str | None
    scores_chart: str
    scores_note: str
    distribution_chart: str
    score_lines: list[ScoreLine]
    verdict_names: dict[str, str]
    strengths: list[Point]
    improvements: list[Point]
    areas: list[AreaView]
    open_norms: list[str]
    open_list: str
    total_norms: int
    fte: str
    audit_days: str
    days_table: list[Row]
    participants: list[Row]
    certifying: bool
    advice: str
    own_advice: str | None
    decision: list[str]
    rules: list[str]
    deciding: list[str]
    validity: str
    assessors_word: str
    approach: str
    mixed_assessors: bool  # toetsers and auditors together: whose points are whose
    missing: list[str]
    improvements_by_body: list[Point]
    improvements_by_peers: list[Point]
    generated: str
    tool: str
    order: list[str]  # the scale's verdicts, then open: the table's columns
    source_text: str = ""  # whose norm texts these are
    days_caption: str = ""
    follow_up: FollowUpSection | None = None  # the previous audit's points, when recorded
    plan: PlanSection | None = None  # the organisation's improvement plan
