"""Moving an audit to a newer framework version, by that version's mapping (`herkomst.yaml`).

The new file gets the old one's details, pinned to the new framework. A norm that stayed
the same (`same`) keeps its answer, under its new id. A reworded, merged or split norm
starts open, with notes that show the old verdicts and findings for the auditor to
confirm. The old file is only read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from kwaliteitslabel import yamlio
from kwaliteitslabel.audit import coverage, store
from kwaliteitslabel.audit.evidence import describe_evidence
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.model import NormResult
from kwaliteitslabel.audit.rules import rule_violations
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.framework import locate
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.mapping import (
    KIND_WORDS,
    Mapping,
    Origin,
    check_mapping,
    load_mapping,
)
from kwaliteitslabel.words import word

# The audit's details that belong to the audit, not to the framework it was done against.
# An advice or decision on the old framework's results does not carry over.
HEADER_KEYS = ("organisation", "scope", "fte", "route", "auditors", "peer_organisations",
               "certifying_body", "dates", "participants", "characterisation")


@dataclass
class Migration:
    """What moved where, for the summary the command prints."""

    old: Framework
    new: Framework
    carried: list[tuple[str, str]] = field(default_factory=list)  # (old id, new id)
    to_confirm: list[str] = field(default_factory=list)  # open, with notes
    new_norms: list[str] = field(default_factory=list)  # open, nothing before
    left_out: list[str] = field(default_factory=list)  # fields of the old file not carried
    warnings: list[str] = field(default_factory=list)


def target_framework(to: str, near: Path) -> Framework:
    """`--to`: a framework folder, or a version among the known frameworks."""
    folder = Path(to)
    if locate.is_framework(folder) or locate.versions_in(folder):
        return locate.load_cached(locate.resolve_folder(folder))
    found = locate.find_version(to, near=near)
    if found is None:
        raise InvalidInput(word("cycle.migrate.not_found", version=to, near=near))
    return found


def mapping_for(loaded: LoadedAudit, target: Framework) -> Mapping:
    """The target's mapping, checked against the audit's own framework."""
    old = loaded.framework
    mapping = load_mapping(target.path)
    if mapping is None:
        raise InvalidInput(word("cycle.migrate.no_mapping", version=target.version,
                                path=target.path))
    if mapping.from_version != old.version:
        raise InvalidInput(word("cycle.migrate.other_source", mapping=mapping.path,
                                version=target.version, source=mapping.from_version,
                                audit=loaded.path, old=old.version))
    problems = check_mapping(mapping, old, target)
    if problems:
        raise InvalidInput(word("cycle.migrate.mapping_wrong", mapping=mapping.path,
                                path=target.path), problems)
    return mapping


def migrate(loaded: LoadedAudit, target: Framework, output: Path) \
        -> tuple[LoadedAudit, Migration]:
    """Write the migrated audit to `output` (never over an existing file)."""
    if output.resolve() == loaded.path.resolve() or output.exists():
        raise InvalidInput(word("cycle.migrate.output_exists", output=output))
    if not output.parent.is_dir():
        raise InvalidInput(word("cycle.migrate.no_folder", output=output,
                                folder=output.parent))
    if target.pinned_by(loaded.audit.framework.fingerprint):
        raise InvalidInput(word("cycle.migrate.already", path=loaded.path,
                                version=target.version))
    mapping = mapping_for(loaded, target)
    migration = Migration(loaded.framework, target)
    tree = _tree(loaded, target, mapping, migration)
    created = store.create(yamlio.Document(path=output, tree=tree, digest=""), target)
    return created, migration


def _tree(loaded: LoadedAudit, target: Framework, mapping: Mapping,
          migration: Migration) -> CommentedMap:
    old_tree = loaded.document.tree
    tree = CommentedMap()
    for key in old_tree:
        if key == "framework":
            tree["framework"] = CommentedMap(version=target.version,
                                             fingerprint=target.fingerprint)
        elif key in HEADER_KEYS:
            tree[key] = _plain(old_tree[key])
        elif key != "results":
            migration.left_out.append(str(key))
    tree["results"] = _results(loaded, target, mapping, migration)
    _warn_about_header(loaded, target, migration)
    audit = loaded.audit
    tree.yaml_set_start_comment(
        f"Audit Kwaliteitslabel Sociaal Werk: {audit.organisation}\n"
        f"Overgezet van {loaded.path.name} (normenkader {loaded.framework.version}) naar "
        f"normenkader {target.version} op {dt.date.today()}.\n"
        "Normen met notities (notes) staan open: bevestig of herzie het oordeel met\n"
        "'kwaliteitslabel audit run' of 'audit set'.")
    tree.yaml_set_comment_before_after_key(
        "framework", before="Het normenkader van deze audit; niet wijzigen.")
    tree.yaml_set_comment_before_after_key(
        "results", before="Het oordeel per norm, in de volgorde van het normenkader.")
    return tree


def _results(loaded: LoadedAudit, target: Framework, mapping: Mapping,
             migration: Migration) -> CommentedMap:
    old_nodes = loaded.document.tree.get("results") or {}
    old_results = loaded.audit.results
    results = CommentedMap()
    for norm in target.norms:
        origin = mapping.origins[norm.id]
        sources = [old_id for old_id in origin.from_ if old_id in old_results]
        if not sources:
            if origin.kind == "new":
                migration.new_norms.append(norm.id)
            continue
        refused: list[str] = []
        if origin.kind == "same":
            result = old_results[sources[0]]
            refused = rule_violations(target, norm.id, result, final=False)
            if not refused:
                results[norm.id] = _plain(old_nodes[sources[0]])
                migration.carried.append((sources[0], norm.id))
                continue
        notes = [_origin_note(norm.id, origin, target, refused)]
        notes += [_answer_note(loaded.framework, old_id, old_results[old_id])
                  for old_id in sources]
        results[norm.id] = CommentedMap(notes=CommentedSeq(notes))
        migration.to_confirm.append(norm.id)
    return results


def _origin_note(new_id: str, origin: Origin, target: Framework, refused: list[str]) -> str:
    sources = " en ".join([", ".join(origin.from_[:-1]), origin.from_[-1]] if
                          len(origin.from_) > 1 else origin.from_)
    text = f"{new_id} is in normenkader {target.version} {KIND_WORDS[origin.kind]} uit {sources}"
    text += f": {origin.note}" if origin.note else "."
    if refused:
        text += f" Het oude oordeel gaat niet mee: {'; '.join(refused)}."
    return text + " Bevestig het oordeel of geef een nieuw."


def _answer_note(old: Framework, old_id: str, result: NormResult) -> str:
    """The old answer as one note: verdict, findings, points, evidence, who and when."""
    norm = old.norm(old_id)
    title = f" ({norm.title})" if norm is not None else ""
    verdict = old.level(result.score).name.lower() if result.score else "nog geen oordeel"
    lines = [f"Normenkader {old.version}, {old_id}{title}: {verdict}."]
    if result.nvt_reason:
        lines.append(f"Reden nvt: {result.nvt_reason}")
    if result.findings:
        lines.append(f"Bevindingen: {result.findings}")
    if result.strengths:
        lines.append("Sterke punten: " + "; ".join(result.strengths))
    if result.improvements:
        lines.append("Verbeterpunten: " + "; ".join(item.text for item in result.improvements))
    if result.evidence:
        lines.append("Bewijs: " + "; ".join(describe_evidence(item) for item in result.evidence))
    who = " op ".join(part for part in (
        result.assessed_by,
        result.assessed_at.strftime("%Y-%m-%d %H:%M") if result.assessed_at else None) if part)
    if who:
        lines.append(f"Beoordeeld door {who}" if result.assessed_by else f"Beoordeeld op {who}")
    lines += [f"Eerdere notitie: {note}" for note in result.notes]
    note: str = LiteralScalarString("\n".join(lines))
    return note


def _warn_about_header(loaded: LoadedAudit, target: Framework, migration: Migration) -> None:
    audit = loaded.audit
    if not locate.valid_on(target.manifest, audit.dates.start):
        migration.warnings.append(
            word("cycle.migrate.dates", start=audit.dates.start, version=target.version,
                 validity=locate.validity(target.manifest)))
    unknown = coverage.unknown_roles(target, audit)
    if unknown:
        roles = {role.id for role in target.manifest.roles}
        migration.warnings.append(
            word("cycle.migrate.roles", version=target.version, roles=", ".join(unknown),
                 choices=", ".join(sorted(roles))))


def _plain(node: Any) -> Any:
    """A copy of a YAML node without the comments around it (they belong to the old file)."""
    if isinstance(node, dict):
        return CommentedMap((key, _plain(value)) for key, value in node.items())
    if isinstance(node, list):
        return CommentedSeq(_plain(item) for item in node)
    return node
