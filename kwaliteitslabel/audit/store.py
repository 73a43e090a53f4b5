"""Audit files: create, load against the pinned framework, and save answers safely.

An answer is written into the loaded YAML tree in place, so comments and key order
survive; every save is atomic and holds a lock, and a save notices when someone else
changed the file since it was read: it then re-reads and applies the answer again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from kwaliteitslabel import yamlio
from kwaliteitslabel.audit.model import Audit, NormResult
from kwaliteitslabel.errors import FrameworkMismatch, InvalidInput, Problem, RefusedAnswer
from kwaliteitslabel.framework import locate
from kwaliteitslabel.framework.base import ROUTES
from kwaliteitslabel.framework.load import Framework


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


@dataclass
class Answer:
    """One verdict on one norm, as given in the walk or with `audit set`."""

    score: str
    findings: str | None = None
    evidence: list[dict[str, str]] = field(default_factory=list)
    strengths: list[str] = field(default_factory=list)
    improvements: list[dict[str, Any]] = field(default_factory=list)
    nvt_reason: str | None = None
    assessed_by: str | None = None
    replace_lists: bool = False  # the walk passes complete lists; `set` adds to them


def parse_audit(document: yamlio.Document) -> Audit:
    if not isinstance(document.tree, dict):
        kind = "leeg" if document.tree is None else "geen lijst van velden (sleutel: waarde)"
        raise InvalidInput(
            f"{document.path}: het auditbestand is {kind}",
            [Problem(str(document.path), 1, 1, f"het auditbestand is {kind}; begin met "
                     "'kwaliteitslabel audit new' of zet een eerdere versie terug")])
    return yamlio.validate(Audit, document)


def check_against(document: yamlio.Document, audit: Audit, framework: Framework) -> None:
    """Norm ids and verdicts that the framework does not allow, each with its line."""
    problems = []
    for norm_id, result in audit.results.items():
        line, column = yamlio.key_position(document.tree, ("results", norm_id))
        norm = framework.norm(norm_id)
        if norm is None:
            problems.append(Problem(str(document.path), line, column,
                                    f"norm '{norm_id}' bestaat niet in normenkader "
                                    f"{framework.version}; corrigeer het id "
                                    "(zie 'kwaliteitslabel norms list')"))
            continue
        problems += [Problem(str(document.path), line, column, message)
                     for message in rule_violations(framework, norm_id, result,
                                                    final=False)]
    if problems:
        raise InvalidInput(f"{document.path}: {len(problems)} fout(en)", problems)


def verdict_violations(framework: Framework, norm_id: str, score: str) -> list[str]:
    """What forbids this verdict on this norm, whatever the rest of the answer says."""
    norm = framework.norm(norm_id)
    if norm is None:
        return []
    level = framework.level(score)
    if norm.core and not level.allowed_on_core:
        return [f"{norm.id} is een kernnorm en kan niet '{level.name.lower()}' zijn; "
                "kies een ander oordeel"]
    return []


def rule_violations(framework: Framework, norm_id: str, result: NormResult, *,
                    final: bool = True) -> list[str]:
    """What breaks the framework's rules for this verdict (final: also missing points)."""
    if framework.norm(norm_id) is None or result.score is None:
        return []
    level = framework.level(result.score)
    messages = verdict_violations(framework, norm_id, result.score)
    if level.requires_reason and not result.nvt_reason:
        messages.append(f"'{level.name.lower()}' vraagt een reden; geef die op")
    if final and level.requires_improvement and not result.improvements:
        messages.append(f"'{level.name.lower()}' vraagt minstens één verbeterpunt; "
                        "geef er een op")
    return messages


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
    document = yamlio.load(path, round_trip=round_trip)
    audit = parse_audit(document)
    try:
        framework, differing = locate.find_pinned(audit.framework.version,
                                                  audit.framework.fingerprint, norms_option)
    except FrameworkMismatch as error:
        raise FrameworkMismatch(f"{path}: {error.message}") from None
    check_against(document, audit, framework)
    notice = None
    if differing is not None:
        notice = (f"Let op: het normenkader in {differing.path} is gewijzigd "
                  f"(vingerafdruk {differing.fingerprint[:12]}). Deze audit gebruikt het "
                  f"kader waartegen zij is begonnen: versie {framework.version} in "
                  f"{framework.path} (vingerafdruk {framework.fingerprint[:12]}).")
    return LoadedAudit(document, audit, framework, notice)


def new_audit(path: Path, *, organisation: str, route: str, framework: Framework,
              auditors: list[str], fte: float | None = None, scope: str | None = None,
              start: dt.date | None = None) -> LoadedAudit:
    """Create a new audit file; never overwrites an existing one."""
    if path.exists():
        raise InvalidInput(f"{path}: bestaat al; kies een andere naam, of ga verder met "
                           f"'kwaliteitslabel audit run {path}'")
    if not path.parent.is_dir():
        raise InvalidInput(f"{path}: de map {path.parent} bestaat niet; maak haar eerst aan")
    if route not in ROUTES:
        raise InvalidInput(f"onbekende route '{route}'; kies uit {', '.join(ROUTES)}")
    tree = CommentedMap()
    tree["organisation"] = organisation
    tree["scope"] = scope or "hele organisatie"
    if fte is not None:
        tree["fte"] = fte
    tree["route"] = route
    tree["framework"] = CommentedMap(version=framework.version,
                                     fingerprint=framework.fingerprint)
    tree["auditors"] = CommentedSeq(CommentedMap(name=name) for name in auditors)
    if route in ("intercollegiaal", "combinatie"):
        tree["peer_organisations"] = CommentedSeq()
    if route in framework.manifest.rules.certifying_routes:
        tree["certifying_body"] = None
    tree["dates"] = CommentedMap(start=start or dt.date.today())
    tree["participants"] = CommentedSeq()
    tree["results"] = CommentedMap()
    tree.yaml_set_start_comment(
        f"Audit Kwaliteitslabel Sociaal Werk: {organisation}\n"
        "Vul aan met 'kwaliteitslabel audit run' of 'audit set'; met de hand bewerken mag,\n"
        "controleer daarna met 'kwaliteitslabel audit status'.")
    tree.yaml_set_comment_before_after_key(
        "framework", before="Het normenkader van deze audit; niet wijzigen.")
    tree.yaml_set_comment_before_after_key(
        "results", before="Het oordeel per norm, in de volgorde van het normenkader.")
    document = yamlio.Document(path=path, tree=tree, digest="")
    audit = parse_audit(document)
    with yamlio.folder_lock(path):
        if path.exists():
            raise InvalidInput(f"{path}: bestaat al; kies een andere naam")
        data = document.dump()
        yamlio.atomic_write(path, data)
    document.digest = yamlio.digest(data)
    return LoadedAudit(document, audit, framework)


def clean_text(value: Any) -> Any:
    """Text as it is saved: one kind of line break, no white space around it."""
    if not isinstance(value, str):
        return value
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def _result_tree(answer: Answer, existing: CommentedMap | None) -> CommentedMap:
    node = existing if isinstance(existing, CommentedMap) else CommentedMap()
    node["score"] = answer.score
    if answer.findings is not None:
        node["findings"] = clean_text(answer.findings)
    for key, items in (("evidence", answer.evidence), ("strengths", answer.strengths),
                       ("improvements", answer.improvements)):
        current = node.get(key)
        if answer.replace_lists or not isinstance(current, list):
            current = CommentedSeq()
        for item in items:
            value = CommentedMap({k: clean_text(v) for k, v in item.items()}) \
                if isinstance(item, dict) else clean_text(item)
            if value not in current:
                current.append(value)
        if current:
            node[key] = current
        elif key in node:
            del node[key]
    if answer.score == "nvt":
        node["nvt_reason"] = clean_text(answer.nvt_reason)
    elif "nvt_reason" in node:
        del node["nvt_reason"]
    if answer.assessed_by:
        node["assessed_by"] = answer.assessed_by
    node["assessed_at"] = dt.datetime.now().replace(microsecond=0)
    return node


def _put_result(tree: CommentedMap, framework: Framework, norm_id: str,
                node: CommentedMap) -> None:
    """Store the result under `results`, keeping the framework's norm order."""
    results = tree.get("results")
    if not isinstance(results, CommentedMap):
        results = CommentedMap()
        tree["results"] = results
    if norm_id in results:
        results[norm_id] = node
        return
    order = [norm.id for norm in framework.norms]
    position = order.index(norm_id)
    later = [i for i, key in enumerate(results) if key in order and order.index(key) > position]
    results.insert(later[0] if later else len(results), norm_id, node)


def preview(loaded: LoadedAudit, norm_id: str, answer: Answer) -> NormResult:
    """The result the answer would give, validated, without touching the file."""
    current = loaded.document.tree.get("results") or {}
    existing = current.get(norm_id)
    copy = CommentedMap(existing) if isinstance(existing, dict) else None
    if copy is not None:
        for key in ("evidence", "strengths", "improvements"):
            if isinstance(copy.get(key), list):
                copy[key] = CommentedSeq(copy[key])
    node = _result_tree(answer, copy)
    document = yamlio.Document(path=loaded.path, tree=node, digest="")
    try:
        result = yamlio.validate(NormResult, document)
    except InvalidInput as error:  # about the answer, not about a line in the file
        raise RefusedAnswer("; ".join(problem.message for problem in error.problems)) \
            from None
    violations = rule_violations(loaded.framework, norm_id, result)
    if violations:
        raise RefusedAnswer("; ".join(violations))
    return result


def save_answer(loaded: LoadedAudit, norm_id: str, answer: Answer) -> LoadedAudit:
    """Validate the answer, then write it atomically; re-applies it on a changed file."""
    norm = loaded.framework.norm(norm_id)
    if norm is None:
        raise InvalidInput(f"norm '{norm_id}' bestaat niet in normenkader "
                           f"{loaded.framework.version}; zie 'kwaliteitslabel norms list'")
    norm_id = norm.id
    preview(loaded, norm_id, answer)
    path = loaded.path
    with yamlio.folder_lock(path):
        current = loaded
        if yamlio.digest_of(path) != loaded.document.digest:
            # someone else saved in the meantime: start from their version
            document = yamlio.load(path)
            audit = parse_audit(document)
            if not loaded.framework.pinned_by(audit.framework.fingerprint):
                raise InvalidInput(f"{path}: het bestand is intussen aan een ander "
                                   "normenkader gekoppeld; uw antwoord is niet opgeslagen")
            current = LoadedAudit(document, audit, loaded.framework, loaded.notice)
        tree = current.document.tree
        existing = (tree.get("results") or {}).get(norm_id)
        _put_result(tree, loaded.framework, norm_id, _result_tree(answer, existing))
        audit = yamlio.validate(Audit, current.document)
        data = current.document.dump()
        yamlio.atomic_write(path, data)
    current.document.digest = yamlio.digest(data)
    return LoadedAudit(current.document, audit, loaded.framework, loaded.notice)
