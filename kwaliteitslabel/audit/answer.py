"""One answer on one norm: what it becomes in the file, and whether it is allowed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from kwaliteitslabel import yamlio
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.model import NormResult
from kwaliteitslabel.audit.rules import rule_violations
from kwaliteitslabel.errors import InvalidInput, RefusedAnswer
from kwaliteitslabel.framework.load import Framework


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
