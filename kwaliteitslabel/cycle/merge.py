"""Two copies of one audit, filled apart by the duo, brought together norm by norm.

A norm answered in one copy only is taken; the same answer in both is taken once;
different verdicts (or different findings) are a conflict. Evidence, strengths and
improvement points of both are combined without duplicates. With a common ancestor (a
git merge), a side that did not change a norm or field gives way to the side that did.

`plan` compares; the caller may then choose per conflict (`Choice`); `build` gives the
merged tree, in which every conflict left unchosen is recorded under its norm (both
answers, who gave them) or in `conflicts` (a header field), so that the norm stays
open until `audit set` or the walk resolves it. The inputs are only read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from kwaliteitslabel.audit.answer import plain
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.words import word

LIST_FIELDS = ("evidence", "strengths", "improvements", "notes")
LIST_HEADERS = ("auditors", "peer_organisations", "participants")
ANSWER_KEYS = ("score", "findings", "nvt_reason")

Side = Literal["a", "b", "both"]


@dataclass
class NormConflict:
    norm_id: str
    a: Any  # the norm's node in A (a CommentedMap)
    b: Any


@dataclass
class HeaderConflict:
    field: str
    a: Any
    b: Any


@dataclass
class Choice:
    """What the lead auditor chose for one conflict: A, B, or both lists with a verdict."""

    side: Side
    score: str | None = None  # with "both"


@dataclass
class MergePlan:
    a: LoadedAudit
    b: LoadedAudit
    a_name: str
    b_name: str
    results: dict[str, Any] = field(default_factory=dict)  # norm id -> merged node
    header: dict[str, Any] = field(default_factory=dict)
    norm_conflicts: list[NormConflict] = field(default_factory=list)
    header_conflicts: list[HeaderConflict] = field(default_factory=list)
    taken_a: list[str] = field(default_factory=list)
    taken_b: list[str] = field(default_factory=list)
    same: list[str] = field(default_factory=list)
    combined: list[str] = field(default_factory=list)  # same verdict, lists of both
    order: list[str] = field(default_factory=list)  # the fields in A's order

    @property
    def has_conflicts(self) -> bool:
        return bool(self.norm_conflicts or self.header_conflicts)


def copy_node(node: Any) -> Any:
    """A copy of a YAML node without the comments around it."""
    if isinstance(node, dict):
        return CommentedMap((key, copy_node(value)) for key, value in node.items())
    if isinstance(node, list):
        return CommentedSeq(copy_node(item) for item in node)
    return node


def same_audit(a: LoadedAudit, b: LoadedAudit) -> None:
    """Refuse two files that are not copies of one audit, with the reason."""
    reasons = []
    if a.audit.organisation.strip().casefold() != b.audit.organisation.strip().casefold():
        reasons.append(word("cycle.merge.organisation", a=a.audit.organisation,
                            b=b.audit.organisation))
    if a.audit.framework.fingerprint != b.audit.framework.fingerprint:
        reasons.append(word(
            "cycle.merge.framework",
            a=f"{a.audit.framework.version} {a.audit.framework.fingerprint[:12]}",
            b=f"{b.audit.framework.version} {b.audit.framework.fingerprint[:12]}"))
    if a.audit.dates.start != b.audit.dates.start:
        reasons.append(word("cycle.merge.start", a=a.audit.dates.start, b=b.audit.dates.start))
    if a.audit.route != b.audit.route:
        reasons.append(word("cycle.merge.route", a=a.audit.route, b=b.audit.route))
    if reasons:
        raise InvalidInput(word("cycle.merge.not_copies", a=a.path, b=b.path,
                                reasons="; ".join(reasons)))


def _tree(loaded: LoadedAudit | None) -> dict[str, Any]:
    tree = loaded.document.tree if loaded is not None else None
    return tree if isinstance(tree, dict) else {}


def _results(tree: dict[str, Any]) -> dict[str, Any]:
    results = tree.get("results")
    return results if isinstance(results, dict) else {}


def _answered(node: Any) -> bool:
    return isinstance(node, dict) and node.get("score") is not None


def _union(first: Any, second: Any) -> CommentedSeq:
    items = CommentedSeq()
    seen: list[Any] = []
    for item in list(first or []) + list(second or []):
        if plain(item) not in seen:
            seen.append(plain(item))
            items.append(copy_node(item))
    return items


def _who(a: Any, b: Any) -> str | None:
    names: list[str] = []
    for name in (a, b):
        if name and str(name) not in names:
            names.append(str(name))
    return " en ".join(names) or None


def combine(a: Any, b: Any, score: Any = None) -> CommentedMap:
    """One answer from two: the lists of both without duplicates, both assessors, the
    later moment; findings that differ are kept one after the other."""
    node = CommentedMap()
    node["score"] = score if score is not None else (a.get("score") or b.get("score"))
    findings = [str(text) for text in (a.get("findings"), b.get("findings")) if text]
    if findings:
        distinct = list(dict.fromkeys(findings))
        node["findings"] = (LiteralScalarString("\n\n".join(distinct)) if len(distinct) > 1
                            else copy_node(a.get("findings") or b.get("findings")))
    for key in LIST_FIELDS[:3]:
        items = _union(a.get(key), b.get(key))
        if items:
            node[key] = items
    # a reason stays with the verdict it was given for (the scale says which take one)
    reason = next((side.get("nvt_reason") for side in (a, b)
                   if side.get("score") == node["score"] and side.get("nvt_reason")), None)
    if reason:
        node["nvt_reason"] = copy_node(reason)
    who = _who(a.get("assessed_by"), b.get("assessed_by"))
    if who:
        node["assessed_by"] = who
    moments = [m for m in (a.get("assessed_at"), b.get("assessed_at")) if m is not None]
    if moments:
        node["assessed_at"] = max(moments, key=str)
    return node


def _differs(a: Any, b: Any) -> bool:
    """Two answers conflict when a verdict, the findings or an nvt reason differ (a part
    that one of them left empty is no conflict)."""
    return any(a.get(key) is not None and b.get(key) is not None
               and plain(a.get(key)) != plain(b.get(key)) for key in ANSWER_KEYS)


def plan(a: LoadedAudit, b: LoadedAudit, base: LoadedAudit | None = None, *,
         names: tuple[str, str] | None = None) -> MergePlan:
    """Compare A and B (and their common ancestor, if known) norm by norm and field by
    field."""
    same_audit(a, b)
    a_name, b_name = names or (a.path.name, b.path.name)
    if a_name == b_name:
        a_name, b_name = str(a.path), str(b.path)
    merged = MergePlan(a, b, a_name, b_name)
    _plan_header(merged, _tree(a), _tree(b), _tree(base))
    _plan_results(merged, _results(_tree(a)), _results(_tree(b)), _results(_tree(base)))
    return merged


def _plan_results(merged: MergePlan, a: dict[str, Any], b: dict[str, Any],
                  base: dict[str, Any]) -> None:
    for norm in merged.a.framework.norms:
        norm_id = norm.id
        node_a, node_b = a.get(norm_id), b.get(norm_id)
        if node_a is None and node_b is None:
            continue
        if plain(node_a) == plain(node_b):
            merged.results[norm_id] = copy_node(node_a)
            merged.same.append(norm_id)
        elif norm_id in base and plain(node_a) == plain(base[norm_id]) or node_a is None:
            merged.results[norm_id] = copy_node(node_b)
            merged.taken_b.append(norm_id)
        elif norm_id in base and plain(node_b) == plain(base[norm_id]) or node_b is None:
            merged.results[norm_id] = copy_node(node_a)
            merged.taken_a.append(norm_id)
        elif not _answered(node_b):
            merged.results[norm_id] = _with_notes(copy_node(node_a), node_b)
            merged.taken_a.append(norm_id)
        elif not _answered(node_a):
            merged.results[norm_id] = _with_notes(copy_node(node_b), node_a)
            merged.taken_b.append(norm_id)
        elif not _differs(node_a, node_b):
            merged.results[norm_id] = combine(node_a, node_b)
            merged.combined.append(norm_id)
        else:
            merged.norm_conflicts.append(NormConflict(norm_id, node_a, node_b))


def _with_notes(node: Any, other: Any) -> Any:
    """An answered norm keeps the notes the other copy had on it (nothing is lost)."""
    if isinstance(other, dict) and other.get("notes"):
        node["notes"] = _union(node.get("notes"), other.get("notes"))
    return node


def _plan_header(merged: MergePlan, a: dict[str, Any], b: dict[str, Any],
                 base: dict[str, Any]) -> None:
    keys = list(a) + [key for key in b if key not in a]
    merged.order = [str(key) for key in keys if key != "conflicts"]
    for key in keys:
        if key == "results":
            continue
        value_a, value_b = a.get(key), b.get(key)
        if plain(value_a) == plain(value_b) or value_b is None:
            merged.header[key] = copy_node(value_a)
        elif value_a is None:
            merged.header[key] = copy_node(value_b)
        elif key in LIST_HEADERS or key == "conflicts":
            merged.header[key] = _union(value_a, value_b)
        elif key in base and plain(value_a) == plain(base[key]):
            merged.header[key] = copy_node(value_b)
        elif key in base and plain(value_b) == plain(base[key]):
            merged.header[key] = copy_node(value_a)
        else:
            merged.header[key] = copy_node(value_a)
            merged.header_conflicts.append(HeaderConflict(str(key), value_a, value_b))


def conflict_note(conflict: NormConflict, a_name: str, b_name: str) -> str:
    """The conflict in one note, as the walk and `audit status` show it."""
    lines = [f"Conflict na samenvoegen: de twee kopieën geven een ander antwoord op "
             f"{conflict.norm_id}. Kies met 'audit set' of in de walk."]
    for name, node in ((a_name, conflict.a), (b_name, conflict.b)):
        who = f" ({node['assessed_by']})" if node.get("assessed_by") else ""
        text = f"{name}{who}: {node.get('score')}"
        if node.get("findings"):
            text += f" - {' '.join(str(node['findings']).split())}"
        lines.append(text)
    note: str = LiteralScalarString("\n".join(lines))
    return note


def _recorded(conflict: NormConflict, a_name: str, b_name: str) -> CommentedMap:
    """The open norm with both answers kept under `conflict`."""
    node = CommentedMap()
    for key in LIST_FIELDS[:3]:
        items = _union(conflict.a.get(key), conflict.b.get(key))
        if items:
            node[key] = items
    notes = _union(conflict.a.get("notes"), conflict.b.get("notes"))
    notes.append(conflict_note(conflict, a_name, b_name))
    node["notes"] = notes
    sides = CommentedSeq()
    for name, side in ((a_name, conflict.a), (b_name, conflict.b)):
        entry = CommentedMap(source=name)
        entry.update((key, copy_node(value)) for key, value in side.items()
                     if key != "conflict")
        sides.append(entry)
    node["conflict"] = sides
    return node


def _chosen(conflict: NormConflict, choice: Choice) -> CommentedMap:
    if choice.side == "a":
        return _with_notes(copy_node(conflict.a), conflict.b)  # type: ignore[no-any-return]
    if choice.side == "b":
        return _with_notes(copy_node(conflict.b), conflict.a)  # type: ignore[no-any-return]
    return combine(conflict.a, conflict.b, choice.score)


def build(merged: MergePlan, choices: dict[str, Choice] | None = None) -> CommentedMap:
    """The merged audit's tree; a conflict without a choice is recorded, not decided."""
    choices = choices or {}
    header = dict(merged.header)
    recorded = CommentedSeq()
    for differing in merged.header_conflicts:
        choice = choices.get(f"header:{differing.field}")
        if choice is not None:
            header[differing.field] = copy_node(differing.b if choice.side == "b"
                                                else differing.a)
            continue
        recorded.append(CommentedMap(field=differing.field, values=CommentedSeq([
            CommentedMap(source=merged.a_name, value=copy_node(differing.a)),
            CommentedMap(source=merged.b_name, value=copy_node(differing.b))])))
    if recorded:
        header["conflicts"] = _union(header.get("conflicts"), recorded)
    results = dict(merged.results)
    for conflict in merged.norm_conflicts:
        choice = choices.get(conflict.norm_id)
        results[conflict.norm_id] = (_chosen(conflict, choice) if choice is not None
                                     else _recorded(conflict, merged.a_name, merged.b_name))
    order = [norm.id for norm in merged.a.framework.norms]
    header["results"] = CommentedMap((norm_id, results[norm_id]) for norm_id in order
                                     if norm_id in results)
    keys = merged.order if "results" in merged.order else [*merged.order, "results"]
    if "conflicts" in header:  # on top of the results, where a reader sees them
        keys = [key for key in keys if key != "conflicts"]
        keys.insert(keys.index("results"), "conflicts")
    tree = CommentedMap((key, header[key]) for key in keys if key in header)
    first = merged.a.document.tree
    if isinstance(first, CommentedMap) and first.ca.comment:
        tree.ca.comment = first.ca.comment
    tree.yaml_set_comment_before_after_key(
        "results", before="Het oordeel per norm, in de volgorde van het normenkader.")
    return tree


def unresolved(merged: MergePlan, choices: dict[str, Choice]) -> list[str]:
    """The conflicts that stay recorded: norm ids and header fields."""
    return ([c.norm_id for c in merged.norm_conflicts if c.norm_id not in choices]
            + [c.field for c in merged.header_conflicts if f"header:{c.field}" not in choices])


def output_path(output: Path, inputs: tuple[Path, ...]) -> None:
    """The merged file is a new file: never one of the inputs, never over another file."""
    if any(output.resolve() == path.resolve() for path in inputs):
        raise InvalidInput(word("cycle.merge.output_is_input", output=output))
    if output.exists():
        raise InvalidInput(word("cycle.merge.output_exists", output=output))
    if not output.parent.is_dir():
        raise InvalidInput(word("cycle.merge.no_folder", output=output, folder=output.parent))
