"""The framework as the commission publishes it: a plain view for the booklet's templates.

Like `context`, everything is prepared here as text; the templates only lay it out.
The framework's own texts stay Dutch; the booklet's own words follow `lang`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kwaliteitslabel import __version__
from kwaliteitslabel.framework.diff import FrameworkDiff
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Norm, Question
from kwaliteitslabel.framework.standing import text_standing
from kwaliteitslabel.report.booklet_changes import Changes, build_changes
from kwaliteitslabel.report.context import days_rows, rule_lines
from kwaliteitslabel.report.label import label_svg
from kwaliteitslabel.report.source_words import days_caption, source_sentence, status_word
from kwaliteitslabel.report.views import Row
from kwaliteitslabel.words.texts import Texts


@dataclass(frozen=True)
class QuestionGroup:
    """The questions for one role (or for everyone, when `role` is None)."""

    role: str | None
    questions: list[str]


@dataclass(frozen=True)
class NormPage:
    id: str
    title: str
    core: bool
    statement: str
    explanation: str
    levels: list[tuple[str, str]]  # (the verdict's name, what is characteristic of it)
    questions: list[QuestionGroup]
    documents: list[str]
    observations: list[str]
    interviews: list[str]
    examples: list[str]
    values: list[str]
    competencies: list[str]


@dataclass(frozen=True)
class AreaPage:
    id: str
    anchor: str
    name: str
    description: str | None
    norms: list[NormPage]


@dataclass
class BookletContext:
    lang: str
    title: str
    subject: str
    keywords: str
    generator: str
    created: str
    kind: str
    version: str
    framework_title: str
    status: str
    facts: list[tuple[str, str]]
    label_svg: str
    values: list[str]
    competencies: list[tuple[str, str, str | None]]
    roles: list[str]
    area_lines: list[tuple[str, str, int, str | None]]  # anchor, name, count, description
    areas: list[AreaPage]
    scale: list[list[str]]
    rules: list[str]
    certifying_routes: str
    days_table: list[Row]
    validity: str
    changes: Changes | None
    generated: str
    tool: str
    fingerprint: str
    source_text: str = ""  # whose norm texts these are
    days_caption: str = ""


def _questions(t: Texts, framework: Framework, norm: Norm) -> list[QuestionGroup]:
    """Plain questions (2017) as one group; role-tagged questions (2019) per role, in the
    order of the manifest's roles."""
    plain = [q for q in norm.questions if isinstance(q, str)]
    tagged = [q for q in norm.questions if isinstance(q, Question)]
    groups = [QuestionGroup(None, plain)] if plain else []
    for role in framework.manifest.roles:
        asked = [q.text for q in tagged if role.id in q.roles]
        if asked:
            groups.append(QuestionGroup(role.name, asked))
    return groups


def _norm(t: Texts, framework: Framework, norm: Norm) -> NormPage:
    levels = [(level.words(t.lang).name.lower(), (norm.levels or {})[level.id])
              for level in framework.manifest.scale if level.id in (norm.levels or {})]
    return NormPage(
        id=norm.id, title=norm.title, core=norm.core, statement=norm.statement,
        explanation=norm.explanation, levels=levels, questions=_questions(t, framework, norm),
        documents=list(norm.evidence.documents), observations=list(norm.evidence.observations),
        interviews=[framework.role_name(role) for role in norm.evidence.interviews],
        examples=list(norm.examples),
        values=[framework.value_name(value) for value in norm.values],
        competencies=[f"{c} {framework.competency_name(c)}" for c in norm.competencies])


def _scale(t: Texts, framework: Framework) -> list[list[str]]:
    yes, no = t("booklet.yes"), t("booklet.no")
    return [[level.words(t.lang).name,
             t.number(level.weight) if level.weight is not None else t("booklet.not_counted"),
             yes if level.requires_improvement else no,
             yes if level.requires_reason else no,
             yes if level.allowed_on_core else no] for level in framework.manifest.scale]


def build_booklet(framework: Framework, *, lang: str = "nl",
                  since: tuple[Framework, FrameworkDiff] | None = None,
                  now: dt.datetime | None = None) -> BookletContext:
    """Everything the booklet shows, as text in `lang`."""
    t = Texts(lang)
    manifest = framework.manifest
    now = now or dt.datetime.now().astimezone().replace(microsecond=0)
    kind = t("booklet.kind")
    status = status_word(t, framework)
    standing = text_standing(framework)
    counts = {area.id: len(framework.norms_in(area.id)) for area in manifest.areas}
    facts = [(t("booklet.version"), manifest.version), (t("booklet.status"), status)]
    facts.append((t("booklet.source"), source_sentence(t, framework)))
    if manifest.adopted and standing != "gewijzigd":
        adopted = "booklet.adopted" if standing == "vastgesteld" else "booklet.adopted_branch"
        facts.append((t(adopted), t.date(manifest.adopted)))
    if manifest.valid_from:
        facts.append((t("booklet.valid_from"), t.date(manifest.valid_from)))
    if manifest.valid_until:
        facts.append((t("booklet.valid_until"), t.date(manifest.valid_until)))
    facts.append((t("booklet.norms"), t("booklet.norms_value", total=len(framework.norms),
                                        core=sum(norm.core for norm in framework.norms))))
    areas = [AreaPage(area.id, f"area-{index}", area.name, area.description,
                      [_norm(t, framework, norm) for norm in framework.norms_in(area.id)])
             for index, area in enumerate(manifest.areas, start=1)]
    return BookletContext(
        lang=lang,
        title=f"{kind} {manifest.version}: {manifest.title}",
        subject=t("booklet.subject", version=manifest.version),
        keywords=t("booklet.keywords", version=manifest.version),
        generator=f"kwaliteitslabel {__version__}", created=now.isoformat(),
        kind=kind, version=manifest.version, framework_title=manifest.title, status=status,
        facts=facts,
        label_svg=label_svg(stamped=False, title=t("booklet.label_alt")),
        values=[value.name for value in manifest.values],
        competencies=[(c.id, c.name, c.description) for c in manifest.competencies],
        roles=[role.name for role in manifest.roles],
        area_lines=[(page.anchor, page.name, counts[page.id], page.description)
                    for page in areas],
        areas=areas, scale=_scale(t, framework), rules=rule_lines(t, framework),
        certifying_routes=t.listing([route.words(t.lang).name for route in manifest.routes
                                     if route.outcome == "certificaat"]),
        days_table=days_rows(t, framework),
        validity=t("booklet.validity", months=manifest.certificate_validity_months),
        changes=build_changes(t, since[0], framework, since[1]) if since else None,
        generated=t.date(now), tool=f"kwaliteitslabel {__version__}",
        fingerprint=framework.fingerprint, source_text=source_sentence(t, framework),
        days_caption=days_caption(t, framework, "method.days_table"))
