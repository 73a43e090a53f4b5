"""One answer on one norm: what it becomes in the file, and whether it is allowed."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.model import NormResult
from kwaliteitslabel.audit.rules import rule_violations, takes_reason
from kwaliteitslabel.audit.worded import Worded
from kwaliteitslabel.errors import RefusedAnswer
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.messages import describe
from kwaliteitslabel.text import normalise
from kwaliteitslabel.words import word
from kwaliteitslabel.yamlio import scalar

# How the parts of an answer are called where the user typed them; the CLI passes its
# option names instead (`--finding`), so that a refusal names what to correct.
FIELD_LABELS: Mapping[str, str] = Worded("audit.answer.label.", (
    "score", "findings", "evidence", "strengths", "improvements", "nvt_reason",
    "assessed_by"))


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
    at: dt.date | None = None  # the day the verdict was given, when entered later
    # the previous audit's points on this norm with their status, complete (None: as is)
    follow_up: list[dict[str, Any]] | None = None


def verdict_day(loaded: LoadedAudit, day: dt.date, option: str = "--at",
                today: dt.date | None = None) -> dt.date:
    """A back-filled verdict date: on or after the audit's start, not in the future."""
    today = today or dt.date.today()
    if day < loaded.audit.dates.start:
        raise RefusedAnswer(word("audit.answer.before_start", option=option, day=day,
                                 start=loaded.audit.dates.start))
    if day > today:
        raise RefusedAnswer(word("audit.answer.in_future", option=option, day=day))
    return day


def clean_text(value: Any) -> Any:
    """Text as it is saved: one kind of line break, no white space around it, a long
    text folded over lines as in the shipped files."""
    return scalar(normalise(value)) if isinstance(value, str) else value


def plain(value: Any) -> Any:
    """A result (or any part of a tree) as plain data, to compare and to show."""
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else \
            value.isoformat()
    for kind in (str, bool, int, float):  # ruamel's own scalar types: plain ones
        if isinstance(value, kind):
            return kind(value)
    return value


def result_node(answer: Answer, existing: Any, *, reason: bool) -> CommentedMap:
    """The norm's node with the answer applied; `existing` (changed in place) or new.

    `reason`: the verdict carries a reason (`rules.takes_reason`); else a reason goes.
    """
    node = existing if isinstance(existing, CommentedMap) else CommentedMap()
    if "score" in node:
        node["score"] = answer.score
    else:  # the verdict goes first, also above the points to follow up
        node.insert(0, "score", answer.score)
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
    if answer.follow_up is not None and answer.follow_up:
        node["follow_up"] = CommentedSeq(
            CommentedMap({k: clean_text(v) for k, v in item.items() if v is not None})
            for item in answer.follow_up)
    if reason:
        node["nvt_reason"] = clean_text(answer.nvt_reason)
    elif "nvt_reason" in node:
        del node["nvt_reason"]
    if "notes" in node:  # answering a norm confirms it: the notes for the auditor are done
        del node["notes"]
    if "conflict" in node:  # answering a norm resolves a conflict recorded by a merge
        del node["conflict"]
    if answer.assessed_by:
        node["assessed_by"] = clean_text(answer.assessed_by)
    node["assessed_at"] = dt.datetime.now().replace(microsecond=0) if answer.at is None \
        else dt.datetime.combine(answer.at, dt.time(12, 0))
    return node


def put_result(tree: CommentedMap, framework: Framework, norm_id: str,
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


def node_of(loaded: LoadedAudit, norm_id: str) -> Any:
    results = loaded.document.tree.get("results") if isinstance(loaded.document.tree, dict) \
        else None
    return results.get(norm_id) if isinstance(results, dict) else None


def preview(loaded: LoadedAudit, norm_id: str, answer: Answer,
            labels: Mapping[str, str] = FIELD_LABELS) -> NormResult:
    """The result the answer would give, validated, without touching the file.

    A refusal names the part of the answer in `labels` terms (the walk's words, or the
    CLI's options), because that is where the user typed it.
    """
    node = result_node(answer, copy.deepcopy(node_of(loaded, norm_id)),
                       reason=takes_reason(loaded.framework, answer.score))
    try:
        result = NormResult.model_validate(node)
    except ValidationError as error:
        messages = []
        for item in error.errors(include_url=False):
            loc = tuple(item["loc"])
            field_name = str(loc[0]) if loc else ""
            where = labels.get(field_name, field_name)
            text = describe(item, loc, NormResult)
            named = f"'{[part for part in loc if isinstance(part, str)][-1]}'" if loc else ""
            if named and named in text:
                messages.append(text.replace(named, where, 1))
            else:
                messages.append(f"{where}: {text}" if where else text)
        raise RefusedAnswer("; ".join(messages)) from None
    violations = rule_violations(loaded.framework, norm_id, result)
    if violations:
        raise RefusedAnswer("; ".join(violations))
    return result
