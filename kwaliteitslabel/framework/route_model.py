"""A route in the manifest: who assesses, what it needs, where it leads, and its words.

The words a report uses for a route (`title`, `explanation`, `en`) are the commission's
to edit without re-pinning audits: the fingerprint leaves them out (see `fingerprint`)."""

from __future__ import annotations

from typing import Literal, NamedTuple

from pydantic import Field

from kwaliteitslabel.framework.base import Identifier, Strict, Text


class RouteRequirements(Strict):
    """What an audit on a route needs before its report can be final."""

    certifying_body: bool = Field(
        default=False, description="Een certificerende instelling is vastgelegd.")
    auditors: int = Field(default=0, ge=0, le=20, description=(
        "Minimaal aantal auditoren van de certificerende instelling (2: een auditduo)."))
    peer_organisations: int = Field(default=0, ge=0, le=20, description=(
        "Minimaal aantal collega-organisaties, andere dan de getoetste organisatie."))
    peer_assessors: int = Field(default=0, ge=0, le=20, description=(
        "Minimaal aantal toetsers uit collega-organisaties."))
    evidence: bool = Field(default=False, description=(
        "Elk oordeel rust op bewijs; een oordeel zonder bewijs is dan een fout."))
    improvement_plan: bool = Field(default=False, description=(
        "Een positief advies (en een certificaat) vraagt een verbeterplan van de "
        "organisatie met een actie met deadline bij elke norm waarvan het oordeel een "
        "verbeterpunt vraagt (rules.improvement_required)."))


class RouteWordsEn(Strict):
    """A route's words in English, for reports in English."""

    name: Text = Field(description="The route's name in a sentence, e.g. 'certifying audit'.")
    title: Text = Field(description="The report's title, e.g. 'Assessment report'.")
    explanation: Text = Field(description="What the route is and where it leads, for the "
                                          "report's reader.")


class RouteWords(NamedTuple):
    """What a report says about its route, in one language."""

    name: str
    title: str
    explanation: str


class RouteDefinition(Strict):
    """One route to (or towards) the label, as the branch runs it."""

    id: Identifier
    name: Text = Field(description="De naam in zinnen, bijv. 'certificerende audit'.")
    assessors: Literal["organisatie", "toetsers", "auditoren", "toetsers_en_auditoren"] = \
        Field(description="Wie beoordeelt: de organisatie zelf, toetsers van "
                          "collega-organisaties, auditoren van een certificerende "
                          "instelling, of beide.")
    report: Text = Field(description="Hoe het rapport heet, bijv. 'toetsingsrapport'.")
    outcome: Literal["geen", "registratie", "certificaat"] = Field(
        description="Waartoe de route kan leiden: niets buiten de organisatie, registratie "
                    "in het Kwaliteitsregister, of een certificaat.")
    leads_to: Text = Field(description="Waartoe de route leidt, in een zin.")
    requires: RouteRequirements = Field(default_factory=RouteRequirements)
    title: Text | None = Field(default=None, description=(
        "De titel van het rapport, bijv. 'Toetsingsrapport' (standaard: report met een "
        "hoofdletter)."))
    explanation: Text | None = Field(default=None, description=(
        "Wat de route is en waartoe zij leidt, voor de lezer van het rapport (standaard: "
        "leads_to)."))
    en: RouteWordsEn | None = Field(default=None, description=(
        "De woorden van de route in het Engels (name, title, explanation), voor rapporten "
        "in het Engels; zonder deze woorden toont een Engels rapport de Nederlandse."))

    def words(self, lang: str) -> RouteWords:
        """The route's words for a report in `lang` (Dutch where English ones are absent)."""
        if lang == "en" and self.en is not None:
            return RouteWords(self.en.name, self.en.title, self.en.explanation)
        return RouteWords(self.name, self.title or self.report[:1].upper() + self.report[1:],
                          self.explanation or self.leads_to)
