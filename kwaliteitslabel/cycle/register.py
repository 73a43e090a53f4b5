"""The register: every audit under a folder, with its outcome, decision and status.

An entry is what the register and the statistics need of one audit file, read once and
kept in the cache (`register_cache.py`) by the file's print. The status a register shows
is decided in one place, `register_status`, from the status the scoring gives
(`audit/scoring.py`), the validity and a sanction: the rules of the label stay in the
scoring, this module only adds what the register knows on top (today, a suspension).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from kwaliteitslabel.audit.basis import advice_basis_of
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.rules import takes_reason
from kwaliteitslabel.audit.scoring import add_months, evaluate
from kwaliteitslabel.errors import KwaliteitslabelError

RegisterStatus = Literal["actief", "verlopen", "geschorst", "ingetrokken", "in behandeling",
                         "geen label", "onleesbaar"]
STATUSES: tuple[RegisterStatus, ...] = ("actief", "verlopen", "geschorst", "ingetrokken",
                                        "in behandeling", "geen label", "onleesbaar")

# Scoring statuses after which the commission still has to act.
PENDING = {"concept", "advies_positief"}
# Scoring statuses with a label of the commission.
LABELLED = {"gecertificeerd", "geregistreerd"}


@dataclass
class Entry:
    """One audit file as the register sees it; `error` set for a file that cannot be read."""

    path: str  # relative to the register's folder, with forward slashes
    organisation: str | None = None
    place: str | None = None
    route: str | None = None
    route_names: dict[str, str] = field(default_factory=dict)  # the route's name per language
    framework: str | None = None
    start: str | None = None  # ISO dates, as stored in the cache
    end: str | None = None
    outcome: str | None = None
    advice: str | None = None
    decision: str | None = None  # toegekend / niet toegekend
    decision_date: str | None = None
    number: str | None = None
    valid_until: str | None = None
    scoring_status: str | None = None
    label: str | None = None
    sanction: dict[str, str] | None = None
    error: str | None = None
    verdicts: dict[str, str | None] = field(default_factory=dict)
    improvements: dict[str, list[str]] = field(default_factory=dict)
    nvt_reasons: dict[str, str] = field(default_factory=dict)
    basis: str | None = None  # the print of its verdicts and details (audit/basis.py)
    partial_of: dict[str, Any] | None = None  # a partial re-audit: file (as here), redo, basis
    completed_by: str | None = None  # set by `link_partials`, never cached

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entry:
        return cls(**data)

    def day(self, name: str) -> dt.date | None:
        value = getattr(self, name)
        return dt.date.fromisoformat(value) if value else None


def register_status(scoring_status: str | None, valid_until: dt.date | None,
                    sanction_kind: str | None, today: dt.date) -> RegisterStatus:
    """The one rule for the register's status.

    A withdrawal or suspension overrules the label; a label past its validity has lapsed
    (`verlopen`, also when the scoring says so itself); a certificate or registration
    within it is active; what awaits the commission is `in behandeling`; everything else
    (a zelfevaluatie, a negative advice, a refusal) carries no label.
    """
    if scoring_status is None:
        return "onleesbaar"
    if scoring_status in LABELLED or scoring_status == "verlopen":
        if sanction_kind == "ingetrokken":
            return "ingetrokken"
        if sanction_kind == "geschorst":
            return "geschorst"
        if scoring_status == "verlopen" or (valid_until is not None and valid_until < today):
            return "verlopen"
        return "actief"
    if scoring_status in PENDING:
        return "in behandeling"
    return "geen label"


def status_of(entry: Entry, today: dt.date) -> RegisterStatus:
    kind = entry.sanction.get("kind") if entry.sanction else None
    return register_status(entry.scoring_status, entry.day("valid_until"), kind, today)


def read_entry(path: Path, root: Path, today: dt.date) -> Entry:
    """Read and score one audit; a file that cannot be read becomes an entry saying why."""
    relative = path.relative_to(root).as_posix()
    try:
        loaded = load_audit(path, editable=False)
        audit = loaded.audit
        result = evaluate(loaded.framework, audit, today)
    except KwaliteitslabelError as error:
        first = str(error.problems[0]) if error.problems else error.message
        return Entry(relative, error=first)
    except (OSError, ValueError) as error:  # unreadable bytes, a vanished file
        return Entry(relative, error=f"{path}: {error}")
    decision = result.decision
    if decision is None and result.status == "geregistreerd" and audit.decision is not None:
        decision = audit.decision  # a registration by the commission, where recorded
    valid_until = result.valid_until
    if valid_until is None and result.status == "geregistreerd":
        since = decision.date if decision is not None else audit.dates.last
        valid_until = add_months(since, loaded.framework.manifest.certificate_validity_months)
    sanction = audit.sanction
    route = loaded.framework.manifest.route(audit.route)
    return Entry(
        relative,
        organisation=audit.organisation,
        place=audit.place,
        route=audit.route,
        route_names={} if route is None else
        {lang: route.words(lang).name for lang in ("nl", "en")},
        framework=loaded.framework.version,
        start=audit.dates.start.isoformat(),
        end=audit.dates.last.isoformat(),
        outcome=result.outcome,
        advice=result.advice.effective if result.advice else None,
        decision=None if decision is None else
        ("toegekend" if decision.granted else "niet toegekend"),
        decision_date=None if decision is None else decision.date.isoformat(),
        number=None if decision is None else decision.number,
        valid_until=valid_until.isoformat() if valid_until else None,
        scoring_status=result.status,
        label=result.label,
        sanction=None if sanction is None else {
            "kind": sanction.kind, "date": sanction.date.isoformat(),
            "reason": sanction.reason, "by": sanction.by},
        verdicts=dict(_verdicts(audit.results, loaded.framework.norms)),
        improvements={norm_id: [point.text for point in result_.improvements]
                      for norm_id, result_ in audit.results.items() if result_.improvements},
        nvt_reasons={norm_id: result_.nvt_reason for norm_id, result_ in audit.results.items()
                     if takes_reason(loaded.framework, result_.score)
                     and result_.nvt_reason},
        basis=advice_basis_of(audit),
        partial_of=None if audit.partial_of is None else {
            "file": _relative(path.parent / audit.partial_of.file, root),
            "redo": list(audit.partial_of.redo), "basis": audit.partial_of.basis},
    )


def _relative(path: Path, root: Path) -> str:
    """A path as the register names its files: relative to its folder, with slashes."""
    return Path(os.path.relpath(path.resolve(), root.resolve())).as_posix()


def link_partials(entries: list[Entry]) -> None:
    """Mark each audit that a partial re-audit (of it as it is) completes with the
    re-audit's file: the register shows the condition met when that one got its label."""
    by_path = {entry.path: entry for entry in entries}
    for entry in entries:
        entry.completed_by = None
    for entry in entries:
        partial = entry.partial_of
        original = by_path.get(partial["file"]) if partial else None
        if partial and original is not None and original.basis == partial["basis"]:
            original.completed_by = entry.path


def _verdicts(results: dict[str, Any], norms: list[Any]) -> list[tuple[str, str | None]]:
    """Every norm of the framework with its verdict (None: open), in framework order."""
    return [(norm.id, results[norm.id].score if norm.id in results else None)
            for norm in norms]


def audit_files(root: Path) -> list[Path]:
    """The audit files under a folder: YAML files, not hidden, no kept answers."""
    found = [path for pattern in ("*.yaml", "*.yml") for path in root.rglob(pattern)]
    return sorted(
        path for path in found
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(root).parts)
        and not path.name.endswith((".herstel.yaml", ".herstel.yml")))


def order(entries: list[Entry], today: dt.date, expiring_months: int | None) -> list[Entry]:
    """By organisation and date; with `expiring_months`, the labels that lapse within
    that many months first, soonest first."""
    def by_name(entry: Entry) -> tuple[str, str, str]:
        return ((entry.organisation or "").casefold(), entry.start or "", entry.path)

    entries = sorted(entries, key=by_name)
    if expiring_months is None:
        return entries
    horizon = add_months(today, expiring_months)
    soon = [entry for entry in entries if _lapses_within(entry, today, horizon)]
    soon.sort(key=lambda entry: entry.valid_until or "")
    return soon + [entry for entry in entries if entry not in soon]


def _lapses_within(entry: Entry, today: dt.date, horizon: dt.date) -> bool:
    until = entry.day("valid_until")
    return (until is not None and status_of(entry, today) == "actief"
            and today <= until <= horizon)


def expiring(entries: list[Entry], today: dt.date, months: int) -> list[Entry]:
    horizon = add_months(today, months)
    return [entry for entry in entries if _lapses_within(entry, today, horizon)]
