"""Which laws and codes a norm cites that do not hold on an audit's dates.

A norm's `references` carry their validity; a text written in 2019 may cite a law that
was replaced before the audit (O16 and the Wet Huis voor klokkenluiders). The sentences
here tell the auditor, the report's reader and the commission, in the run's language.
"""

from __future__ import annotations

import datetime as dt

from kwaliteitslabel.audit.model import Audit
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.model import Norm, Reference
from kwaliteitslabel.words import current, word_in


def _day(day: dt.date) -> str:
    return day.isoformat()


def reference_note(norm_id: str, reference: Reference, on_date: dt.date,
                   lang: str | None = None) -> str | None:
    """The sentence for one reference on `on_date` (in `lang`, default the run's), or None
    when it holds that day."""
    lang = lang or current()
    until, since = reference.valid_until, reference.valid_from
    if until is not None and until < on_date:
        successor = until + dt.timedelta(days=1)
        if reference.replaced_by:
            return word_in(lang, "audit.references.replaced", norm=norm_id,
                           name=reference.name, day=_day(successor),
                           successor=reference.replaced_by)
        return word_in(lang, "audit.references.ended", norm=norm_id, name=reference.name,
                       day=_day(until))
    if since is not None and on_date < since:
        return word_in(lang, "audit.references.not_yet", norm=norm_id, name=reference.name,
                       day=_day(since))
    return None


def outdated_references(framework: Framework, norm: Norm | str, on_date: dt.date,
                        lang: str | None = None) -> list[str]:
    """Sentences for every reference of `norm` that does not hold on `on_date`."""
    found = framework.norm(norm) if isinstance(norm, str) else norm
    if found is None:
        return []
    notes = (reference_note(found.id, reference, on_date, lang)
             for reference in found.references)
    return [note for note in notes if note is not None]


def notes_for_audit(framework: Framework, audit: Audit) -> dict[str, list[str]]:
    """Per norm id, in the framework's order: what its references say on the audit's days."""
    day = audit.dates.last  # a law replaced during the audit days counts
    notes = {norm.id: outdated_references(framework, norm, day) for norm in framework.norms}
    return {norm_id: found for norm_id, found in notes.items() if found}
