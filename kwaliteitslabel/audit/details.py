"""The audit's own fields (who, what, when) typed on one line, and checked before saving.

`NAAM; ORGANISATIE; ROL` is an auditor or toetser; `ROL:AANTAL[:TOELICHTING]` a group of
participants. What is typed becomes plain data for the store; a mistake names the
option it was typed in and what to write instead.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from typing import Any

from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.locate import valid_on, validity
from kwaliteitslabel.limits import (
    FIRST_YEAR,
    LABEL_ADOPTED,
    LAST_YEAR,
    MAX_LINE_CHARS,
    MAX_TEXT_CHARS,
)
from kwaliteitslabel.messages import closest
from kwaliteitslabel.text import EDGE_SPACE, refusal
from kwaliteitslabel.words import word


def line(option: str, value: str) -> str:
    """One line of text, refused (naming the option) when an audit cannot hold it."""
    text = value.strip(EDGE_SPACE)
    reason = refusal(text)
    if reason is None and "\n" in text:
        reason = word("audit.details.one_line")
    if reason is None and not text:
        reason = word("audit.details.empty")
    if reason is None and len(text) > MAX_LINE_CHARS:
        reason = word("audit.details.too_long", length=len(text), most=MAX_LINE_CHARS)
    if reason is not None:
        raise InvalidInput(f"{option}: {reason}")
    return text


def text(option: str, value: str) -> str:
    cleaned = value.strip(EDGE_SPACE)
    reason = refusal(cleaned) or (None if cleaned else word("audit.details.empty"))
    if reason is None and len(cleaned) > MAX_TEXT_CHARS:
        reason = word("audit.details.too_long", length=len(cleaned), most=MAX_TEXT_CHARS)
    if reason is not None:
        raise InvalidInput(f"{option}: {reason}")
    return cleaned


def size(option: str, value: float) -> float:
    """A size in fte: a real number from 0 to 100 000."""
    if not math.isfinite(value) or not 0 <= value <= 100_000:
        raise InvalidInput(word("audit.details.fte", option=option, value=value))
    return value


def day(option: str, value: str) -> dt.date:
    try:
        parsed = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(word("audit.details.no_date", option=option, value=value)) from None
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise InvalidInput(word("audit.details.year", option=option, year=parsed.year,
                                first=FIRST_YEAR, last=LAST_YEAR))
    return parsed


def start_within(start: dt.date, framework: Framework) -> dt.date:
    """A changed start date must still fall in the pinned framework's validity, as
    `audit new` requires (and never before the label existed)."""
    if not valid_on(framework.manifest, start):
        span = validity(framework.manifest)
        raise InvalidInput(word(
            "audit.details.start_before_label" if start < LABEL_ADOPTED
            else "audit.details.start_outside",
            start=start, version=framework.version, span=span, adopted=LABEL_ADOPTED))
    return start


def auditor(value: str, *, default_organisation: str | None = None) -> dict[str, str]:
    """`NAAM; ORGANISATIE; ROL` (organisation and role may be left out)."""
    parts = [line("--auditor", part) if part.strip() else "" for part in value.split(";")]
    if len(parts) > 3 or not parts[0]:
        raise InvalidInput(word("audit.details.auditor"))
    person = {"name": parts[0]}
    organisation = parts[1] if len(parts) > 1 and parts[1] else default_organisation
    if organisation:
        person["organisation"] = organisation
    if len(parts) > 2 and parts[2]:
        person["role"] = parts[2]
    return person


def _folded(word: str) -> str:
    """Lower case without accents or spaces: 'Cliëntenraad' and 'clientenraad' are one."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalnum() or c == "_")


def _role_id(word: str, framework: Framework) -> str:
    """The role's id for its id or name as typed, with or without accents."""
    folded = _folded(word)
    for role in framework.manifest.roles:
        if folded in (_folded(role.id), _folded(role.name)):
            return role.id
    return word


def participant(value: str, framework: Framework) -> dict[str, Any]:
    """`ROL:AANTAL[:TOELICHTING]`, the role one of the framework's."""
    role, _, rest = value.partition(":")
    count, _, note = rest.partition(":")
    role = _role_id(role.strip(), framework)
    roles = [r.id for r in framework.manifest.roles]
    if role not in roles:
        hint = closest(role, roles)
        raise InvalidInput(word("audit.details.unknown_role_hint", role=role, hint=hint,
                                roles=", ".join(roles)) if hint else
                           word("audit.details.unknown_role", role=role,
                                roles=", ".join(roles)))
    try:
        number = int(count)
    except ValueError:
        raise InvalidInput(word("audit.details.no_count", count=count.strip(),
                                role=role)) from None
    if not 1 <= number <= 10_000:
        raise InvalidInput(word("audit.details.count_range", count=number))
    group: dict[str, Any] = {"role": role, "count": number}
    if note.strip():
        group["note"] = text("--participant", note)
    return group
