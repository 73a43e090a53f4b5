"""A plain view of an audit and its result, in the words of one language.

Everything the templates show is prepared here, as the dataclasses of text in
`views.py`; the templates only lay it out. No WeasyPrint here: the benchmark times
this as our own work.
"""

from __future__ import annotations

import datetime as dt

from kwaliteitslabel import __version__, identity
from kwaliteitslabel.audit.explain import sentences
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.model import Audit, Improvement, NormResult
from kwaliteitslabel.audit.references import outdated_references
from kwaliteitslabel.audit.rules import accepted_verdict, takes_reason
from kwaliteitslabel.audit.scoring import Result
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Norm
from kwaliteitslabel.framework.route_model import RouteWords
from kwaliteitslabel.report import charts
from kwaliteitslabel.report.follow_up import follow_up_section
from kwaliteitslabel.report.label import label_svg
from kwaliteitslabel.report.plan import plan_section
from kwaliteitslabel.report.source_words import days_caption, source_sentence, status_word
from kwaliteitslabel.report.verdict_words import order, tone, verdict_name, verdict_short
from kwaliteitslabel.report.views import (
    AreaView,
    Detail,
    Evidence,
    NormView,
    Person,
    Point,
    ReportContext,
    Row,
    ScoreLine,
)
from kwaliteitslabel.words.texts import Texts

DEFAULT_SCOPE = Audit.model_fields["scope"].default  # written by the tool, not by people


def _assessed(t: Texts, result: NormResult) -> str | None:
    if result.assessed_by and result.assessed_at:
        return t("norm.assessed", who=result.assessed_by, date=t.date(result.assessed_at))
    if result.assessed_at:
        return t("norm.assessed_at", date=t.date(result.assessed_at))
    if result.assessed_by:
        return t("norm.assessed_by", who=result.assessed_by)
    return None


def _improvement(t: Texts, norm: Norm, item: Improvement, by: str | None = None) -> Point:
    details = []
    if item.deadline:
        details.append(Detail(t("deadline", date=t.date(item.deadline))))
    if item.owner:
        details.append(Detail(t("owner"), item.owner))
    return Point(norm.id, norm.title, item.text, details, item.by or by)


def _carried(t: Texts, loaded: LoadedAudit, assessed: str | None) -> str:
    """A verdict a partial re-audit carried from the audit it completes, said so."""
    partial = loaded.audit.partial_of
    period = t.period(partial.start, partial.end) if partial else ""
    carried = t("norm.carried", period=period)
    return f"{assessed} · {carried}" if assessed else carried


def _kind_name(t: Texts, framework: Framework, kind: str) -> str:
    """A kind of evidence in the report's words; a kind the commission added (no word in
    the catalogue) by its name in the manifest."""
    named = next((known.name for known in framework.manifest.evidence_kinds
                  if known.id == kind), kind)
    return t.get(f"evidence.{kind}", named)


def _norm_view(loaded: LoadedAudit, t: Texts, norm: Norm) -> NormView:
    framework = loaded.framework
    result = loaded.audit.result(norm.id) or NormResult()
    counted = accepted_verdict(framework, norm, loaded.audit)
    verdict = counted or "open"
    refused = None
    if counted is None and result.score is not None:
        refused = t("norm.refused", verdict=verdict_name(t, framework, result.score))
    evidence = [Evidence(_kind_name(t, framework, item.kind),
                         framework.role_name(item.source) if item.source else None,
                         item.reference, item.note) for item in result.evidence]
    return NormView(
        id=norm.id, title=norm.title, core=norm.core, statement=norm.statement,
        verdict=verdict, tone=tone(framework, verdict),
        verdict_text=verdict_name(t, framework, verdict), refused=refused,
        findings=result.findings, evidence=evidence, strengths=list(result.strengths),
        improvements=[_improvement(t, norm, item, result.assessed_by)
                      for item in result.improvements],
        nvt_reason=result.nvt_reason if takes_reason(framework, result.score) else None,
        assessed=_carried(t, loaded, _assessed(t, result)) if result.carried
        else _assessed(t, result) if result.score else None,
        reference_notes=outdated_references(framework, norm, loaded.audit.dates.last,
                                            t.lang))


def days_rows(t: Texts, framework: Framework) -> list[Row]:
    """The framework's audit days by size, in words (the report and the booklet)."""
    rows, previous = [], None
    for row in framework.manifest.audit_days:
        if row.up_to_fte is not None:
            size = t("method.up_to", fte=t.number(row.up_to_fte))
        elif previous is not None:
            size = t("method.above", fte=t.number(previous))
        else:
            size = t("method.any")
        rows.append(Row([size, t.number(row.days)]))
        previous = row.up_to_fte
    return rows


def rule_lines(t: Texts, framework: Framework) -> list[str]:
    """The decision rules of a framework in words (the report and the booklet)."""
    rules = framework.manifest.rules
    lines = [t("advice.rule_all")]
    for verdict, limit in rules.max_norms.items():
        what = verdict_name(t, framework, verdict).lower()
        lines.append(t("advice.rule_none", what=what) if limit == 0
                     else t("advice.rule_max", limit=limit, what=what))
    lines += [t("advice.rule_improvement", what=verdict_name(t, framework, verdict).lower())
              for verdict in rules.improvement_required]
    planned = [route.words(t.lang).name for route in framework.manifest.routes
               if route.requires.improvement_plan]
    if planned and rules.improvement_required:
        lines.append(t("advice.rule_plan", routes=", ".join(planned), what=", ".join(
            verdict_name(t, framework, verdict).lower()
            for verdict in rules.improvement_required)))
    return lines


def _charts(t: Texts, framework: Framework, result: Result) \
        -> tuple[str, str, list[ScoreLine]]:
    lines = [ScoreLine(area.name, {**area.counts, "open": area.open}, area.total,
                       area.score_pct) for area in result.areas]
    overall = result.overall
    lines.append(ScoreLine(t("total"), {**overall.counts, "open": overall.open},
                           overall.total, overall.score_pct, is_total=True))
    # the text alternative says where the values are: in the table beside the chart
    scores = charts.scores_chart(
        [charts.ScoreRow(line.name, line.pct, line.is_total) for line in lines],
        t("chart.alt", title=t("chart.scores_title")))
    distribution = charts.distribution_chart(
        [charts.DistributionRow(line.name, line.counts) for line in lines[:-1]],
        order(framework), {key: verdict_short(t, framework, key) for key in order(framework)},
        {key: tone(framework, key) for key in order(framework)},
        t("chart.alt", title=t("chart.distribution_title")))
    return scores, distribution, lines


def id_ranges(framework_ids: list[str], chosen: list[str]) -> str:
    """`V3–V16, D2, D4` for the chosen ids, with runs in the framework's order joined."""
    wanted = set(chosen)
    runs: list[list[str]] = []
    previous = None
    for norm_id in framework_ids:
        if norm_id not in wanted:
            previous = None
            continue
        prefix = norm_id.rstrip("0123456789")
        if runs and previous == prefix:
            runs[-1].append(norm_id)
        else:
            runs.append([norm_id])
        previous = prefix
    parts = []
    for run in runs:
        parts += [f"{run[0]}–{run[-1]}"] if len(run) > 2 else run
    return ", ".join(parts)


def improvements_of(loaded: LoadedAudit, t: Texts) -> list[Point]:
    return [_improvement(t, norm, item, result.assessed_by)
            for norm in loaded.framework.norms
            if (result := loaded.audit.result(norm.id)) is not None
            for item in result.improvements]


def _split_points(audit: Audit, points: list[Point]) -> tuple[list[Point], list[Point]]:
    """In a combinatie: the certifying body's improvement points and the peers' learning
    points, by the organisation of who raised them (or assessed the norm)."""
    peers = {identity.key(person.name) for person in audit.auditors
             if any(identity.same(person.organisation, peer)
                    for peer in audit.peer_organisations)}
    by_peers = [point for point in points if point.by and identity.key(point.by) in peers]
    return [point for point in points if point not in by_peers], by_peers


def _own_advice(t: Texts, result: Result) -> str | None:
    own = result.advice.auditors if result.advice else None
    if own is None or result.advice is None:
        return None
    key = "advice.own" if result.advice.departs else "advice.own_agrees"
    return t(key, advice=t(f"advice.word.{own.advice}"), by=own.by, date=t.date(own.date),
             reason=own.reason)


def _decision_lines(t: Texts, result: Result, certifying: bool = True) -> list[str]:
    decision = result.decision
    if decision is None:
        if result.status == "advies_positief":
            return [t("advice.decision.awaiting" if certifying
                      else "advice.decision.awaiting_registration")]
        return [t("advice.decision.none")] if result.advice else []
    number = f" ({t('number', number=decision.number)})" if decision.number else ""
    key = "advice.decision.granted" if decision.granted else "advice.decision.refused"
    if result.status in ("geregistreerd", "niet_geregistreerd"):
        key = "advice.decision.registered" if decision.granted else \
            "advice.decision.not_registered"
    lines = [t(key, by=decision.by, date=t.date(decision.date), number=number)]
    if decision.signed_by:
        lines.append(t("advice.decision.signed_by", names="; ".join(decision.signed_by)))
    if decision.despite_rules:
        lines.append(t("advice.decision.despite_rules"))
    signature = result.signature_en if t.lang == "en" else result.signature
    if signature:
        lines.append(t("advice.decision.signature", text=signature))
    if decision.reason:
        lines.append(t("advice.decision.reason", reason=decision.reason))
    return lines


def build_context(loaded: LoadedAudit, result: Result, *, lang: str = "nl",
                  audit_digest: str | None = None,
                  now: dt.datetime | None = None) -> ReportContext:
    """Everything the report shows, as text in `lang`; nothing here is markup."""
    t = Texts(lang)
    audit, framework = loaded.audit, loaded.framework
    now = now or dt.datetime.now().astimezone().replace(microsecond=0)
    outcome = result.outcome
    draft = result.draft
    route = framework.manifest.route(audit.route)
    words = route.words(lang) if route else RouteWords(audit.route, audit.route, "")
    kind = words.title
    valid = t.date(result.valid_until)
    decision = result.decision
    status = t(f"status.{result.status}")
    status_note = t(f"status_note.{result.status}", date=valid,
                    decided=t.date(decision.date) if decision else "",
                    number=f"{decision.number} " if decision and decision.number else "")
    if result.advice is not None and result.advice.departs:
        status_note += f" · {t('status_note.departs')}"
    label = result.label
    if audit.sanction is not None:  # suspended or withdrawn: no live label
        sanction = audit.sanction
        status_note += t(f"sanction.{sanction.kind}", date=t.date(sanction.date),
                         by=sanction.by, reason=sanction.reason)
        label = "geen"
        status = t(f"status.{sanction.kind}")
    stamped = label == "gecertificeerd"
    alt = (t("label_alt.stamped", until=t("label_until", date=valid) if valid else "")
           if stamped else t("label_alt.plain", status=f"{status}, {status_note}"))
    assessors = route.assessors if route else "auditoren"
    by_body, by_peers = _split_points(audit, improvements_of(loaded, t))
    scores, distribution, lines = _charts(t, framework, result)
    areas = [AreaView(area.id, area.name, area.description,
                      [_norm_view(loaded, t, norm) for norm in framework.norms_in(area.id)])
             for area in framework.manifest.areas]
    norms = [norm for area in areas for norm in area.norms]
    strengths = [Point(n.id, n.title, text) for n in norms for text in n.strengths]
    improvements = [point for n in norms for point in n.improvements]
    certifying = audit.route in framework.manifest.certifying_routes
    days = framework.audit_days(audit.fte)
    route_name = words.name
    outcome_text = t(f"outcome.{result.status}")
    manifest = framework.manifest
    return ReportContext(
        lang=lang, draft=draft, kind=kind,
        title=f"{kind} {t('label_name')}: {audit.organisation}",
        authors=[auditor.name for auditor in audit.auditors] or ["kwaliteitslabel"],
        subject=t("meta.subject", kind=kind, organisation=audit.organisation,
                  route=route_name, version=framework.version, outcome=outcome_text),
        keywords=t("meta.keywords", kind=kind, route=route_name, version=framework.version),
        generator=f"kwaliteitslabel {__version__}",
        created=now.isoformat(),
        organisation=audit.organisation, route=audit.route, route_name=route_name,
        route_text=words.explanation,
        scope=t("scope.default") if audit.scope == DEFAULT_SCOPE else audit.scope,
        scope_is_data=audit.scope != DEFAULT_SCOPE,
        period=t.period(audit.dates.start, audit.dates.end),
        auditors=[Person(a.name, a.organisation, a.role) for a in audit.auditors],
        peers=list(audit.peer_organisations), certifying_body=audit.certifying_body,
        framework_version=framework.version, framework_title=manifest.title,
        framework_status=status_word(t, framework),
        fingerprint=framework.fingerprint,
        audit_file=loaded.path.name,
        audit_digest=audit_digest or loaded.document.digest,
        outcome=outcome, outcome_text=outcome_text, status=status, status_note=status_note,
        label=label,
        label_svg="" if label not in ("gecertificeerd", "zonder_stempel") else label_svg(
            stamped=stamped, title=alt, valid_until=result.valid_until),
        reasons=sentences(result.explanation, lang),
        characterisation=audit.characterisation,
        scores_chart=scores, distribution_chart=distribution, score_lines=lines,
        scores_note=t("summary.scores_note", weights=", ".join(
            f"{level.words(t.lang).name.lower()} {t.number(level.weight)}"
            for level in manifest.scale if level.weight is not None)),
        verdict_names={key: verdict_name(t, framework, key) for key in order(framework)},
        order=order(framework),
        strengths=strengths, improvements=improvements, areas=areas,
        open_norms=list(result.open_norms),
        open_list=id_ranges([norm.id for norm in framework.norms], list(result.open_norms)),
        total_norms=len(framework.norms),
        fte=t("method.fte_value", fte=t.number(audit.fte)) if audit.fte is not None
        else t("method.unknown"),
        audit_days=days_caption(t, framework, "method.days_value_one" if days == 1 else
                                "method.days_value", days=t.number(days))
        if days is not None else t("method.days_unknown"),
        days_table=days_rows(t, framework),
        participants=[Row([framework.role_name(p.role), str(p.count), p.note or ""])
                      for p in audit.participants],
        certifying=certifying,
        advice=t(f"advice.proposed.{result.advice.proposed}") if result.advice
        else t("advice.proposed.none"),
        own_advice=_own_advice(t, result),
        decision=_decision_lines(t, result, certifying),
        rules=rule_lines(t, framework),
        deciding=list(result.deciding_norms) if outcome != "onvolledig" else [],
        validity=t("advice.valid_until", date=valid,
                   months=manifest.certificate_validity_months) if result.valid_until
        else t("advice.valid_months", months=manifest.certificate_validity_months)
        if result.status == "advies_positief" and certifying else t("advice.no_validity"),
        assessors_word=t(f"cover.assessors.{assessors}"),
        approach=t(f"method.approach.{assessors}"),
        mixed_assessors=assessors == "toetsers_en_auditoren",
        missing=[check.text(lang) for check in result.missing],
        improvements_by_body=by_body, improvements_by_peers=by_peers,
        generated=t.date(now), tool=f"kwaliteitslabel {__version__}",
        source_text=source_sentence(t, framework),
        days_caption=days_caption(t, framework, "method.days_table"),
        follow_up=follow_up_section(loaded, t),
        plan=plan_section(loaded, t),
    )
