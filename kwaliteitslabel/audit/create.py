"""A new audit file, pinned to the framework it starts against."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from kwaliteitslabel import yamlio
from kwaliteitslabel.audit import store
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.messages import closest
from kwaliteitslabel.words import word


def new_audit(path: Path, *, organisation: str, route: str, framework: Framework,
              auditors: list[str | dict[str, str]], fte: float | None = None,
              scope: str | None = None, start: dt.date | None = None,
              end: dt.date | None = None, certifying_body: str | None = None,
              peers: list[str] | None = None, place: str | None = None,
              previous: dict[str, Any] | None = None,
              follow_up: dict[str, list[dict[str, Any]]] | None = None,
              partial_of: dict[str, Any] | None = None,
              results: dict[str, Any] | None = None) -> LoadedAudit:
    """Create a new audit file; never overwrites an existing one.

    An auditor is a name or a mapping (name, organisation, role). `previous` is the
    audit before this one in short, `follow_up` its improvement points per norm (see
    `cycle/follow_up.py`). `partial_of` is the audit a partial re-audit completes and
    `results` the result nodes it starts with (carried or noted, see `cycle/partial.py`).
    """
    if path.exists():
        raise InvalidInput(word("audit.create.exists", path=path))
    if not path.parent.is_dir():
        raise InvalidInput(word("audit.create.no_folder", path=path, folder=path.parent))
    definition = framework.manifest.route(route)
    if definition is None:
        ids = [r.id for r in framework.manifest.routes]
        hint = closest(route, ids)
        raise InvalidInput(word("audit.create.unknown_route_hint", route=route, hint=hint,
                                choices=", ".join(ids)) if hint else
                           word("audit.create.unknown_route", route=route,
                                choices=", ".join(ids)))
    needs = definition.requires
    tree = CommentedMap()
    tree["organisation"] = organisation
    tree["scope"] = scope or "hele organisatie"
    if fte is not None:
        tree["fte"] = fte
    tree["route"] = route
    tree["framework"] = CommentedMap(version=framework.version,
                                     fingerprint=framework.fingerprint)
    tree["auditors"] = CommentedSeq(
        CommentedMap(name=person) if isinstance(person, str) else CommentedMap(person)
        for person in auditors)
    if peers or needs.peer_organisations:
        tree["peer_organisations"] = CommentedSeq(peers or [])
    if certifying_body or needs.certifying_body:
        tree["certifying_body"] = certifying_body
    tree["dates"] = CommentedMap(start=start or dt.date.today())
    if end is not None:
        tree["dates"]["end"] = end
    tree["participants"] = CommentedSeq()
    if place is not None:
        tree["place"] = place
    if previous is not None:
        tree["previous"] = yamlio.tree_of(previous)
        tree.yaml_set_comment_before_after_key(
            "previous", before="De vorige audit; haar verbeterpunten staan onder follow_up "
            "bij de norm\nwaar zij nu bij horen.")
    if partial_of is not None:
        tree["partial_of"] = yamlio.tree_of(partial_of)
        tree.yaml_set_comment_before_after_key(
            "partial_of", before="Gedeeltelijke heraudit: alleen de normen onder redo worden "
            "opnieuw beoordeeld;\nde andere zijn overgenomen uit deze audit (carried: true).")
    tree["results"] = CommentedMap()
    for norm in framework.norms:
        if results and norm.id in results:
            tree["results"][norm.id] = results[norm.id]
        elif follow_up and norm.id in follow_up:
            tree["results"][norm.id] = CommentedMap(
                follow_up=yamlio.tree_of(follow_up[norm.id]))
    tree.yaml_set_start_comment(
        f"Audit Kwaliteitslabel Sociaal Werk: {organisation}\n"
        "Vul aan met 'kwaliteitslabel audit run' of 'audit set', de gegevens met\n"
        "'audit details'; met de hand bewerken mag, controleer daarna met\n"
        "'kwaliteitslabel audit check'.")
    tree.yaml_set_comment_before_after_key(
        "framework", before="Het normenkader van deze audit; niet wijzigen.")
    tree.yaml_set_comment_before_after_key(
        "results", before="Het oordeel per norm, in de volgorde van het normenkader.")
    return store.create(yamlio.Document(path=path, tree=tree, digest=""), framework)
