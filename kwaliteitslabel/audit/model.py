"""The audit file: who, what, which framework, and the verdict per norm."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, StrictBool, StrictInt, field_validator, model_validator

from kwaliteitslabel.audit.follow_up import FollowUp, PreviousAudit
from kwaliteitslabel.audit.sanction import Sanction
from kwaliteitslabel.framework.base import Day, Identifier, Line, Moment, Strict, Text
from kwaliteitslabel.limits import MAX_LIST_ITEMS, MAX_NORM_ITEMS
from kwaliteitslabel.terms import PlanStatus
from kwaliteitslabel.words import word


def _no_flag(value: object) -> object:
    """`fte: true` is no number of fte (YAML reads it as a yes)."""
    if isinstance(value, bool):
        raise ValueError(word("audit.model.no_flag"))
    return value


class FrameworkPin(Strict):
    """The framework version an audit was done against, and its exact content."""

    version: Text
    fingerprint: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$",
                                      description="SHA-256 van het normenkader.")]

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value


class Auditor(Strict):
    name: Line
    organisation: Line | None = None
    role: Line | None = None


def _name_only(value: object) -> object:
    """`- Jan de Vries` is short for `- name: Jan de Vries`."""
    return {"name": value} if isinstance(value, str) else value


class Dates(Strict):
    start: Day
    end: Day | None = None

    @model_validator(mode="after")
    def _end_after_start(self) -> Dates:
        if self.end is not None and self.end < self.start:
            raise ValueError(word("audit.model.end_before_start", end=self.end,
                                  start=self.start))
        return self

    @property
    def last(self) -> dt.date:
        return self.end or self.start


class Participant(Strict):
    role: Identifier
    count: StrictInt = Field(ge=1, le=10_000)
    note: Text | None = None


class EvidenceItem(Strict):
    kind: Identifier = Field(description="Een soort bewijs uit het normenkader "
                             "(evidence_kinds): document, interview, observation.")
    source: Text | None = None
    reference: Text | None = None
    note: Text | None = None
    date: Day | None = Field(default=None, description="Wanneer het bewijs verkregen is.")


def _evidence_text(value: object) -> object:
    """A plain text is a note on a document, the common case when typing fast."""
    return {"kind": "document", "note": value} if isinstance(value, str) else value


class Improvement(Strict):
    text: Text
    deadline: Day | None = None
    owner: Line | None = None
    by: Line | None = Field(default=None, description="Wie het verbeterpunt aandroeg (in een "
                            "combinatie: een toetser of een auditor); leeg: wie de norm "
                            "beoordeelde.")


def _improvement_text(value: object) -> object:
    return {"text": value} if isinstance(value, str) else value


class NormResult(Strict):
    score: Identifier | None = Field(default=None, description=(
        "Het oordeel: een id van de schaal van het normenkader (scale)."))
    findings: Text | None = None
    evidence: list[Annotated[EvidenceItem, BeforeValidator(_evidence_text)]] = \
        Field(default_factory=list, max_length=MAX_NORM_ITEMS)
    strengths: list[Text] = Field(default_factory=list, max_length=MAX_NORM_ITEMS)
    improvements: list[Annotated[Improvement, BeforeValidator(_improvement_text)]] = \
        Field(default_factory=list, max_length=MAX_NORM_ITEMS)
    nvt_reason: Text | None = None
    assessed_by: Line | None = None
    assessed_at: Moment | None = None
    notes: list[Text] = Field(default_factory=list, description=(
        "Notities voor de auditor, bijv. het oordeel uit het vorige normenkader na "
        "'audit migrate', om te bevestigen."))
    conflict: list[ConflictSide] = Field(default_factory=list, max_length=MAX_LIST_ITEMS,
                                         description=(
        "Na 'audit merge': de twee verschillende antwoorden op deze norm; de norm staat open "
        "tot 'audit set' of de walk hem beoordeelt."))
    follow_up: list[FollowUp] = Field(default_factory=list, max_length=MAX_NORM_ITEMS,
                                      description=(
        "Na 'audit new --previous': de verbeterpunten van de vorige audit bij deze norm, "
        "met wat ervan terechtkwam."))
    carried: StrictBool = Field(default=False, description=(
        "Na 'audit new --partial-of': dit oordeel is overgenomen uit de oorspronkelijke "
        "audit en niet opnieuw beoordeeld."))

    @model_validator(mode="after")
    def _few_enough_items(self) -> NormResult:
        listed = (len(self.evidence) + len(self.strengths) + len(self.improvements)
                  + len(self.follow_up))
        if listed > MAX_NORM_ITEMS:
            raise ValueError(word("audit.model.too_many_items", listed=listed,
                                  most=MAX_NORM_ITEMS))
        return self


class ConflictSide(NormResult):
    """One of the answers that differed when two copies of an audit were merged."""

    source: Line = Field(description="Het bestand (of de kant bij git) waar dit antwoord "
                         "vandaan kwam.")


NormResult.model_rebuild()


class HeaderConflict(Strict):
    """A field of the audit itself that differed between two merged copies."""

    field: Identifier
    values: list[dict[str, Any]] = Field(min_length=2, max_length=MAX_LIST_ITEMS,
                                         description="Per kopie: source en value.")


Print = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class AuditorsAdvice(Strict):
    """The formal advice to the commission, given by the certifying body's lead auditor.

    `basis` is the print of the audit as advised on (see `audit/basis.py`): like the
    decision, an advice holds only for exactly that audit.
    """

    advice: Literal["positief", "negatief"]
    reason: Text
    by: Line
    date: Day
    basis: Print | None = None


class Signature(Strict):
    """The commission's Ed25519 signature over the decision's print."""

    key: Annotated[str, Field(pattern=r"^[0-9a-f]{16}$",
                              description="De sleutel-id (uit 'kwaliteitslabel keys new').")]
    value: Annotated[str, Field(pattern=r"^[A-Za-z0-9+/]{86}==$")]


class Decision(Strict):
    """The commission's decision on the certificate; the validity runs from its date.

    `basis` is the print of the audit as it was decided on together with the decision's
    own fields (see `audit/basis.py`): a decision holds only for exactly that audit and
    exactly those words; `signature` is the commission's signature over that print.
    """

    granted: StrictBool
    date: Day
    by: Line
    signed_by: list[Line] = Field(default_factory=list, max_length=MAX_LIST_ITEMS,
                                  description="Wie namens de commissie tekent: 'NAAM, rol'.")
    number: Line | None = None
    reason: Text | None = None
    despite_rules: StrictBool = Field(default=False, description=(
        "Toegekend op een advies dat afwijkt van de beslisregels, en de commissie zag dat."))
    basis: Print | None = None
    signature: Signature | None = None


class PartialOf(Strict):
    """The audit that a partial re-audit completes."""

    file: Line = Field(description="Het bestand van de oorspronkelijke audit, vanuit de map "
                       "van deze audit.")
    start: Day
    end: Day | None = None
    basis: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$", description=(
        "De vingerafdruk van de oordelen en gegevens van de oorspronkelijke audit (zonder "
        "advies en besluit) toen "
        "deze heraudit begon."))]
    redo: list[Identifier] = Field(min_length=1, description=(
        "De normen die opnieuw beoordeeld worden; de andere zijn overgenomen."))


class PlanItem(Strict):
    """One action of the organisation's improvement plan."""

    norm: Identifier = Field(description="De norm waar de actie bij hoort (bijv. D5).")
    action: Text = Field(description="Wat de organisatie gaat doen.")
    owner: Line | None = Field(default=None, description="Wie ervoor zorgt (naam of functie).")
    deadline: Day | None = Field(default=None, description="Wanneer het klaar is.")
    status: PlanStatus = "gepland"


class Audit(Strict):
    organisation: Line
    scope: Line = "hele organisatie"
    fte: Annotated[float, BeforeValidator(_no_flag)] | None = Field(default=None, ge=0,
                                                                   le=100_000)
    route: Identifier
    framework: FrameworkPin
    auditors: list[Annotated[Auditor, BeforeValidator(_name_only)]] = \
        Field(default_factory=list, max_length=MAX_LIST_ITEMS)
    peer_organisations: list[Line] = Field(default_factory=list, max_length=MAX_LIST_ITEMS)
    certifying_body: Line | None = None
    dates: Dates
    participants: list[Participant] = Field(default_factory=list, max_length=MAX_LIST_ITEMS)
    characterisation: Text | None = None
    results: dict[Identifier, NormResult] = Field(default_factory=dict)
    advice: AuditorsAdvice | None = None
    decision: Decision | None = None
    conflicts: list[HeaderConflict] = Field(default_factory=list, max_length=MAX_LIST_ITEMS,
                                            description=(
        "Na 'audit merge': gegevens van de audit die in de twee kopieën verschilden; de "
        "eerste waarde staat in het veld, tot 'audit details' het veld vastlegt."))
    sanction: Sanction | None = None  # a suspension or withdrawal after the decision
    place: Line | None = None  # where the organisation is seated (the public register)
    previous: PreviousAudit | None = None  # the audit before this one (audit new --previous)
    partial_of: PartialOf | None = None  # the audit a partial re-audit completes
    improvement_plan: list[PlanItem] = Field(default_factory=list, max_length=MAX_LIST_ITEMS,
                                             description=(
        "Het verbeterplan van de organisatie: per norm een actie, wie, wanneer en hoe ver "
        "('audit improvements'); buiten wat advies en besluit vastleggen."))

    @field_validator("results", mode="before")
    @classmethod
    def _empty_results(cls, value: object) -> object:
        return {} if value is None else value

    def result(self, norm_id: str) -> NormResult | None:
        return self.results.get(norm_id)

    def score_of(self, norm_id: str) -> str | None:
        result = self.results.get(norm_id)
        return result.score if result else None
