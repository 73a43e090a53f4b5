"""Loading an audit against the exact framework it is pinned to."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kwaliteitslabel import yamlio
from kwaliteitslabel.audit.model import Audit
from kwaliteitslabel.audit.rules import rule_violations
from kwaliteitslabel.errors import FrameworkMismatch, InvalidInput, Problem
from kwaliteitslabel.framework import locate
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.messages import closest
from kwaliteitslabel.words import word


@dataclass
class LoadedAudit:
    """An audit with its YAML tree and the framework it is pinned to."""

    document: yamlio.Document
    audit: Audit
    framework: Framework
    notice: str | None = None  # said when the framework on disk differs from the pinned one

    @property
    def path(self) -> Path:
        return self.document.path


def parse_audit(document: yamlio.Document) -> Audit:
    if not isinstance(document.tree, dict):
        what = word("audit.load.empty" if document.tree is None else "audit.load.not_mapping")
        raise InvalidInput(
            f"{document.path}: {what}",
            [Problem(str(document.path), 1, 1, word("audit.load.start_again", what=what))])
    return yamlio.validate(Audit, document)


def check_against(document: yamlio.Document, audit: Audit, framework: Framework) -> None:
    """Norm ids and verdicts that the framework does not allow, each with its line."""
    problems = []
    if framework.manifest.route(audit.route) is None:
        line, column = yamlio.position(document.tree, ("route",))
        ids = [route.id for route in framework.manifest.routes]
        hint = closest(audit.route, ids)
        problems.append(Problem(str(document.path), line, column, word(
            "audit.load.unknown_route_hint", route=audit.route, version=framework.version,
            hint=hint) if hint else word("audit.load.unknown_route", route=audit.route,
                                         version=framework.version, choices=", ".join(ids))))
    for norm_id, result in audit.results.items():
        line, column = yamlio.key_position(document.tree, ("results", norm_id))
        norm = framework.norm(norm_id)
        if norm is None or norm.id != norm_id:
            problems.append(Problem(str(document.path), line, column, word(
                "audit.load.norm_spelled", norm=norm_id, version=framework.version,
                hint=norm.id) if norm is not None else word(
                "audit.load.unknown_norm", norm=norm_id, version=framework.version)))
            continue
        if result.score is not None and framework.manifest.level(result.score) is None:
            line, column = yamlio.position(document.tree, ("results", norm_id, "score"))
            problems.append(Problem(str(document.path), line, column,
                                    unknown_verdict(framework, result.score)))
            continue
        problems += [Problem(str(document.path), line, column, message)
                     for message in rule_violations(framework, norm_id, result,
                                                    final=False)]
    for index, item in enumerate(audit.improvement_plan):
        norm = framework.norm(item.norm)
        if norm is None or norm.id != item.norm:
            line, column = yamlio.position(document.tree, ("improvement_plan", index, "norm"))
            problems.append(Problem(str(document.path), line, column, word(
                "audit.load.plan_norm_spelled", norm=item.norm, version=framework.version,
                hint=norm.id) if norm is not None else word(
                "audit.load.plan_unknown_norm", norm=item.norm, version=framework.version)))
    if problems:
        raise InvalidInput(word("audit.load.problems", path=document.path,
                                count=len(problems)), problems)


def unknown_verdict(framework: Framework, typed: str) -> str:
    """What to say of a verdict the framework's scale does not have."""
    meant = framework.verdict_for(typed)
    hint = closest(typed.lower(), framework.verdicts) if meant is None else meant
    return word("verdict.unknown", typed=typed, version=framework.version,
                hint=word("verdict.did_you_mean", name=hint) if hint
                else word("verdict.choose_from", choices=", ".join(framework.verdicts)))


def load_audit(path: Path, norms_option: Path | None = None, *,
               editable: bool = True) -> LoadedAudit:
    """Load an audit and the exact framework it is pinned to, or say why not.

    `editable=False` is for reading only: the fast loader, with a round-trip reload
    when something is wrong, so that every problem still gets its line.
    """
    if not editable:
        try:
            return _load_audit(path, norms_option, round_trip=False)
        except InvalidInput:
            pass
    return _load_audit(path, norms_option, round_trip=True)


def _load_audit(path: Path, norms_option: Path | None, *, round_trip: bool) -> LoadedAudit:
    document = yamlio.load(path, round_trip=round_trip, plain_data=True)
    audit = parse_audit(document)
    try:
        framework, differing = locate.find_pinned(audit.framework.version,
                                                  audit.framework.fingerprint, norms_option)
    except FrameworkMismatch as error:
        raise FrameworkMismatch(f"{path}: {error.message}") from None
    check_against(document, audit, framework)
    notice = None
    if differing is not None:
        notice = word("audit.load.framework_changed"
                      if differing.version == framework.version
                      else "audit.load.framework_other",
                      path=differing.path, other=differing.version,
                      fingerprint=differing.fingerprint[:12], version=framework.version,
                      pinned=framework.path, pinned_fingerprint=framework.fingerprint[:12])
    return LoadedAudit(document, audit, framework, notice)
