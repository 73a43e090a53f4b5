"""What Tab completes: norm ids, verdicts, routes, roles, areas and audit files.

`conventions.prepare` attaches these by the parameter's name, so a new command with a
`--score` or a `norm` argument completes without an edit of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kwaliteitslabel.terms import PLAN_STATUSES

Completer = Callable[[Any, Any, str], list[str]]


def _framework(ctx: Any) -> Any:
    """The framework the command line so far points at (its audit's, else the chosen one)."""
    from kwaliteitslabel.framework import locate

    params = ctx.params
    norms = params.get("norms")
    for name in ("file", "files"):
        value = params.get(name)
        file = value[0] if isinstance(value, (list, tuple)) and value else value
        if isinstance(file, Path) and file.is_file():
            from kwaliteitslabel.audit.load import load_audit

            return load_audit(file, norms, editable=False).framework
    return locate.load_chosen(norms)


def _guarded(values: Callable[[Any], list[str]]) -> Completer:
    def complete(ctx: Any, param: Any, incomplete: str) -> list[str]:
        try:
            options = values(ctx)
        except Exception:  # noqa: BLE001 - a broken file completes nothing, never a traceback
            return []
        return [value for value in options if value.lower().startswith(incomplete.lower())]

    return complete


def _norm_ids(ctx: Any) -> list[str]:
    return [norm.id for norm in _framework(ctx).norms]


def _roles(ctx: Any) -> list[str]:
    return [f"{role.id}:" for role in _framework(ctx).manifest.roles]


def _areas(ctx: Any) -> list[str]:
    return [area.id for area in _framework(ctx).manifest.areas]


def _verdicts(ctx: Any) -> list[str]:
    return list(_framework(ctx).verdicts)


def _routes(ctx: Any) -> list[str]:
    return [route.id for route in _framework(ctx).manifest.routes]


def _evidence(ctx: Any) -> list[str]:
    manifest = _framework(ctx).manifest
    kinds = [kind.id for kind in manifest.evidence_kinds]
    return [f"{kind}: " for kind in kinds] + [f"{kind}/{role.id}: " for kind in kinds
                                               for role in manifest.roles]


def audit_files(ctx: Any, param: Any, incomplete: str) -> list[str]:
    """YAML files (and folders, to go on typing) beginning with what was typed."""
    typed = Path(incomplete) if incomplete else Path(".")
    folder = typed if incomplete.endswith("/") or not incomplete else typed.parent
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        shown = str(entry) if incomplete else entry.name
        if not shown.startswith(incomplete) or entry.name.startswith("."):
            continue
        if entry.is_dir():
            found.append(shown + "/")
        elif entry.suffix in (".yaml", ".yml"):
            found.append(shown)
    return found


def _fixed(values: tuple[str, ...]) -> Completer:
    return _guarded(lambda ctx: list(values))


BY_NAME: dict[str, Completer] = {
    "norm": _guarded(_norm_ids), "norm_id": _guarded(_norm_ids),
    "start_at": _guarded(_norm_ids),
    "score": _guarded(_verdicts), "route": _guarded(_routes),
    "participant": _guarded(_roles), "area": _guarded(_areas),
    "evidence": _guarded(_evidence), "plan_status": _fixed(PLAN_STATUSES),
    "file": audit_files, "files": audit_files, "old": audit_files, "audit": audit_files,
}
