"""The framework (normenkader): a manifest plus one norm file per area."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    Field,
    PrivateAttr,
    StrictBool,
    ValidationInfo,
    field_validator,
    model_validator,
)

from kwaliteitslabel.framework.base import Day, Identifier, Line, Strict, Text
from kwaliteitslabel.framework.route_model import RouteDefinition
from kwaliteitslabel.framework.scale_model import ScaleLevel, clashes
from kwaliteitslabel.words import word


class Area(Strict):
    id: Identifier
    name: Text
    id_prefix: Annotated[str, Field(pattern=r"^[A-Z]{1,3}$")] | None = Field(
        default=None, description="Hoofdletter(s) waarmee elk norm-id van dit gebied begint, "
        "gevolgd door een volgnummer (V1, V2, ...).")
    file: Text = Field(description="Het normbestand van dit gebied, naast het manifest.")
    expected_norms: int = Field(ge=1, le=500)
    description: Text | None = None
    links_competencies: bool = Field(
        default=False, description="Normen in dit gebied verwijzen naar competenties.")


class Value(Strict):
    id: Identifier
    name: Text


class Competency(Strict):
    id: Identifier
    name: Text
    description: Text | None = None


class Role(Strict):
    id: Identifier
    name: Text


class EvidenceKind(Strict):
    """A kind of evidence, and the words an auditor may type for it."""

    id: Identifier
    name: Text
    words: list[Identifier] = Field(default_factory=list)


DEFAULT_EVIDENCE_KINDS = [
    EvidenceKind(id="document", name="document", words=["document", "doc", "d"]),
    EvidenceKind(id="interview", name="gesprek",
                 words=["gesprek", "interview", "g", "i"]),
    EvidenceKind(id="observation", name="observatie",
                 words=["observatie", "observation", "o"]),
]


class Rules(Strict):
    certifying_routes: list[Identifier] | None = Field(default=None, description=(
        "Verouderd: welke routes tot een certificaat kunnen leiden staat nu bij de route "
        "(outcome: certificaat); als dit veld er staat, moet het daarmee kloppen."))
    max_norms: dict[Identifier, int] = Field(
        description="Het hoogste aantal normen per oordeel dat een positief advies toelaat.")
    improvement_required: list[Identifier] = Field(default_factory=list)

    @field_validator("max_norms")
    @classmethod
    def _not_negative(cls, limits: dict[str, int]) -> dict[str, int]:
        for verdict, limit in limits.items():
            if limit < 0:
                raise ValueError(word("framework.model.negative", verdict=verdict,
                                      limit=limit))
        return limits


class AuditDays(Strict):
    up_to_fte: float | None = Field(default=None, gt=0)
    days: float = Field(gt=0, le=30)


class TextSource(Strict):
    """Whose text the framework is, and the prints of that text as its author issued it."""

    by: Literal["beheercommissie", "kwaliteitslabel"] = Field(description=(
        "beheercommissie: de tekst die de commissie vaststelde; kwaliteitslabel: een eigen "
        "formulering van het programma uit openbare bronnen, niet door de commissie "
        "vastgesteld."))
    note: Text | None = Field(default=None, description="Toelichting in een zin.")
    prints: list[Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]] = Field(
        default_factory=list, description=(
            "De vingerafdrukken van de tekst zoals deze bron haar uitgaf (bij de "
            "beheercommissie: zoals zij haar vaststelde). Een kader met een andere "
            "vingerafdruk heet 'gewijzigd, niet vastgesteld'."))


class EarlierPrint(Strict):
    """A print this version had before a correction of its texts: audits pinned to it open."""

    fingerprint: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    until: Day | None = Field(default=None, description="Laatste dag van die tekst.")
    change: Text = Field(description="Wat er sindsdien aan de tekst is verbeterd.")


class Manifest(Strict):
    version: Text
    title: Text
    status: Literal["concept", "in_gebruik", "vastgesteld", "vervallen"]
    source: TextSource | None = Field(default=None, description=(
        "Wiens tekst dit is: de vastgestelde tekst van de beheercommissie of een eigen "
        "formulering van kwaliteitslabel."))
    earlier_prints: list[EarlierPrint] = Field(default_factory=list, description=(
        "Vingerafdrukken van deze versie van voor een tekstcorrectie; audits die daarop "
        "vastliggen, openen tegen de verbeterde tekst."))
    adopted: Day | None = None
    valid_from: Day | None = Field(
        default=None, description="Eerste dag waarop audits tegen dit kader mogen beginnen.")
    valid_until: Day | None = Field(
        default=None, description="Laatste dag waarop dit kader geldt; leeg: nog geldig.")
    areas: list[Area] = Field(min_length=1)
    values: list[Value] = Field(min_length=1)
    competencies: list[Competency] = Field(default_factory=list)
    roles: list[Role] = Field(min_length=1)
    scale: list[ScaleLevel] = Field(min_length=1)
    rules: Rules
    audit_days: list[AuditDays] = Field(min_length=1)
    certificate_validity_months: int = Field(ge=1, le=120)
    routes: list[RouteDefinition] = Field(min_length=1)
    evidence_kinds: list[EvidenceKind] = Field(
        default_factory=lambda: list(DEFAULT_EVIDENCE_KINDS))
    deciding_body: Line = Field(default="beheercommissie Kwaliteitslabel", description=(
        "Wie over het certificaat en de registratie besluit; 'audit decide --by' moet "
        "deze naam zijn."))
    signatures_required: StrictBool = Field(default=True, description=(
        "Of een besluit pas geldt met de handtekening van een sleutel uit de sleutelbos "
        "(map 'sleutels' naast de versies van het normenkader)."))

    def route(self, route_id: str) -> RouteDefinition | None:
        return next((route for route in self.routes if route.id == route_id), None)

    @property
    def certifying_routes(self) -> list[str]:
        return [route.id for route in self.routes if route.outcome == "certificaat"]

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: object) -> object:
        # `version: 2017` without quotes is a number in YAML; it is meant as text
        return str(value) if isinstance(value, int) else value

    @field_validator("scale")
    @classmethod
    def _whole_scale(cls, scale: list[ScaleLevel]) -> list[ScaleLevel]:
        ids = [level.id for level in scale]
        twice = sorted({verdict for verdict in ids if ids.count(verdict) > 1})
        if twice:
            raise ValueError(word("framework.model.verdict_twice", verdicts=", ".join(twice)))
        if not any(level.counted for level in scale):
            raise ValueError(word("framework.model.none_counted"))
        double = clashes(scale)
        if double:
            raise ValueError(word("framework.model.clashes", clashes="; ".join(double)))
        return scale

    @model_validator(mode="after")
    def _rules_name_the_scale(self) -> Manifest:
        ids = [level.id for level in self.scale]
        named = [*self.rules.max_norms, *self.rules.improvement_required]
        unknown = [verdict for verdict in named if verdict not in ids]
        if unknown:
            raise ValueError(word("framework.model.rules_unknown", verdicts=", ".join(unknown),
                                  choices=", ".join(ids)))
        return self

    def level(self, verdict: str) -> ScaleLevel | None:
        """The scale's level `verdict`, or None where the scale has no such verdict."""
        return next((level for level in self.scale if level.id == verdict), None)

    @field_validator("routes")
    @classmethod
    def _routes_once(cls, routes: list[RouteDefinition]) -> list[RouteDefinition]:
        ids = [route.id for route in routes]
        twice = sorted({route_id for route_id in ids if ids.count(route_id) > 1})
        if twice:
            raise ValueError(word("framework.model.route_twice", routes=", ".join(twice)))
        return routes

    @model_validator(mode="after")
    def _certifying_routes_agree(self) -> Manifest:
        listed = self.rules.certifying_routes
        if listed is not None and sorted(listed) != sorted(self.certifying_routes):
            raise ValueError(word(
                "framework.model.certifying_routes", listed=", ".join(listed),
                routes=", ".join(self.certifying_routes) or word("framework.model.none")))
        return self

    @field_validator("source")
    @classmethod
    def _honest_status(cls, source: TextSource | None, info: ValidationInfo) \
            -> TextSource | None:
        if info.data.get("status") == "vastgesteld" and source is not None \
                and source.by != "beheercommissie":
            raise ValueError(word("framework.model.honest_status"))
        return source

    @model_validator(mode="after")
    def _validity_in_order(self) -> Manifest:
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValueError(word("framework.model.dates_reversed", until=self.valid_until,
                                  start=self.valid_from))
        return self

    @field_validator("audit_days")
    @classmethod
    def _days_ascending(cls, rows: list[AuditDays]) -> list[AuditDays]:
        bounds = [row.up_to_fte for row in rows]
        if bounds[-1] is not None:
            raise ValueError(word("framework.model.days_last"))
        given = [bound for bound in bounds[:-1] if bound is not None]
        if len(given) != len(bounds) - 1 or given != sorted(given):
            raise ValueError(word("framework.model.days_ascending"))
        return rows


class NormEvidence(Strict):
    documents: list[Text] = Field(min_length=1)
    observations: list[Text] = Field(default_factory=list)
    interviews: list[Identifier] = Field(min_length=1,
                                         description="Rollen uit het manifest (roles).")


class Question(Strict):
    """An interview question and the roles it is meant for."""

    text: Text
    roles: list[Identifier] = Field(min_length=1,
                                    description="Rollen uit het manifest (roles).")


Levels = dict[Identifier, Text]
"""What is characteristic of each counted verdict on this norm ("Kenmerkend voor ..."),
by the scale's ids; the framework's check wants one text per counted verdict."""


class Reference(Strict):
    """A law or code a norm rests on, with the dates it holds where they are known."""

    name: Line = Field(description="De wet of code, bijv. 'Wet Huis voor klokkenluiders'.")
    article: Line | None = Field(default=None, description="Artikel of onderdeel.")
    valid_from: Day | None = Field(default=None, description="Eerste dag dat zij geldt.")
    valid_until: Day | None = Field(default=None, description="Laatste dag dat zij geldt.")
    replaced_by: Line | None = Field(default=None, description=(
        "De wet of code die haar na valid_until vervangt."))

    @model_validator(mode="after")
    def _dates_in_order(self) -> Reference:
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValueError(word("framework.model.dates_reversed", until=self.valid_until,
                                  start=self.valid_from))
        if self.replaced_by and self.valid_until is None:
            raise ValueError(word("framework.model.replaced_without_end", name=self.name))
        return self

    @property
    def cited(self) -> str:
        return f"{self.name}, {self.article}" if self.article else self.name


REFERENCE_LIFECYCLE = frozenset({"valid_from", "valid_until", "replaced_by"})


class Norm(Strict):
    id: Identifier
    title: Text
    core: bool = Field(description="Kernnorm: nooit 'niet van toepassing'.")
    statement: Text
    explanation: Text
    levels: Levels | None = None
    questions: list[Text | Question] = Field(min_length=3)
    evidence: NormEvidence
    examples: list[Text] = Field(min_length=1)
    values: list[Identifier] = Field(min_length=1)
    competencies: list[Identifier] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list, description=(
        "Wetten en codes waarop de norm rust, met hun geldigheid waar die bekend is."))

    _area: str = PrivateAttr(default="")

    @property
    def area(self) -> str:
        return self._area


class NormFile(Strict):
    area: Identifier
    norms: list[Norm] = Field(min_length=1)

    @model_validator(mode="after")
    def _area_on_norms(self) -> NormFile:
        for norm in self.norms:
            norm._area = self.area
        return self
