"""A validated framework, ready for audits, scoring and reports (made by load.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.framework.fingerprint import fingerprint, legacy_fingerprint
from kwaliteitslabel.framework.model import Area, Manifest, Norm
from kwaliteitslabel.framework.scale_model import ScaleLevel, scale_keys, scale_words, spoken
from kwaliteitslabel.messages import closest


@dataclass
class Framework:
    """A validated framework, ready for audits, scoring and reports."""

    path: Path
    manifest: Manifest
    norms: list[Norm]
    fingerprint: str = field(init=False)
    legacy_fingerprint: str = field(init=False)

    def __post_init__(self) -> None:
        self.fingerprint = fingerprint(self.manifest, self.norms)
        self.legacy_fingerprint = legacy_fingerprint(self.manifest, self.norms)

    def pinned_by(self, pin: str) -> bool:
        """Whether an audit pinned to `pin` belongs to this content, or to this version
        before a text correction the manifest lists under `earlier_prints` (shipped only).

        The first release's print leaves out routes and evidence kinds, so it opens
        only a framework whose full content is a shipped one (`framework/exact.py`)."""
        if pin == self.fingerprint:
            return True
        earlier = any(print_.fingerprint == pin for print_ in self.manifest.earlier_prints)
        if not earlier and pin != self.legacy_fingerprint:
            return False
        from kwaliteitslabel.framework.exact import is_shipped

        # an edited copy could list any print as its own earlier one: only the shipped
        # content is trusted to be a correction of what an older audit was pinned to
        return is_shipped(self.fingerprint)

    @property
    def version(self) -> str:
        return self.manifest.version

    @cached_property
    def _norms_by_id(self) -> dict[str, Norm]:
        return {norm.id: norm for norm in self.norms}

    def norm(self, norm_id: str) -> Norm | None:
        return self._norms_by_id.get(norm_id) or self._norms_by_id.get(norm_id.upper())

    def known_norm(self, norm_id: str, option: str = "") -> Norm:
        """The norm `norm_id`, or `InvalidInput` naming the closest id (and `option`,
        where the id was typed)."""
        norm = self.norm(norm_id.strip())
        if norm is not None:
            return norm
        hint = closest(norm_id.strip().upper(), [known.id for known in self.norms])
        raise InvalidInput(f"{option + ': ' if option else ''}norm '{norm_id}' bestaat niet "
                           f"in normenkader {self.version}"
                           + (f"; bedoelt u {hint}?" if hint
                              else "; zie 'kwaliteitslabel norms list'"))

    def area(self, area_id: str) -> Area:
        return next(area for area in self.manifest.areas if area.id == area_id)

    def norms_in(self, area_id: str) -> list[Norm]:
        return [norm for norm in self.norms if norm.area == area_id]

    def level(self, verdict: str) -> ScaleLevel:
        """The scale's level `verdict` (an audit's verdicts are checked when it is read)."""
        level = self.manifest.level(verdict)
        if level is None:
            raise InvalidInput(f"oordeel '{verdict}' staat niet op de schaal van normenkader "
                               f"{self.version}; kies uit {', '.join(self.verdicts)}")
        return level

    @property
    def verdicts(self) -> list[str]:
        """The scale's verdict ids, in the manifest's order."""
        return [level.id for level in self.manifest.scale]

    @cached_property
    def verdict_keys(self) -> dict[str, list[str]]:
        """The walk's keys per verdict (from the manifest, else the scale's order)."""
        return scale_keys(self.manifest.scale)

    @cached_property
    def _verdict_words(self) -> dict[str, str]:
        return scale_words(self.manifest.scale)

    def verdict_for(self, typed: str) -> str | None:
        """The verdict an auditor means by `typed` (an id, key, name or alias), or None."""
        return self._verdict_words.get(spoken(typed))

    def audit_days(self, fte: float | None) -> float | None:
        """Audit days for an organisation of `fte`, from the manifest's table."""
        if fte is None:
            return None
        for row in self.manifest.audit_days:
            if row.up_to_fte is None or fte <= row.up_to_fte:
                return row.days
        return None

    def competency_name(self, competency_id: str) -> str:
        return next((c.name for c in self.manifest.competencies if c.id == competency_id),
                    competency_id)

    def value_name(self, value_id: str) -> str:
        return next((v.name for v in self.manifest.values if v.id == value_id), value_id)

    def role_name(self, role_id: str) -> str:
        return next((r.name for r in self.manifest.roles if r.id == role_id), role_id)
