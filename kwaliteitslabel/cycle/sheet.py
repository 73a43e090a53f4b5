"""One row per norm: the columns a spreadsheet of an audit has, both ways.

Lists (evidence, strengths, improvement points) are one item per line in their cell.
Every row carries the audit's identity (`audit`: organisation, start and framework print)
and a check of the norm as it was exported (`controle`), so that an import refuses a
sheet of another audit and a norm changed in the file since the export.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from kwaliteitslabel.audit.answer import plain
from kwaliteitslabel.audit.evidence import describe_evidence
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.model import Audit, NormResult
from kwaliteitslabel.framework.model import Norm


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: int
    imported: bool = True  # False: shown for reading, not read back


COLUMNS = (
    Column("norm", "norm", 8, imported=False),
    Column("area", "gebied", 18, imported=False),
    Column("title", "titel", 32, imported=False),
    Column("score", "oordeel", 16),
    Column("nvt_reason", "reden nvt", 24),
    Column("findings", "bevindingen", 60),
    Column("evidence", "bewijs", 48),
    Column("strengths", "sterke punten", 40),
    Column("improvements", "verbeterpunten", 40),
    Column("assessed_by", "door", 20),
    Column("assessed_at", "wanneer", 18, imported=False),
    Column("audit", "audit", 20, imported=False),
    Column("check", "controle", 18, imported=False),
)
HEADERS = [column.header for column in COLUMNS]
KEY_OF = {column.header: column.key for column in COLUMNS}


def audit_id(audit: Audit) -> str:
    """Which audit a sheet belongs to: organisation, start, route and framework print."""
    text = json.dumps([audit.organisation, audit.dates.start.isoformat(), audit.route,
                       audit.framework.fingerprint], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def norm_check(result: NormResult | None) -> str:
    """A short print of a norm's result, to see whether the file changed it since."""
    data = plain(result.model_dump(mode="json", exclude_defaults=True)) if result else None
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def cells(result: NormResult | None) -> dict[str, str]:
    """The importable cells of one norm, as text."""
    if result is None:
        return {key: "" for key in ("score", "nvt_reason", "findings", "evidence",
                                    "strengths", "improvements", "assessed_by")}
    return {
        "score": result.score or "",
        "nvt_reason": result.nvt_reason or "",
        "findings": result.findings or "",
        "evidence": "\n".join(describe_evidence(item) for item in result.evidence),
        "strengths": "\n".join(result.strengths),
        "improvements": "\n".join(item.text for item in result.improvements),
        "assessed_by": result.assessed_by or "",
    }


def row(loaded: LoadedAudit, norm: Norm, identity: str) -> dict[str, Any]:
    result = loaded.audit.result(norm.id)
    area = next((a.name for a in loaded.framework.manifest.areas if a.id == norm.area),
                norm.area)
    moment = result.assessed_at if result else None
    return {"norm": norm.id, "area": area, "title": norm.title, **cells(result),
            "assessed_at": moment.strftime("%Y-%m-%d %H:%M") if moment else "",
            "audit": identity, "check": norm_check(result)}


def rows(loaded: LoadedAudit) -> list[dict[str, Any]]:
    identity = audit_id(loaded.audit)
    return [row(loaded, norm, identity) for norm in loaded.framework.norms]


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
